/**
 * Cue verbs learned from PolNeAR/train by scripts/learn-attribution-cues.ts.
 * Generated: do not edit by hand; run `npx tsx scripts/learn-attribution-cues.ts`.
 *
 * @module
 */

/**
 * A learned cue verb: lemma, class, and how often it was a cue when it occurred.
 *
 * @example
 * const c: LearnedCue = { lemma: 'say', cls: 'speech', rate: 0.9, count: 100 };
 */
export interface LearnedCue {
  readonly lemma: string;
  readonly cls: 'speech' | 'clausal' | 'act';
  readonly rate: number;
  readonly count: number;
}

/**
 * The learned cue verbs.
 *
 * @example
 * LEARNED_CUES.length >= 0; // true
 */
export const LEARNED_CUES: readonly LearnedCue[] = [];
