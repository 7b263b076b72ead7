/**
 * Segmentation (placeholder, replaced below).
 * @module
 */
import type { Article, Message, Span } from '../types';
/** @example const k: SegmentKind = 'sentence'; */
export type SegmentKind = 'headline' | 'sentence' | 'list-item' | 'table-row' | 'boilerplate';
/** @example const s: Segment = { index: 0, kind: 'sentence', span: { start: 0, end: 3 }, text: 'Hi.', paragraph: 0 }; */
export interface Segment { readonly index: number; readonly kind: SegmentKind; readonly span: Span; readonly text: string; readonly paragraph: number }
/** @example const s: Segmentation = { segments: [], messages: [] }; */
export interface Segmentation { readonly segments: readonly Segment[]; readonly messages: readonly Message[] }
/** @example segment(article).segments.length; */
export function segment(article: Article): Segmentation { void article; return { segments: [], messages: [] }; }
