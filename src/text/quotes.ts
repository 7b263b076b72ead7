/**
 * Quotation finder: pairs curly and straight, double and single quotation
 * marks, tells apostrophes apart from single quotes, joins quotes that run over
 * several paragraphs, and reports unbalanced marks as messages.
 *
 * Why a hand-written scanner rather than a regex: pairing depends on state
 * (what is open, which paragraph we are in, whether the next paragraph reopens
 * a running quote), and a regex over a whole article would either guess across
 * paragraphs or backtrack badly on long unbalanced text. The scan is one linear
 * pass per mark kind.
 *
 * Conventions followed (news style guides, AP/Chicago): a quote that runs over
 * several paragraphs repeats its opening mark at the start of each paragraph and
 * closes only at the end; single marks nest inside double marks (or the reverse
 * in British style). A missing mark is never repaired across a paragraph break.
 *
 * @module
 */
import { ClaimdiffError, MESSAGE_CODES } from '../errors';
import type { Message, Span } from '../types';

/**
 * One paired quotation.
 *
 * @example
 * const q: Quote = { span: { start: 8, end: 15 }, content: { start: 9, end: 14 }, mark: 'double', depth: 0, paragraphs: 1 };
 */
export interface Quote {
  /** From the opening mark to the closing mark, both included. */
  readonly span: Span;
  /** Between the marks. For a multi-paragraph quote it includes the repeated opening marks. */
  readonly content: Span;
  readonly mark: 'double' | 'single';
  /** 0 for a top-level quote, 1 for a quote inside another one, and so on. */
  readonly depth: number;
  /** How many paragraphs the quote runs over (1 for most). */
  readonly paragraphs: number;
}

/**
 * What {@link findQuotes} returns: the quotes in document order and the messages
 * about marks that could not be paired.
 *
 * @example
 * const r: QuoteScan = { quotes: [], messages: [] };
 */
export interface QuoteScan {
  readonly quotes: readonly Quote[];
  readonly messages: readonly Message[];
}

/**
 * Quotes sorted by start, with the running maximum of their ends, so that the
 * quotes meeting a span are found by binary search instead of a scan of all.
 *
 * @example
 * const index = indexQuotes(findQuotes('“A,” he said. “B.”').quotes);
 * quotesMeeting(index, 14, 18).length; // 1
 */
export interface QuoteIndex {
  readonly quotes: readonly Quote[];
  /** maxEnd[i]: the largest span end among quotes[0..i]. */
  readonly maxEnd: readonly number[];
}

/**
 * Indexes quotes in document order (as {@link findQuotes} returns them) for {@link quotesMeeting}.
 *
 * @example
 * indexQuotes(findQuotes('He said, “We won.”').quotes).maxEnd; // [18]
 */
export function indexQuotes(quotes: readonly Quote[]): QuoteIndex {
  const maxEnd: number[] = [];
  let max = -1;
  for (let i = 0; i < quotes.length; i++) {
    if (i > 0 && quotes[i]!.span.start < quotes[i - 1]!.span.start) throw new ClaimdiffError('invalid_argument', 'indexQuotes: quotes must be sorted by start, as findQuotes returns them.');
    max = Math.max(max, quotes[i]!.span.end);
    maxEnd.push(max);
  }
  return { quotes, maxEnd };
}

/**
 * The quotes whose span (marks included) shares a character with [start, end), in document order.
 *
 * @example
 * const index = indexQuotes(findQuotes('“A,” he said. “B.”').quotes);
 * quotesMeeting(index, 0, 2).map((q) => q.span); // [{ start: 0, end: 4 }]
 * quotesMeeting(index, 5, 12).length; // 0
 */
export function quotesMeeting(index: QuoteIndex, start: number, end: number): Quote[] {
  const { quotes, maxEnd } = index;
  // The first quote opening at or after `end` and every later one miss the span.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Quote[] = [];
  // Walking back, once no earlier quote ends after `start`, none can meet the span.
  for (let i = lo - 1; i >= 0 && maxEnd[i]! > start; i--) if (quotes[i]!.span.end > start) out.push(quotes[i]!);
  return out.reverse();
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const DOUBLE_STRAIGHT = new Set(['"', '″']);
const SINGLE_OPEN = new Set(['‘', '‚', '‛']);
const SINGLE_CLOSE = new Set(['’']);

// Word characters: letters, marks, digits. A quote mark between two of them is an apostrophe.
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;
// A mark after one of these (or at the start) can open a quote.
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/"“'‘:;,]/u;
// A mark before one of these (or at the end) can close a quote.
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-/"”'’…]/u;
// Leading elisions: "'90s", "'em", "'n'", "'tis", "'cause" are apostrophes, not openings.
const ELISION = /^(?:\d\d?s\b|\d\d\b|em\b|n\b|tis\b|twas\b|cause\b|til\b|bout\b|round\b)/i;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || /\s/.test(ch);
}

interface Open {
  readonly pos: number;
  paragraphs: number;
}

/**
 * Finds paired quotations in a text, with exact UTF-16 spans into it.
 *
 * - Double marks (“ ” " „ « », and '' as typed in some newsrooms) and single marks (‘ ’ ') are both paired.
 * - Apostrophes ("don't", "O'Brien", "Jones' car", "'90s") are never taken as quotes.
 * - A quote whose paragraph ends open continues only when the next paragraph
 *   opens with a quotation mark (the multi-paragraph convention); otherwise an
 *   `unclosed_quote` message is given and nothing is guessed.
 * - A closing mark with nothing open gives an `unopened_quote` message.
 *
 * Runs in linear time; never throws on odd text.
 *
 * @example
 * const { quotes, messages } = findQuotes('He said, “We won’t stop.” Then he left.');
 * quotes[0]?.mark; // 'double'
 * messages.length; // 0
 * findQuotes('“Unclosed here.\nNext paragraph.').messages[0]?.code; // 'unclosed_quote'
 */
export function findQuotes(text: string): QuoteScan {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], messages: [] };
  const messages: Message[] = [];
  const doubles = pairDoubles(text, messages);
  const singles = pairSingles(text, doubles, messages);
  const all = [...doubles, ...singles].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const quotes = withDepth(all);
  messages.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { quotes, messages };
}

type Draft = Omit<Quote, 'depth'>;

function message(code: string, at: number, text: string): Message {
  return { code, severity: 'warning', message: text, span: { start: at, end: at + 1 } };
}

function unclosed(at: number): Message {
  return message(MESSAGE_CODES.unclosedQuote, at, 'A quotation mark opens here and does not close before the paragraph ends; the quote is ignored.');
}

function unopened(at: number): Message {
  return message(MESSAGE_CODES.unopenedQuote, at, 'A closing quotation mark here has no opening mark before it in the paragraph; the quote is ignored.');
}

/** Index of the first non-space character of the next non-blank line after `nl`, or -1. */
function nextLineStart(text: string, nl: number): number {
  let i = nl + 1;
  while (i < text.length && isSpace(text[i])) i++;
  return i < text.length ? i : -1;
}

function isDoubleMark(ch: string | undefined): boolean {
  return ch !== undefined && (DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || DOUBLE_STRAIGHT.has(ch));
}

/** Width of a double mark at `i`: 1, or 2 for two straight single marks typed as one double mark (''), or 0. */
function doubleWidth(text: string, i: number): number {
  const ch = text[i];
  if (isDoubleMark(ch)) return 1;
  return ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'" ? 2 : 0;
}

function pairDoubles(text: string, messages: Message[]): Draft[] {
  const out: Draft[] = [];
  let open: (Open & { width: number }) | null = null;
  // Jump from mark to mark: most characters are neither marks nor line breaks.
  const MARK_OR_NL = /[\n"″“”„‟«»']/g;
  let m: RegExpExecArray | null;
  for (MARK_OR_NL.lastIndex = 0; (m = MARK_OR_NL.exec(text)) !== null; ) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      if (open === null) continue;
      const next = nextLineStart(text, i);
      const w = next >= 0 ? doubleWidth(text, next) : 0;
      if (w > 0 && !isSpace(text[next + w]) && !DOUBLE_CLOSE.has(text[next]!)) {
        open.paragraphs++;
        MARK_OR_NL.lastIndex = next + w; // the reopening mark is consumed here, not paired
        continue;
      }
      messages.push(unclosed(open.pos));
      open = null;
      continue;
    }
    const width = doubleWidth(text, i);
    if (width === 0) continue;
    const prev = text[i - 1];
    const next = text[i + width];
    const looksOpen = (prev === undefined || BEFORE_OPEN.test(prev)) && !isSpace(next);
    const looksClose = !isSpace(prev) && (next === undefined || AFTER_CLOSE.test(next));
    let dir: 'open' | 'close';
    if (DOUBLE_OPEN.has(ch)) {
      // A typed “ in closing position inside an open quote is a closing mark typed wrong.
      dir = open !== null && looksClose && !looksOpen ? 'close' : 'open';
    } else if (DOUBLE_CLOSE.has(ch)) {
      dir = open === null && looksOpen && !looksClose ? 'open' : 'close';
    } else if (width === 2 && open === null && !looksOpen) {
      // '' that does not open a quote is two apostrophes or a ditto mark, not a quotation.
      MARK_OR_NL.lastIndex = i + 2;
      continue;
    } else {
      // Straight marks toggle; context only decides what a stray mark was meant to be.
      if (open === null) dir = looksClose && !looksOpen ? 'close' : 'open';
      else dir = 'close';
    }
    if (dir === 'open') {
      if (open !== null) messages.push(unclosed(open.pos));
      open = { pos: i, paragraphs: 1, width };
    } else if (open !== null) {
      out.push({ span: { start: open.pos, end: i + width }, content: { start: open.pos + open.width, end: i }, mark: 'double', paragraphs: open.paragraphs });
      open = null;
    } else {
      messages.push(unopened(i));
    }
    MARK_OR_NL.lastIndex = i + width;
  }
  if (open !== null) messages.push(unclosed(open.pos));
  return out;
}


function pairSingles(text: string, doubles: readonly Draft[], messages: Message[]): Draft[] {
  const out: Draft[] = [];
  let stack: { pos: number; container: number }[] = [];
  let dIdx = 0;
  const flush = (): void => {
    for (const o of stack) if (SINGLE_OPEN.has(text[o.pos]!)) messages.push(unclosed(o.pos));
    stack = [];
  };
  const MARK_OR_NL = /[\n'′‘’‚‛]/g;
  let m: RegExpExecArray | null;
  for (MARK_OR_NL.lastIndex = 0; (m = MARK_OR_NL.exec(text)) !== null; ) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      flush();
      continue;
    }
    // Two straight single marks are a double mark, paired by pairDoubles.
    if (ch === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue;
    // Double quotes never overlap each other, so one cursor finds the container;
    // the container keeps a single pair from crossing a double quote's edge.
    while (dIdx < doubles.length && doubles[dIdx]!.span.end <= i) dIdx++;
    const d = doubles[dIdx];
    const container = d !== undefined && d.span.start < i && i < d.span.end - 1 ? dIdx : -1;
    const prev = text[i - 1];
    const next = text[i + 1];
    const prevWord = prev !== undefined && WORDCHAR.test(prev);
    const nextWord = next !== undefined && WORDCHAR.test(next);
    if (prevWord && nextWord) continue; // don't, O'Brien, rock'n'roll
    const canOpen = (prev === undefined || BEFORE_OPEN.test(prev)) && !isSpace(next) && !ELISION.test(text.slice(i + 1, i + 7));
    const canClose = !isSpace(prev) && (next === undefined || AFTER_CLOSE.test(next));
    if (canClose && !SINGLE_OPEN.has(ch)) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.container !== container) k--;
      if (k >= 0) {
        const o = stack[k]!;
        stack = stack.slice(0, k);
        out.push({ span: { start: o.pos, end: i + 1 }, content: { start: o.pos + 1, end: i }, mark: 'single', paragraphs: 1 });
        continue;
      }
      // A lone closing single mark is a plural possessive ("Jones' car") or an elision: no message.
      if (!canOpen) continue;
    }
    if (canOpen && !SINGLE_CLOSE.has(ch)) stack.push({ pos: i, container });
    else if (canOpen && SINGLE_CLOSE.has(ch) && !prevWord) stack.push({ pos: i, container });
  }
  flush();
  return out;
}

function withDepth(sorted: readonly Draft[]): Quote[] {
  const out: Quote[] = [];
  const ends: number[] = [];
  for (const q of sorted) {
    while (ends.length > 0 && ends[ends.length - 1]! <= q.span.start) ends.pop();
    out.push({ ...q, depth: ends.length });
    ends.push(q.span.end);
  }
  return out;
}
