/**
 * Inference for the stance model: gradient-boosted trees over named features,
 * stored as plain numbers in a generated file (see scripts/train-stance.ts).
 *
 * @module
 */
import { softmax } from '../relate/model';

/**
 * Boosted trees for one decision. Each tree is a flat array of 4-number nodes,
 * `[feature, threshold, left, right]`; a leaf is `[-1, value, 0, 0]`. A sample
 * goes left when its value is <= threshold. Tree `t` adds to class `t % classes.length`.
 *
 * @example
 * const f: Forest = { features: ['cosine'], classes: ['no', 'yes'], base: [0, 0], trees: [[0, 0.5, 1, 2, -1, -1, 0, 0, -1, 1, 0, 0]] };
 */
export interface Forest {
  readonly features: readonly string[];
  readonly classes: readonly string[];
  readonly base: readonly number[];
  readonly trees: readonly (readonly number[])[];
}

/**
 * The committed stance model: stage one (related or not), and stage two for long
 * bodies and for short texts such as headlines.
 *
 * @example
 * const m: StanceModel = { version: 1, trainedOn: 'none', related: f, body: f, short: f };
 */
export interface StanceModel {
  readonly version: number;
  readonly trainedOn: string;
  readonly related: Forest;
  readonly body: Forest;
  readonly short: Forest;
}

/**
 * Class probabilities of one sample.
 *
 * @example
 * predictForest(forest, new Map([['cosine', 0.9]])); // e.g. [0.1, 0.9]
 */
export function predictForest(forest: Forest, values: ReadonlyMap<string, number>): number[] {
  const x = forest.features.map((n) => values.get(n) ?? 0);
  return predictVector(forest, x);
}

/**
 * Class probabilities of one sample given as a vector in `forest.features` order.
 *
 * @example
 * predictVector(forest, [0.9]); // e.g. [0.1, 0.9]
 */
export function predictVector(forest: Forest, x: readonly number[]): number[] {
  const k = forest.classes.length;
  const logits = forest.base.slice(0, k);
  forest.trees.forEach((tree, t) => {
    let node = 0;
    // Bounded walk: a malformed file must not hang the caller.
    for (let step = 0; step < 64; step++) {
      const f = tree[node * 4] ?? -1;
      if (f < 0) {
        logits[t % k] = (logits[t % k] ?? 0) + (tree[node * 4 + 1] ?? 0);
        break;
      }
      node = (x[f] ?? 0) <= (tree[node * 4 + 1] ?? 0) ? (tree[node * 4 + 2] ?? 0) : (tree[node * 4 + 3] ?? 0);
    }
  });
  return softmax(logits);
}
