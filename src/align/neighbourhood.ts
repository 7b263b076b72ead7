/**
 * Second look at each candidate pair through its neighbours: two claims that
 * match the same other claims tend to address one point (shared neighbours),
 * and so do claims that stand beside an aligned pair in their articles
 * (adjacency). Reads the first-stage probabilities of all candidate pairs.
 *
 * @module
 */
import type { Claim } from '../types';

/**
 * Names of the neighbourhood features, in vector order.
 *
 * @example
 * NEIGHBOUR_FEATURES[0]; // 'first'
 */
export const NEIGHBOUR_FEATURES = ['first', 'sharedNeighbours', 'neighbourStrength', 'adjacent'] as const;

/** Below this first-stage probability a partner does not count as a neighbour. */
const MIN_NEIGHBOUR = 0.05;

/**
 * The neighbourhood feature vector of each candidate pair, in NEIGHBOUR_FEATURES order.
 *
 * @example
 * neighbourVectors(claims, [{ i: 0, j: 1 }], [0.7])[0]?.[0]; // 0.7
 */
export function neighbourVectors(claims: readonly Claim[], pairs: readonly { readonly i: number; readonly j: number }[], first: readonly number[]): Float64Array[] {
  const near = new Map<number, Map<number, number>>();
  const link = (a: number, b: number, p: number): void => {
    let m = near.get(a);
    if (!m) near.set(a, (m = new Map()));
    m.set(b, p);
  };
  pairs.forEach(({ i, j }, k) => {
    const p = first[k] ?? 0;
    if (p < MIN_NEIGHBOUR) return;
    link(i, j, p);
    link(j, i, p);
  });
  const probability = (a: number, b: number): number => near.get(a)?.get(b) ?? 0;
  const sameArticle = (a: number, b: number): boolean => a >= 0 && b < claims.length && claims[a]?.articleId === claims[b]?.articleId;
  return pairs.map(({ i, j }, k) => {
    const ni = near.get(i) ?? new Map<number, number>();
    const nj = near.get(j) ?? new Map<number, number>();
    let min = 0;
    let max = 0;
    for (const [c, p] of ni) {
      if (c === j) continue;
      const q = nj.get(c) ?? 0;
      min += Math.min(p, q);
      max += Math.max(p, q);
    }
    for (const [c, q] of nj) if (c !== i && !ni.has(c)) max += q;
    let adjacent = 0;
    for (const [di, dj] of [[-1, -1], [1, 1], [-1, 1], [1, -1]] as const) {
      if (sameArticle(i + di, i) && sameArticle(j + dj, j) && i + di !== j && j + dj !== i) adjacent = Math.max(adjacent, probability(i + di, j + dj));
    }
    const v = new Float64Array(NEIGHBOUR_FEATURES.length);
    v[0] = first[k] ?? 0;
    v[1] = max > 0 ? min / max : 0;
    v[2] = Math.log1p(min);
    v[3] = adjacent;
    return v;
  });
}
