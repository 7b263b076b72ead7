import { alignmentCandidates } from '../../src/align/align';
import { POINT_FEATURES } from '../../src/align/pair-features';
import { extractClaims } from '../../src/extract/claims';
import type { Claim } from '../../src/types';

const claimsOf = (texts: readonly string[]): Claim[] => texts.flatMap((text, i) => extractClaims({ id: `d${i + 1}`, text }));
const feature = (texts: readonly string[], a: string, b: string, name: (typeof POINT_FEATURES)[number]): number => {
  const claims = claimsOf(texts);
  const { candidates } = alignmentCandidates(claims);
  const ia = claims.findIndex((c) => c.id === a);
  const ib = claims.findIndex((c) => c.id === b);
  const pair = candidates.find((c) => c.i === Math.min(ia, ib) && c.j === Math.max(ia, ib));
  if (!pair) throw new Error(`no candidate ${a} ${b}`);
  return pair.x[POINT_FEATURES.indexOf(name)]!;
};

describe('pair features', () => {
  test.each([
    ['a shared quotation', ['He said "we will not raise the tolls this year" on Friday.', 'The mayor said: "we will not raise the tolls this year".'], 'sharedQuote', 1],
    ['different words in quotes share no quotation', ['He said "we will not raise the tolls" on Friday.', 'She said "the tolls must go up soon" on Friday.'], 'sharedQuote', 0],
    ['one shared number', ['The storm killed 12 people in the valley.', 'Officials said 12 people died in the storm.'], 'sharedNumber', 1],
    ['numbers that differ', ['The storm killed 12 people in the valley.', 'Officials said 15 people died in the storm.'], 'numbersApart', 1],
    ['two claims of one article', ['The storm hit the valley. The storm killed 12 people.', 'The zoo opened.'], 'sameArticle', 1],
    ['two direct quotations', ['"We will rebuild the bridge," the mayor said.', '"The bridge will be rebuilt," the governor said.'], 'bothQuoted', 1],
    // Tricky negative: a reported (indirect) claim beside a quotation.
    ['one quotation and one indirect report', ['"We will rebuild the bridge," the mayor said.', 'The governor said the bridge would be rebuilt.'], 'bothQuoted', 0],
    ['both say when', ['The bridge closed on Monday.', 'The bridge was shut on Tuesday.'], 'bothTimes', 1],
    ['one says when, the other does not', ['The bridge closed on Monday.', 'The bridge was shut.'], 'oneTime', 1],
    ['a shared date', ['The bridge closed on March 3, 2024.', 'Officials shut the bridge on March 3, 2024.'], 'sharedDate', 1],
    ['dates that differ share none', ['The bridge closed on March 3, 2024.', 'Officials shut the bridge on March 9, 2024.'], 'sharedDate', 0],
    ['a negated claim against an affirmed one', ['The bridge closed on Monday.', 'The bridge did not close on Monday.'], 'polarityDiffers', 1],
    ['a possible claim against an asserted one', ['The bridge closed on Monday.', 'The bridge may close on Monday.'], 'modalityDiffers', 1],
    ['two asserted claims', ['The bridge closed on Monday.', 'The bridge shut on Monday.'], 'modalityDiffers', 0],
  ] as const)('%s', (_label, texts, name, expected) => {
    const second = texts[0].includes('. The storm killed') ? 'd1:c2' : 'd2:c1';
    expect(feature(texts, 'd1:c1', second, name)).toBe(expected);
  });

  test('paraphrases mean more alike than unrelated claims (claim vectors)', () => {
    const texts = ['The mayor resigned on Friday.', 'The mayor quit her post on Friday.', 'Heavy rain flooded the farms.'];
    expect(feature(texts, 'd1:c1', 'd2:c1', 'semantic')).toBeGreaterThan(feature(texts, 'd1:c1', 'd3:c1', 'semantic'));
  });

  test('the features of every pair are finite numbers', () => {
    const { candidates } = alignmentCandidates(claimsOf(['A bridge closed on Monday.', '"Closed," he said.', '']));
    for (const c of candidates) for (const v of c.x) expect(Number.isFinite(v)).toBe(true);
  });
});
