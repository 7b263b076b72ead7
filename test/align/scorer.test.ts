import { alignmentCandidates } from '../../src/align/align';
import { NEIGHBOUR_FEATURES } from '../../src/align/neighbourhood';
import { POINT_FEATURES } from '../../src/align/pair-features';
import { logistic, pointModel, samePointProbabilities } from '../../src/align/scorer';
import { extractClaims } from '../../src/extract/claims';

describe('same-point scorer', () => {
  test('the committed model reads the features the code computes', () => {
    expect(pointModel.first.features).toEqual([...POINT_FEATURES]);
    expect(pointModel.second.features).toEqual([...NEIGHBOUR_FEATURES]);
  });

  test.each([
    ['zero input, zero bias', { features: ['x'], mean: [0], scale: [1], weights: [2], bias: 0 }, [0], 0.5],
    ['standardised input', { features: ['x'], mean: [1], scale: [2], weights: [2], bias: 0 }, [3], 1 / (1 + Math.exp(-2))],
  ] as const)('logistic: %s', (_label, model, x, expected) => {
    expect(logistic(model, x)).toBeCloseTo(expected, 9);
  });

  test('a paraphrase across articles scores above an unrelated claim', () => {
    const claims = [
      ...extractClaims({ id: 'd1', text: 'Mayor Ana Ruiz has ruled out reopening the Harbor Bridge this week.' }),
      ...extractClaims({ id: 'd2', text: 'Mayor Ana Ruiz turned down calls to reopen the Harbor Bridge this week.' }),
      ...extractClaims({ id: 'd3', text: 'The city zoo welcomed a baby giraffe named Lulu.' }),
    ];
    const { candidates } = alignmentCandidates(claims);
    const p = samePointProbabilities(claims, candidates);
    const of = (i: number, j: number): number => p[candidates.findIndex((c) => c.i === i && c.j === j)]!;
    expect(of(0, 1)).toBeGreaterThan(0.5);
    expect(of(0, 1)).toBeGreaterThan(of(0, 2));
    expect(of(1, 2)).toBeLessThan(0.5);
  });
});
