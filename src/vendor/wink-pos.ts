/**
 * Part-of-speech tagging with exact offsets, for the hot path of attribution
 * extraction. It reads with the shared wink-nlp instance of ./wink (sentence
 * breaks and POS only), so the model is loaded once.
 *
 * @module
 */
import { eachWinkToken } from './wink';

/**
 * A token as the POS-only tagger gives it: text, lower case, Universal POS tag
 * and exact UTF-16 offsets into the text it came from.
 *
 * @example
 * const t: PosToken = { text: 'said', lower: 'said', pos: 'VERB', start: 4, end: 8 };
 */
export interface PosToken {
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Tags `text` with Universal POS tags; offsets are shifted by `offset`. Tokens
 * wink rewrites and cannot be found in the text are skipped, never guessed.
 *
 * @example
 * posTag('Officials denied it.').map((t) => t.pos); // ['NOUN', 'VERB', 'PRON', 'PUNCT']
 */
export function posTag(text: string, offset = 0): PosToken[] {
  const out: PosToken[] = [];
  eachWinkToken(text, false, (start, end, pos) => {
    const value = text.slice(start, end);
    out.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), pos, start: offset + start, end: offset + end });
  });
  return out;
}
