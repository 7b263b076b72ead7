import { hasLetterOrDigit } from '../../src/text/letters';

describe('hasLetterOrDigit answers as /[\\p{L}\\p{N}]/u over the same stretch', () => {
  const pieces = ['a', 'Z', '5', '.', ' ', '"', '—', '“', 'é', '\ud835\udc00', '\ud83d\ude00', '\ud835', '\udc00', '²', '_', '-', "'"];
  test.each([
    ['punctuation only', '."', 0, 2, false],
    ['ASCII word', 'said', 0, 4, true],
    ['accented word', '“Éclair”', 0, 8, true],
    ['digits inside dashes', '— 42 —', 2, 4, true],
    ['empty stretch', 'abc', 1, 1, false],
    ['superscript digit', '²', 0, 1, true],
    ['emoji', '\ud83d\ude00', 0, 2, false],
  ])('%s', (_label, text, start, end, expected) => {
    expect(hasLetterOrDigit(text, start, end)).toBe(expected);
    expect(/[\p{L}\p{N}]/u.test(text.slice(start, end))).toBe(expected);
  });

  test('every stretch of every short mix of the pieces', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = next(7); i > 0; i--) text += pieces[next(pieces.length)];
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect(hasLetterOrDigit(text, start, end)).toBe(/[\p{L}\p{N}]/u.test(text.slice(start, end)));
        }
      }
    }
  });
});
