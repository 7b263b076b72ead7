/**
 * Links between points: the strongest same-point pairs that average linkage
 * kept in different points (or left out of every point). Average linkage
 * merges groups by their mean score, so a claim whose best partner sits in a
 * group it agrees with less on average stays apart from it, and the pair,
 * often a tension between a Tuesday report and a Wednesday denial, would go
 * unrelated. compare() relates every link as it relates the pairs inside a
 * point; the points themselves do not change.
 *
 * @module
 */

/**
 * A scored pair of claim indices.
 *
 * @example
 * const p: IndexPair = { i: 0, j: 3, score: 0.86 };
 */
export interface IndexPair {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/**
 * Options of pointLinks().
 *
 * @example
 * const o: LinkOptions = { threshold: 0.8, perClaim: 3 };
 */
export interface LinkOptions {
  /** Lowest same-point score for a pair that clustering kept apart to be linked. */
  readonly threshold: number;
  /** Most links per claim (its strongest), so the work stays linear in the claims. */
  readonly perClaim: number;
}

/**
 * The pairs of claims from different articles scoring at least `threshold`
 * that are not in one point, strongest first (ties in input order), each claim
 * in at most `perClaim` of them.
 *
 * @example
 * pointLinks([{ i: 0, j: 2, score: 0.9 }], [[0, 1]], ['a', 'b', 'c'], { threshold: 0.8, perClaim: 3 }); // [{ i: 0, j: 2, score: 0.9 }]
 */
export function pointLinks(
  pairs: readonly IndexPair[],
  points: readonly (readonly number[])[],
  articleOf: readonly string[],
  options: LinkOptions,
): IndexPair[] {
  const pointOf = new Map<number, number>();
  points.forEach((members, k) => members.forEach((i) => pointOf.set(i, k)));
  const candidates = pairs
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.score >= options.threshold && articleOf[p.i] !== articleOf[p.j] && (pointOf.get(p.i) === undefined || pointOf.get(p.i) !== pointOf.get(p.j)))
    .sort((x, y) => y.p.score - x.p.score || x.order - y.order);
  const used = new Map<number, number>();
  const out: IndexPair[] = [];
  for (const { p } of candidates) {
    if ((used.get(p.i) ?? 0) >= options.perClaim || (used.get(p.j) ?? 0) >= options.perClaim) continue;
    used.set(p.i, (used.get(p.i) ?? 0) + 1);
    used.set(p.j, (used.get(p.j) ?? 0) + 1);
    out.push(p);
  }
  return out;
}
