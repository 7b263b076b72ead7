/**
 * The parts of `natural` claimdiff uses, imported by path: the package root
 * loads database drivers and reads `.env` files, which a library must not do.
 * An `import` (not `require`) so that the ESM build can load it too.
 *
 * @module
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * natural's Porter stemmer.
 *
 * @example
 * PorterStemmer.stem('talks'); // 'talk'
 */
export const PorterStemmer: { stem(word: string): string } = porter;
