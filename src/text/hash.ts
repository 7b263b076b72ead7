/**
 * A short, stable hash for table keys, so generated tables store keys rather
 * than the words of the news they were counted on.
 *
 * @module
 */

/**
 * 32-bit FNV-1a hash of a string, in base 36.
 *
 * @example
 * hashKey('rain') === hashKey('rain'); // true
 * hashKey('rain') === hashKey('snow'); // false
 */
export function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
