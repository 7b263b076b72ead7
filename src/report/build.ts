/**
 * Report building (placeholder).
 * @module
 */
import type { Report } from '../types';
/** @example buildReport(); */
export function buildReport(): Report { return { schemaVersion: 1, articles: [], claims: [], clusters: [], relations: [], sources: [], messages: [] }; }
