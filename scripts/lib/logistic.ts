/**
 * Logistic regression (binary or multinomial) by full-batch gradient descent
 * on standardised inputs, with L2 on the weights. Deterministic: the same rows
 * give the same weights on every machine, so no seed is needed.
 */

/** A fitted layer: per-feature mean and scale, and one weight row per class (bias last). */
export interface FittedLinear {
  readonly mean: number[];
  readonly scale: number[];
  readonly weights: number[][];
}

/**
 * Fits k classes on rows `x` with labels `y` (0..k-1) and row weights `w`.
 *
 * @example
 * fitLogistic([[0], [1]], [0, 1], [1, 1], 2, 200).weights.length; // 2
 */
export function fitLogistic(x: readonly ArrayLike<number>[], y: readonly number[], w: readonly number[], k: number, iters: number, l2 = 1): FittedLinear {
  const n = x.length;
  const d = n > 0 ? x[0]!.length : 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const r of x) for (let j = 0; j < d; j++) mean[j]! += (r[j] ?? 0) / n;
  for (const r of x) for (let j = 0; j < d; j++) scale[j]! += ((r[j] ?? 0) - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.max(1e-6, Math.sqrt(scale[j]!));
  const z = x.map((r) => Float64Array.from({ length: d }, (_, j) => ((r[j] ?? 0) - mean[j]!) / scale[j]!));
  const W = Array.from({ length: k }, () => new Float64Array(d + 1));
  const tw = w.reduce((s, v) => s + v, 0);
  const lr = 0.5;
  const p = new Float64Array(k);
  for (let it = 0; it < iters; it++) {
    const G = Array.from({ length: k }, () => new Float64Array(d + 1));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        const wc = W[c]!;
        let s = wc[d]!;
        for (let j = 0; j < d; j++) s += wc[j]! * zi[j]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) { p[c] = Math.exp(p[c]! - max); sum += p[c]!; }
      for (let c = 0; c < k; c++) {
        const g = (w[i] ?? 1) * (p[c]! / sum - (y[i] === c ? 1 : 0));
        const gc = G[c]!;
        for (let j = 0; j < d; j++) gc[j]! += g * zi[j]!;
        gc[d]! += g;
      }
    }
    for (let c = 0; c < k; c++) {
      const wc = W[c]!;
      const gc = G[c]!;
      for (let j = 0; j <= d; j++) wc[j]! -= (lr * (gc[j]! + (j < d ? (l2 * wc[j]!) / Math.max(1, n) * tw : 0))) / tw;
    }
  }
  const r6 = (v: number): number => Math.round(v * 1e6) / 1e6;
  return { mean: mean.map(r6), scale: scale.map(r6), weights: W.map((wk) => Array.from(wk, r6)) };
}

/**
 * ROC AUC of scores against binary labels (ties count half).
 *
 * @example
 * rocAuc([0.9, 0.1], [1, 0]); // 1
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((s, i) => [s, labels[i] ?? 0] as const).sort((a, b) => a[0] - b[0]);
  let rank = 0, pos = 0, sumPos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && idx[j]![0] === idx[i]![0]) j++;
    const avg = (rank + 1 + rank + (j - i)) / 2;
    for (let k = i; k < j; k++) if (idx[k]![1] === 1) { pos++; sumPos += avg; }
    rank += j - i;
    i = j;
  }
  const neg = idx.length - pos;
  return pos === 0 || neg === 0 ? 0.5 : (sumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
