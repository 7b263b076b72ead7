/**
 * extractAttributions(): every attribution in a text. (Placeholder contract.)
 *
 * @module
 */
import type { ArticleInput, Attribution } from '../types';

/**
 * Options of extractAttributions().
 *
 * @example
 * const o: AttributionOptions = {};
 */
export interface AttributionOptions {
  readonly resolvePronouns?: boolean;
}

/**
 * Default attribution options.
 *
 * @example
 * extractAttributions('He said it rained.', defaultAttributionOptions);
 */
export const defaultAttributionOptions: AttributionOptions = Object.freeze({ resolvePronouns: true });

/**
 * Every attribution in a text, claim or not, in document order.
 *
 * @example
 * extractAttributions('Officials said the bridge was closed.')[0]?.cue?.text; // 'said'
 */
export function extractAttributions(article: ArticleInput | string, options: AttributionOptions = defaultAttributionOptions): Attribution[] {
  void article; void options;
  return [];
}
