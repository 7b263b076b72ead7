/**
 * Soft word matching between two claims: each content word of one claim finds
 * its best counterpart in the other (1 for the same stem, else the cosine of
 * their word vectors, never below 0), and the weighted mean of those best
 * scores says how much of the claim the other covers. Without the vector table
 * this is weighted stem overlap.
 *
 * @module
 */
import type { VectorProfile } from './profile';
import { dot } from './similarity';

/**
 * Best match of each word of `a` in `b` and of each word of `b` in `a`, from
 * one pass over the word pairs (each dot product computed once).
 */
function bestMatches(a: VectorProfile, b: VectorProfile): [Float64Array, Float64Array] {
  const na = a.words.length;
  const nb = b.words.length;
  const bestA = new Float64Array(na);
  const bestB = new Float64Array(nb);
  for (let i = 0; i < na; i++) {
    const stem = a.stems[i];
    const va = a.vectors[i] ?? null;
    for (let j = 0; j < nb; j++) {
      let s = 0;
      if (b.stems[j] === stem) s = 1;
      else {
        const vb = b.vectors[j] ?? null;
        if (va && vb) s = dot(va, vb);
      }
      if (s > bestA[i]!) bestA[i] = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
  }
  return [bestA, bestB];
}

/** Weighted mean of best-match scores; 0 when there is no weight. */
function weightedMean(weights: Float64Array, best: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < best.length; i++) {
    sum += weights[i]! * best[i]!;
    total += weights[i]!;
  }
  return total > 0 ? sum / total : 0;
}

/**
 * How much of `a` is covered by `b`, in [0, 1]: the weighted mean over a's
 * words of their best match in b. 0 when either has no content word.
 *
 * @example
 * softCoverage(vectorProfile('talks collapsed'), vectorProfile('negotiations failed')); // ≈ 0.63
 */
export function softCoverage(a: VectorProfile, b: VectorProfile): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  return weightedMean(a.weights, bestMatches(a, b)[0]);
}

/**
 * Symmetric soft match: the mean of {@link softCoverage} both ways.
 *
 * @example
 * softMatch(vectorProfile('The minister resigned'), vectorProfile('The minister quit')) >
 *   softMatch(vectorProfile('The minister resigned'), vectorProfile('Rain fell on the harvest')); // true
 */
export function softMatch(a: VectorProfile, b: VectorProfile): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const [bestA, bestB] = bestMatches(a, b);
  return (weightedMean(a.weights, bestA) + weightedMean(b.weights, bestB)) / 2;
}
