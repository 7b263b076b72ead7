/**
 * Tokens with exact offsets: a fast regex tokenizer for pair features, and a
 * tagged analysis (POS and lemma from wink-nlp) for claim extraction.
 *
 * @module
 */
import { PorterStemmer } from '../vendor/natural';
import { eachWinkToken } from '../vendor/wink';

/**
 * A word or punctuation mark with its offsets into the text it came from.
 *
 * @example
 * const t: Token = { text: 'Talks', start: 0, end: 5, lower: 'talks', stem: 'talk' };
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly stem: string;
}

/**
 * A token with its part of speech (Universal POS tags) and lemma.
 *
 * @example
 * const t: TaggedToken = { text: 'ruled', start: 4, end: 9, lower: 'ruled', stem: 'rule', pos: 'VERB', lemma: 'rule' };
 */
export interface TaggedToken extends Token {
  readonly pos: string;
  readonly lemma: string;
}

// Words, contractions ("n't", "'s"), numbers with separators, and single punctuation marks.
const TOKEN_RE =
  /[\p{L}\p{M}]+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?|[\p{L}\p{M}]+(?:(?:-|\.|['’](?!(?:s|re|ve|ll|d|m|t)\b))[\p{L}\p{M}]+)*\.?|\S/gu;
const ABBREV_DOT = /^(?:[A-Za-z]\.)+$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|col|lt|sgt|prof|inc|corp|co|ltd|vs|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec)\.$/i;

const stemCache = new Map<string, string>();

/**
 * Porter stem of a lower-case word, cached.
 *
 * @example
 * stem('negotiations'); // 'negoti'
 */
export function stem(word: string): string {
  return stemLower(word.toLowerCase());
}

/** stem() of a word already in lower case. */
function stemLower(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = /^[a-z]+$/.test(lower) ? PorterStemmer.stem(lower) : lower;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/**
 * Splits text into tokens with exact UTF-16 offsets. Fast (no tagging); used on hot paths.
 *
 * @example
 * tokenize("He didn't go.").map((t) => t.text); // ['He', 'did', "n't", 'go', '.']
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let value = m[0];
    // A trailing dot belongs to the word only for abbreviations ("U.S.", "Mr.").
    if (value.length > 1 && value.endsWith('.') && !ABBREV_DOT.test(value)) {
      value = value.slice(0, -1);
      TOKEN_RE.lastIndex = m.index + value.length;
    }
    const lower = value.toLowerCase().replace(/’/g, "'");
    out.push({ text: value, start: offset + m.index, end: offset + m.index + value.length, lower, stem: stemLower(lower) });
  }
  return out;
}

/**
 * Tags text with wink-nlp (POS, lemma) and maps every token back to exact offsets.
 * Runs at about 2 MB/s; call it once per text and reuse the result.
 *
 * @example
 * tagTokens('Officials denied it.').map((t) => t.pos); // ['NOUN', 'VERB', 'PRON', 'PUNCT']
 */
export function tagTokens(text: string, offset = 0): TaggedToken[] {
  const out: TaggedToken[] = [];
  eachWinkToken(text, true, (start, end, pos, lemma, exact) => {
    const surface = exact ?? text.slice(start, end);
    const { lower, stem } = formsOf(surface);
    out.push({ text: surface, start: offset + start, end: offset + end, lower, stem, pos, lemma: lemma.toLowerCase() });
  });
  return out;
}

const formsCache = new Map<string, { readonly lower: string; readonly stem: string }>();

/** The lower case (with ’ as ') and the stem of a token's text, cached: most words recur. */
function formsOf(surface: string): { readonly lower: string; readonly stem: string } {
  let forms = formsCache.get(surface);
  if (forms === undefined) {
    const lower = surface.toLowerCase().replace(/’/g, "'");
    forms = { lower, stem: stemLower(lower) };
    if (formsCache.size > 200_000) formsCache.clear();
    formsCache.set(surface, forms);
  }
  return forms;
}
