/**
 * stance() and checkClaim(). (Placeholder contract; the stance owner replaces the body.)
 *
 * @module
 */
import type { ArticleInput, ClaimCheck, StanceResult } from '../types';

/**
 * Options of stance() and checkClaim().
 *
 * @example
 * const o: StanceOptions = { maxEvidence: 3 };
 */
export interface StanceOptions {
  readonly maxEvidence?: number;
}

/**
 * Default stance options.
 *
 * @example
 * stance('x', 'y', defaultStanceOptions);
 */
export const defaultStanceOptions: StanceOptions = Object.freeze({ maxEvidence: 3 });

/**
 * Stance of an article toward a claim.
 *
 * @example
 * stance('The bridge collapsed', 'Officials denied that the bridge collapsed.').label; // 'disagree'
 */
export function stance(claim: string, article: ArticleInput | string, options: StanceOptions = defaultStanceOptions): StanceResult {
  void claim; void article; void options;
  return { label: 'unrelated', score: 0.5, evidence: [] };
}

/**
 * Stance of each article toward one claim, strongest first.
 *
 * @example
 * checkClaim('The bridge collapsed', [{ id: 'x', text: 'The bridge collapsed on Monday.' }])[0]?.label; // 'agree'
 */
export function checkClaim(claim: string, articles: readonly ArticleInput[], options: StanceOptions = defaultStanceOptions): ClaimCheck[] {
  return articles.map((a, i) => ({ articleId: a.id ?? `a${i + 1}`, ...stance(claim, a, options) }));
}
