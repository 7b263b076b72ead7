/**
 * The resolved values a claim carries, as sets for comparing two claims: the
 * values of its numbers and the ISO dates of its times. Alignment and the
 * in-point relation head both compare claims by them.
 *
 * @module
 */
import type { Claim } from '../types';

/**
 * The values of a claim's numbers (those that have one).
 *
 * @example
 * numberValues(claim); // Set { 40, 1.5 }
 */
export function numberValues(c: Pick<Claim, 'numbers'>): Set<number> {
  return new Set(c.numbers.map((n) => n.value).filter((v): v is number => v !== null));
}

/**
 * The ISO dates of a claim's times (those resolved to a date).
 *
 * @example
 * claimDates(claim); // Set { '2025-05-16' }
 */
export function claimDates(c: Pick<Claim, 'times'>): Set<string> {
  return new Set(c.times.map((t) => t.date).filter((d): d is string => d !== undefined));
}
