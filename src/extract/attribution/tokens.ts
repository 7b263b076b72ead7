/**
 * Tagged tokens for the attribution rules: the flags computed once per token,
 * the token tests every rule shares (punctuation, nominal, determiner, noun-phrase word)
 * and the small closed word sets they read.
 *
 * @module
 */
import type { Span } from '../../types';
import { hasLetterOrDigit } from '../../text/letters';
import type { PosToken } from '../../vendor/wink-pos';
import { INTERVENERS } from './lexicon';

/**
 * Dash marks: a dash after a quotation can introduce its source.
 *
 * @example
 * DASHES.has('—'); // true
 */
export const DASHES = new Set(['—', '–', '―', '--', '-']);

/**
 * Possessive determiners, which the tagger calls pronouns: "according to his doctor".
 *
 * @example
 * POSSESSIVES.has('his'); // true
 */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Personal pronouns that can stand as a source.
 *
 * @example
 * PERSONAL_PRONOUNS.has('she'); // true
 */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/**
 * Words that open reported matter or a new clause ("that", "whether", "how").
 *
 * @example
 * CLAUSE_STARTERS.has('whether'); // true
 */
export const CLAUSE_STARTERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
/**
 * A tagged token with the two flags the rules test most, computed once.
 *
 * @example
 * const [t] = withFlags(posTag('Officials said'));
 * t?.cap; // true
 */
export interface Tok extends PosToken {
  readonly cap: boolean;
  readonly punct: boolean;
  /** No space on either side (a hyphen inside a word). */
  readonly attached: boolean;
}

function isUpperInitial(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Tagged tokens with their capital, punctuation and attachment flags, computed once.
 *
 * @example
 * withFlags(posTag('Lloyd-Jones said')).map((t) => t.attached); // [false, true, false, false]
 */
export function withFlags(toks: readonly PosToken[]): Tok[] {
  const out: Tok[] = new Array<Tok>(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const punct = t.pos === 'PUNCT' || t.pos === 'SYM' || !hasLetterOrDigit(t.text);
    const attached = i > 0 && i + 1 < toks.length && toks[i - 1]!.end === t.start && toks[i + 1]!.start === t.end;
    out[i] = { text: t.text, lower: t.lower, pos: t.pos, start: t.start, end: t.end, cap: !punct && isUpperInitial(t.text), punct, attached };
  }
  return out;
}

/**
 * Whether a token is punctuation or a symbol.
 *
 * @example
 * isPunct(withFlags(posTag(','))[0]!); // true
 */
export function isPunct(t: Tok): boolean {
  return t.punct;
}

/**
 * Whether a token is a straight quotation mark.
 *
 * @example
 * isQuoteMark(withFlags(posTag('"'))[0]); // true
 */
export function isQuoteMark(t: Tok | undefined): boolean {
  return t !== undefined && (t.text === '"' || t.text === "'");
}

/**
 * Whether a token can head a noun phrase: a noun, name, number or personal pronoun.
 *
 * @example
 * isNominal(withFlags(posTag('officials'))[0]!); // true
 */
export function isNominal(t: Tok): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower));
}

/**
 * Whether a token is a determiner or a possessive determiner.
 *
 * @example
 * isDeterminer(withFlags(posTag('his'))[0]!); // true
 */
export function isDeterminer(t: Tok): boolean {
  return t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVES.has(t.lower));
}

/**
 * Whether a token can be part of a noun phrase (names mis-tagged by wink included).
 *
 * @example
 * isNpToken(withFlags(posTag('the'))[0]!); // true
 */
export function isNpToken(t: Tok): boolean {
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || isDeterminer(t)) return true;
  if (t.lower === "'s" || t.lower === "'") return true;
  if (t.text === '.' || t.text === '&') return true;
  // A hyphen joins a name ("Lloyd-Jones"); a spaced dash ends it ("WASHINGTON - Ana Ruiz").
  if (t.text === '-') return t.attached;
  // Capitalised words wink mis-tags inside names ("Will Hurd", "Said Ahmed").
  return t.cap && t.pos !== 'PRON' && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'ADP';
}

/**
 * The index of the first token left of `i` that is no auxiliary, negation or -ly adverb.
 *
 * @example
 * const toks = withFlags(posTag('He has also said'));
 * skipLeft(toks, 2, 0); // 0
 */
export function skipLeft(toks: readonly Tok[], i: number, min: number): number {
  let j = i;
  while (j >= min && !namedAfterBreak(toks, j, min) && (INTERVENERS.has(toks[j]!.lower) || (toks[j]!.pos === 'ADV' && /ly$/.test(toks[j]!.lower)))) j--;
  return j;
}

/**
 * A capitalised word right after a quotation, a comma or another capitalised word is a name, not an
 * adverb: '"…," Long said', "Senate leader Jo Long said"; in a title-case headline, where the next
 * word is capitalised too, it stays what the tagger says ("Legislators May Clarify Law").
 */
function namedAfterBreak(toks: readonly Tok[], k: number, min: number): boolean {
  return toks[k]!.cap && k > min && (toks[k - 1]!.text === ',' || isQuoteMark(toks[k - 1]) || (toks[k - 1]!.cap && toks[k + 1]?.cap !== true));
}

/**
 * The character span of a token range.
 *
 * @example
 * spanOf(withFlags(posTag('He said')), [0, 1]); // { start: 0, end: 2 }
 */
export function spanOf(toks: readonly Tok[], r: readonly [number, number]): Span {
  return { start: toks[r[0]]!.start, end: toks[r[1] - 1]!.end };
}

/**
 * The token range of a character span of the unit.
 *
 * @example
 * tokenRange(withFlags(posTag('He said')), { start: 3, end: 7 }); // [1, 2]
 */
export function tokenRange(toks: readonly Tok[], span: Span): [number, number] {
  let s = 0;
  while (s < toks.length - 1 && toks[s]!.end <= span.start) s++;
  let e = s;
  while (e < toks.length && toks[e]!.start < span.end) e++;
  return [s, Math.max(e, s + 1)];
}
