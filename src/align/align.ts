/**
 * Alignment (placeholder).
 * @module
 */
import type { Claim } from '../types';
/** @example const o: AlignOptions = {}; */
export interface AlignOptions { readonly threshold?: number }
/** @example align([], defaultAlignOptions); */
export const defaultAlignOptions: AlignOptions = Object.freeze({ threshold: 0.3 });
/** @example const a: Alignment = { clusters: [], pairs: [] }; */
export interface Alignment { readonly clusters: readonly (readonly string[])[]; readonly pairs: readonly { readonly a: string; readonly b: string; readonly score: number }[] }
/** @example align(claims).clusters; */
export function align(claims: readonly Claim[], options: AlignOptions = defaultAlignOptions): Alignment { void claims; void options; return { clusters: [], pairs: [] }; }
