import { pairFeatures } from '../../src/relate/features';
import { conditionOverlap } from '../../src/relate/rules';
import { relate } from '../../src/relate/relate';

describe('rules / conditionOverlap', () => {
  test.each([
    // [a, b, expected overlap: 'low' (< 0.5), 'high' (≥ 0.5) or null]
    ['Talks will resume only if the troops withdraw.', 'Talks will resume only if a treaty is signed first.', 'low'],
    ['Talks will resume only if the troops withdraw.', 'Talks will resume, but only if troops are withdrawn.', 'high'],
    // Tricky negatives: a condition on one side only, or none at all, is not compared.
    ['Talks will resume only if the troops withdraw.', 'Talks will resume next week.', null],
    ['Talks will resume next week.', 'Talks resumed last week.', null],
  ] as const)('%s | %s', (a, b, expected) => {
    const o = conditionOverlap(pairFeatures(a, b));
    if (expected === null) expect(o).toBeNull();
    else if (expected === 'low') expect(o).toBeLessThan(0.5);
    else expect(o).toBeGreaterThanOrEqual(0.5);
  });
});

describe('rules / two conditional claims', () => {
  const conditional = { modality: 'conditional' } as const;
  test('different conditions are qualify/condition, pointing at both conditions', () => {
    const a = 'The union will end the strike only if wages rise by five percent.';
    const b = 'The union will end the strike only if the managers resign.';
    const r = relate(a, b, { a: conditional, b: conditional, aligned: true });
    expect(r.label).toBe('qualify');
    const reason = r.reasons.find((x) => x.kind === 'condition');
    expect(reason?.spans.map((s) => (s.claimId === 'a' ? a : b).slice(s.span.start, s.span.end))).toEqual(['only if wages rise by five percent', 'only if the managers resign']);
  });
  test('the same condition in other words is not a qualification', () => {
    const a = 'The union will end the strike only if wages rise.';
    const b = 'The union will end the strike, but only if wages rise.';
    expect(relate(a, b, { a: conditional, b: conditional, aligned: true }).label).toBe('agree');
  });
});

describe('rules / an open outcome against a refusal', () => {
  test.each([
    ['The minister ruled out talks for now.', 'Talks could resume, but only if a ceasefire holds.', 'qualify'],
    // Tricky negative: one shared word ("new") and "May" the month are no refusal-against-possibility pair.
    ['The mayor ruled out new taxes this year.', 'The museum will open a new wing in May.', 'neutral'],
  ] as const)('%s | %s', (a, b, expected) => {
    expect(relate(a, b).label).toBe(expected);
  });
});
