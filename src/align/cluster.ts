/**
 * Clustering that cannot chain: average-linkage agglomeration over sparse
 * scored pairs, so one strong link never joins two unrelated groups.
 *
 * @module
 */

/**
 * Average-linkage agglomerative clustering over sparse scored pairs (a missing
 * pair scores 0). A max-heap of candidate merges with lazy invalidation keeps
 * it near O(E log E). Deterministic: ties break by the lower indices.
 */
export function averageLinkage(n: number, pairs: readonly { i: number; j: number; score: number }[], linkage: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const version = new Array<number>(n).fill(0);
  for (const p of pairs) {
    sums[p.i]!.set(p.j, (sums[p.i]!.get(p.j) ?? 0) + p.score);
    sums[p.j]!.set(p.i, (sums[p.j]!.get(p.i) ?? 0) + p.score);
  }
  const heap = new MergeHeap();
  const push = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const avg = sums[a]!.get(b)! / (members[a]!.length * members[b]!.length);
    if (avg >= linkage) heap.push({ avg, a, b, va: version[a]!, vb: version[b]! });
  };
  for (let i = 0; i < n; i++) for (const j of sums[i]!.keys()) if (j > i) push(i, j);
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const { a, b } = top;
    if (members[a] === null || members[b] === null || version[a] !== top.va || version[b] !== top.vb) continue;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = null;
    version[a]!++;
    for (const [k, s] of sums[b]!) {
      if (k === a) continue;
      sums[a]!.set(k, (sums[a]!.get(k) ?? 0) + s);
      sums[k]!.delete(b);
      sums[k]!.set(a, (sums[k]!.get(a) ?? 0) + s);
    }
    sums[a]!.delete(b);
    sums[b] = new Map();
    for (const k of sums[a]!.keys()) push(a, k);
  }
  return members.filter((m): m is number[] => m !== null && m.length > 1);
}

interface Merge {
  readonly avg: number;
  readonly a: number;
  readonly b: number;
  readonly va: number;
  readonly vb: number;
}

/** A binary max-heap of merges: highest average first, then the lowest indices. */
class MergeHeap {
  private readonly items: Merge[] = [];

  private static before(x: Merge, y: Merge): boolean {
    return x.avg > y.avg + 1e-12 || (Math.abs(x.avg - y.avg) <= 1e-12 && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  push(m: Merge): void {
    const h = this.items;
    h.push(m);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!MergeHeap.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Merge | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && MergeHeap.before(h[l]!, h[best]!)) best = l;
        if (r < h.length && MergeHeap.before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}
