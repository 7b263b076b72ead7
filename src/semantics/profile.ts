/**
 * A claim's content words as the vector features read them: lower-case form,
 * Porter stem, weight and unit vector, computed once per claim so that pair
 * scores over thousands of pairs only take dot products.
 *
 * @module
 */
import { stopwords } from '../lexicon/stopwords';
import { tokenize } from '../text/tokens';
import { vectorTable, wordRank, wordVector } from './vectors';

/**
 * Weight of a lower-case word (higher = more informative).
 *
 * @example
 * const w: WordWeight = (word) => (word === 'said' ? 0.1 : 1);
 */
export type WordWeight = (lower: string) => number;

/** Ranks below this read as equally common; the weight grows with the log of the rank above it. */
const RANK_FLOOR = 50;

/**
 * An idf-like weight from the word's GloVe frequency rank (Zipf: document
 * frequency falls roughly as 1/rank, so idf grows as log rank): ln(1 + (rank + 1) / 50).
 * Words outside the table weigh as the rarest word in it. About 0.02 for "the",
 * 3 for a rank of 1,000 and 7 at the end of the table; without the table every word weighs 1.
 *
 * @example
 * rankWeight('the') < rankWeight('ceasefire'); // true
 */
export function rankWeight(lower: string): number {
  const t = vectorTable();
  if (!t) return 1;
  const rank = wordRank(lower) ?? t.maxRank;
  return Math.log(1 + (rank + 1) / RANK_FLOOR);
}

/**
 * The content words of a text with what the vector features need.
 *
 * @example
 * const p: VectorProfile = vectorProfile('Talks collapsed.');
 * p.words; // ['talks', 'collapsed']
 */
export interface VectorProfile {
  /** Lower-case content words, in text order (repeats kept). */
  readonly words: readonly string[];
  /** Their Porter stems. */
  readonly stems: readonly string[];
  /** Their weights. */
  readonly weights: Float64Array;
  /** Their unit vectors, null for words outside the table. */
  readonly vectors: readonly (Float32Array | null)[];
}

/**
 * Builds a text's profile: its words with a letter, two characters or more,
 * that are not stopwords (src/lexicon/stopwords; negators stay).
 *
 * @example
 * vectorProfile('He did not resign.').words; // ['not', 'resign']
 * vectorProfile('').words; // []
 */
export function vectorProfile(text: string, weight: WordWeight = rankWeight): VectorProfile {
  const words: string[] = [];
  const stems: string[] = [];
  const vectors: (Float32Array | null)[] = [];
  for (const t of tokenize(text)) {
    if (t.lower.length < 2 || stopwords.has(t.lower) || !/\p{L}/u.test(t.lower)) continue;
    words.push(t.lower);
    stems.push(t.stem);
    vectors.push(wordVector(t.lower));
  }
  const weights = new Float64Array(words.length);
  words.forEach((w, i) => (weights[i] = weight(w)));
  return { words, stems, weights, vectors };
}
