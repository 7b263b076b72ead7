/**
 * The shapes of claimdiff/store: the Store a caller holds, its options and
 * results, and the Backend interface each database engine implements.
 *
 * @module
 */
import type { Article, Claim, Message, Reason, RelationLabel, Report } from '../types';

/**
 * Where a store lives: a SQLite file path, `{ sqlite: path }`, or
 * `{ postgres: connectionString | pool }` (a `pg` Pool; the store does not end a pool it was given).
 * `schema` names the PostgreSQL schema holding the tables (default `claimdiff`).
 *
 * @example
 * const where: StoreLocation = { postgres: 'postgres://localhost/news' };
 */
export type StoreLocation =
  | string
  | { readonly sqlite: string }
  | { readonly postgres: string | PgPoolLike; readonly schema?: string };

/**
 * The part of a `pg` Pool the store uses.
 *
 * @example
 * const pool: PgPoolLike = new (require('pg').Pool)({ connectionString: 'postgres://localhost/news' });
 */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  end(): Promise<void>;
}

/**
 * The part of a `pg` client the store uses.
 *
 * @example
 * const client: PgClientLike = await pool.connect();
 */
export interface PgClientLike {
  query(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  release(err?: Error | boolean): void;
}

/**
 * What `add()` did with each article id.
 *
 * @example
 * const r: AddResult = { added: ['a1'], replaced: [], unchanged: ['a2'], messages: [] };
 */
export interface AddResult {
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  readonly unchanged: readonly string[];
  /** Text problems found while extracting (as in `report.messages`). */
  readonly messages: readonly Message[];
}

/**
 * Options of `add()`.
 *
 * @example
 * await store.add(articles, { onProgress: (done, total) => console.log(done, total) });
 */
export interface AddOptions {
  /** Called after each article is committed (or found unchanged). */
  readonly onProgress?: (done: number, total: number, articleId: string) => void;
}

/**
 * Options of `match()`.
 *
 * @example
 * const o: MatchOptions = { limit: 5, since: '2024-05-01', outlets: ['Example Wire'] };
 */
export interface MatchOptions {
  /** Most results returned (default 10). */
  readonly limit?: number;
  /** Only articles published on or after this date (articles without a date are left out). */
  readonly since?: string | Date;
  /** Only articles published on or before this date (articles without a date are left out). */
  readonly until?: string | Date;
  /** Only articles of these outlets. */
  readonly outlets?: readonly string[];
}

/**
 * How a stored claim relates to the query: relate()'s label, score and reasons
 * (spans of the stored claim point into its article; the query's are claim-relative,
 * with claimId 'query' for a text query), and who said it where and when.
 *
 * @example
 * const r: MatchRelation = { label: 'agree', score: 0.8, reasons: [], outlet: 'Wire', speaker: 'Ana Ruiz', publishedAt: '2024-05-16' };
 */
export interface MatchRelation {
  readonly label: RelationLabel;
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly outlet: string | null;
  readonly speaker: string | null;
  readonly publishedAt: string | null;
}

/**
 * One result of `match()`: a stored claim about the same point as the query, best first.
 *
 * @example
 * const m: StoreMatch = { claim, article, relation, score: 0.64 };
 */
export interface StoreMatch {
  readonly claim: Claim;
  readonly article: Article;
  readonly relation: MatchRelation;
  /** Same-point score in [0, 1]. */
  readonly score: number;
}

/**
 * What `compare()` on a store reports on: given articles, a date range, or the articles matching a claim.
 *
 * @example
 * const q: StoreCompareQuery = { since: '2024-05-01', until: '2024-05-31' };
 */
export type StoreCompareQuery =
  | { readonly articleIds: readonly string[] }
  | { readonly since?: string | Date; readonly until?: string | Date }
  | { readonly query: string | Claim; readonly limit?: number };

/**
 * Counts of a store.
 *
 * @example
 * const s: StoreStats = { articles: 3, claims: 41, schemaVersion: 1, backend: 'sqlite' };
 */
export interface StoreStats {
  readonly articles: number;
  readonly claims: number;
  readonly schemaVersion: number;
  readonly backend: 'sqlite' | 'postgres';
}

/**
 * A persistent claim store. Every method is async; `close()` releases the database.
 *
 * @example
 * const store = await openStore('news.db');
 * await store.add([{ id: 'wire-1', text: '…', outlet: 'Wire', publishedAt: '2024-05-16' }]);
 * const hits = await store.match('The bridge will reopen on Monday');
 * await store.close();
 */
export interface Store {
  add(articles: readonly import('../types').ArticleInput[], options?: AddOptions): Promise<AddResult>;
  match(claim: string | Claim, options?: MatchOptions): Promise<StoreMatch[]>;
  compare(query: StoreCompareQuery): Promise<Report>;
  /** Removes an article and its claims; true when it was stored. */
  remove(articleId: string): Promise<boolean>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/**
 * A stored article ready to write: the normalised article, its claims with their vectors, and its content hash.
 *
 * @example
 * const row: ArticleRow = { article, hash: 'ab12…', publishedMs: 1715817600000, claims: [{ claim, vector, vectorKind: 'tfidf-sparse-1' }] };
 */
export interface ArticleRow {
  readonly article: Article;
  readonly hash: string;
  readonly publishedMs: number | null;
  readonly claims: readonly { readonly claim: Claim; readonly vector: Uint8Array; readonly vectorKind: string }[];
}

/**
 * A claim read back from the store with its vector and retrieval score.
 *
 * @example
 * const c: CandidateRow = { claim, articleId: 'a1', vector, vectorKind: 'tfidf-sparse-1', retrieval: 4.1 };
 */
export interface CandidateRow {
  readonly claim: Claim;
  readonly articleId: string;
  readonly vector: Uint8Array;
  readonly vectorKind: string;
  readonly retrieval: number;
}

/**
 * Filters on the article of a stored claim, as epoch milliseconds and outlet names.
 *
 * @example
 * const f: ArticleFilter = { sinceMs: 0, untilMs: null, outlets: null };
 */
export interface ArticleFilter {
  readonly sinceMs: number | null;
  readonly untilMs: number | null;
  readonly outlets: readonly string[] | null;
}

/**
 * What a database engine provides to the store. Each write of one article is one transaction.
 *
 * @example
 * const b: Backend = await openSqlite('news.db');
 */
export interface Backend {
  readonly kind: 'sqlite' | 'postgres';
  /** The stored content hash of each given id that is stored. */
  hashes(ids: readonly string[]): Promise<Map<string, string>>;
  /** Writes one article with its claims in one transaction; 'added', 'replaced' or 'unchanged' (same hash already stored). */
  put(row: ArticleRow): Promise<'added' | 'replaced' | 'unchanged'>;
  remove(articleId: string): Promise<boolean>;
  /** Up to `limit` claims sharing words with the query's rarest words (rarest first), best retrieval score first. */
  candidates(terms: readonly string[], filter: ArticleFilter, limit: number): Promise<CandidateRow[]>;
  articles(ids: readonly string[]): Promise<Article[]>;
  /** Articles published in a range, oldest first (a null bound is open). */
  articleIdsBetween(sinceMs: number | null, untilMs: number | null): Promise<string[]>;
  /** The stored claims of these articles, in article then document order. */
  claimsOf(articleIds: readonly string[]): Promise<Claim[]>;
  counts(): Promise<{ articles: number; claims: number; schemaVersion: number }>;
  close(): Promise<void>;
}
