import { ClaimdiffError } from '../../src/errors';
import { findQuotes, indexQuotes, quotesMeeting } from '../../src/text/quotes';

const quoted = (text: string): string[] => findQuotes(text).quotes.map((q) => text.slice(q.span.start, q.span.end));
const codes = (text: string): string[] => findQuotes(text).messages.map((m) => m.code);

describe('findQuotes: pairing', () => {
  const cases: [string, string, string[]][] = [
    ['curly double', 'He said, “We won’t stop.” Then he left.', ['“We won’t stop.”']],
    ['straight double', 'He said "no way," she said.', ['"no way,"']],
    ['two straight quotes in a row', 'He called it "rude" and "unhelpful".', ['"rude"', '"unhelpful"']],
    ['curly single', 'He called it ‘rude’.', ['‘rude’']],
    ['straight single', "'Hello,' he said.", ["'Hello,'"]],
    ['nested single in double', '“He said ‘no’ to me,” she said.', ['“He said ‘no’ to me,”', '‘no’']],
    ['two single marks as a double mark', "''This isn't reform,'' said Hill.", ["''This isn't reform,''"]],
    ['guillemets', 'Il a dit «non» hier.', ['«non»']],
    ['multi-paragraph quote', '“First paragraph.\n“Second paragraph,” he said.', ['“First paragraph.\n“Second paragraph,”']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('gives spans whose content lies between the marks', () => {
    const text = 'A “b c” d';
    const [q] = findQuotes(text).quotes;
    expect(q && text.slice(q.content.start, q.content.end)).toBe('b c');
    expect(q?.depth).toBe(0);
    expect(q?.mark).toBe('double');
  });

  it('counts the paragraphs of a running quote', () => {
    expect(findQuotes('“One.\n“Two.\n“Three,” she said.').quotes[0]?.paragraphs).toBe(3);
  });
});

describe('findQuotes: apostrophes are not quotes', () => {
  const cases: [string, string][] = [
    ['contraction', "They don't know and won't say."],
    ['plural possessive', "The Jones' house is on the left."],
    ['curly contraction', 'It’s what we’ve said.'],
    ['decade', "Back in the '90s it rained."],
    ['elision', "Rock 'n' roll is here."],
    ['name', "O'Brien and D'Angelo left."],
  ];
  it.each(cases)('%s', (_label, text) => {
    expect(quoted(text)).toEqual([]);
    expect(codes(text)).toEqual([]);
  });
});

describe('findQuotes: unbalanced marks are messages, not guesses', () => {
  const cases: [string, string, string[], number][] = [
    ['unclosed at paragraph end', '“Unclosed here.\nNext paragraph has “a quote”.', ['unclosed_quote'], 1],
    ['unopened closing mark', 'Stray close.” here', ['unopened_quote'], 0],
    ['unclosed at the end', 'He said “never', ['unclosed_quote'], 0],
    ['unclosed curly single', 'He said ‘never mind.', ['unclosed_quote'], 0],
  ];
  it.each(cases)('%s', (_label, text, expectedCodes, nQuotes) => {
    const r = findQuotes(text);
    expect(r.messages.map((m) => m.code)).toEqual(expectedCodes);
    expect(r.quotes).toHaveLength(nQuotes);
    for (const m of r.messages) expect(m.span && text[m.span.start]).toMatch(/[“”‘’"']/);
  });

  it('does not pair across a paragraph that does not reopen the quote', () => {
    const text = 'He said “one thing.\nThen” something else.';
    expect(quoted(text)).toEqual([]);
  });
});

describe('findQuotes: odd text', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only marks', '"""\'\'\'“”‘’'],
    ['emoji', '😀 “🎉 party 🎉” 😀'],
    ['html', '<p>“Hi”</p><br/>&quot;x&quot;'],
  ];
  it.each(cases)('%s does not throw', (_label, text) => {
    expect(() => findQuotes(text)).not.toThrow();
  });

  it('is linear on one giant line of marks', () => {
    const text = '"a '.repeat(100_000);
    const t0 = Date.now();
    findQuotes(text);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('returns nothing for a non-string', () => {
    expect(findQuotes(undefined as unknown as string)).toEqual({ quotes: [], messages: [] });
  });
});

describe('quotesMeeting', () => {
  const text = 'He said, “We ‘won’ it,” and left. “Again,” she said. No quote here.';
  const { quotes } = findQuotes(text);
  const index = indexQuotes(quotes);
  const brute = (s: number, e: number) => quotes.filter((q) => q.span.start < e && q.span.end > s);
  test.each([
    ['a span inside the nested quote meets it and its parent', text.indexOf('won'), text.indexOf('won') + 3, 2],
    ['a span between quotes meets none', text.indexOf('and left'), text.indexOf('and left') + 8, 0],
    ['a span over both top-level quotes meets all three', 0, text.indexOf('she'), 3],
    ['a span ending at an opening mark misses that quote', 0, text.indexOf('“We'), 0],
    ['a span starting at a closing mark’s end misses that quote', text.indexOf('”') + 1, text.indexOf('“Again'), 0],
    ['an empty span inside a quote meets it', text.indexOf('Again'), text.indexOf('Again'), 1],
    ['a span after every quote meets none', text.indexOf('No quote'), text.length, 0],
  ])('%s', (_label, start, end, n) => {
    const found = quotesMeeting(index, start, end);
    expect(found).toHaveLength(n);
    expect(found).toEqual(brute(start, end));
  });

  test('agrees with a scan of all quotes on every span of the text', () => {
    for (let s = 0; s <= text.length; s += 3) for (let e = s; e <= text.length; e += 5) expect(quotesMeeting(index, s, e)).toEqual(brute(s, e));
  });

  test('quotes out of order are a misuse', () => {
    expect(() => indexQuotes([...quotes].reverse())).toThrow(ClaimdiffError);
  });
});
