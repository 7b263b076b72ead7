/**
 * Part-of-speech tagging with exact offsets, for the hot path of attribution
 * extraction. It reads with the shared wink-nlp instance of ./wink (sentence
 * breaks and POS only), so the model is loaded once.
 *
 * @module
 */
import { nlp } from './wink';

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
  if (text.length === 0) return [];
  const instance = nlp();
  const doc = instance.readDoc(text);
  const values = doc.tokens().out(instance.its.value) as string[];
  const tags = doc.tokens().out(instance.its.pos) as string[];
  const out: PosToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = value.length > 0 ? text.indexOf(value, cursor) : -1;
    if (at < 0 || value.trim() === '') continue;
    cursor = at + value.length;
    out.push({ text: value, lower: value.toLowerCase().replace(/’/g, "'"), pos: tags[i] ?? 'X', start: offset + at, end: offset + cursor });
  }
  return out;
}
