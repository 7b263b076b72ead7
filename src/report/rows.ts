/**
 * Flat rows. (Placeholder contract.)
 *
 * @module
 */
import type { Report } from '../types';

/**
 * One flat row of a report.
 *
 * @example
 * const r: ReportRow = { type: 'claim', id: 'a1:c1' };
 */
export type ReportRow = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Flat rows for console.table, data frames and CSV.
 *
 * @example
 * console.table(toRows(report));
 */
export function toRows(report: Report): ReportRow[] {
  return report.claims.map((c) => ({ type: 'claim', id: c.id }));
}
