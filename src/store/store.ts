/**
 * The Store over any Backend: extraction on add (the same stages compare()
 * runs), match as retrieve → re-rank → relate, and compare() over stored claims.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { reportFromClaims } from '../compare';
import { toArticleSpans } from '../align/relations';
import { attributionsOf } from '../extract/attribution';
import { analyzeArticle, claimsOf, extractClaims } from '../extract/claims';
import { unifySources } from '../extract/sources';
import { relateInPoint } from '../relate/in-point';
import { normalizeAll } from '../text/normalize';
import { ClaimdiffError } from '../errors';
import type { Article, ArticleInput, Claim, Message, Report } from '../types';
import { claimVector, rerank, retrievalTerms, VECTOR_KIND } from './rerank';
import type { AddOptions, AddResult, ArticleFilter, ArticleRow, Backend, MatchOptions, Store, StoreCompareQuery, StoreMatch, StoreStats } from './types';

/** Candidates full-text retrieval hands to the re-ranker. */
const CANDIDATES = 200;
const DEFAULT_LIMIT = 10;
/** Ids looked up per query when checking which articles are already stored. */
const HASH_BATCH = 500;

/**
 * Epoch milliseconds of an ISO date or Date, or null; throws on a value that is not a date.
 *
 * @example
 * toMs('2024-05-16'); // 1715817600000
 */
export function toMs(value: string | Date | null | undefined, what = 'date'): number | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new ClaimdiffError('invalid_date', `${what} '${String(value)}' is not a date; use an ISO date such as '2024-05-16'.`);
  return ms;
}

function contentHash(article: Article): string {
  return createHash('sha256').update(JSON.stringify([article.text, article.title, article.outlet, article.url, article.publishedAt])).digest('hex');
}

/**
 * The row stored for one normalised article: its claims (as compare() extracts
 * them from a single article) with their vectors, and its content hash.
 *
 * @example
 * articleRow(normalize({ id: 'x', text: 'The bridge is closed, officials said.' }, 0).article).claims.length; // 1
 */
export function articleRow(article: Article): { row: ArticleRow; messages: Message[] } {
  const analysis = analyzeArticle(article);
  const [attributions] = unifySources([attributionsOf(article.text, analysis.tokens, undefined, analysis.quotes)]);
  const r = claimsOf(analysis, attributions ?? []);
  const claims = r.claims.map((claim) => ({ claim, vector: claimVector(claim.text), vectorKind: VECTOR_KIND }));
  return {
    row: { article, hash: contentHash(article), publishedMs: toMs(article.publishedAt), claims },
    messages: [...analysis.segmentation.messages, ...r.messages],
  };
}

function checkString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw new ClaimdiffError('invalid_argument', `${what} must be a string; got ${value === null ? 'null' : typeof value}.`);
}

/** A query given as text, read as one claim of its own (its polarity, modality, numbers and times). */
function textClaim(text: string): Claim {
  const found = extractClaims({ id: 'query', text })[0];
  const whole = { start: 0, end: text.length };
  return found ? { ...found, text, span: whole } : {
    id: 'query:c1', articleId: 'query', text, span: whole, sentenceIndex: 0, polarity: 'positive', modality: 'asserted',
    condition: null, attribution: null, numbers: [], times: [], entities: [],
  };
}

function queryOf(claim: unknown): { text: string; claim: Claim | null } {
  if (typeof claim === 'string') return { text: claim, claim: null };
  if (claim !== null && typeof claim === 'object' && typeof (claim as Claim).text === 'string' && typeof (claim as Claim).id === 'string') {
    return { text: (claim as Claim).text, claim: claim as Claim };
  }
  throw new ClaimdiffError('invalid_argument', 'match() takes a claim text or a Claim object (from extractClaims() or a report).');
}

function filterOf(options: MatchOptions): ArticleFilter {
  const outlets = options.outlets;
  if (outlets !== undefined && (!Array.isArray(outlets) || outlets.some((o) => typeof o !== 'string'))) {
    throw new ClaimdiffError('invalid_option', "match()'s outlets must be an array of outlet names.");
  }
  return { sinceMs: toMs(options.since, 'since'), untilMs: toMs(options.until, 'until'), outlets: outlets && outlets.length > 0 ? outlets : null };
}

class BackendStore implements Store {
  private closed = false;
  constructor(private readonly backend: Backend) {}

  private open(): Backend {
    if (this.closed) throw new ClaimdiffError('store_closed', 'This store was closed; open it again with openStore().');
    return this.backend;
  }

  async add(inputs: readonly ArticleInput[], options: AddOptions = {}): Promise<AddResult> {
    const backend = this.open();
    const { articles, messages: inputMessages } = normalizeAll(inputs);
    const stored = new Map<string, string>();
    for (let i = 0; i < articles.length; i += HASH_BATCH) {
      for (const [id, h] of await backend.hashes(articles.slice(i, i + HASH_BATCH).map((a) => a.id))) stored.set(id, h);
    }
    const added: string[] = [];
    const replaced: string[] = [];
    const unchanged: string[] = [];
    const messages: Message[] = [...inputMessages];
    let done = 0;
    // One write in flight while the next article is extracted: a server backend (PostgreSQL)
    // commits in its own process meanwhile. Writes still happen one at a time, in input order.
    let inFlight: Promise<void> = Promise.resolve();
    for (const article of articles) {
      // Unchanged articles are recognised by hash before any extraction.
      const row = stored.get(article.id) === contentHash(article) ? null : articleRow(article);
      await inFlight;
      if (row) messages.push(...row.messages);
      const write = row ? backend.put(row.row) : Promise.resolve('unchanged' as const);
      inFlight = write.then((outcome) => {
        (outcome === 'added' ? added : outcome === 'replaced' ? replaced : unchanged).push(article.id);
        options.onProgress?.(++done, articles.length, article.id);
      });
      // A failed write surfaces at the next await; keep it from being reported as unhandled meanwhile.
      inFlight.catch(() => undefined);
      // Let the driver send the write before the (synchronous) extraction of the next article.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await inFlight;
    return { added, replaced, unchanged, messages };
  }

  async match(claim: string | Claim, options: MatchOptions = {}): Promise<StoreMatch[]> {
    const backend = this.open();
    const query = queryOf(claim);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new ClaimdiffError('invalid_option', `match()'s limit must be a positive integer; got ${String(limit)}.`);
    const terms = retrievalTerms(query.text);
    if (terms.length === 0) return [];
    const found = await backend.candidates(terms, filterOf(options), CANDIDATES);
    // A claim is not matched against its own article: relations are between articles.
    const candidates = query.claim ? found.filter((c) => c.articleId !== query.claim!.articleId) : found;
    const ranked = rerank(query.claim ?? query.text, candidates).slice(0, limit);
    const wanted = ranked.map((r) => candidates[r.index]!.articleId);
    if (query.claim) wanted.push(query.claim.articleId);
    const articleOf = new Map((await backend.articles([...new Set(wanted)])).map((a) => [a.id, a]));
    const queryClaim = query.claim ?? textClaim(query.text);
    const queryDate = query.claim ? articleOf.get(query.claim.articleId)?.publishedAt ?? null : null;
    // An article removed by another writer since retrieval is left out.
    return ranked.filter((r) => articleOf.has(candidates[r.index]!.articleId)).map((r) => {
      const stored = candidates[r.index]!.claim;
      const article = articleOf.get(stored.articleId)!;
      // The same call compare()'s relation stage makes inside a point, stored claim first.
      const rel = relateInPoint({ claim: stored, publishedAt: article.publishedAt }, { claim: queryClaim, publishedAt: queryDate });
      return {
        claim: stored,
        article,
        score: r.score,
        relation: {
          label: rel.label,
          score: Math.round(rel.score * 1e4) / 1e4,
          reasons: toArticleSpans(rel.reasons, stored, queryClaim),
          outlet: article.outlet,
          speaker: stored.attribution?.source?.name ?? null,
          publishedAt: article.publishedAt,
        },
      };
    });
  }

  async compare(query: StoreCompareQuery): Promise<Report> {
    const backend = this.open();
    if (query === null || typeof query !== 'object') throw new ClaimdiffError('invalid_argument', 'compare() on a store takes { articleIds }, { since, until } or { query }.');
    let ids: string[];
    if ('articleIds' in query) {
      if (!Array.isArray(query.articleIds)) throw new ClaimdiffError('not_an_array', 'compare({ articleIds }) takes an array of stored article ids.');
      query.articleIds.forEach((id) => checkString(id, 'Each article id'));
      ids = [...new Set(query.articleIds)];
    } else if ('query' in query) {
      const hits = await this.match(query.query, { limit: query.limit ?? 50 });
      ids = [...new Set(hits.map((h) => h.article.id))];
      if (typeof query.query !== 'string') ids.push(query.query.articleId);
    } else {
      ids = await backend.articleIdsBetween(toMs(query.since, 'since'), toMs(query.until, 'until'));
    }
    // Oldest first, so relations read earlier → later and points show who reported first.
    const articles = (await backend.articles(ids)).sort(
      (x, y) => (toMs(x.publishedAt) ?? Infinity) - (toMs(y.publishedAt) ?? Infinity) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    const claims = await backend.claimsOf(articles.map((a) => a.id));
    const missing = ids.filter((id) => !articles.some((a) => a.id === id));
    const messages: Message[] = missing.map((id) => ({ code: 'no_claims', severity: 'info', articleId: id, message: `Article '${id}' is not in the store.` }));
    return reportFromClaims(articles, claims, messages);
  }

  async remove(articleId: string): Promise<boolean> {
    checkString(articleId, 'remove()’s article id');
    return this.open().remove(articleId);
  }

  async stats(): Promise<StoreStats> {
    const backend = this.open();
    return { ...(await backend.counts()), backend: backend.kind };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.backend.close();
  }
}

/**
 * Wraps a backend into the public Store.
 *
 * @example
 * const store = storeOver(await openSqlite('news.db'));
 */
export function storeOver(backend: Backend): Store {
  return new BackendStore(backend);
}
