/**
 * Cue verbs learned from PolNeAR/train by scripts/learn-attribution-cues.ts
 * (lemmas that head a gold cue at least 8 times and are a cue in at least
 * 35% of their occurrences, minus the hand lexicons). Statistics only.
 * Generated: do not edit by hand; run `npx tsx scripts/learn-attribution-cues.ts`.
 *
 * @module
 */

import type { LearnedCue } from './reporting';

/**
 * The learned cue verbs, sorted by lemma.
 *
 * @example
 * LEARNED_CUES.every((c) => c.rate > 0); // true
 */
export const LEARNED_CUES: readonly LearnedCue[] = [
  { lemma: 'chant', cls: 'act', rate: 0.448, count: 13 },
  { lemma: 'decline', cls: 'act', rate: 0.405, count: 51 },
  { lemma: 'invoke', cls: 'act', rate: 0.632, count: 12 },
  { lemma: 'mock', cls: 'speech', rate: 0.643, count: 27 },
  { lemma: 'oppose', cls: 'act', rate: 0.392, count: 60 },
  { lemma: 'outline', cls: 'act', rate: 0.789, count: 15 },
  { lemma: 'portray', cls: 'act', rate: 0.424, count: 14 },
  { lemma: 'prefer', cls: 'act', rate: 0.521, count: 25 },
  { lemma: 'promote', cls: 'speech', rate: 0.358, count: 19 },
  { lemma: 'quote', cls: 'act', rate: 0.4, count: 16 },
  { lemma: 'rebut', cls: 'act', rate: 0.889, count: 8 },
  { lemma: 'recite', cls: 'act', rate: 0.8, count: 8 },
  { lemma: 'refuse', cls: 'act', rate: 0.653, count: 62 },
  { lemma: 'remind', cls: 'clausal', rate: 0.535, count: 23 },
  { lemma: 'restrict', cls: 'act', rate: 0.429, count: 9 },
  { lemma: 'sought', cls: 'act', rate: 0.525, count: 42 },
  { lemma: 'unveil', cls: 'act', rate: 0.923, count: 12 },
];
