import { averageLinkage } from '../../src/align/cluster';

describe('averageLinkage', () => {
  test.each([
    ['no pairs, no groups', 3, [], 0.5, []],
    ['one strong pair', 3, [{ i: 0, j: 1, score: 0.9 }], 0.5, [[0, 1]]],
    ['a pair below the linkage stays apart', 2, [{ i: 0, j: 1, score: 0.4 }], 0.5, []],
    // 0-1 strong, 1-2 strong, 0-2 missing: the average of {0,1} to 2 is (0 + 0.9) / 2 < 0.5, so no chain.
    ['one strong link cannot chain a third claim in', 3, [{ i: 0, j: 1, score: 0.95 }, { i: 1, j: 2, score: 0.9 }], 0.5, [[0, 1]]],
    ['a triangle of strong links is one group', 3, [{ i: 0, j: 1, score: 0.9 }, { i: 1, j: 2, score: 0.8 }, { i: 0, j: 2, score: 0.7 }], 0.5, [[0, 1, 2]]],
    ['two separate pairs', 4, [{ i: 0, j: 1, score: 0.9 }, { i: 2, j: 3, score: 0.9 }], 0.5, [[0, 1], [2, 3]]],
  ] as const)('%s', (_label, n, pairs, linkage, expected) => {
    expect(averageLinkage(n, pairs, linkage)).toEqual(expected);
  });

  test('the order of the pairs does not change the groups', () => {
    const pairs = [{ i: 0, j: 1, score: 0.8 }, { i: 1, j: 2, score: 0.8 }, { i: 0, j: 2, score: 0.8 }, { i: 3, j: 4, score: 0.6 }];
    expect(averageLinkage(5, [...pairs].reverse(), 0.5)).toEqual(averageLinkage(5, pairs, 0.5));
  });
});
