/**
 * ClaimContext: what compare() knows about a claim beyond its text. Its own file
 * so that relate.ts and rules.ts both import it without importing each other.
 *
 * @module
 */
import type { Modality, Polarity } from '../types';

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
