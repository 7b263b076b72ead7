import { ClaimdiffError } from '../../src/errors';
import { cleanView, dateFromText, hostOf, normalize, normalizeAll, outletFromText, titleFromText } from '../../src/text/normalize';

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

describe('publication date from the text', () => {
  test.each([
    ['Published line', 'Storm Hits Coast\nPublished: March 3, 2024\nIt rained.', '2024-03-03'],
    ['Posted on, ISO with a time', 'Storm\nPosted on 2024-05-16 09:30\nIt rained.', '2024-05-16'],
    ['Updated line at the bottom', 'Storm\nIt rained.\nUpdated 16 May 2024', '2024-05-16'],
    ['a weekday alone is no date', 'Storm\nUpdated: Monday\nIt rained.', null],
    ['a relative date is no date', 'Storm\nPublished 3 days ago\nIt rained.', null],
    ['a date inside prose is not the publication date', 'Storm\nThe vote is set for March 3, 2024 by the council.', null],
  ])('%s', (_label, text, expected) => {
    expect(dateFromText(text)).toBe(expected);
  });
  test('an explicit publishedAt wins over the text', () => {
    const text = 'Storm\nPublished: March 3, 2024\nIt rained.';
    expect(normalize({ text }, 0).article.publishedAt).toBe('2024-03-03');
    expect(normalize({ text, publishedAt: '2024-01-01' }, 0).article.publishedAt).toBe('2024-01-01');
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
