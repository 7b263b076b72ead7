/**
 * The parts of `natural` claimdiff uses, imported by path: the package root
 * loads database drivers and reads `.env` files, which a library must not do.
 *
 * @module
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };

/**
 * natural's Porter stemmer.
 *
 * @example
 * PorterStemmer.stem('talks'); // 'talk'
 */
export const PorterStemmer: { stem(word: string): string } = porter;
