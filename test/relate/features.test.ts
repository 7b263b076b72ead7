import { FEATURE_NAMES, pairFeatures } from '../../src/relate/features';

const feature = (a: string, b: string, name: (typeof FEATURE_NAMES)[number]): number =>
  pairFeatures(a, b).vector[FEATURE_NAMES.indexOf(name)] ?? Number.NaN;

describe('relate / vector features', () => {
  // [label, a, b, name, at least, at most]
  const cases: [string, string, string, (typeof FEATURE_NAMES)[number], number, number][] = [
    ['same words cover each other', 'The talks collapsed.', 'The talks collapsed.', 'softCovA', 0.999, 1],
    ['a near word covers without sharing a stem', 'The minister resigned.', 'The minister quit.', 'softCovA', 0.7, 0.999],
    ['an unrelated sentence covers little', 'The minister resigned.', 'Rain fell on the harvest.', 'softCovA', 0, 0.5],
    ['coverage is directional: the short side is covered', 'Talks collapsed.', 'Talks collapsed after the rebels shelled the port.', 'softCovA', 0.999, 1],
    ['the long side is not', 'Talks collapsed.', 'Talks collapsed after the rebels shelled the port.', 'softCovB', 0, 0.8],
    ['claim vectors of a paraphrase are close', 'The minister resigned on Monday.', 'On Monday the minister quit.', 'claimCos', 0.6, 1],
    ['claim vectors of unrelated claims are not', 'The minister resigned on Monday.', 'Rain fell on the harvest.', 'claimCos', -1, 0.4],
    ['no content word gives 0, not NaN', 'It is.', 'The minister resigned.', 'softCovA', 0, 0],
    ['no content word gives a 0 cosine', '', 'The minister resigned.', 'claimCos', 0, 0],
  ];
  test.each(cases)('%s', (_label, a, b, name, lo, hi) => {
    const v = feature(a, b, name);
    expect(v).toBeGreaterThanOrEqual(lo);
    expect(v).toBeLessThanOrEqual(hi);
  });

  test('swapping the sides swaps the two coverages and keeps the cosine', () => {
    const a = 'Talks collapsed on Monday.';
    const b = 'Negotiations failed after the rebels shelled the port.';
    expect(feature(a, b, 'softCovA')).toBeCloseTo(feature(b, a, 'softCovB'), 10);
    expect(feature(a, b, 'claimCos')).toBeCloseTo(feature(b, a, 'claimCos'), 6);
  });
});
