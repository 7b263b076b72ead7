import { segment } from '../../src/text/sentences';
import type { Article } from '../../src/types';

const article = (text: string): Article => ({ id: 't', text, title: null, outlet: null, url: null, publishedAt: null });
const texts = (text: string): string[] => segment(article(text)).segments.map((s) => s.text);
const kinds = (text: string): string[] => segment(article(text)).segments.map((s) => s.kind);

describe('sentence boundaries', () => {
  test.each([
    ['two sentences', 'It rained. Roads closed.', ['It rained.', 'Roads closed.']],
    ['U.S. does not split', 'The U.S. and the EU agreed. Talks end.', ['The U.S. and the EU agreed.', 'Talks end.']],
    ['Mr. does not split', 'Mr. Lee said so. He left.', ['Mr. Lee said so.', 'He left.']],
    ['initials do not split', 'J. R. Smith won the race.', ['J. R. Smith won the race.']],
    ['decimals do not split', 'Prices rose 3.5 percent. Shares fell.', ['Prices rose 3.5 percent.', 'Shares fell.']],
    ['a quote that goes on in its sentence', '"Stop. Now." he said. It ended.', ['"Stop. Now." he said.', 'It ended.']],
    ['closing quote after the stop', '“We will win.” The crowd cheered.', ['“We will win.”', 'The crowd cheered.']],
    ['lower-case continuation is not a boundary', 'He arrived at 5 p.m. and left.', ['He arrived at 5 p.m. and left.']],
  ])('%s', (_label, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('units', () => {
  test('headline, list items, table rows and boilerplate are their own units', () => {
    const text = 'Storm Hits Coast\nThe storm hit. Roads closed.\n- Schools: closed until Friday.\nItem | Status |\n---|---|\nRoads | Closed |\nRelated Posts';
    expect(kinds(text)).toEqual(['headline', 'sentence', 'sentence', 'list-item', 'table-header', 'table-row', 'boilerplate']);
    expect(texts(text)).toContain('Roads | Closed');
  });
  test('every span slices back to its text', () => {
    const text = 'Storm Hits Coast\n\n“Hello.” He said “bye” and left. 😀 Emoji too!\nNo punctuation at all here';
    for (const s of segment(article(text)).segments) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });
  test.each([
    ['empty', ''],
    ['only spaces', '   \n  '],
    ['only boilerplate', 'Related Posts'],
  ])('no sentences: %s gives a message', (_label, text) => {
    expect(segment(article(text)).messages.map((m) => m.code)).toContain('no_sentences');
  });
  test('one giant line is cut into bounded pieces with a message', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}, more words here`).join(' ');
    const seg = segment(article(text));
    expect(seg.segments.length).toBeGreaterThan(1);
    for (const s of seg.segments) {
      expect(s.span.end - s.span.start).toBeLessThanOrEqual(1200);
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    }
    expect(seg.messages.map((m) => m.code)).toContain('long_line');
  });
});
