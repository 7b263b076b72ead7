/**
 * compare() (placeholder).
 * @module
 */
import type { ArticleInput, Report } from './types';
import { normalizeAll } from './text/normalize';
import { buildReport } from './report/build';
/** @example const o: CompareOptions = {}; */
export interface CompareOptions { readonly relateAll?: boolean }
/** @example compare([], defaultCompareOptions); */
export const defaultCompareOptions: CompareOptions = Object.freeze({});
/** @example compare([{ text: 'A.' }, { text: 'B.' }]); */
export function compare(articles: readonly ArticleInput[], options: CompareOptions = defaultCompareOptions): Report { void options; normalizeAll(articles); return buildReport(); }
