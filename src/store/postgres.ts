/**
 * The PostgreSQL backend through pg: tables in their own schema, a generated
 * tsvector with a GIN index for candidate retrieval (a trigram index as the
 * fallback where pg_trgm can be created), one transaction per article, and a
 * unique article id with an upsert so concurrent writers never duplicate one.
 *
 * @module
 */
import type * as Pg from 'pg';
import { ClaimdiffError } from '../errors';
import type { Article, Claim } from '../types';
import { loadDriver } from './drivers';
import { checkExisting, latestVersion, POSTGRES_MIGRATIONS, STORE_APP, type Migration } from './migrations';
import { claimFromRow, claimToData, fromArticleRow } from './rows';
import type { ArticleFilter, ArticleRow, Backend, CandidateRow, PgClientLike, PgPoolLike } from './types';

/**
 * Options of openPostgres (for tests: another list of migrations).
 *
 * @example
 * await openPostgres('postgres://localhost/news', 'claimdiff', { migrations: POSTGRES_MIGRATIONS });
 */
export interface PostgresOptions {
  readonly migrations?: readonly Migration[];
}

/** Below this many candidates sharing two words, candidates sharing one are added. */
const FEW_CANDIDATES = 20;

/**
 * Every pair of the query words, as AND groups for full-text retrieval.
 *
 * @example
 * wordPairs(['bridge', 'mayor', 'reopen']); // [['bridge', 'mayor'], ['bridge', 'reopen'], ['mayor', 'reopen']]
 */
export function wordPairs(terms: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < terms.length; i++) for (let j = i + 1; j < terms.length; j++) out.push([terms[i]!, terms[j]!]);
  return out;
}

/** Below this many full-text candidates, trigram similarity adds more (typos, unusual spellings). */
const TRIGRAM_FALLBACK_BELOW = 10;

async function inTransaction<T>(pool: PgPoolLike, fn: (client: PgClientLike) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    client.release();
    return out;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch {
      client.release(true);
    }
    throw err;
  }
}

async function inspect(pool: PgPoolLike, schema: string, latest: number): Promise<void> {
  const tables = (await pool.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema])).rows.map((r) => String(r.table_name));
  const meta = tables.includes('claimdiff_meta')
    ? Object.fromEntries((await pool.query(`SELECT key, value FROM "${schema}".claimdiff_meta`)).rows.map((r) => [String(r.key), String(r.value)]))
    : null;
  checkExisting(`PostgreSQL schema "${schema}"`, tables, meta, latest);
}

async function migrate(pool: PgPoolLike, schema: string, migrations: readonly Migration[]): Promise<number> {
  const latest = latestVersion(migrations);
  const q = `"${schema}"`;
  const version = await inTransaction(pool, async (c) => {
    // One migrating process at a time; the others wait, then find the work done.
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`claimdiff:${schema}`]);
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${q}`);
    const has = (await c.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'claimdiff_meta'", [schema])).rows.length > 0;
    let v = has ? Number((await c.query(`SELECT value FROM ${q}.claimdiff_meta WHERE key = 'version'`)).rows[0]?.value ?? 0) : 0;
    if (v > latest) throw new ClaimdiffError('store_too_new', `PostgreSQL schema "${schema}" has store schema ${v}; this claimdiff reads up to ${latest}. Upgrade claimdiff.`);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= v) continue;
      for (const sql of m.up) await c.query(sql.replace(/\{schema\}/g, q));
      v = m.version;
    }
    const upsert = `INSERT INTO ${q}.claimdiff_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
    await c.query(upsert, ['app', STORE_APP]);
    await c.query(upsert, ['version', String(v)]);
    return v;
  });
  return version;
}

async function trigramIndex(pool: PgPoolLike, schema: string): Promise<boolean> {
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await pool.query(`CREATE INDEX IF NOT EXISTS claims_trgm ON "${schema}".claims USING GIN (text gin_trgm_ops)`);
    return true;
  } catch {
    // Not installed, or no right to create an extension: full-text retrieval alone.
    return false;
  }
}

type CandidateDbRow = { ordinal: number; text: string; data: string; vector: Buffer; vector_kind: string; article_id: string; score: number };

function toCandidate(r: Record<string, unknown>): CandidateRow {
  const row = r as unknown as CandidateDbRow;
  return {
    claim: claimFromRow(row.article_id, row.ordinal, row.text, row.data),
    articleId: row.article_id,
    vector: new Uint8Array(row.vector.buffer, row.vector.byteOffset, row.vector.byteLength),
    vectorKind: row.vector_kind,
    retrieval: Number(row.score),
  };
}

/**
 * Opens (creating or migrating) a store in a PostgreSQL schema. A schema that
 * holds other tables, or a store of a newer version, is refused before anything is written.
 *
 * @example
 * const backend = await openPostgres('postgres://postgres@127.0.0.1:5432/news');
 */
export async function openPostgres(target: string | PgPoolLike, schema = 'claimdiff', options: PostgresOptions = {}): Promise<Backend> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ClaimdiffError('invalid_option', `schema '${schema}' must be a lower-case SQL name (letters, digits, _).`);
  }
  let pool: PgPoolLike;
  const own = typeof target === 'string';
  if (typeof target === 'string') {
    const pg = await loadDriver<typeof Pg>('postgres');
    pool = new pg.Pool({ connectionString: target, max: 4 }) as unknown as PgPoolLike;
  } else pool = target;
  const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
  let version: number;
  let trigram: boolean;
  try {
    await inspect(pool, schema, latestVersion(migrations));
    version = await migrate(pool, schema, migrations);
    trigram = await trigramIndex(pool, schema);
  } catch (err) {
    if (own) await pool.end();
    throw err;
  }
  const s = `"${schema}"`;
  const candidateColumns = 'c.ordinal, c.text, c.data, c.vector, c.vector_kind, a.id AS article_id';
  const filterSql = 'AND ($2::bigint IS NULL OR a.published_ms >= $2) AND ($3::bigint IS NULL OR a.published_ms <= $3) AND ($4::text[] IS NULL OR a.outlet = ANY($4))';

  return {
    kind: 'postgres',
    async hashes(ids) {
      const rows = (await pool.query(`SELECT id, hash FROM ${s}.articles WHERE id = ANY($1)`, [ids])).rows;
      return new Map(rows.map((r) => [String(r.id), String(r.hash)]));
    },
    async put(row: ArticleRow) {
      const a = row.article;
      // One statement, so one round trip and one implicit transaction. The unique id makes a second
      // writer of the same article wait for the first, then update it or do nothing.
      const r = (
        await pool.query(
          `WITH up AS (
             INSERT INTO ${s}.articles (id, hash, text, title, outlet, url, published_at, published_ms, claim_count)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, text = excluded.text, title = excluded.title, outlet = excluded.outlet,
               url = excluded.url, published_at = excluded.published_at, published_ms = excluded.published_ms,
               claim_count = excluded.claim_count, added_at = now()
             WHERE ${s}.articles.hash <> excluded.hash
             RETURNING seq, (xmax = 0) AS inserted),
           gone AS (DELETE FROM ${s}.claims WHERE article_seq IN (SELECT seq FROM up WHERE NOT inserted)),
           ins AS (
             INSERT INTO ${s}.claims (article_seq, ordinal, text, data, vector, vector_kind)
             SELECT up.seq, x.* FROM up, unnest($10::int[], $11::text[], $12::text[], $13::bytea[], $14::text[]) AS x)
           SELECT seq, inserted FROM up`,
          [
            a.id, row.hash, a.text, a.title, a.outlet, a.url, a.publishedAt, row.publishedMs, row.claims.length,
            row.claims.map((_, i) => i + 1),
            row.claims.map((x) => x.claim.text),
            row.claims.map((x) => claimToData(x.claim)),
            row.claims.map((x) => Buffer.from(x.vector)),
            row.claims.map((x) => x.vectorKind),
          ],
        )
      ).rows[0];
      if (!r) return 'unchanged';
      return r.inserted === true ? 'added' : 'replaced';
    },
    async remove(articleId) {
      return ((await pool.query(`DELETE FROM ${s}.articles WHERE id = $1`, [articleId])).rowCount ?? 0) > 0;
    },
    async candidates(terms: readonly string[], filter: ArticleFilter, limit: number): Promise<CandidateRow[]> {
      // Two shared words of the query's rarest: the GIN bitmaps intersect cheaply, and a word as common
      // as "said" alone no longer makes ts_rank score a quarter of the store (with any one shared word:
      // p50 248 ms, p95 554 ms at 20k articles). Too few such candidates, and one shared word will do.
      const pairs = await ranked(wordPairs(terms).map((g) => `(${g.join(' & ')})`).join(' | '));
      if (pairs.length >= FEW_CANDIDATES) return pairs;
      const seen = new Set(pairs.map((r) => r.claim.id));
      const rows = [...pairs, ...(await ranked(terms.join(' | '))).filter((r) => !seen.has(r.claim.id))].slice(0, limit);
      if (!trigram || rows.length >= TRIGRAM_FALLBACK_BELOW) return rows;
      const more = (
        await pool.query(
          `SELECT ${candidateColumns}, word_similarity($1, c.text) * 0.1 AS score
           FROM ${s}.claims c JOIN ${s}.articles a ON a.seq = c.article_seq
           WHERE $1 <% c.text ${filterSql} ORDER BY score DESC, c.seq LIMIT $5`,
          [terms.join(' '), filter.sinceMs, filter.untilMs, filter.outlets, limit],
        )
      ).rows.map(toCandidate);
      const known = new Set(rows.map((r) => r.claim.id));
      return [...rows, ...more.filter((r) => !known.has(r.claim.id))].slice(0, limit);

      async function ranked(tsquery: string): Promise<CandidateRow[]> {
        if (tsquery === '') return [];
        return (
          await pool.query(
            `SELECT ${candidateColumns}, ts_rank(c.tsv, q) AS score
             FROM to_tsquery('english', $1) q, ${s}.claims c JOIN ${s}.articles a ON a.seq = c.article_seq
             WHERE c.tsv @@ q ${filterSql} ORDER BY score DESC, c.seq LIMIT $5`,
            [tsquery, filter.sinceMs, filter.untilMs, filter.outlets, limit],
          )
        ).rows.map(toCandidate);
      }
    },
    async articles(ids): Promise<Article[]> {
      const rows = (await pool.query(`SELECT id, text, title, outlet, url, published_at FROM ${s}.articles WHERE id = ANY($1)`, [ids])).rows;
      const byId = new Map(rows.map((r) => [String(r.id), fromArticleRow(r)]));
      return ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    },
    async articleIdsBetween(sinceMs, untilMs) {
      const rows = (
        await pool.query(
          `SELECT id FROM ${s}.articles WHERE ($1::bigint IS NULL OR published_ms >= $1) AND ($2::bigint IS NULL OR published_ms <= $2) ORDER BY published_ms, id`,
          [sinceMs, untilMs],
        )
      ).rows;
      return rows.map((r) => String(r.id));
    },
    async claimsOf(articleIds): Promise<Claim[]> {
      const rows = (
        await pool.query(
          `SELECT c.ordinal, c.text, c.data, a.id AS article_id FROM ${s}.claims c JOIN ${s}.articles a ON a.seq = c.article_seq
           WHERE a.id = ANY($1) ORDER BY array_position($1, a.id), c.ordinal`,
          [articleIds],
        )
      ).rows;
      return rows.map((r) => claimFromRow(String(r.article_id), Number(r.ordinal), String(r.text), String(r.data)));
    },
    async counts() {
      const r = (await pool.query(`SELECT (SELECT count(*) FROM ${s}.articles) AS articles, (SELECT count(*) FROM ${s}.claims) AS claims`)).rows[0] ?? {};
      return { articles: Number(r.articles ?? 0), claims: Number(r.claims ?? 0), schemaVersion: version };
    },
    async close() {
      if (own) await pool.end();
    },
  };
}
