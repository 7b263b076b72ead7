/**
 * HTML report. (Placeholder contract.)
 *
 * @module
 */
import type { Report } from '../types';

/**
 * Options of toHtml().
 *
 * @example
 * const o: HtmlOptions = { title: 'Story' };
 */
export interface HtmlOptions {
  readonly title?: string;
}

/**
 * A self-contained HTML page.
 *
 * @example
 * toHtml(report).startsWith('<!doctype html>'); // true
 */
export function toHtml(report: Report, options: HtmlOptions = {}): string {
  return `<!doctype html><title>${options.title ?? 'claimdiff'}</title><p>${report.claims.length}</p>`;
}
