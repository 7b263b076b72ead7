import { ClaimdiffError } from '../../src/errors';
import { cleanView, hostOf, normalize, normalizeAll, outletFromText, titleFromText } from '../../src/text/normalize';

describe('cleanView keeps length and offsets', () => {
  test.each([
    ['curly quotes', '“Hi,” she said’s', '"Hi," she said\'s'],
    ['entities padded', 'a &amp; b', 'a &     b'],
    ['tags blanked', 'a <b>bold</b> c', 'a    bold     c'],
    ['unknown entity kept', '&bogus; x', '&bogus; x'],
    ['no-break space', 'a\u00a0b', 'a b'],
  ])('%s', (_label, input, expected) => {
    const out = cleanView(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
});

describe('titleFromText', () => {
  test.each([
    ['short first line', 'Storm Hits Coast\nThe storm hit the coast.', 'Storm Hits Coast'],
    ['body copy first: no title', 'The storm hit the coast on Monday.\nIt rained.', null],
    ['section label skipped', 'World\n\nStorm Hits Coast\nIt rained.', 'Storm Hits Coast'],
    ['truncated breadcrumb then full headline', 'Storm Hits\n\nStorm Hits Coast Overnight\nIt rained.', 'Storm Hits Coast Overnight'],
    ['single line is not a title', 'Storm Hits Coast', null],
  ])('%s', (_label, text, expected) => {
    expect(titleFromText(text)).toBe(expected);
  });
});

describe('outlet', () => {
  test.each([
    ['Source line', 'Body text.\nSource : Example.com', 'Example.com'],
    ['By line', 'Body text.\nBy Daily Courier', 'Daily Courier'],
    ['lower-case "by" in prose is no byline', 'It was written by hand.', null],
    ['none', 'Body text only.', null],
  ])('%s', (_label, text, expected) => {
    expect(outletFromText(text)).toBe(expected);
  });
  test.each([
    ['https://www.example.com/a', 'example.com'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('hostOf(%s)', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });
});

describe('normalize', () => {
  test('resolves id, outlet from url, and ISO date', () => {
    const { article, messages } = normalize({ text: 'It rained.', url: 'https://news.example.org/x', publishedAt: '2024-05-16' }, 2);
    expect(article).toMatchObject({ id: 'a3', outlet: 'news.example.org', publishedAt: '2024-05-16' });
    expect(messages).toEqual([]);
  });
  test('an unreadable date is a message, not an exception', () => {
    const { article, messages } = normalize({ text: 'x', publishedAt: 'yesterday-ish' }, 0);
    expect(article.publishedAt).toBeNull();
    expect(messages.map((m) => m.code)).toEqual(['unparsed_date']);
  });
  test.each([
    ['not an array', 'x', 'not_an_array'],
    ['null entry', [null], 'not_an_object'],
    ['text not a string', [{ text: 42 }], 'text_not_string'],
    ['title not a string', [{ text: 'a', title: 5 }], 'invalid_field'],
    ['duplicate ids', [{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }], 'duplicate_id'],
    ['invalid Date', [{ text: 'a', publishedAt: new Date('nope') }], 'invalid_date'],
  ])('misuse: %s throws ClaimdiffError', (_label, input, code) => {
    expect(() => normalizeAll(input as never)).toThrow(ClaimdiffError);
    try {
      normalizeAll(input as never);
    } catch (err) {
      expect((err as ClaimdiffError).code).toBe(code);
      expect((err as ClaimdiffError).message.length).toBeGreaterThan(20);
    }
  });
});
