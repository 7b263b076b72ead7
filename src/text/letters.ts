/**
 * Whether a stretch of text holds a letter or a digit, for hot loops: the same
 * answer as `/[\p{L}\p{N}]/u.test(text.slice(start, end))`, read from the
 * character codes where they are ASCII, without slicing.
 *
 * @module
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` between `start` and `end` holds a letter or a digit of any script.
 * ASCII is read directly; at the first other character the Unicode expression decides.
 *
 * @example
 * hasLetterOrDigit('."'); // false
 * hasLetterOrDigit('“Éclair”'); // true
 * hasLetterOrDigit('— 42 —', 2, 4); // true
 */
export function hasLetterOrDigit(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(text.slice(i, end));
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}
