/**
 * The shape of an attribution cue: its class, its lemma and its token range.
 * A file of its own so that finding cues (cues.ts), reading the source
 * (source.ts) and the content (content.ts) share it without importing each other.
 *
 * @module
 */

/**
 * What kind of cue: a reporting verb, a clausal or nominal frame, a preposition, a viewpoint, a label….
 *
 * @example
 * const k: CueClass = 'speech';
 */
export type CueClass = 'speech' | 'clausal' | 'act' | 'nominal' | 'turn' | 'label' | 'prep' | 'viewpoint' | 'adverb' | 'impersonal' | 'colon' | 'dash' | 'passive';

/**
 * A cue found in a unit: its class, its lemma and its token range.
 *
 * @example
 * const c: Cue = { cls: 'speech', lemma: 'say', s: 1, e: 2 };
 */
export interface Cue {
  readonly cls: CueClass;
  readonly lemma: string;
  /** Token range of the cue words, [start, end). */
  readonly s: number;
  readonly e: number;
}
