/**
 * Sentence-like units of a text (sentences joined across a quotation, long
 * stretches cut), the context the rules read about one unit, and where its
 * sentences and quotations lie.
 *
 * @module
 */
import type { Quote } from '../../text/quotes';
import type { AttributionOptions } from './options';
import type { Tok } from './tokens';

// Longest unit analysed at once (UTF-16 units); longer sentence-free stretches are cut.
const MAX_UNIT = 4000;
const ABBREV = /^(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Rev|Hon|Capt|Cmdr|Adm|Maj|Ave|Blvd|Mt|Ft|approx|est|etc|al|cf|e\.g|i\.e)$/;

/**
 * A sentence-like stretch of the text view that is tagged and analysed at once.
 *
 * @example
 * const u: Unit = { start: 0, end: 12, breaks: [] };
 */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** Offsets where a sentence starts inside the unit (units joined across a quotation hold several). */
  readonly breaks: readonly number[];
}

/**
 * Sentence-like units: split at sentence punctuation and line breaks, then
 * joined wherever a quotation runs across a boundary, so that a quote and the
 * cue after it are seen together.
 *
 * @example
 * units('He left. She stayed.', []).length; // 2
 */
export function units(view: string, quotes: readonly Quote[]): Unit[] {
  const raw: Unit[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(view[s]!)) s++;
    while (e > s && /\s/.test(view[e - 1]!)) e--;
    if (e > s) raw.push({ start: s, end: e, breaks: [] });
  };
  for (let i = 0; i < view.length; i++) {
    const ch = view[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < view.length && (view[j] === '.' || view[j] === '!' || view[j] === '?')) j++;
    while (j < view.length && /["')\]]/.test(view[j]!)) j++;
    if (j < view.length && view[j] !== ' ' && view[j] !== '\t' && view[j] !== '\n') continue;
    let k = j;
    while (k < view.length && (view[k] === ' ' || view[k] === '\t')) k++;
    if (k < view.length && view[k] !== '\n' && !/[\p{Lu}\d"'(\[]/u.test(view[k]!)) continue;
    if (ch === '.') {
      const before = /([A-Za-z.]+)$/.exec(view.slice(Math.max(0, i - 12), i));
      const word = before?.[1] ?? '';
      if (word !== '' && (ABBREV.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word))) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, view.length);
  // Join units that a top-level quotation crosses (multi-sentence and multi-paragraph quotes).
  const top = quotes.filter((q) => q.depth === 0);
  const out: Unit[] = [];
  let q = 0;
  for (let u = 0; u < raw.length; u++) {
    let cur = raw[u]!;
    for (;;) {
      while (q < top.length && top[q]!.span.end <= cur.start) q++;
      let reach = cur.end;
      for (let k = q; k < top.length && top[k]!.span.start < cur.end; k++) reach = Math.max(reach, top[k]!.span.end);
      const next = raw[u + 1];
      if (reach <= cur.end || next === undefined || next.start >= reach + 0 && reach <= cur.end) break;
      if (next.start >= reach) break;
      if (next.end - cur.start > MAX_UNIT) break;
      cur = { start: cur.start, end: next.end, breaks: [...cur.breaks, next.start] };
      u++;
    }
    // Work per cue is linear in its unit, so a unit without sentence breaks (one giant
    // line) is cut into bounded pieces: the whole stays linear in the text.
    while (cur.end - cur.start > MAX_UNIT) {
      let cut = view.lastIndexOf(' ', cur.start + MAX_UNIT);
      if (cut <= cur.start) cut = cur.start + MAX_UNIT;
      const rest = cut + (view[cut] === ' ' ? 1 : 0);
      out.push({ start: cur.start, end: cut, breaks: cur.breaks.filter((b) => b < cut) });
      cur = { start: rest, end: cur.end, breaks: cur.breaks.filter((b) => b > rest) };
    }
    if (cur.end > cur.start) out.push(cur);
  }
  return out;
}

/**
 * What the rules read about one unit: its tokens, the quotations around them and the options.
 *
 * @example
 * const cues = findCues(ctx); // ctx: UnitContext
 */
export interface UnitContext {
  readonly toks: readonly Tok[];
  readonly quoteStarts: ReadonlyMap<number, Quote>;
  readonly quoteEnds: ReadonlyMap<number, Quote>;
  readonly quoteEndSet: ReadonlySet<number>;
  readonly prevQuoteOnly: Quote | null;
  readonly options: AttributionOptions;
  /** The text view, for transcript turns that run over sentences to the end of their line. */
  readonly view: string;
  /** Token indices where a sentence starts inside the unit, ascending (0 left out). */
  readonly sentStarts: readonly number[];
}

/**
 * The sentence starts of a unit that holds one sentence.
 *
 * @example
 * NO_BREAKS.length; // 0
 */
export const NO_BREAKS: readonly number[] = Object.freeze([]);

/**
 * Token indices of the sentence starts at character offsets `breaks` (both ascending).
 *
 * @example
 * const toks = withFlags(posTag('"A. B," he said.'));
 * sentenceStarts(toks, [4]); // [3]
 */
export function sentenceStarts(toks: readonly Tok[], breaks: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  for (const b of breaks) {
    while (i < toks.length && toks[i]!.start < b) i++;
    if (i > 0 && i < toks.length && out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/**
 * The sentence holding token `i`, as a token range [lo, hi): source and role spans stay inside it.
 *
 * @example
 * sentenceAt(ctx, 0); // [0, ctx.toks.length] for a one-sentence unit
 */
export function sentenceAt(ctx: UnitContext, i: number): readonly [number, number] {
  let lo = 0;
  for (const b of ctx.sentStarts) {
    if (b > i) return [lo, b];
    lo = b;
  }
  return [lo, ctx.toks.length];
}

/**
 * Whether the unit opens its line (after spaces or a stray quotation mark).
 *
 * @example
 * atLineStart(ctx); // true when the unit opens its line
 */
export function atLineStart(ctx: UnitContext): boolean {
  let k = ctx.toks[0]!.start - 1;
  while (k >= 0 && (ctx.view[k] === ' ' || ctx.view[k] === '\t' || ctx.view[k] === '"' || ctx.view[k] === "'")) k--;
  return k < 0 || ctx.view[k] === '\n';
}

/**
 * Whether token `i` opens a quotation.
 *
 * @example
 * isQuoteStartAt(ctx, 0); // true for '“A,” he said.'
 */
export function isQuoteStartAt(ctx: UnitContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && ctx.quoteStarts.has(t.start);
}

const TOP_QUOTES = new WeakMap<readonly Tok[], readonly (Quote | null)[]>();

/**
 * The top-level quotation each token of the unit lies in (its marks included), computed once per unit.
 *
 * @example
 * topQuotes(ctx)[0]; // the quotation that holds token 0, or null
 */
export function topQuotes(ctx: UnitContext): readonly (Quote | null)[] {
  const cached = TOP_QUOTES.get(ctx.toks);
  if (cached) return cached;
  const out: (Quote | null)[] = new Array<Quote | null>(ctx.toks.length).fill(null);
  let cur: Quote | null = null;
  ctx.toks.forEach((t, i) => {
    if (cur && t.start >= cur.span.end) cur = null;
    const q = ctx.quoteStarts.get(t.start);
    if (!cur && q && q.depth === 0) cur = q;
    out[i] = cur;
  });
  TOP_QUOTES.set(ctx.toks, out);
  return out;
}

/**
 * Whether offset `at` lies inside a top-level quotation.
 *
 * @example
 * insideQuote(ctx, 3); // true for '“We tried,” he said.'
 */
export function insideQuote(ctx: UnitContext, at: number): boolean {
  for (const t of ctx.toks) {
    if (t.start >= at) break;
    const q = ctx.quoteStarts.get(t.start);
    if (q && q.span.end > at) return true;
  }
  return false;
}

/**
 * Whether the token before `k` closes a quotation.
 *
 * @example
 * isQuoteEndBefore(ctx, 4); // true for '“We tried,” he said.' at 'he'
 */
export function isQuoteEndBefore(ctx: UnitContext, k: number): boolean {
  const p = ctx.toks[k - 1];
  return p !== undefined && ctx.quoteEnds.has(p.end);
}
