/**
 * The one place string-similarity is imported. It is deprecated upstream, so
 * callers go through this module and it can be swapped without touching them.
 *
 * @module
 */
import { compareTwoStrings } from 'string-similarity';

/**
 * Dice coefficient of character bigrams between two strings, from 0 to 1.
 *
 * @example
 * similarity('navalny', 'navalnyy') > 0.9; // true
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return compareTwoStrings(a, b);
}
