import { claimCosine, claimVector, commonDirection, tableDirection } from '../../src/semantics/claim-vector';
import { vectorProfile } from '../../src/semantics/profile';
import { dot } from '../../src/semantics/similarity';

const cv = (text: string): Float32Array | null => claimVector(vectorProfile(text));
const cc = (a: string, b: string): number => claimCosine(cv(a), cv(b));

describe('claimVector and claimCosine', () => {
  test.each([
    ['The minister resigned on Friday', 'The minister quit on Friday', 'Heavy rain flooded the valley'],
    ['Talks between the two sides collapsed', 'Negotiations between both parties failed', 'The team won the final match'],
    ['The earthquake killed dozens of people', 'The quake left many dead', 'The central bank raised interest rates'],
  ])('"%s" is closer to its paraphrase than to an unrelated sentence', (a, para, other) => {
    expect(cc(a, para)).toBeGreaterThan(cc(a, other));
  });
  test('a claim vector is a unit vector with no component on the common direction', () => {
    const v = cv('The minister resigned on Friday');
    const u = tableDirection();
    if (!v || !u) throw new Error('no vector');
    expect(dot(v, v)).toBeCloseTo(1, 5);
    expect(dot(v, u)).toBeCloseTo(0, 5);
  });
  test.each([
    ['empty text', ''],
    ['only unknown words', 'qzxvbnmw wvxzqpl'],
    ['only numbers', '3 4 5'],
  ])('%s has no vector and cosine 0', (_label, text) => {
    expect(cv(text)).toBeNull();
    expect(cc(text, 'Talks collapsed')).toBe(0);
  });
  test('without a common direction the raw weighted sum is used', () => {
    const p = vectorProfile('talks collapsed');
    expect(claimVector(p, null)).not.toEqual(claimVector(p));
  });
  test('deterministic: the same text gives the same vector', () => {
    expect(cv('Officials denied the report')).toEqual(cv('Officials denied the report'));
  });
});

describe('commonDirection', () => {
  test.each([
    ['two vectors around the x axis', [[1, 0.1], [1, -0.1]], [1, 0]],
    ['one vector', [[0, 2]], [0, 1]],
  ])('%s', (_label, rows, expected) => {
    const u = commonDirection(rows.map((r) => Float32Array.from(r)));
    expect(Math.abs(u?.[0] ?? NaN)).toBeCloseTo(expected[0] ?? NaN, 4);
    expect(Math.abs(u?.[1] ?? NaN)).toBeCloseTo(expected[1] ?? NaN, 4);
  });
  test.each([
    ['no vectors', []],
    ['only zero vectors', [[0, 0]]],
  ])('%s give null', (_label, rows) => {
    expect(commonDirection(rows.map((r) => Float32Array.from(r)))).toBeNull();
  });
});
