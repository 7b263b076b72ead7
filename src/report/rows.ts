/**
 * Flat rows of a report: one per claim and one per relation, all with the
 * same columns, so that console.table, a data frame or a CSV gets a
 * rectangle without knowing the nested data model.
 *
 * @module
 */
import type { Claim, Relation, Report } from '../types';
import { reasonTexts, outletOf, quoteKindLabel, speakerOf, viewOf, type ReportView } from './view';

/**
 * One flat row. Claim rows fill the claim columns, relation rows fill `a`,
 * `b`, `label`, `score` and `reasons`; a column that does not apply is null.
 *
 * @example
 * const r: ReportRow = toRows(report)[0]!;
 * r.type; // 'claim'
 */
export type ReportRow = {
  readonly type: 'claim' | 'relation';
  readonly id: string;
  readonly articleId: string | null;
  readonly outlet: string | null;
  /** The point of the claim; for a relation, the point of `a`. */
  readonly pointId: string | null;
  /** The position of the claim inside its point; null for a relation. */
  readonly positionId: string | null;
  readonly consensus: string | null;
  readonly text: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly quoteKind: string | null;
  readonly cue: string | null;
  readonly polarity: string | null;
  readonly modality: string | null;
  readonly condition: string | null;
  readonly a: string | null;
  readonly b: string | null;
  readonly label: string | null;
  readonly score: number | null;
  readonly reasons: string | null;
};

const EMPTY: Omit<ReportRow, 'type' | 'id'> = Object.freeze({
  articleId: null, outlet: null, pointId: null, positionId: null, consensus: null, text: null, start: null, end: null, speaker: null, role: null,
  quoteKind: null, cue: null, polarity: null, modality: null, condition: null, a: null, b: null, label: null, score: null, reasons: null,
});

function claimRow(view: ReportView, c: Claim): ReportRow {
  const k = view.pointOfClaim.get(c.id);
  return {
    ...EMPTY, type: 'claim', id: c.id, articleId: c.articleId, outlet: outletOf(view.articleById.get(c.articleId), c.articleId),
    pointId: k?.id ?? null, positionId: view.positionOfClaim.get(c.id)?.id ?? null, consensus: k?.consensus ?? null, text: c.text, start: c.span.start, end: c.span.end,
    speaker: speakerOf(c), role: c.attribution?.source?.role ?? null, quoteKind: c.attribution ? quoteKindLabel(c.attribution.kind) : null,
    cue: c.attribution?.cue?.text ?? null, polarity: c.polarity, modality: c.modality, condition: c.condition?.text ?? null,
  };
}

function relationRow(view: ReportView, r: Relation): ReportRow {
  const k = view.pointOfClaim.get(r.a) ?? view.pointOfClaim.get(r.b);
  return {
    ...EMPTY, type: 'relation', id: `${r.a}~${r.b}`, pointId: k?.id ?? null, consensus: k?.consensus ?? null,
    a: r.a, b: r.b, label: r.label, score: r.score, reasons: reasonTexts(view, r).join('; ') || null,
  };
}

/**
 * Flat rows for console.table, data frames and CSV: every claim, then every relation.
 *
 * @example
 * import { compare, toRows } from 'claimdiff';
 * console.table(toRows(compare([{ text: 'The bridge is closed.' }, { text: 'The bridge is open.' }])), ['type', 'id', 'label', 'text']);
 */
export function toRows(report: Report): ReportRow[] {
  const view = viewOf(report);
  return [...report.claims.map((c) => claimRow(view, c)), ...report.relations.map((r) => relationRow(view, r))];
}

/**
 * Rows as RFC 4180 CSV with a header line; fields holding a comma, quote or
 * line break are quoted, and a leading `=`, `+`, `-` or `@` is prefixed with
 * `'` so a spreadsheet never runs article text as a formula.
 *
 * @example
 * toCsv(toRows(report)).split('\n')[0]; // 'type,id,articleId,…'
 */
export function toCsv(rows: readonly ReportRow[]): string {
  const cols = Object.keys({ type: null, id: null, ...EMPTY }) as (keyof ReportRow)[];
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
