/**
 * The learned part of relate(): gradient-boosted regression trees with a
 * softmax over three classes (agree, conflict, neutral). Trees capture what a
 * linear model cannot, such as "low overlap means neutral in short captions
 * but not in long news sentences", and stay fast: a few hundred comparisons a pair.
 *
 * Trees are stored flat (parallel arrays) so the weights file is plain JSON
 * data and prediction allocates nothing but the output. A small linear news
 * head, behind a gate, takes over for claims from two different articles
 * (NewsHead).
 *
 * @module
 */

/**
 * Classes the model predicts. `conflict` becomes contradict or qualify in the rules.
 *
 * @example
 * MODEL_CLASSES[1]; // 'conflict'
 */
export const MODEL_CLASSES = ['agree', 'conflict', 'neutral'] as const;

/**
 * One of MODEL_CLASSES.
 *
 * @example
 * const c: ModelClass = 'neutral';
 */
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * A regression tree as parallel arrays. Node i splits on `feature[i]` at
 * `threshold[i]` (go left when value ≤ threshold); `feature[i] < 0` marks a
 * leaf whose output is `value[i]`.
 *
 * @example
 * const stump: FlatTree = { feature: [0, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -0.2, 0.3] };
 */
export interface FlatTree {
  readonly feature: readonly number[];
  readonly threshold: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly value: readonly number[];
}

/**
 * A trained model: per-class base scores and, for each boosting round, one tree per class.
 *
 * @example
 * const m: BoostedModel = { features: ['cosine'], classes: ['agree', 'conflict', 'neutral'], base: [0, 0, 0], rounds: [] };
 */
export interface BoostedModel {
  readonly features: readonly string[];
  readonly classes: readonly string[];
  readonly base: readonly number[];
  readonly rounds: readonly (readonly FlatTree[])[];
  /** Decision thresholds tuned on out-of-fold predictions (see DecisionThresholds). */
  readonly thresholds?: DecisionThresholds;
  /** The news head and its gate (see NewsHead); absent in a trees-only model. */
  readonly news?: NewsHead;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * A multinomial logistic regression over a few pair features: each input is
 * standardised (`(x - mean) / scale`), and output k scores `weights[k]` (one
 * weight per input, then the bias); a softmax turns the scores into probabilities.
 *
 * @example
 * const gate: LinearLayer = { inputs: [6], mean: [0.3], scale: [0.2], weights: [[0, 0], [-1.5, 0.4]] };
 */
export interface LinearLayer {
  /** Indices into the pair feature vector (FEATURE_NAMES). */
  readonly inputs: readonly number[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly (readonly number[])[];
}

/**
 * A second opinion for claims from two different news articles, where the trees
 * are weakest: there, whether one claim bears on the other at all shows in the rare
 * words they share and in the signs of dispute they carry, and the trees, fitted
 * mostly on short captions and near-paraphrases, read those poorly.
 * - `head` gives agree / conflict / neutral from a dozen such features;
 * - `gate` gives the probability that a pair is of that kind (two claims from
 *   different articles on one story), learnt against caption and paraphrase pairs.
 * The head's share of the final probabilities is the gate's probability squared,
 * so it speaks only where the pair clearly is of its kind.
 *
 * @example
 * const news: NewsHead = { head, gate };
 */
export interface NewsHead {
  readonly head: LinearLayer;
  readonly gate: LinearLayer;
}

/**
 * Softmax outputs of a linear layer on a feature vector.
 *
 * @example
 * linearProba(gate, vector)[1]; // 0.82: the probability of the gate's second output
 */
export function linearProba(layer: LinearLayer, x: ArrayLike<number>): number[] {
  const n = layer.inputs.length;
  return softmax(layer.weights.map((w) => {
    let z = w[n] ?? 0;
    for (let j = 0; j < n; j++) z += (w[j] ?? 0) * (((x[layer.inputs[j] ?? 0] ?? 0) - (layer.mean[j] ?? 0)) / (layer.scale[j] || 1));
    return z;
  }));
}

/**
 * When to prefer a class over the plain argmax. Conflict is the rare class that
 * matters most, so it wins once its probability reaches `conflict`, even when
 * another class is more probable; `neutral` does the same for unrelated pairs.
 *
 * @example
 * const t: DecisionThresholds = { conflict: 0.3 };
 */
export interface DecisionThresholds {
  readonly conflict?: number;
  readonly neutral?: number;
  /**
   * Lowest neutral probability for a neutral label. Set when the caller has
   * already judged the two statements to speak about the same thing (compare()
   * for the claims of one cluster): below it, the more probable of agree and
   * conflict is taken instead.
   */
  readonly unrelated?: number;
}

/**
 * Output of one tree for a feature vector.
 *
 * @example
 * evalTree(stump, [0.9]); // 0.3
 */
export function evalTree(tree: FlatTree, x: ArrayLike<number>): number {
  let i = 0;
  for (;;) {
    const f = tree.feature[i] ?? -1;
    if (f < 0) return tree.value[i] ?? 0;
    i = (x[f] ?? 0) <= (tree.threshold[i] ?? 0) ? tree.left[i] ?? 0 : tree.right[i] ?? 0;
  }
}

/** All trees of a model in one set of typed arrays: child indices are absolute, `cls[t]` is tree t's class. */
interface PackedTrees {
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly value: Float64Array;
  readonly roots: Int32Array;
  readonly cls: Int32Array;
}

const packed = new WeakMap<BoostedModel, PackedTrees>();

/**
 * Packs a model's trees once into typed arrays: the same sums in the same order,
 * about three times faster to walk than the JSON arrays (bench/relate.bench.ts).
 */
function pack(model: BoostedModel): PackedTrees {
  const done = packed.get(model);
  if (done) return done;
  const trees: (readonly [FlatTree, number])[] = [];
  for (const round of model.rounds) round.forEach((t, c) => { if (c < model.classes.length) trees.push([t, c]); });
  const size = trees.reduce((n, [t]) => n + t.feature.length, 0);
  const out: PackedTrees = {
    feature: new Int32Array(size), threshold: new Float64Array(size), left: new Int32Array(size), right: new Int32Array(size),
    value: new Float64Array(size), roots: new Int32Array(trees.length), cls: new Int32Array(trees.length),
  };
  let at = 0;
  trees.forEach(([t, c], k) => {
    out.roots[k] = at;
    out.cls[k] = c;
    for (let i = 0; i < t.feature.length; i++) {
      out.feature[at + i] = t.feature[i] ?? -1;
      out.threshold[at + i] = t.threshold[i] ?? 0;
      out.left[at + i] = at + (t.left[i] ?? 0);
      out.right[at + i] = at + (t.right[i] ?? 0);
      out.value[at + i] = t.value[i] ?? 0;
    }
    at += t.feature.length;
  });
  packed.set(model, out);
  return out;
}

/**
 * Class probabilities (softmax of the summed tree outputs).
 *
 * @example
 * predictProba(model, vector); // [0.7, 0.1, 0.2]
 */
export function predictProba(model: BoostedModel, x: ArrayLike<number>): number[] {
  const z: number[] = [];
  for (let c = 0; c < model.classes.length; c++) z.push(model.base[c] ?? 0);
  const { feature, threshold, left, right, value, roots, cls } = pack(model);
  for (let t = 0; t < roots.length; t++) {
    let i = roots[t] as number;
    let f = feature[i] as number;
    while (f >= 0) {
      // A vector is always as long as the model's feature list (pairFeatures builds it so).
      i = (x[f] as number) <= (threshold[i] as number) ? (left[i] as number) : (right[i] as number);
      f = feature[i] as number;
    }
    const c = cls[t] as number;
    z[c] = (z[c] as number) + (value[i] as number);
  }
  return softmax(z);
}

/**
 * Class probabilities of a pair read both ways: the mean of the model's output
 * on (a, b) and on (b, a). Agreement, conflict and unrelatedness of two news
 * claims do not depend on their order, and the mean of two readings is steadier
 * than either (chosen by grouped 5-fold CV, see scripts/train-relate.ts).
 * With a news head, the trees' and the head's probabilities are mixed by the
 * gate (see NewsHead), each also read both ways.
 *
 * @example
 * pairProba(model, pairFeatures(a, b).vector, pairFeatures(b, a).vector); // [0.6, 0.1, 0.3]
 */
export function pairProba(model: BoostedModel, forward: ArrayLike<number>, reverse: ArrayLike<number>): number[] {
  const both = (f: (x: ArrayLike<number>) => number[]): number[] => {
    const p = f(forward);
    const r = f(reverse);
    return p.map((v, c) => (v + (r[c] ?? 0)) / 2);
  };
  const trees = both((x) => predictProba(model, x));
  const news = model.news;
  if (!news) return trees;
  const share = (both((x) => linearProba(news.gate, x))[1] ?? 0) ** 2;
  const head = both((x) => linearProba(news.head, x));
  return trees.map((v, c) => share * (head[c] ?? 0) + (1 - share) * v);
}

/**
 * Numerically stable softmax.
 *
 * @example
 * softmax([0, 0]); // [0.5, 0.5]
 */
export function softmax(z: readonly number[]): number[] {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  let s = 0;
  const e = z.map((v) => { const x = Math.exp(v - m); s += x; return x; });
  return e.map((v) => v / s);
}
