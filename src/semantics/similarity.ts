/**
 * Cosine similarity of vectors, and of two words or short phrases (predicates
 * such as "ruled out" / "turned down", arguments such as "the talks" / "the
 * negotiations") through their word vectors.
 *
 * @module
 */
import { tokenize } from '../text/tokens';
import { rankWeight } from './profile';
import { wordVector } from './vectors';

/**
 * Cosine of two vectors of equal length; 0 when either is all zeros.
 *
 * @example
 * cosine(Float32Array.of(1, 0), Float32Array.of(1, 1)); // ≈ 0.707
 */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Dot product of two vectors of equal length (the cosine when both are unit vectors).
 *
 * @example
 * dot(Float32Array.of(1, 2), Float32Array.of(3, 4)); // 11
 */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * The vector of a word or short phrase: the mean of its words' unit vectors,
 * each weighted by {@link rankWeight} (so "out" in "ruled out" counts, but less
 * than "ruled"). Null when no word is in the table.
 *
 * @example
 * phraseVector('ruled out')?.length; // 100
 * phraseVector('zzqx'); // null
 */
export function phraseVector(text: string): Float32Array | null {
  let out: Float32Array | null = null;
  for (const t of tokenize(text)) {
    const v = wordVector(t.lower);
    if (!v) continue;
    out ??= new Float32Array(v.length);
    const w = rankWeight(t.lower);
    for (let k = 0; k < v.length; k++) out[k] = (out[k] ?? 0) + w * (v[k] ?? 0);
  }
  return out;
}

/**
 * Similarity of two words or short phrases in [-1, 1]: 1 when their lower-case
 * words are the same, else the cosine of their {@link phraseVector}s, 0 when
 * either has no word in the table.
 *
 * @example
 * phraseSimilarity('resign', 'quit') > phraseSimilarity('resign', 'carrot'); // true
 * phraseSimilarity('Talks', 'talks'); // 1
 */
export function phraseSimilarity(a: string, b: string): number {
  const ka = tokenize(a).map((t) => t.lower).join(' ');
  const kb = tokenize(b).map((t) => t.lower).join(' ');
  if (ka.length > 0 && ka === kb) return 1;
  const va = phraseVector(a);
  const vb = phraseVector(b);
  return va && vb ? cosine(va, vb) : 0;
}
