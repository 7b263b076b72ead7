import { stem, tagTokens, tokenize } from '../../src/text/tokens';

describe('tokenize', () => {
  test.each([
    ['contractions split', "He didn't go.", ['He', 'did', "n't", 'go', '.']],
    ['possessive split', 'Reid’s rep', ['Reid', '’s', 'rep']],
    ['abbreviation keeps its dot', 'the U.S. said', ['the', 'U.S.', 'said']],
    ['number with separators', 'over $400,000.50 lost', ['over', '$', '400,000.50', 'lost']],
    ['hyphenated word', 'face-to-face talks', ['face-to-face', 'talks']],
  ])('%s', (_label, text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  test('stems are Porter stems', () => {
    expect(stem('negotiations')).toBe(stem('negotiation'));
  });
});

describe('tagTokens', () => {
  test('offsets are exact and POS tags are present', () => {
    const text = 'Officials denied it. 😀 “Quoted,” she said.';
    const tokens = tagTokens(text, 10);
    for (const t of tokens) expect(text.slice(t.start - 10, t.end - 10)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'denied')?.pos).toBe('VERB');
  });
  test('empty text gives no tokens', () => {
    expect(tagTokens('')).toEqual([]);
  });
});

describe('tagTokens on a long run without spaces', () => {
  test('stays fast and keeps the real text in its tokens', () => {
    const text = `Before ${'Ab9'.repeat(200)} after.`;
    const tokens = tagTokens(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.text).toBe('Before');
    expect(tokens[tokens.length - 2]?.text).toBe('after');
  });
});

describe('tagging does not depend on what was read before', () => {
  const sentence = 'Okafor’s budget passed after the vote.';
  const tags = (): string[] => tagTokens(sentence).map((t) => `${t.text}/${t.pos}`);
  test('a possessive splits the same before and after other texts with the same name', () => {
    const before = tags();
    // wink learns new words as it reads; these teach it "Okafor’s" and "Okafor's" as words of their own.
    for (const other of ['It was Okafor’s.', 'Okafor’s, the mayor said, was late.', "Okafor's, he said.", '“Okafor’s”']) tagTokens(other);
    expect(tags()).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['Okafor/PROPN', '’s/PART']);
  });
  test.each([
    ["It's late.", ['It', "'s", 'late', '.']],
    ['Mary’s car', ['Mary', '’s', 'car']],
    ["The man's dog", ['The', 'man', "'s", 'dog']],
  ])('%j keeps exact token texts', (text, expected) => {
    expect(tagTokens(text).map((t) => t.text)).toEqual(expected);
  });
});
