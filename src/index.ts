/**
 * claimdiff: compare news articles by what they claim.
 *
 * Public exports only; every stage is also exported on its own so that a
 * pipeline can run, replace or inspect any one of them.
 *
 * @module
 */
export type * from './types';
export { ClaimdiffError, MESSAGE_CODES } from './errors';
export type { ErrorCode, MessageCode } from './errors';

export { compare, defaultCompareOptions } from './compare';
export type { CompareOptions } from './compare';

export { normalize, normalizeAll } from './text/normalize';
export { segment } from './text/sentences';
export type { Segment, SegmentKind, Segmentation } from './text/sentences';

export { extractClaims, defaultExtractOptions } from './extract/claims';
export type { ExtractOptions } from './extract/claims';
export { extractAttributions, defaultAttributionOptions } from './extract/attribution';
export type { AttributionOptions } from './extract/attribution';

export { align, defaultAlignOptions } from './align/align';
export type { AlignOptions, Alignment } from './align/align';

export { relate, defaultRelateOptions } from './relate/relate';
export type { RelateOptions } from './relate/relate';
export type { ClaimContext } from './relate/context';
export { stance, checkClaim, defaultStanceOptions } from './stance/stance';
export type { StanceOptions } from './stance/stance';

export { buildReport } from './report/build';
export type { ReportParts } from './report/build';
export { positionsOf, tensionsBetween } from './report/positions';
export type { PositionTension } from './report/positions';
export { toJson } from './report/json';
export { toMarkdown, defaultMarkdownOptions } from './report/markdown';
export type { MarkdownOptions } from './report/markdown';
export { toHtml, defaultHtmlOptions } from './report/html';
export type { HtmlOptions } from './report/html';
export { toRows, toCsv } from './report/rows';
export type { ReportRow } from './report/rows';

export { wordVector, wordRank } from './semantics/vectors';
export { vectorProfile, rankWeight } from './semantics/profile';
export type { VectorProfile, WordWeight } from './semantics/profile';
export { softMatch, softCoverage } from './semantics/soft-match';
export { claimVector, claimCosine, commonDirection } from './semantics/claim-vector';
export { cosine, phraseSimilarity } from './semantics/similarity';
