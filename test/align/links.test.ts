import { pointLinks } from '../../src/align/links';

const OPTIONS = { threshold: 0.8, perClaim: 2 };
// Claims 0, 1 in article a; 2, 3 in article b; 4 in article c.
const ARTICLES = ['a', 'a', 'b', 'b', 'c'];

describe('pointLinks', () => {
  test.each([
    ['no pairs, no links', [], [], []],
    ['a strong pair split across points is linked', [{ i: 0, j: 2, score: 0.9 }], [[0, 3], [1, 2]], [{ i: 0, j: 2, score: 0.9 }]],
    ['a strong pair with one claim in no point is linked', [{ i: 0, j: 4, score: 0.85 }], [[0, 2]], [{ i: 0, j: 4, score: 0.85 }]],
    ['a pair inside one point is not a link', [{ i: 0, j: 2, score: 0.95 }], [[0, 2]], []],
    ['a pair below the threshold is not a link', [{ i: 0, j: 2, score: 0.79 }], [], []],
    ['two claims of one article are never linked', [{ i: 0, j: 1, score: 0.99 }], [], []],
  ] as const)('%s', (_label, pairs, points, expected) => {
    expect(pointLinks(pairs, points, ARTICLES, OPTIONS)).toEqual(expected);
  });

  test('each claim keeps only its strongest links, strongest first', () => {
    const pairs = [{ i: 0, j: 2, score: 0.81 }, { i: 0, j: 3, score: 0.95 }, { i: 0, j: 4, score: 0.9 }];
    expect(pointLinks(pairs, [], ARTICLES, OPTIONS)).toEqual([{ i: 0, j: 3, score: 0.95 }, { i: 0, j: 4, score: 0.9 }]);
  });

  test('ties keep the input order, and the input is not changed', () => {
    const pairs = Object.freeze([Object.freeze({ i: 1, j: 4, score: 0.9 }), Object.freeze({ i: 0, j: 2, score: 0.9 })]);
    expect(pointLinks(pairs, [], ARTICLES, OPTIONS)).toEqual([{ i: 1, j: 4, score: 0.9 }, { i: 0, j: 2, score: 0.9 }]);
  });
});
