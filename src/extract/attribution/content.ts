/**
 * Content spans: what a cue reports, after it (a clause, a quotation, an object)
 * or before it, where it ends (clause boundaries, quotations, the next cue), its
 * pieces when its own cue and source interrupt it, and whether it is direct,
 * indirect or mixed.
 *
 * @module
 */
import { hasLetterOrDigit } from '../../text/letters';
import type { Quote } from '../../text/quotes';
import type { QuoteKind, Span } from '../../types';
import type { Cue } from './cue';
import { INTERVENERS, verbIndex } from './lexicon';
import { CLAUSE_STARTERS, DASHES, PERSONAL_PRONOUNS, isNominal, isNpToken, isPunct, isQuoteMark, type Tok } from './tokens';
import { isQuoteEndBefore, isQuoteStartAt, topQuotes, type Unit, type UnitContext } from './units';

const WH_STARTERS = new Set(['how', 'whether', 'why', 'what', 'when', 'where']);
const CONTENT_BREAKERS = new Set(['which', 'who', 'whom', 'whose', 'but', 'though', 'although', 'while', 'whereas']);
const ASIDE_BREAKERS = new Set(['especially', 'according', 'said', 'says']);
const CLOSERS = /^[.!?;:,)\]}]+$/;
// Quantifiers that open a subject after ", and" ("…, and several women say …").
const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['several', 'many', 'some', 'most', 'other', 'others', 'both', 'few']);

/**
 * The end of content from token `s` before token `e`, without the trailing sentence punctuation that content leaves out.
 *
 * @example
 * const toks = withFlags(posTag('It rained.'));
 * trimEnd(toks, 0, toks.length, new Set()); // 2: the period is left out
 */
export function trimEnd(toks: readonly Tok[], s: number, e: number, quoteEnds: ReadonlySet<number>): number {
  let end = e;
  while (end > s) {
    const t = toks[end - 1]!;
    if (CLOSERS.test(t.text) || DASHES.has(t.text)) {
      end--;
      continue;
    }
    // Keep a closing quote mark; drop a stray one.
    if (isQuoteMark(t) && !quoteEnds.has(t.end)) {
      end--;
      continue;
    }
    break;
  }
  return end;
}

const RELATIVES = new Set(['which', 'who', 'that']);

/**
 * The clause a parenthetical cue sits in, when the words after the cue are a
 * predicate whose subject stands before the source: "The plan, the minister said,
 * will fail", "the cafe, which, the people said, was a focus of the inquiry,",
 * "the cafe that the people said was a focus of the inquiry". The content runs
 * from the clause's subject (or its relative pronoun) to the end of the predicate.
 * Null when the cue is no such parenthetical.
 *
 * @example
 * // 'The plan, the minister said, will fail': the content is 'The plan … will fail'.
 * clauseAround(ctx, [3, 5], cue, 0, ctx.toks.length);
 */
export function clauseAround(ctx: UnitContext, source: readonly [number, number], cue: Cue, lo: number, hi: number): Span | null {
  const toks = ctx.toks;
  const s0 = source[0];
  if (s0 >= cue.s || s0 - 1 <= lo || RELATIVES.has(toks[s0]!.lower)) return null;
  const comma = toks[s0 - 1]!.text === ',';
  const rel = comma ? s0 - 2 : s0 - 1;
  const relative = RELATIVES.has(toks[rel]!.lower) && toks[rel]!.pos !== 'DET' ? rel : -1;
  // "The plan, the minister said, will fail": a bare subject, no verb of its own.
  const subject = relative < 0 && comma && toks[cue.e]?.text === ',' && toks.slice(lo, s0 - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !t.punct && !isQuoteMark(t));
  if (relative < 0 && !subject) return null;
  if (relative >= 0 && toks[cue.e]?.text !== ',' && comma) return null;
  // The predicate: a finite verb right after the cue (and its comma).
  const p = toks[cue.e]?.text === ',' ? cue.e + 1 : cue.e;
  const v = toks[p];
  if (!v || !(v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower))) || isQuoteStartAt(ctx, p)) return null;
  let end = hi;
  for (let k = p + 1; k < hi; k++) {
    const t = toks[k]!;
    const nx = toks[k + 1];
    if (t.text === ';' || (t.text === ',' && nx !== undefined && (nx.pos === 'VERB' || nx.pos === 'AUX'))) {
      end = k;
      break;
    }
    // "… was a focus of the inquiry was on Main Street": a second finite verb after a noun is the main clause's.
    if (relative >= 0 && !comma && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) {
      end = k;
      break;
    }
  }
  end = trimEnd(toks, p, end, ctx.quoteEndSet);
  if (end <= p) return null;
  const start = relative >= 0 ? relative : lo + leadingContentStart(toks.slice(lo, hi));
  return { start: toks[start]!.start, end: toks[end - 1]!.end };
}

/**
 * Where a non-restrictive relative clause that holds token `from` ends: the
 * comma before the main clause's verb ("X, who was asking about Y, protested"),
 * or -1. Quotations are skipped.
 *
 * @example
 * // 'X, who was asking about Y, protested': the comma before 'protested'.
 * relativeClauseEnd(ctx, 3);
 */
export function relativeClauseEnd(ctx: UnitContext, from: number): number {
  const toks = ctx.toks;
  for (let k = from; k < toks.length - 1; k++) {
    const q = ctx.quoteStarts.get(toks[k]!.start);
    if (q && q.depth === 0) {
      while (k + 1 < toks.length && toks[k + 1]!.start < q.span.end) k++;
      continue;
    }
    const nx = toks[k + 1]!;
    if (toks[k]!.text === ',' && (nx.pos === 'VERB' || nx.pos === 'AUX') && !/ing$/.test(nx.lower)) return k;
  }
  return -1;
}

/**
 * Index of the first token of the sentence proper, after a leading conjunction.
 *
 * @example
 * leadingContentStart(withFlags(posTag('But it rained.'))); // 1
 */
export function leadingContentStart(toks: readonly Tok[]): number {
  let i = 0;
  while (i < toks.length - 1 && (toks[i]!.pos === 'CCONJ' || (toks[i]!.text === ',' && i > 0))) i++;
  return i;
}

/**
 * What token `i` alone says about reported matter starting there: true for
 * "that …", a quote or a colon, false past the end, null when the words after it must decide.
 */
function opensReport(ctx: UnitContext, i: number): boolean | null {
  const t = ctx.toks[i];
  if (!t) return false;
  return CLAUSE_STARTERS.has(t.lower) || isQuoteStartAt(ctx, i) || t.text === ':' ? true : null;
}

/**
 * Whether what follows a belief verb is a clause ("that …", "the plan will fail", a quote).
 *
 * @example
 * // after 'believes' in 'She believes the plan will fail': true
 * clausal(ctx, 2);
 */
export function clausal(ctx: UnitContext, i: number): boolean {
  const toks = ctx.toks;
  const opening = opensReport(ctx, i);
  if (opening !== null) return opening;
  for (let k = i; k < Math.min(toks.length, i + 5); k++) {
    const x = toks[k]!;
    if (isPunct(x)) return false;
    if ((x.pos === 'AUX' || x.pos === 'VERB') && k > i) return toks[k - 1]!.pos !== 'DET' && toks.slice(i, k).some(isNominal);
  }
  return false;
}

/**
 * Whether reported matter follows token `i` (after commas): a quote, "that …", a colon, or a clause not opened by a conjunction.
 *
 * @example
 * // after 'was told' in 'He was told that it rained': true
 * reportFollows(ctx, 3);
 */
export function reportFollows(ctx: UnitContext, i: number): boolean {
  let k = i;
  while (ctx.toks[k]?.text === ',') k++;
  const t = ctx.toks[k];
  if (!t) return false;
  return opensReport(ctx, k) === true || (t.pos !== 'CCONJ' && readsAsClause(ctx, k));
}

/**
 * Whether the words from token `i` read as reported matter rather than an
 * adjunct: a quote, "that …", or a clause with its own verb before the next comma.
 *
 * @example
 * // 'called for talks': false; 'said the plan will fail': true
 * readsAsClause(ctx, 2);
 */
export function readsAsClause(ctx: UnitContext, i: number): boolean {
  const toks = ctx.toks;
  const opening = opensReport(ctx, i);
  if (opening !== null) return opening;
  const t = toks[i]!;
  // "agreed to a swap", "called for talks": a prepositional or infinitive phrase, not a clause.
  if (t.pos === 'ADP' || t.pos === 'PART') return false;
  for (let k = i; k < Math.min(toks.length, i + 16); k++) {
    const x = toks[k]!;
    if (x.text === '(') {
      // A parenthetical tag ("(D-Ore.)") does not end the clause.
      while (k + 1 < toks.length && toks[k]!.text !== ')') k++;
      continue;
    }
    if (x.punct && !isQuoteMark(x) && x.text !== '-' && x.text !== "'") return false;
    if ((x.pos === 'AUX' || x.pos === 'VERB') && k > i) return toks[k - 1]!.pos !== 'DET';
  }
  return false;
}

/**
 * Content after the cue, from token `i` to the end of the unit; null when
 * nothing but adjuncts ("on Monday", "in a statement") follows.
 *
 * @example
 * // 'He said on Monday that it rained.': the span of 'that it rained'
 * contentAfter(ctx, 2, true);
 */
export function contentAfter(ctx: UnitContext, i: number, allowThatJump: boolean): Span | null {
  const toks = ctx.toks;
  const n = toks.length;
  let s = i;
  // Skip adjuncts up to a "that" or an opening quote: "said on Monday in a statement that …".
  if (allowThatJump) {
    // A "that" wins over an earlier quote: "said on “Meet the Press,” that …" quotes a show's name.
    let firstQuote = -1;
    for (let k = i; k < Math.min(n, i + 20); k++) {
      const t = toks[k]!;
      if (t.lower === 'that' || (k > i && WH_STARTERS.has(t.lower))) {
        s = k;
        break;
      }
      const q = ctx.quoteStarts.get(t.start);
      if (q) {
        if (firstQuote < 0) firstQuote = k;
        while (k + 1 < n && toks[k + 1]!.start < q.span.end) k++;
        continue;
      }
      if (t.text === ',' && !isQuoteStartAt(ctx, k + 1)) break;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') break;
      // 'said Okafor "asserts …"': a subject whose predicate is quoted, not an adjunct to skip.
      if ((t.pos === 'PROPN' || t.pos === 'NOUN') && !TIME_WORD.test(t.lower) && isQuoteStartAt(ctx, k + 1) && !toks.slice(i, k).some((x) => x.pos === 'ADP')) break;
    }
    if (s === i && firstQuote >= 0) s = firstQuote;
  }
  while (s < n && (toks[s]!.text === ',' || toks[s]!.text === ':')) s++;
  // Content ends where the reported clause does: before a following cue of the same
  // speaker (", adding that …", "and said …"), a non-restrictive relative (", who …")
  // or a contrasting clause (", but …"). Quotations are never cut.
  let e = n;
  // A quotation that opens the content is never cut either.
  const opening = toks[s] ? ctx.quoteStarts.get(toks[s]!.start) : undefined;
  let from = s + 1;
  if (opening && opening.depth === 0) while (from < n && toks[from]!.start < opening.span.end) from++;
  for (let k = from; k < n - 1; k++) {
    const t = toks[k]!;
    const q = ctx.quoteStarts.get(t.start);
    if (q && q.depth === 0) {
      while (k + 1 < n && toks[k + 1]!.start < q.span.end) k++;
      continue;
    }
    const nx = toks[k + 1]!;
    if (t.text === ';' || (k > s && (t.lower === 'while' || t.lower === 'whereas') && toks[k - 1]!.text !== ',' && toks[k - 1]!.lower !== 'that')) {
      e = k;
      break;
    }
    if ((t.text === '—' || t.text === '–' || t.text === '--') && (nx.lower === 'and' || nx.lower === 'but')) {
      e = k;
      break;
    }
    const nx2 = toks[k + 2];
    // ", and he …", ", but the firm …": a new clause with its own subject; ", referring to …": a participial adjunct.
    const newClause = nx.pos === 'CCONJ' && nx2 !== undefined && ((nx2.pos === 'PRON' && PERSONAL_PRONOUNS.has(nx2.lower)) || nx2.pos === 'PROPN' || nx2.pos === 'DET' || QUANTIFIER_SUBJECTS.has(nx2.lower) || nextAct(toks, s, k + 2));
    // ", implicitly putting …": an adverb before the participle; ", especially given …", ", according to …", ", said X": a new report or an aside.
    const advIng = nx.pos === 'ADV' && /ly$/.test(nx.lower) && nx2 !== undefined && nx2.pos === 'VERB' && /ing$/.test(nx2.lower);
    const aside = ASIDE_BREAKERS.has(nx.lower) && !(nx.lower === 'said' || nx.lower === 'says') ? true : (nx.lower === 'said' || nx.lower === 'says') && nx2 !== undefined && (nx2.pos === 'PROPN' || nx2.pos === 'DET' || nx2.cap);
    if (t.text === ',' && (CONTENT_BREAKERS.has(nx.lower) || newClause || advIng || aside || (nx.pos === 'VERB' && /ing$/.test(nx.lower)) || (/ing$/.test(nx.lower) && verbIndex().verbs.has(nx.lower)))) {
      e = k;
      break;
    }
    if (t.text === ',' && newCueClause(toks, k + 1)) {
      e = k;
      break;
    }
    if (t.text === ',' && isQuoteEndBefore(ctx, k) && nx.pos === 'PRON' && toks[k + 2] && verbIndex().verbs.has(toks[k + 2]!.lower)) {
      e = k;
      break;
    }
    // '"We tried," and left': after the quotation, the subject's next act.
    if ((t.lower === 'and' || t.lower === 'but') && isQuoteEndBefore(ctx, k) && nextAct(toks, s, k + 1)) {
      e = k;
      break;
    }
    if ((t.lower === 'and' || t.lower === 'but') && nx.pos === 'VERB' && verbIndex().verbs.has(nx.lower) && !/ing$/.test(nx.lower) && nx.lower !== verbIndex().verbs.get(nx.lower)!.lemma) {
      e = k;
      break;
    }
  }
  e = Math.min(e, quoteBoundAfter(ctx, s, i - 1));
  e = trimEnd(toks, s, e, ctx.quoteEndSet);
  if (e <= s) return null;
  const body = toks.slice(s, e);
  if (!isQuoteStartAt(ctx, s) && !body.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') && adjunctLike(body)) return null;
  if (timeClauseWithCue(body)) return null;
  return { start: toks[s]!.start, end: toks[e - 1]!.end };
}

const TIME_LEAD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|shortly|soon|just|right|minutes|hours|days|moments|morning|afternoon|evening|night|on|late|early|,)$/;
const TIME_CONJUNCTIONS = new Set(['after', 'before', 'when', 'as', 'once', 'until', 'since']);

/**
 * "issued a statement Saturday shortly after Lee told voters that …": a time clause that
 * holds a cue of its own is no content of the first cue; the words are the second cue's.
 */
function timeClauseWithCue(body: readonly Tok[]): boolean {
  let k = 0;
  while (k < body.length && TIME_LEAD.test(body[k]!.lower)) k++;
  if (k >= body.length || !TIME_CONJUNCTIONS.has(body[k]!.lower)) return false;
  // The cue stands in the time clause itself, before any comma, "that" or quotation.
  for (const t of body.slice(k + 1)) {
    if (t.text === ',' || t.lower === 'that' || isQuoteMark(t)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && verbIndex().verbs.has(t.lower)) return true;
  }
  return false;
}

const MODAL_OR_TO = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", 'to']);

/**
 * Whether the verb at `v`, right after a conjunction, starts the source's next act
 * rather than continuing the content that began at `s`: "said the talks had
 * stalled, and left". A bare verb continues a modal or infinitive of the content
 * ("would cut jobs, and raise prices", 'told him to "man up" and make'), unless
 * its "-ed" shows it is past.
 */
function nextAct(toks: readonly Tok[], s: number, v: number): boolean {
  const t = toks[v];
  if (!t || t.pos !== 'VERB' || /ing$/.test(t.lower)) return false;
  if (/ed$/.test(t.lower)) return true;
  // From the word before the content: 'told him to "man up" and make a decision'.
  for (let k = Math.max(0, s - 1); k < v; k++) if (MODAL_OR_TO.has(toks[k]!.lower)) return false;
  return true;
}

/** Whether a new clause with its own reporting verb starts at `i`: "…, the minister countered that …". */
function newCueClause(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  if (!first || !(first.pos === 'PROPN' || first.pos === 'DET' || (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.lower)))) return false;
  for (let k = i; k < Math.min(toks.length, i + 7); k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' && verbIndex().verbs.has(t.lower) && k > i) return !/ing$/.test(t.lower);
    if (!isNpToken(t) && !(t.pos === 'PRON' && k === i) && !INTERVENERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Where content that follows the cue at token `cue` must end, at the latest: at
 * the end of the cue's own quotation ('X "asserts his innocence" and …'), or at
 * the next sentence start in that quotation, or outside quotations when the cue
 * is outside too; sentences inside a quotation that the cue introduces run on.
 * The unit's length when nothing bounds it.
 */
function quoteBoundAfter(ctx: UnitContext, s: number, cue: number): number {
  const toks = ctx.toks;
  const n = toks.length;
  const quoteOf = topQuotes(ctx);
  const own = quoteOf[Math.max(0, cue)] ?? null;
  let bound = n;
  if (own) {
    // Up to the closing mark of the cue's quotation.
    let k = Math.max(s, cue);
    while (k < n && toks[k]!.end < own.span.end) k++;
    bound = k;
  }
  for (const b of ctx.sentStarts) if (b > s && b < bound && (quoteOf[b] ?? null) === own) return b;
  return bound;
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|earlier|later)$/;

/** Short prepositional or time phrases that cannot be content ("on Monday", "to reporters"). */
function adjunctLike(body: readonly Tok[]): boolean {
  if (body.length === 0) return true;
  const first = body[0]!;
  if (first.pos === 'ADP' || first.pos === 'ADV' || TIME_WORD.test(first.lower)) {
    return body.length <= 12;
  }
  return false;
}

/**
 * The object of a speech-act verb: up to the next comma or semicolon outside quotes.
 *
 * @example
 * // 'She rejected the offer, saying …': the span of 'the offer'
 * objectOf(ctx, 2, after);
 */
export function objectOf(ctx: UnitContext, i: number, after: Span): Span {
  const toks = ctx.toks;
  let depth = 0;
  let end = after.end;
  for (let k = i; k < toks.length && toks[k]!.start < after.end; k++) {
    const t = toks[k]!;
    const q = ctx.quoteStarts.get(t.start);
    if (q) {
      depth++;
      end = Math.max(end, 0);
      // Jump over the quote: a comma inside it does not end the object.
      while (k + 1 < toks.length && toks[k + 1]!.start < q.span.end) k++;
      depth--;
      continue;
    }
    if (depth === 0 && k > i && (t.text === ',' || t.text === ';') && toks[k + 1] && (toks[k + 1]!.pos === 'VERB' || toks[k + 1]!.pos === 'SCONJ' || toks[k + 1]!.pos === 'CCONJ' || toks[k + 1]!.pos === 'ADP' || /ing$/.test(toks[k + 1]!.lower) || toks[k + 1]!.lower === 'which')) {
      end = toks[k - 1]!.end;
      break;
    }
  }
  return { start: after.start, end: Math.min(end, after.end) };
}

/**
 * Content before the cue: the quote or clause that ends with a comma (or a
 * closing quote) just before the source and cue; null when there is none.
 *
 * @example
 * // '“We will win,” she said.': the span of the quotation
 * contentBefore(ctx, 5, cue);
 */
export function contentBefore(ctx: UnitContext, leftEdge: number, cue: Cue): Span | null {
  const toks = ctx.toks;
  let k = leftEdge - 1;
  if (k < 0) {
    // "“…” Smith said." split by the sentence splitter: the quote-only sentence before is the content.
    if (ctx.prevQuoteOnly && cue.cls !== 'act') return ctx.prevQuoteOnly.span;
    return null;
  }
  const t = toks[k]!;
  const q = ctx.quoteEnds.get(t.end);
  if (q) return objectOfPreposition(toks, q.span.start) ? null : { start: q.span.start, end: q.span.end };
  if (t.text !== ',' && t.text !== '—' && t.text !== '–') return null;
  const q2 = toks[k - 1] ? ctx.quoteEnds.get(toks[k - 1]!.end) : undefined;
  // 'On “This Week,” he said …': a quoted title after a preposition names a show; it is no one's words.
  if (q2) return objectOfPreposition(toks, q2.span.start) ? null : { start: q2.span.start, end: q2.span.end };
  k--;
  if (k < 0) return null;
  const s = 0;
  return { start: toks[s]!.start, end: toks[k]!.end };
}

// Whether the token right before the quotation mark at `start` is a preposition or a possessive ("on CBS's “Face the Nation”").
function objectOfPreposition(toks: readonly Tok[], start: number): boolean {
  const at = toks.findIndex((t) => t.start >= start);
  const p = toks[(at < 0 ? toks.length : at) - 1];
  return p !== undefined && (p.pos === 'ADP' || p.lower === "'s" || p.lower === '’s');
}

/**
 * mergeSpans
 *
 * @example
 * mergeSpans({ start: 0, end: 5 }, { start: 9, end: 12 }); // { start: 0, end: 12 }
 */
export function mergeSpans(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * kindOf
 *
 * @example
 * const text = '“We will win,” she said.';
 * kindOf({ start: 0, end: 14 }, findQuotes(text).quotes, text); // 'direct'
 */
export function kindOf(content: Span, quotes: readonly Quote[], text: string): QuoteKind {
  // Quotes are sorted by start: binary-search the first that starts inside the content.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < content.start) lo = mid + 1;
    else hi = mid;
  }
  let covered = 0;
  let any = false;
  let last = content.start;
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < content.end; k++) {
    const q = quotes[k]!;
    if (q.span.end > content.end) continue;
    any = true;
    const s = Math.max(q.span.start, last);
    if (q.span.end > s) covered += q.span.end - s;
    last = Math.max(last, q.span.end);
  }
  if (!any) return 'indirect';
  let body = 0;
  for (let i = content.start; i < content.end; i++) if (text.charCodeAt(i) > 32) body++;
  return covered >= 0.85 * body || covered >= body - 3 ? 'direct' : 'mixed';
}

/**
 * Quote kind of a content that its own cue and source interrupt, read over its
 * parts: direct when every part is quoted, indirect when none is, else mixed.
 *
 * @example
 * const t = '“We won,” said Lee, the coach. “Again.”';
 * kindOfParts([{ start: 0, end: 9 }, { start: 31, end: 39 }], findQuotes(t).quotes, t); // 'direct'
 */
export function kindOfParts(parts: readonly Span[], quotes: readonly Quote[], text: string): QuoteKind {
  const kinds = new Set(parts.map((p) => kindOf(p, quotes, text)));
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

/**
 * "“A,” she said. “B.”": quote-only sentences that follow a quote-then-cue
 * sentence in the same paragraph continue what the source said.
 *
 * @example
 * // '“A,” she said. “B.”': the content runs over “B.” too.
 * extendWithFollowingQuotes(view, all, 0, content, quoteStarts);
 */
const GAP_MAX = 160;

export function extendWithFollowingQuotes(view: string, all: readonly Unit[], ui: number, content: Span, quoteStarts: ReadonlyMap<number, Quote>): Span {
  let end = content.end;
  // '“A,” X said after the vote failed and the panel … . “B.”': a long clause after the cue is a report
  // of its own, and the next quotation is no continuation of the first.
  if (all[ui]!.end - content.end > GAP_MAX) return content;
  for (let k = ui + 1; k < all.length; k++) {
    const u = all[k]!;
    if (view.slice(all[k - 1]!.end, u.start).includes('\n')) break;
    const q = quoteStarts.get(u.start);
    if (!q || q.span.end < u.end - 1) break;
    end = q.span.end;
  }
  return end === content.end ? content : { start: content.start, end };
}

/** What joins the pieces of an interrupted content, outside any quotation: spaces, commas, dashes, a full stop. */
const JOINERS = /[\s,;:.\u2013\u2014]/;

/**
 * The pieces of a content span that the attribution's own cue and source
 * interrupt, as PolNeAR marks them: '“A,” said Jo Lee, a senator. “B.”' gives
 * '“A,”' and '“B.”' (the quote marks and the comma inside them kept, the cue,
 * the source and what follows the source up to the next quotation left out);
 * 'A, she said, B' gives 'A' and 'B'. Null when neither the cue nor the source
 * lies strictly inside the content, when one straddles its edge, or when a piece
 * would hold no letter or digit. Every piece lies inside `content` and is non-empty.
 *
 * @example
 * const text = '“We won,” said Lee, the coach. “Again.”';
 * const { quotes } = findQuotes(text);
 * contentParts(cleanView(text), { start: 0, end: 39 }, { start: 10, end: 14 }, { start: 15, end: 18 },
 *   new Set(quotes.map((q) => q.span.start)), new Set(quotes.map((q) => q.span.end)));
 * // [{ start: 0, end: 9 }, { start: 31, end: 39 }]
 */
export function contentParts(view: string, content: Span, cue: Span | null, source: Span | null, quoteStarts: ReadonlySet<number>, quoteEnds: ReadonlySet<number>): Span[] | null {
  const cuts = [cue, source].filter((s): s is Span => s !== null && s.start < content.end && s.end > content.start);
  if (cuts.length === 0 || cuts.some((s) => s.start <= content.start || s.end >= content.end)) return null;
  const lo = Math.min(...cuts.map((s) => s.start));
  const hi = Math.max(...cuts.map((s) => s.end));
  let a = lo;
  while (a > content.start && /[\s,\u2013\u2014]/.test(view[a - 1]!)) a--;
  let b = hi;
  // '“A,” said X, a long description. “B.”': after a closed quotation, the content resumes at the next one.
  let next = -1;
  if (quoteEnds.has(a)) for (let i = hi; i < content.end && next < 0; i++) if (quoteStarts.has(i)) next = i;
  if (next >= 0) b = next;
  else while (b < content.end && JOINERS.test(view[b]!)) b++;
  const parts = [{ start: content.start, end: a }, { start: b, end: content.end }];
  return parts.every((p) => p.end > p.start && hasLetterOrDigit(view, p.start, p.end)) ? parts : null;
}
