/**
 * Normalise inputs: validate them, resolve id, title, outlet and date, and
 * build a same-length "clean view" of the text for analysis, so that every
 * offset found in the view is also an offset into the original text.
 *
 * @module
 */
import * as chrono from 'chrono-node';
import { ClaimdiffError, MESSAGE_CODES } from '../errors';
import { SECTION_LABELS } from '../lexicon/boilerplate';
import type { Article, ArticleInput, Message } from '../types';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: "'", rsquo: "'",
  ldquo: '"', rdquo: '"', hellip: '…', laquo: '"', raquo: '"',
};

// The characters cleanView() replaces one for one: curly and odd quotes, odd spaces, zero-width marks and carriage returns.
const ODD_CHAR = /[“”„‟″«»‘’‚‛′`\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\r]/;
const ODD_CHARS = new RegExp(ODD_CHAR.source, 'g');
const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['“', '”', '„', '‟', '″', '«', '»']);
const SINGLE_QUOTES: ReadonlySet<string> = new Set(['‘', '’', '‚', '‛', '′', '`']);
let lastText = '';
let lastView = '';

/**
 * A same-length copy of `text` that analysis can read safely: curly quotes made
 * straight, odd spaces made plain, HTML tags blanked and entities decoded in place
 * (padded with spaces). Offsets into the view are offsets into the original.
 *
 * @example
 * cleanView('“Hi” &amp; bye'); // '"Hi" &     bye'
 */
export function cleanView(text: string): string {
  // The same text is cleaned several times in a row (an article by each stage, a claim by each finder).
  if (text === lastText) return lastView;
  let out = ODD_CHAR.test(text) ? text.replace(ODD_CHARS, plainChar) : text;
  if (out.includes('<')) {
    out = out.replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)\s*>|<!--[\s\S]*?-->/gi, blankKeepNewlines);
    out = out.replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>/gi, (m) => '\n' + ' '.repeat(m.length - 1));
    out = out.replace(/<\/?[a-z][^<>]*>/gi, blankKeepNewlines);
  }
  if (out.includes('&')) {
    out = out.replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});/gi, (m, body: string) => {
      const ch = decodeEntity(body);
      return ch === null || ch.length > m.length ? m : ch + ' '.repeat(m.length - ch.length);
    });
  }
  lastText = text;
  lastView = out;
  return out;
}

function plainChar(c: string): string {
  return DOUBLE_QUOTES.has(c) ? '"' : SINGLE_QUOTES.has(c) ? "'" : ' ';
}

function blankKeepNewlines(m: string): string {
  return m.replace(/[^\n]/g, ' ');
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    const ch = String.fromCodePoint(code);
    return ch.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/**
 * Throws a {@link ClaimdiffError} unless `input` is a usable {@link ArticleInput}.
 *
 * @example
 * validateInput({ text: 'Rain fell.' }, 0); // ok
 * validateInput({ text: 42 } as never, 0); // throws ClaimdiffError with code 'text_not_string'
 */
export function validateInput(input: unknown, index: number): asserts input is ArticleInput {
  const where = `articles[${index}]`;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ClaimdiffError('not_an_object', `${where} must be an object like { text: '...' }; got ${describe(input)}.`);
  }
  const rec = input as Record<string, unknown>;
  if (typeof rec['text'] !== 'string') {
    throw new ClaimdiffError('text_not_string', `${where}.text must be a string; got ${describe(rec['text'])}. Pass the article body as plain text.`);
  }
  for (const key of ['id', 'title', 'outlet', 'url'] as const) {
    const v = rec[key];
    if (v !== undefined && typeof v !== 'string') {
      throw new ClaimdiffError('invalid_field', `${where}.${key} must be a string when given; got ${describe(v)}.`);
    }
  }
  if (rec['id'] === '') throw new ClaimdiffError('invalid_field', `${where}.id must not be empty; omit it to get 'a${index + 1}'.`);
  const date = rec['publishedAt'];
  if (date !== undefined && typeof date !== 'string' && !(date instanceof Date)) {
    throw new ClaimdiffError('invalid_field', `${where}.publishedAt must be an ISO date string or a Date; got ${describe(date)}.`);
  }
  if (date instanceof Date && Number.isNaN(date.getTime())) {
    throw new ClaimdiffError('invalid_date', `${where}.publishedAt is an invalid Date; pass a valid Date or an ISO string such as '2024-05-16'.`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

function toIsoDate(value: string | Date | undefined): { iso: string | null; bad: boolean } {
  if (value === undefined) return { iso: null, bad: false };
  if (value instanceof Date) return { iso: value.toISOString(), bad: false };
  const trimmed = value.trim();
  if (trimmed === '') return { iso: null, bad: false };
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const d = new Date(`${trimmed}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? { iso: null, bad: true } : { iso: trimmed, bad: false };
  }
  const d = new Date(trimmed);
  return Number.isNaN(d.getTime()) ? { iso: null, bad: true } : { iso: d.toISOString(), bad: false };
}

/**
 * Lines of a text with their offsets.
 *
 * @example
 * lines('a\nb').map((l) => l.text); // ['a', 'b']
 */
export function lines(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Outlet and date lines sit at the top or the bottom of a page: the first and last six lines. */
function edgeLines(text: string): { text: string; start: number; end: number }[] {
  const all = lines(cleanView(text));
  return all.length > 12 ? [...all.slice(0, 6), ...all.slice(-6)] : all;
}

const OUTLET_LINE = /^\s*(?:source|via|published by|originally published (?:at|by|on))\s*:\s*(.{2,80}?)\s*$/i;
const BYLINE = /^\s*[Bb]y\s+([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})\s*$/;

/**
 * The outlet named by a "Source: X" or "By X" line of the text, if any.
 *
 * @example
 * outletFromText('Storm hits.\nSource : Example.com'); // 'Example.com'
 */
export function outletFromText(text: string): string | null {
  for (const line of edgeLines(text)) {
    const m = OUTLET_LINE.exec(line.text) ?? BYLINE.exec(line.text);
    if (m?.[1]) return m[1].replace(/[.,;:]+$/, '').trim();
  }
  return null;
}

const DATE_LINE = /^\s*(?:published|posted|updated|last updated|first published|date|dated)(?:\s+on)?\s*:?\s*(.{6,80}?)\s*$/i;

/**
 * The publication date named by a "Published: …", "Posted on …", "Updated …" or
 * "Date: …" line at the top or bottom of the text, as an ISO day, if the line
 * gives a day, a month and a year (a weekday alone or "yesterday" is not read).
 *
 * @example
 * dateFromText('Storm hits.\nPublished: March 3, 2024\nIt rained.'); // '2024-03-03'
 * dateFromText('Storm hits.\nUpdated: Monday\nIt rained.'); // null
 */
export function dateFromText(text: string): string | null {
  for (const line of edgeLines(text)) {
    const m = DATE_LINE.exec(line.text);
    if (!m?.[1]) continue;
    // A fixed reference keeps the result independent of the day it runs; only certain parts are read.
    const hit = chrono.parse(m[1], new Date(Date.UTC(2000, 0, 1)))[0];
    const c = hit?.start;
    // A written year rules out relative phrases ("3 days ago") that chrono resolves against the reference.
    if (!c || !/\b\d{4}\b/.test(hit.text) || !c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) continue;
    const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
    return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  }
  return null;
}

/**
 * The host of a URL without "www.", or null when it is not an http(s) URL.
 *
 * @example
 * hostOf('https://www.example.com/a'); // 'example.com'
 */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The headline of a text: a short first line without closing punctuation.
 * Section labels are skipped, and a truncated headline followed by its full
 * form gives the full form.
 *
 * @example
 * titleFromText('Storm Hits Coast\nThe storm hit the coast on Monday.'); // 'Storm Hits Coast'
 */
export function titleFromText(text: string): string | null {
  const view = cleanView(text);
  const nonEmpty = lines(view).filter((l) => l.text.trim() !== '');
  let i = 0;
  while (i < nonEmpty.length && SECTION_LABELS.has(nonEmpty[i]!.text.trim().toLowerCase())) i++;
  const first = nonEmpty[i];
  if (!first || nonEmpty.length < 2) return null;
  const isHeadline = (s: string): boolean => {
    const t = s.trim();
    return t.length > 0 && t.length <= 200 && !/[.!:;,]["']?$/.test(t) && t.split(/\s+/).length <= 30;
  };
  if (!isHeadline(first.text)) return null;
  const next = nonEmpty[i + 1];
  const pick = next && isHeadline(next.text) && next.text.trim().startsWith(first.text.trim()) && next.text.trim().length > first.text.trim().length ? next : first;
  const start = pick.start + (pick.text.length - pick.text.trimStart().length);
  return text.slice(start, start + pick.text.trim().length);
}

/**
 * Turns one input into an {@link Article}: id, verbatim text, title, outlet, url and ISO date.
 *
 * @example
 * normalize({ text: 'Storm Hits Coast\nIt rained.\nSource: Example News' }, 0).article.outlet; // 'Example News'
 */
export function normalize(input: ArticleInput, index: number): { article: Article; messages: Message[] } {
  validateInput(input, index);
  const id = input.id ?? `a${index + 1}`;
  const messages: Message[] = [];
  const date = toIsoDate(input.publishedAt);
  if (date.bad) {
    messages.push({
      code: MESSAGE_CODES.unparsedDate, severity: 'warning', articleId: id,
      message: `publishedAt '${String(input.publishedAt)}' is not a date claimdiff can read; time expressions stay unresolved. Use an ISO date such as '2024-05-16'.`,
    });
  }
  if (input.text.trim() === '') {
    messages.push({ code: MESSAGE_CODES.emptyText, severity: 'warning', articleId: id, message: 'The article text is empty; it contributes no claims.' });
  }
  if (/<(?:p|div|span|a|br|html|body|script)\b[^>]*>/i.test(input.text)) {
    messages.push({ code: MESSAGE_CODES.htmlStripped, severity: 'info', articleId: id, message: 'HTML tags were found and ignored; pass plain text for best results.' });
  }
  const article: Article = {
    id,
    text: input.text,
    title: input.title ?? titleFromText(input.text),
    outlet: input.outlet ?? outletFromText(input.text) ?? hostOf(input.url),
    url: input.url ?? null,
    publishedAt: date.iso ?? (input.publishedAt === undefined ? dateFromText(input.text) : null),
  };
  return { article, messages };
}

/**
 * Validates and normalises every input; ids must be unique.
 *
 * @example
 * normalizeAll([{ text: 'A.' }, { text: 'B.' }]).articles.map((a) => a.id); // ['a1', 'a2']
 */
export function normalizeAll(inputs: readonly ArticleInput[]): { articles: Article[]; messages: Message[] } {
  if (!Array.isArray(inputs)) {
    throw new ClaimdiffError('not_an_array', `compare() takes an array of articles, like [{ text: '...' }, { text: '...' }]; got ${describe(inputs)}.`);
  }
  const articles: Article[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const r = normalize(input, i);
    if (seen.has(r.article.id)) {
      throw new ClaimdiffError('duplicate_id', `articles[${i}].id '${r.article.id}' is used twice; give every article a unique id, or omit ids to get a1, a2, ….`);
    }
    seen.add(r.article.id);
    articles.push(r.article);
    messages.push(...r.messages);
  });
  if (articles.length > 0 && articles.every((a) => a.publishedAt === null)) {
    messages.push({ code: MESSAGE_CODES.noPublishDate, severity: 'info', message: 'No article has a publishedAt date: relative times ("last week") stay unresolved and claims are compared as they stand.' });
  }
  return { articles, messages };
}
