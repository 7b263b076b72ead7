/**
 * Claim vectors: the weighted sum of a claim's word vectors with the direction
 * that all text shares removed (SIF, Arora et al. 2017), so that the cosine of
 * two claim vectors reads their topic rather than their common background.
 *
 * @module
 */
import type { VectorProfile } from './profile';
import { vectorTable } from './vectors';
import { dot } from './similarity';

/**
 * The common direction computed once over the table (its words' first
 * principal direction, weighted by frequency); null without the table.
 *
 * @example
 * tableDirection()?.length; // 100
 */
export function tableDirection(): Float32Array | null {
  return vectorTable()?.common ?? null;
}

/**
 * First principal direction (uncentred) of a set of vectors, as a unit vector:
 * what SIF removes when the direction is computed over the claims at hand.
 * Power iteration from a fixed start, so the result is deterministic. Null when
 * the set is empty or all zeros.
 *
 * @example
 * commonDirection([Float32Array.of(1, 0.1), Float32Array.of(1, -0.1)]); // ≈ [1, 0]
 */
export function commonDirection(vectors: readonly Float32Array[]): Float32Array | null {
  const first = vectors[0];
  if (!first) return null;
  const d = first.length;
  let u = new Float64Array(d).fill(1 / Math.sqrt(d));
  for (let iter = 0; iter < 50; iter++) {
    const next = new Float64Array(d);
    for (const v of vectors) {
      let p = 0;
      for (let k = 0; k < d; k++) p += (v[k] ?? 0) * (u[k] ?? 0);
      for (let k = 0; k < d; k++) next[k] = (next[k] ?? 0) + p * (v[k] ?? 0);
    }
    let norm = 0;
    for (let k = 0; k < d; k++) norm += (next[k] ?? 0) ** 2;
    if (norm === 0) return null;
    const s = 1 / Math.sqrt(norm);
    for (let k = 0; k < d; k++) next[k] = (next[k] ?? 0) * s;
    u = next;
  }
  return Float32Array.from(u);
}

/**
 * A claim's vector: the weighted sum of its words' unit vectors, minus its
 * projection on `common` (pass null to keep it), scaled to unit length. Null
 * when none of its words is in the table.
 *
 * @example
 * claimVector(vectorProfile('Talks collapsed on Monday'))?.length; // 100
 * claimVector(vectorProfile('')); // null
 */
export function claimVector(p: VectorProfile, common: Float32Array | null = tableDirection()): Float32Array | null {
  let v: Float32Array | null = null;
  for (let i = 0; i < p.vectors.length; i++) {
    const x = p.vectors[i];
    if (!x) continue;
    v ??= new Float32Array(x.length);
    const w = p.weights[i] ?? 0;
    for (let k = 0; k < x.length; k++) v[k] = (v[k] ?? 0) + w * (x[k] ?? 0);
  }
  if (!v) return null;
  if (common) {
    const proj = dot(v, common);
    for (let k = 0; k < v.length; k++) v[k] = (v[k] ?? 0) - proj * (common[k] ?? 0);
  }
  const norm = Math.sqrt(dot(v, v));
  if (norm === 0) return null;
  for (let k = 0; k < v.length; k++) v[k] = (v[k] ?? 0) / norm;
  return v;
}

/**
 * Cosine of two claim vectors from {@link claimVector}; 0 when either is null.
 *
 * @example
 * claimCosine(claimVector(vectorProfile('The minister resigned')), claimVector(vectorProfile('The minister quit'))); // ≈ 0.74
 */
export function claimCosine(a: Float32Array | null, b: Float32Array | null): number {
  return a && b ? dot(a, b) : 0;
}
