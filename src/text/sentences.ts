/**
 * Segmentation: an article's text becomes units with exact spans. Headlines,
 * sub-headings, list items and table rows are units of their own; paragraphs
 * are split into sentences without breaking at "U.S.", "Mr.", initials,
 * decimals, or inside a quotation that continues its sentence.
 *
 * @module
 */
import { MESSAGE_CODES } from '../errors';
import { BOILERPLATE_LINES, SECTION_LABELS } from '../lexicon/boilerplate';
import type { Article, Message, Span } from '../types';
import { cleanView, lines } from './normalize';
import { findQuotes, type QuoteScan } from './quotes';

/**
 * What a unit of text is.
 *
 * @example
 * const k: SegmentKind = 'table-row';
 */
export type SegmentKind = 'headline' | 'sentence' | 'list-item' | 'table-row' | 'table-header' | 'boilerplate';

/**
 * One unit of an article, with its exact span.
 *
 * @example
 * const s: Segment = { index: 0, kind: 'sentence', span: { start: 0, end: 3 }, text: 'Hi.', paragraph: 0 };
 */
export interface Segment {
  readonly index: number;
  readonly kind: SegmentKind;
  readonly span: Span;
  readonly text: string;
  /** Index of the line (paragraph) the unit stands in. */
  readonly paragraph: number;
}

/**
 * Segments of an article and what went wrong while finding them.
 *
 * @example
 * const s: Segmentation = { segments: [], messages: [] };
 */
export interface Segmentation {
  readonly segments: readonly Segment[];
  readonly messages: readonly Message[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'prof',
  'rev', 'hon', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'fig', 'approx', 'dept', 'est', 'ft', 'mt', 'ave', 'blvd', 'e.g', 'i.e',
  'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c', 'e.u', 'pres', 'gov', 'atty', 'supt', 'det', 'insp', 'adm', 'maj', 'brig',
]);
/** Longest sentence kept whole; longer runs are cut at clause punctuation so no unit is unbounded. */
const MAX_SENTENCE = 1200;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{0,}:?\s*)*\|?\s*$/;
const LIST_MARKER = /^\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+)/;

/**
 * Splits an article into units: headlines, sentences, list items and table rows.
 * `quotes` is findQuotes(article.text), passed when the caller has it already.
 *
 * @example
 * segment({ id: 'a1', text: 'Storm Hits Coast\nMr. Lee said it rained. Roads closed.', title: null, outlet: null, url: null, publishedAt: null })
 *   .segments.map((s) => s.kind); // ['headline', 'sentence', 'sentence']
 */
export function segment(article: Article, quotes: QuoteScan = findQuotes(article.text)): Segmentation {
  const text = article.text;
  const view = cleanView(text);
  const messages: Message[] = [];
  const units: Omit<Segment, 'index'>[] = [];
  for (const m of quotes.messages) messages.push({ ...m, articleId: article.id });
  const quoteSpans = quotes.quotes.filter((q) => q.depth === 0).map((q) => q.span);

  const all = lines(view);
  all.forEach((line, paragraph) => {
    const trimmed = trimSpan(view, line.start, line.end);
    if (trimmed.end <= trimmed.start) return;
    const body = view.slice(trimmed.start, trimmed.end);
    if (TABLE_SEPARATOR.test(body)) return;
    const push = (kind: SegmentKind, s: Span): void => {
      const t = trimSpan(view, s.start, s.end);
      if (t.end > t.start) units.push({ kind, span: t, text: text.slice(t.start, t.end), paragraph });
    };
    if (isBoilerplate(body)) return push('boilerplate', trimmed);
    if (body.includes('|')) {
      const next = all[paragraph + 1];
      const isHeader = next !== undefined && TABLE_SEPARATOR.test(next.text) && next.text.includes('-');
      // A row is its cells without the outer pipes: "Label | Status" reads as one statement.
      const inner = trimSpan(view, trimmed.start + (body.match(/^[|\s]*/)?.[0].length ?? 0), trimmed.end - (body.match(/[|\s]*$/)?.[0].length ?? 0));
      return push(isHeader ? 'table-header' : 'table-row', inner);
    }
    const list = LIST_MARKER.exec(body);
    const start = list ? trimmed.start + list[0].length : trimmed.start;
    if (!list && isHeadlineLine(body)) return push('headline', trimmed);
    const kind: SegmentKind = list ? 'list-item' : 'sentence';
    for (const s of splitSentences(view, start, trimmed.end, quoteSpans)) push(kind, s);
  });

  for (const u of units) {
    if (u.span.end - u.span.start > MAX_SENTENCE) {
      messages.push({ code: MESSAGE_CODES.longLine, severity: 'info', articleId: article.id, span: u.span, message: 'A very long run of text without sentence punctuation was cut into pieces at clause punctuation.' });
    }
  }
  const segments = units.flatMap((u) => (u.span.end - u.span.start > MAX_SENTENCE ? cutLong(text, view, u) : [u])).map((u, index) => ({ ...u, index }));
  if (!segments.some((s) => s.kind !== 'boilerplate')) {
    messages.push({ code: MESSAGE_CODES.noSentences, severity: 'warning', articleId: article.id, message: 'No sentences were found in this article.' });
  }
  return { segments, messages };
}

function trimSpan(view: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(view[s]!)) s++;
  while (e > s && /\s/.test(view[e - 1]!)) e--;
  return { start: s, end: e };
}

function isBoilerplate(line: string): boolean {
  const t = line.trim();
  return BOILERPLATE_LINES.some((re) => re.test(t)) || SECTION_LABELS.has(t.toLowerCase()) || /^source\s*:/i.test(t) || /^by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}$/.test(t);
}

/**
 * A line that reads as a headline or sub-heading: short, and not closed by sentence punctuation.
 *
 * @example
 * isHeadlineLine('Storm Hits Coast'); // true
 * isHeadlineLine('The storm hit the coast.'); // false
 */
export function isHeadlineLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 220) return false;
  if (/[.!;,:]["')\]]*$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 25) return false;
  // A question heading ("What Happens Next?") is a heading too.
  return /\?$/.test(t) ? words.length <= 12 : true;
}

function isAbbreviation(view: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(view[i]!)) i--;
  const w = view.slice(i + 1, dot).toLowerCase();
  if (w.length === 0) return false;
  if (ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w.replace(/\.$/, ''))) return true;
  // Initials ("J. Smith") and dotted acronyms ("U.S.", "e.g.").
  if (/^[a-z]$/i.test(w) && /[A-Z]/.test(view[dot - 1]!)) return true;
  return /^(?:[a-z]\.)+[a-z]$/i.test(w);
}

function insideQuote(pos: number, quotes: readonly Span[]): Span | null {
  for (const q of quotes) if (pos > q.start && pos < q.end - 1) return q;
  return null;
}

function splitSentences(view: string, start: number, end: number, quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = view[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && /\d/.test(view[i + 1] ?? '')) continue;
    if (ch === '.' && isAbbreviation(view, i)) {
      // "in the U.S. Officials said": an abbreviation can still end a sentence when a capitalised function word follows.
      const nextWord = /^\s+(\w+)/.exec(view.slice(i + 1, i + 40))?.[1] ?? '';
      if (!/^(?:The|A|An|But|And|In|On|It|He|She|They|We|This|That|These|Those|Officials|However)$/.test(nextWord)) continue;
    }
    let j = i + 1;
    while (j < end && /[.!?"')\]]/.test(view[j]!)) j++;
    if (j < end && !/\s/.test(view[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(view[k]!)) k++;
    if (k >= end) break;
    const next = view[k]!;
    if (!/[A-Z0-9"'(\[\p{Lu}]/u.test(next)) continue;
    // A quotation that goes on in its sentence ("Stop. Now." he said) does not split it.
    const q = insideQuote(i, quotes);
    if (q && q.end > j) {
      const after = view.slice(q.end).trimStart();
      if (/^[a-z,;—–-]/.test(after)) continue;
      continue;
    }
    out.push({ start: from, end: j });
    from = k;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

function cutLong(text: string, view: string, unit: Omit<Segment, 'index'>): Omit<Segment, 'index'>[] {
  const out: Omit<Segment, 'index'>[] = [];
  let from = unit.span.start;
  while (unit.span.end - from > MAX_SENTENCE) {
    const window = view.slice(from, from + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' — '));
    if (cut < MAX_SENTENCE / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE;
    out.push({ ...unit, span: { start: from, end: from + cut + 1 }, text: text.slice(from, from + cut + 1) });
    from += cut + 1;
    while (from < unit.span.end && /\s/.test(view[from]!)) from++;
  }
  if (from < unit.span.end) out.push({ ...unit, span: { start: from, end: unit.span.end }, text: text.slice(from, unit.span.end) });
  return out.map((u) => ({ ...u, span: trimSpan(view, u.span.start, u.span.end), text: text.slice(trimSpan(view, u.span.start, u.span.end).start, trimSpan(view, u.span.start, u.span.end).end) }));
}
