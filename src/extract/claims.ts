/**
 * Claims (placeholder).
 * @module
 */
import type { ArticleInput, Claim } from '../types';
/** @example const o: ExtractOptions = {}; */
export interface ExtractOptions { readonly minWords?: number }
/** @example extractClaims({ text: 'x' }, defaultExtractOptions); */
export const defaultExtractOptions: ExtractOptions = Object.freeze({ minWords: 3 });
/** @example extractClaims({ text: 'The bridge is closed.' }); */
export function extractClaims(article: ArticleInput, options: ExtractOptions = defaultExtractOptions): Claim[] { void article; void options; return []; }
