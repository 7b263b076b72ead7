/**
 * One lazily created wink-nlp instance with the English lite model.
 * Loading the model takes ~100 ms, so it happens on first use, not on import.
 *
 * @module
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/**
 * The shared wink-nlp instance (created on first call).
 *
 * @example
 * nlp().readDoc('It rained.').tokens().length(); // 3
 */
export function nlp(): Nlp {
  // Only sentence breaking and POS: the default pipe also runs negation, sentiment and entity passes we do not read.
  if (instance === null) instance = winkNLP(model, ['sbd', 'pos'] as never);
  return instance;
}

/**
 * wink-nlp's `its` helpers of the shared instance.
 *
 * @example
 * nlp().readDoc('It rained.').tokens().out(its().pos); // ['PRON', 'VERB', 'PUNCT']
 */
export function its(): Nlp['its'] {
  return nlp().its;
}

/**
 * A token as wink tags it, located in the text it came from.
 *
 * @example
 * const t: WinkToken = { start: 0, end: 4, pos: 'PROPN', lemma: 'mary' };
 */
export interface WinkToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string;
}

// "’s"/"'s" ending a word: a possessive unless the word is a pronoun ("it's" is "it is", read by wink's lexicon).
const APOSTROPHE_S = /['’](?=s\b)/g;
const S_CONTRACTIONS: ReadonlySet<string> = new Set([
  'it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'let', 'this', 'everyone', 'everything',
  'nobody', 'somebody', 'someone', 'one', 'when', 'why',
]);

/** Whether a char code is white space to a regular expression's `\s`. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/\S{n}/.test(text)` in one pass: whether `n` non-space code units run together. */
function hasRun(text: string, n: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run >= n) return true;
  }
  return false;
}

/**
 * Tags `text` with the shared instance: POS and lemma of every token (the
 * lemma is the lower-cased token when `withLemmas` is false, which is faster), with
 * offsets into `text`. Two things are shown to wink differently from the text,
 * both with the same length so offsets hold:
 * - very long runs without spaces (base64, URLs, junk), where wink slows down
 *   quadratically, become short placeholder words;
 * - wink learns every new word it meets, and a word it has learnt changes how
 *   it later splits "Name’s" (one token instead of the word and "’s"), so the
 *   same text could tag differently after other documents. The apostrophe of a
 *   possessive is therefore shown as a space, and the "s" comes back as a
 *   PART token "’s": tagging never depends on what was read before.
 *
 * @example
 * winkTokens("Mary’s car").map((t) => t.pos); // ['PROPN', 'PART', 'NOUN']
 */
export function winkTokens(text: string, withLemmas = true): WinkToken[] {
  const out: WinkToken[] = [];
  eachWinkToken(text, withLemmas, (start, end, pos, lemma) => out.push({ start, end, pos, lemma: lemma.toLowerCase() }));
  return out;
}

/**
 * winkTokens() without the token objects: calls `visit` with each token's
 * offsets, POS and lemma (as wink gives it, not lower-cased; the token's own
 * text when `withLemmas` is false), in text order, and with wink's own string for
 * the token when it is exactly `text.slice(start, end)` (null for the possessive
 * "’s" and when long runs were shown as placeholders). wink hands out the same
 * string for every occurrence of a word, so a caller can key a cache on it without
 * slicing and hashing a new string. For callers that build tokens of their own on the hot path.
 *
 * @example
 * const pos: string[] = [];
 * eachWinkToken('It rained.', false, (_s, _e, p) => pos.push(p)); // pos: ['PRON', 'VERB', 'PUNCT']
 */
export function eachWinkToken(text: string, withLemmas: boolean, visit: (start: number, end: number, pos: string, lemma: string, surface: string | null) => void): void {
  if (text.length === 0) return;
  const runs = hasRun(text, 64);
  let view = runs ? text.replace(/\S{64,}/g, (run) => run.replace(/[^]/g, (_c, i: number) => (i % 16 === 15 ? ' ' : 'x'))) : text;
  const possessive = new Set<number>();
  APOSTROPHE_S.lastIndex = 0;
  for (let m = APOSTROPHE_S.exec(view); m !== null; m = APOSTROPHE_S.exec(view)) {
    const word = /[\p{L}\p{N}]+$/u.exec(view.slice(Math.max(0, m.index - 40), m.index))?.[0];
    if (word !== undefined && !S_CONTRACTIONS.has(word.toLowerCase())) possessive.add(m.index);
  }
  if (possessive.size > 0) {
    let shown = '';
    let from = 0;
    for (const at of possessive) { shown += `${view.slice(from, at)} `; from = at + 1; }
    view = shown + view.slice(from);
  }
  const instance = nlp();
  const doc = instance.readDoc(view);
  const values = doc.tokens().out(instance.its.value) as string[];
  const pos = doc.tokens().out(instance.its.pos) as string[];
  // wink's typings reject `its.lemma` on tokens although it works there.
  const lemmas = withLemmas ? (doc.tokens().out(instance.its.lemma as never) as string[]) : [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = value.length > 0 ? view.indexOf(value, cursor) : -1;
    // wink can rewrite a token (rare); skip what cannot be found rather than guess a span.
    if (at < 0 || value.trim() === '') continue;
    cursor = at + value.length;
    // The view differs from the text only in placeholder runs and in possessive apostrophes shown as spaces.
    if (value === 's' && possessive.has(at - 1)) visit(at - 1, cursor, 'PART', "'s", null);
    else visit(at, cursor, pos[i] ?? 'X', lemmas[i] ?? value, runs || value.includes(' ') ? null : value);
  }
}
