/**
 * The learned "same point" scorer: a logistic regression over the pair
 * features (pair-features.ts) that gives the probability that two claims of
 * different articles address the same point. Its weights are written by
 * `npm run train` (scripts/train-points.ts) from the dev story golds and ECB+
 * dev topics, seeded and repeatable.
 *
 * @module
 */
import { POINT_FEATURES } from './pair-features';
import weights from './point-weights.generated.json';

/**
 * A binary logistic regression on standardised features.
 *
 * @example
 * const m: PointModel = { features: ['tfidf'], mean: [0.1], scale: [0.2], weights: [3], bias: -2, linkage: 0.5 };
 */
export interface PointModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Lowest average probability at which two groups of claims merge into one point. */
  readonly linkage: number;
}

/**
 * The committed model.
 *
 * @example
 * pointModel.features.length === POINT_FEATURES.length; // true
 */
export const pointModel: PointModel = weights as PointModel;

let checked = false;

/**
 * Probability that the pair with feature vector `x` addresses one point.
 *
 * @example
 * samePointProbability(pairVector(ctx, 0, 5)); // 0.83
 */
export function samePointProbability(x: ArrayLike<number>, model: PointModel = pointModel): number {
  if (!checked && model === pointModel) {
    if (model.features.join(',') !== POINT_FEATURES.join(',')) {
      throw new Error('claimdiff: the same-point model was trained on another feature list; run `npm run train`.');
    }
    checked = true;
  }
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += (model.weights[k] ?? 0) * (((x[k] ?? 0) - (model.mean[k] ?? 0)) / (model.scale[k] || 1));
  return 1 / (1 + Math.exp(-z));
}
