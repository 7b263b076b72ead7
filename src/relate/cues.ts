/**
 * Stance cue matching shared by relate() and stance(): counts the cue phrases of
 * lexicon/stance.ts (denials, doubt, hearsay, confirmation, …) in a run of
 * lower-case tokens. Kept apart from ../stance/stance-analysis.ts so relate() can use it
 * without loading the attribution extractor.
 *
 * @module
 */
import { STANCE_CUE_CATEGORIES, STANCE_CUES } from '../lexicon/stance';

interface CuePattern {
  readonly category: number;
  readonly words: readonly string[];
}

// Patterns indexed by their first word; prefix patterns ("hoax*") by their first letter.
const EXACT_FIRST = new Map<string, CuePattern[]>();
const PREFIX_FIRST = new Map<string, CuePattern[]>();
STANCE_CUE_CATEGORIES.forEach((category, ci) => {
  for (const phrase of STANCE_CUES[category]) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const p: CuePattern = { category: ci, words };
    const index = first.endsWith('*') ? PREFIX_FIRST : EXACT_FIRST;
    const key = first.endsWith('*') ? first.charAt(0) : first;
    index.set(key, [...(index.get(key) ?? []), p]);
  }
});

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

function patternAt(p: CuePattern, words: readonly string[], i: number): boolean {
  if (i + p.words.length > words.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    if (!wordMatches(p.words[k] ?? '', words[i + k] ?? '')) return false;
  }
  return true;
}

/**
 * Cue counts of a run of lower-case words, indexed like STANCE_CUE_CATEGORIES.
 *
 * @example
 * countCues(['it', 'is', 'a', 'hoax'])[0]; // 1
 */
export function countCues(words: readonly string[]): number[] {
  const out = new Array<number>(STANCE_CUE_CATEGORIES.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // A category counts once per match, and words inside a match are not matched
    // again, so "there is no evidence" is one cue and "is n't true" is not also "true".
    const exact = EXACT_FIRST.get(w);
    const prefix = PREFIX_FIRST.get(w.charAt(0));
    if (!exact && !prefix) continue;
    const seen = new Set<number>();
    let length = 1;
    for (const group of [exact, prefix]) {
      for (const p of group ?? []) {
        if (!patternAt(p, words, i)) continue;
        seen.add(p.category);
        length = Math.max(length, p.words.length);
      }
    }
    for (const c of seen) out[c] = (out[c] ?? 0) + 1;
    i += length - 1;
  }
  return out;
}
