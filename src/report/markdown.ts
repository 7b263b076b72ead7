/**
 * Markdown report. (Placeholder contract.)
 *
 * @module
 */
import type { Report } from '../types';

/**
 * A Markdown summary of a report.
 *
 * @example
 * toMarkdown(report).startsWith('#'); // true
 */
export function toMarkdown(report: Report): string {
  return `# claimdiff report\n\n${report.claims.length} claims\n`;
}
