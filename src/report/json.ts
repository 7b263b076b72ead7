/**
 * Stable JSON. (Placeholder contract.)
 *
 * @module
 */
import type { Report } from '../types';

/**
 * Stable JSON of a report: the same report gives byte-identical output.
 *
 * @example
 * toJson(report).startsWith('{'); // true
 */
export function toJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
