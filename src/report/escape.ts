/**
 * Escaping for the HTML report. Everything that comes from an article
 * (titles, outlets, ids, URLs, text, reason details) passes through here.
 *
 * @module
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and for quoted attribute values.
 *
 * @example
 * escapeHtml('<img onerror="x">'); // '&lt;img onerror=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * The URL as an escaped href when it is an absolute http or https URL, else
 * null: `javascript:`, `data:` and relative URLs never become links.
 *
 * @example
 * safeHref('https://example.com/a?b=1&c=2'); // 'https://example.com/a?b=1&amp;c=2'
 * safeHref('javascript:alert(1)'); // null
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return escapeHtml(parsed.href);
}

/**
 * An HTML id (and fragment) made from any string: characters outside
 * `[A-Za-z0-9_-]` become `.` plus their code in hex, so distinct inputs give
 * distinct anchors and quotes or spaces cannot break out of an attribute.
 *
 * @example
 * anchorId('k', 'a1:c2'); // 'k-a1.3ac2'
 */
export function anchorId(prefix: string, id: string): string {
  let out = `${prefix}-`;
  for (const ch of id) out += /[A-Za-z0-9_-]/.test(ch) ? ch : `.${ch.codePointAt(0)!.toString(16)}`;
  return out;
}

/**
 * A range of a text to wrap in markup, in offsets of that text.
 *
 * @example
 * const r: MarkRange = { start: 0, end: 4, open: '<mark>', close: '</mark>' };
 */
export interface MarkRange {
  readonly start: number;
  readonly end: number;
  /** Markup built by the caller from escaped parts only. */
  readonly open: string;
  readonly close: string;
}

/**
 * Escapes `text` and wraps the given ranges. Ranges that overlap an earlier
 * one are clipped to where it ends, so the markup always nests correctly.
 *
 * @example
 * markText('a <b> c', [{ start: 2, end: 5, open: '<mark>', close: '</mark>' }]); // 'a <mark>&lt;b&gt;</mark> c'
 */
export function markText(text: string, ranges: readonly MarkRange[]): string {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    out += escapeHtml(text.slice(at, start)) + r.open + escapeHtml(text.slice(start, r.end)) + r.close;
    at = r.end;
  }
  return out + escapeHtml(text.slice(at));
}
