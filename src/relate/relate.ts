/**
 * relate(): agreement, contradiction and qualification between two statements.
 * (Placeholder contract; the relate owner replaces the body.)
 *
 * @module
 */
import type { Modality, Polarity, RelateResult } from '../types';

/**
 * What compare() knows about a claim beyond its text. All fields optional.
 *
 * @example
 * const ctx: ClaimContext = { publishedAt: '2024-05-16', source: 'Ana Ruiz', modality: 'conditional' };
 */
export interface ClaimContext {
  readonly publishedAt?: string | null;
  readonly source?: string | null;
  readonly polarity?: Polarity;
  readonly modality?: Modality;
}

/**
 * Options of relate().
 *
 * @example
 * const o: RelateOptions = { a: { publishedAt: '2024-05-16' }, b: { publishedAt: '2024-05-18' } };
 */
export interface RelateOptions {
  readonly a?: ClaimContext;
  readonly b?: ClaimContext;
}

/**
 * Default relate() options.
 *
 * @example
 * relate('x', 'y', defaultRelateOptions);
 */
export const defaultRelateOptions: RelateOptions = Object.freeze({});

/**
 * Relates two statements. Spans in reasons are relative to `a` and `b` (claimId 'a' / 'b').
 *
 * @example
 * relate('The bridge is open.', 'The bridge is not open.').label; // 'contradict'
 */
export function relate(a: string, b: string, options: RelateOptions = defaultRelateOptions): RelateResult {
  void a; void b; void options;
  return { label: 'neutral', score: 0.5, reasons: [] };
}
