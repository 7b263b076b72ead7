import { eachWinkToken, winkTokens } from '../../src/vendor/wink';

const visited = (text: string, withLemmas: boolean): { start: number; end: number; pos: string; lemma: string }[] => {
  const out: { start: number; end: number; pos: string; lemma: string }[] = [];
  eachWinkToken(text, withLemmas, (start, end, pos, lemma) => out.push({ start, end, pos, lemma }));
  return out;
};

describe('eachWinkToken and winkTokens', () => {
  test.each([
    ['a plain sentence', 'Officials denied it.'],
    ['a possessive', 'Mary’s car was towed.'],
    ['a contraction is no possessive', 'It’s raining, he said.'],
    ['a run of 63 characters stays one word', `see ${'a'.repeat(63)} now`],
    ['a run of 64 characters is shown as placeholders', `see ${'b'.repeat(64)} now`],
    ['unicode spaces break a run', `see ${'c'.repeat(40)}\u2009${'c'.repeat(40)} now`],
    ['empty text', ''],
  ])('%s: the visitor sees what winkTokens returns', (_label, text) => {
    for (const withLemmas of [true, false]) {
      const tokens = winkTokens(text, withLemmas);
      expect(visited(text, withLemmas).map((t) => ({ ...t, lemma: t.lemma.toLowerCase() }))).toEqual(tokens);
    }
  });
  test.each([
    ['63', 63, 1],
    ['64', 64, 4],
  ])('a run of %s letters gives %i tokens', (_label, n, count) => {
    const run = `${'d'.repeat(n as number)}`;
    expect(winkTokens(`x ${run} y`).length - 2).toBe(count);
  });
  test('the possessive "s" comes back as a PART token over the apostrophe and the s', () => {
    const text = 'Mary’s car';
    const part = winkTokens(text).find((t) => t.pos === 'PART');
    expect(part && text.slice(part.start, part.end)).toBe('’s');
  });
  test.each([
    ['plain words', 'Officials denied it.'],
    ['a possessive and a contraction', 'Mary’s car isn’t here.'],
    ['a long run', `see ${'e'.repeat(70)} now`],
  ])('%s: the surface wink hands out is the text under the token, or null', (_label, text) => {
    const seen: (string | null)[] = [];
    eachWinkToken(text, false, (start, end, _pos, _lemma, surface) => {
      if (surface !== null) expect(surface).toBe(text.slice(start, end));
      seen.push(surface);
    });
    expect(seen.length).toBeGreaterThan(0);
    if (text.includes('Mary’s')) expect(seen).toContain(null);
  });
});
