/**
 * The claimdiff data model: plain, readonly, JSON-serialisable objects.
 *
 * Every `Span` is a pair of UTF-16 offsets into the **original**
 * `ArticleInput.text`, so `text.slice(span.start, span.end)` is exactly the
 * evidence. No class instances appear in any output.
 *
 * @module
 */

/**
 * Half-open range of UTF-16 code units into an article's original text.
 *
 * @example
 * const span: Span = { start: 0, end: 5 };
 * 'Hello world'.slice(span.start, span.end); // 'Hello'
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * What a caller hands to claimdiff: one news article.
 *
 * @example
 * const input: ArticleInput = { id: 'bbc', text: 'Officials said the bridge was closed.', outlet: 'BBC', publishedAt: '2024-05-16' };
 */
export interface ArticleInput {
  readonly id?: string;
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly publishedAt?: string | Date;
}

/**
 * A normalised article: text kept verbatim, metadata resolved.
 *
 * @example
 * const article: Article = { id: 'a1', text: 'Storm hits coast', title: 'Storm hits coast', outlet: null, url: null, publishedAt: null };
 */
export interface Article {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO 8601 date or date-time, or null when unknown. */
  readonly publishedAt: string | null;
}

/**
 * Polarity of a claim: negative when it denies, refuses, rules out or reports an absence.
 *
 * @example
 * const p: Polarity = 'negative';
 */
export type Polarity = 'positive' | 'negative';

/**
 * How strongly a claim is put forward.
 *
 * @example
 * const m: Modality = 'conditional';
 */
export type Modality = 'asserted' | 'possible' | 'conditional' | 'hedged' | 'reported-intent';

/**
 * A piece of text with its span.
 *
 * @example
 * const t: TextSpan = { text: 'only if talks resume', span: { start: 10, end: 30 } };
 */
export interface TextSpan {
  readonly text: string;
  readonly span: Span;
}

/**
 * A number mentioned in a claim ("1,000", "30-day", "over $400 billion").
 *
 * @example
 * const n: NumberMention = { text: 'over $400 billion', span: { start: 0, end: 17 }, value: 4e11, unit: 'usd', approximate: true, bound: 'lower' };
 */
export interface NumberMention {
  readonly text: string;
  readonly span: Span;
  /** Numeric value, or null for vague quantities such as "thousands". */
  readonly value: number | null;
  /** Unit or counted noun when one is next to the number ("usd", "percent", "day", "detainees"). */
  readonly unit: string | null;
  readonly approximate: boolean;
  /** "at least"/"over" give `lower`, "up to"/"under" give `upper`. */
  readonly bound: 'exact' | 'lower' | 'upper';
}

/**
 * Granularity of a resolved time expression.
 *
 * @example
 * const g: TimeGranularity = 'day';
 */
export type TimeGranularity = 'instant' | 'day' | 'week' | 'month' | 'year' | 'duration' | 'deictic' | 'period';

/**
 * A time expression, resolved against the article's publication date where possible.
 *
 * @example
 * const t: TimeMention = { text: 'since March 2022', span: { start: 4, end: 20 }, date: '2022-03-01', granularity: 'month' };
 */
export interface TimeMention {
  readonly text: string;
  readonly span: Span;
  /** ISO date (YYYY-MM-DD) when the expression names or implies one. */
  readonly date?: string;
  readonly granularity: TimeGranularity;
}

/**
 * Kind of named entity found by the rule-based entity finder.
 *
 * @example
 * const k: EntityKind = 'person';
 */
export type EntityKind = 'person' | 'organization' | 'place' | 'group' | 'other';

/**
 * A named entity mentioned in a claim.
 *
 * @example
 * const e: EntityMention = { text: 'Red Cross', span: { start: 0, end: 9 }, kind: 'organization', key: 'red cross' };
 */
export interface EntityMention {
  readonly text: string;
  readonly span: Span;
  readonly kind: EntityKind;
  /** Normalised key used for matching across articles. */
  readonly key: string;
}

/**
 * Whether attributed content is quoted verbatim, paraphrased, or a paraphrase holding a quoted fragment.
 *
 * @example
 * const k: QuoteKind = 'mixed';
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * The person or body a statement is attributed to.
 *
 * @example
 * const s: Source = { text: 'Health Minister Ana Ruiz', span: { start: 0, end: 24 }, name: 'Ana Ruiz', role: 'Health Minister' };
 */
export interface Source {
  readonly text: string;
  readonly span: Span;
  /** Canonical name, the same across articles ("Ruiz" and "Ana Ruiz" give "Ana Ruiz"). */
  readonly name: string;
  readonly role: string | null;
}

/**
 * Who said something, how, and where the content lies.
 *
 * @example
 * const a: Attribution = {
 *   kind: 'indirect',
 *   source: { text: 'officials', span: { start: 0, end: 9 }, name: 'officials', role: null },
 *   cue: { text: 'said', span: { start: 10, end: 14 } },
 *   content: { start: 15, end: 40 },
 * };
 * // '“We won,” said Lee, the coach. “Again.”': one content over two quotations.
 * const b: Attribution = {
 *   kind: 'direct',
 *   source: { text: 'Lee', span: { start: 15, end: 18 }, name: 'Lee', role: null },
 *   cue: { text: 'said', span: { start: 10, end: 14 } },
 *   content: { start: 0, end: 39 },
 *   contentParts: [{ start: 0, end: 9 }, { start: 31, end: 39 }],
 * };
 */
export interface Attribution {
  readonly kind: QuoteKind;
  /** null for unnamed sources ("reportedly", "it is understood"). */
  readonly source: Source | null;
  readonly cue: TextSpan | null;
  /** The whole content, from its first character to its last, over any interruption. */
  readonly content: Span;
  /**
   * The pieces of `content` when the attribution's own source and cue interrupt it
   * ('“A,” said Jo Lee, a senator. “B.”' gives “A,” and “B.”; 'A, she said, B' gives A and B):
   * each inside `content`, non-empty, in order, without the spaces and commas that join them.
   * Omitted when the content is one piece.
   */
  readonly contentParts?: readonly Span[];
  /** True when the source is unnamed or vague ("reportedly", "a source familiar with the talks"). */
  readonly unnamed?: boolean;
}

/**
 * A check-worthy statement of one article.
 *
 * @example
 * const c: Claim = {
 *   id: 'a1:c1', articleId: 'a1', text: 'The bridge is closed', span: { start: 0, end: 20 }, sentenceIndex: 0,
 *   polarity: 'positive', modality: 'asserted', condition: null, attribution: null, numbers: [], times: [], entities: [],
 * };
 */
export interface Claim {
  /** `${articleId}:c${n}` in document order, n from 1. */
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly span: Span;
  readonly sentenceIndex: number;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly condition: TextSpan | null;
  readonly attribution: Attribution | null;
  readonly numbers: readonly NumberMention[];
  readonly times: readonly TimeMention[];
  readonly entities: readonly EntityMention[];
}

/**
 * How the articles of a point relate overall.
 *
 * @example
 * const c: Consensus = 'contested';
 */
export type Consensus = 'agreement' | 'contested' | 'mixed' | 'single-source';

/**
 * Claims inside one point that agree with each other: one side of the point.
 * Agree relations join claims into a position; a claim whose relations are
 * all tensions stands apart in its own. Every claim of a point lies in
 * exactly one of its positions.
 *
 * @example
 * const p: Position = { id: 'p1.1', claimIds: ['a1:c1', 'a2:c3'], articleIds: ['a1', 'a2'], label: 'bridge closed' };
 */
export interface Position {
  /** `${pointId}.${n}`, n from 1 in the point's order of positions (widest first). */
  readonly id: string;
  readonly claimIds: readonly string[];
  /** The articles of its claims, in input order. */
  readonly articleIds: readonly string[];
  /** A short human label: the position's most central claim, trimmed. */
  readonly label: string;
}

/**
 * The question, event or proposition that claims of different articles
 * address, shown as its positions.
 *
 * @example
 * const k: Point = {
 *   id: 'p1', claimIds: ['a1:c1', 'a2:c3'], articleIds: ['a1', 'a2'], label: 'bridge closed',
 *   positions: [{ id: 'p1.1', claimIds: ['a1:c1', 'a2:c3'], articleIds: ['a1', 'a2'], label: 'bridge closed' }],
 *   consensus: 'agreement', firstReported: null,
 * };
 */
export interface Point {
  /** `p${n}`, n from 1 in the order of each point's first claim. */
  readonly id: string;
  readonly claimIds: readonly string[];
  readonly articleIds: readonly string[];
  /** A short human label: the point's most central claim, trimmed. */
  readonly label: string;
  /** Groups of claims that agree, widest first; together they hold every claim of the point once. */
  readonly positions: readonly Position[];
  readonly consensus: Consensus;
  readonly firstReported: { readonly articleId: string; readonly publishedAt: string } | null;
}

/**
 * Relation label between two claims.
 *
 * @example
 * const l: RelationLabel = 'qualify';
 */
export type RelationLabel = 'agree' | 'contradict' | 'qualify' | 'neutral';

/**
 * Kind of evidence behind a relation.
 *
 * @example
 * const k: ReasonKind = 'antonym';
 */
export type ReasonKind =
  | 'negation'
  | 'antonym'
  | 'modality'
  | 'condition'
  | 'numeric'
  | 'temporal'
  | 'quantity'
  | 'attribution'
  | 'paraphrase'
  | 'entailment'
  | 'lexical';

/**
 * A piece of evidence in one claim. For `relate(a, b)` on plain strings,
 * `claimId` is `'a'` or `'b'` and the span is relative to that string.
 *
 * @example
 * const e: EvidenceSpan = { claimId: 'a1:c1', span: { start: 4, end: 13 } };
 */
export interface EvidenceSpan {
  readonly claimId: string;
  readonly span: Span;
}

/**
 * Why a relation got its label, pointing at the words that decided it.
 *
 * @example
 * const r: Reason = { kind: 'antonym', detail: 'accepted ↔ rejected', spans: [{ claimId: 'a', span: { start: 4, end: 12 } }, { claimId: 'b', span: { start: 4, end: 12 } }] };
 */
export interface Reason {
  readonly kind: ReasonKind;
  readonly detail: string;
  readonly spans: readonly EvidenceSpan[];
}

/**
 * Result of relating two statements.
 *
 * @example
 * const r: RelateResult = { label: 'contradict', score: 0.91, reasons: [] };
 */
export interface RelateResult {
  readonly label: RelationLabel;
  /** Probability of `label`, between 0 and 1. */
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/**
 * A relation between two claims of different articles: inside one point, or a
 * link between two points (claims the same-point scorer holds to be about one
 * thing that clustering put apart).
 *
 * @example
 * const r: Relation = { a: 'a1:c1', b: 'a2:c4', label: 'agree', score: 0.8, reasons: [] };
 */
export interface Relation extends RelateResult {
  /** Claim id from the article that comes first in input order. */
  readonly a: string;
  readonly b: string;
}

/**
 * One source as the report lists it: who, in which roles, quoted how and by whom.
 *
 * @example
 * const s: SourceSummary = { name: 'Ana Ruiz', roles: ['Health Minister'], claimIds: ['a1:c2'], articleIds: ['a1'], outlets: ['BBC'], direct: 1, indirect: 0, mixed: 0 };
 */
export interface SourceSummary {
  readonly name: string;
  readonly roles: readonly string[];
  readonly claimIds: readonly string[];
  readonly articleIds: readonly string[];
  readonly outlets: readonly string[];
  readonly direct: number;
  readonly indirect: number;
  readonly mixed: number;
}

/**
 * Severity of a report message.
 *
 * @example
 * const s: Severity = 'warning';
 */
export type Severity = 'info' | 'warning';

/**
 * A problem found in the text (not a misuse of the API): data, never an exception.
 *
 * @example
 * const m: Message = { code: 'unclosed_quote', severity: 'warning', message: 'A quotation mark opens here and never closes.', articleId: 'a1', span: { start: 40, end: 41 } };
 */
export interface Message {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly articleId?: string;
  readonly span?: Span;
}

/**
 * Everything compare() found.
 *
 * @example
 * import { compare } from 'claimdiff';
 * const report: Report = compare([{ text: 'The bridge is closed.' }, { text: 'The bridge is open.' }]);
 */
export interface Report {
  /** 2 since points carry positions (1 had `clusters`). */
  readonly schemaVersion: 2;
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  readonly points: readonly Point[];
  readonly relations: readonly Relation[];
  readonly sources: readonly SourceSummary[];
  readonly messages: readonly Message[];
}

/**
 * Stance of an article toward a claim.
 *
 * @example
 * const s: StanceLabel = 'discuss';
 */
export type StanceLabel = 'agree' | 'disagree' | 'discuss' | 'unrelated';

/**
 * A sentence that decided a stance.
 *
 * @example
 * const e: StanceEvidence = { span: { start: 0, end: 30 }, text: 'Officials denied the report.', label: 'disagree', attribution: null };
 */
export interface StanceEvidence {
  readonly span: Span;
  readonly text: string;
  readonly label: StanceLabel;
  readonly attribution: Attribution | null;
}

/**
 * Stance of one article toward one claim.
 *
 * @example
 * const r: StanceResult = { label: 'agree', score: 0.77, evidence: [] };
 */
export interface StanceResult {
  readonly label: StanceLabel;
  readonly score: number;
  readonly evidence: readonly StanceEvidence[];
}

/**
 * Stance of one article among many, as checkClaim() returns it.
 *
 * @example
 * const r: ClaimCheck = { articleId: 'a2', label: 'disagree', score: 0.8, evidence: [] };
 */
export interface ClaimCheck extends StanceResult {
  readonly articleId: string;
}
