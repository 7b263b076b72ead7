import { NEIGHBOUR_FEATURES, neighbourVectors } from '../../src/align/neighbourhood';
import { extractClaims } from '../../src/extract/claims';

const claims = [
  ...extractClaims({ id: 'd1', text: 'The bridge closed on Monday. Repairs will take a month.' }),
  ...extractClaims({ id: 'd2', text: 'The bridge was shut on Monday. The repairs need four weeks.' }),
  ...extractClaims({ id: 'd3', text: 'Officials closed the bridge on Monday.' }),
];
const at = (name: (typeof NEIGHBOUR_FEATURES)[number]): number => NEIGHBOUR_FEATURES.indexOf(name);

describe('neighbourVectors', () => {
  test('claims are in document order, two per article but the last', () => {
    expect(claims.map((c) => c.id)).toEqual(['d1:c1', 'd1:c2', 'd2:c1', 'd2:c2', 'd3:c1']);
  });

  test.each([
    // d1:c1 and d2:c1 both match d3:c1: they share a neighbour.
    ['shared neighbours', [{ i: 0, j: 2 }, { i: 0, j: 4 }, { i: 2, j: 4 }], [0.5, 0.9, 0.9], 0, 'sharedNeighbours', 1],
    ['no shared neighbour', [{ i: 0, j: 2 }, { i: 0, j: 4 }], [0.5, 0.9], 0, 'sharedNeighbours', 0],
    // d1:c2 and d2:c2 stand beside the aligned pair d1:c1 / d2:c1.
    ['beside an aligned pair', [{ i: 1, j: 3 }, { i: 0, j: 2 }], [0.2, 0.8], 0, 'adjacent', 0.8],
    ['no aligned pair beside it', [{ i: 1, j: 3 }, { i: 0, j: 4 }], [0.2, 0.8], 0, 'adjacent', 0],
    ['the first-stage probability is kept', [{ i: 1, j: 3 }], [0.2], 0, 'first', 0.2],
  ] as const)('%s', (_label, pairs, first, k, feature, expected) => {
    expect(neighbourVectors(claims, pairs, first)[k]?.[at(feature)]).toBeCloseTo(expected, 6);
  });

  test('weak first-stage links are no neighbours', () => {
    const v = neighbourVectors(claims, [{ i: 0, j: 2 }, { i: 0, j: 4 }, { i: 2, j: 4 }], [0.5, 0.01, 0.01]);
    expect(v[0]?.[at('sharedNeighbours')]).toBe(0);
  });
});
