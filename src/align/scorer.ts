/**
 * The learned "same point" scorer: two logistic regressions that give the
 * probability that two claims address the same point. The first reads the
 * pair's own features (pair-features.ts); the second reads the first's
 * probability beside the pair's neighbourhood (neighbourhood.ts). Weights are
 * written by `npm run train` (scripts/train-points.ts) from the dev story golds
 * and the ECB+ dev topics, deterministic and repeatable.
 *
 * @module
 */
import { neighbourVectors, NEIGHBOUR_FEATURES } from './neighbourhood';
import { POINT_FEATURES } from './pair-features';
import type { Claim } from '../types';
import weights from './point-weights.generated.json';

/**
 * A binary logistic regression on standardised features.
 *
 * @example
 * const m: LinearModel = { features: ['tfidf'], mean: [0.1], scale: [0.2], weights: [3], bias: -2 };
 */
export interface LinearModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/**
 * The two stages and the clustering threshold chosen with them.
 *
 * @example
 * pointModel.linkage; // 0.45
 */
export interface PointModel {
  readonly first: LinearModel;
  readonly second: LinearModel;
  /** Lowest average probability at which two groups of claims merge into one point. */
  readonly linkage: number;
}

/**
 * The committed model.
 *
 * @example
 * pointModel.first.features.length === POINT_FEATURES.length; // true
 */
export const pointModel: PointModel = weights as PointModel;

let checked = false;
function check(model: PointModel): void {
  if (checked || model !== pointModel) return;
  if (model.first.features.join(',') !== POINT_FEATURES.join(',') || model.second.features.join(',') !== NEIGHBOUR_FEATURES.join(',')) {
    throw new Error('claimdiff: the same-point model was trained on other features; run `npm run train`.');
  }
  checked = true;
}

/**
 * Probability of a logistic regression on the feature vector `x`.
 *
 * @example
 * logistic({ features: ['x'], mean: [0], scale: [1], weights: [2], bias: 0 }, [0]); // 0.5
 */
export function logistic(model: LinearModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += (model.weights[k] ?? 0) * (((x[k] ?? 0) - (model.mean[k] ?? 0)) / (model.scale[k] || 1));
  return 1 / (1 + Math.exp(-z));
}

/**
 * Same-point probabilities of candidate pairs, from their pair feature vectors
 * (both stages; every pair's neighbours are read from the same list).
 *
 * @example
 * samePointProbabilities(claims, candidates)[0]; // 0.83
 */
export function samePointProbabilities(
  claims: readonly Claim[],
  candidates: readonly { readonly i: number; readonly j: number; readonly x: ArrayLike<number> }[],
  model: PointModel = pointModel,
): number[] {
  check(model);
  const first = candidates.map((c) => logistic(model.first, c.x));
  return neighbourVectors(claims, candidates, first).map((v) => logistic(model.second, v));
}
