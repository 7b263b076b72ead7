/**
 * The embedded backend: one SQLite file through better-sqlite3, in WAL mode
 * (readers never wait for the writer), FTS5 with bm25 for candidate retrieval,
 * one transaction per article.
 *
 * @module
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { ClaimdiffError } from '../errors';
import type { Article, Claim } from '../types';
import { loadDriver } from './drivers';
import { checkExisting, latestVersion, SQLITE_MIGRATIONS, STORE_APP, type Migration } from './migrations';
import { claimFromRow, claimToData, fromArticleRow } from './rows';
import type { ArticleFilter, ArticleRow, Backend, CandidateRow } from './types';

type Database = BetterSqlite3.Database;

/**
 * Options of openSqlite (for tests: another list of migrations).
 *
 * @example
 * await openSqlite('news.db', { migrations: SQLITE_MIGRATIONS });
 */
export interface SqliteOptions {
  readonly migrations?: readonly Migration[];
}

/**
 * A read-only connection to a WAL file leaves a -wal and a -shm file behind; a
 * refused store is left as it was found, without them.
 */
function removeNewSidecars(path: string, existed: readonly boolean[]): void {
  ['-wal', '-shm'].forEach((suffix, i) => {
    if (!existed[i] && existsSync(path + suffix)) rmSync(path + suffix, { force: true });
  });
}

function inspect(Driver: typeof BetterSqlite3, path: string, latest: number): void {
  if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return;
  const existed = [existsSync(`${path}-wal`), existsSync(`${path}-shm`)];
  try {
    inspectFile(Driver, path, latest);
  } catch (err) {
    removeNewSidecars(path, existed);
    throw err;
  }
}

function inspectFile(Driver: typeof BetterSqlite3, path: string, latest: number): void {
  let db: Database;
  try {
    db = new Driver(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ClaimdiffError('not_a_store', `${path} could not be opened as a SQLite file (${(err as Error).message}); nothing was changed.`);
  }
  try {
    let tables: string[];
    try {
      tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    } catch (err) {
      throw new ClaimdiffError('not_a_store', `${path} is not a SQLite database (${(err as Error).message}); nothing was changed.`);
    }
    const meta = tables.includes('claimdiff_meta')
      ? Object.fromEntries((db.prepare('SELECT key, value FROM claimdiff_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]))
      : null;
    checkExisting(path, tables, meta, latest);
  } finally {
    db.close();
  }
}

function migrate(db: Database, migrations: readonly Migration[]): number {
  const latest = latestVersion(migrations);
  return db.transaction(() => {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claimdiff_meta'").get() !== undefined;
    let version = has ? Number((db.prepare("SELECT value FROM claimdiff_meta WHERE key = 'version'").get() as { value: string } | undefined)?.value ?? 0) : 0;
    // Re-checked inside the write lock: another process may have upgraded the file meanwhile.
    if (version > latest) throw new ClaimdiffError('store_too_new', `This store has schema ${version}; this claimdiff reads up to ${latest}. Upgrade claimdiff.`);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= version) continue;
      for (const sql of m.up) db.exec(sql);
      version = m.version;
    }
    db.prepare("INSERT INTO claimdiff_meta (key, value) VALUES ('app', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(STORE_APP);
    db.prepare("INSERT INTO claimdiff_meta (key, value) VALUES ('version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(version));
    return version;
  }).immediate();
}

const CANDIDATE_COLUMNS = 'c.ordinal, c.text, c.data, c.vector, c.vector_kind, a.id AS article_id';

/**
 * Opens (creating or migrating) a SQLite store. A file that is not a claimdiff
 * store, or one of a newer schema, is refused before anything is written.
 *
 * @example
 * const backend = await openSqlite('news.db');
 */
export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<Backend> {
  const Driver = await loadDriver<typeof BetterSqlite3>('sqlite');
  const migrations = options.migrations ?? SQLITE_MIGRATIONS;
  inspect(Driver, path, latestVersion(migrations));
  const db = new Driver(path);
  let version: number;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = ON');
    version = migrate(db, migrations);
  } catch (err) {
    db.close();
    throw err;
  }

  const stmt = {
    hash: db.prepare('SELECT hash FROM articles WHERE id = ?'),
    articleSeq: db.prepare('SELECT seq, hash FROM articles WHERE id = ?'),
    deleteClaims: db.prepare('DELETE FROM claims WHERE article_seq = ?'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE seq = ?'),
    insertArticle: db.prepare(
      'INSERT INTO articles (id, hash, text, title, outlet, url, published_at, published_ms, claim_count, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertClaim: db.prepare('INSERT INTO claims (article_seq, ordinal, text, data, vector, vector_kind) VALUES (?, ?, ?, ?, ?, ?)'),
    article: db.prepare('SELECT id, text, title, outlet, url, published_at FROM articles WHERE id = ?'),
    claims: db.prepare('SELECT c.ordinal, c.text, c.data, a.id AS article_id FROM claims c JOIN articles a ON a.seq = c.article_seq WHERE a.id = ? ORDER BY c.ordinal'),
    between: db.prepare(
      'SELECT id FROM articles WHERE (? IS NULL OR published_ms >= ?) AND (? IS NULL OR published_ms <= ?) ORDER BY published_ms, id',
    ),
    counts: db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims'),
    topFts: db.prepare(
      `SELECT ${CANDIDATE_COLUMNS}, -f.rank AS score
       FROM (SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) f
       JOIN claims c ON c.seq = f.rowid JOIN articles a ON a.seq = c.article_seq ORDER BY f.rank`,
    ),
    filteredFts: db.prepare(
      `SELECT ${CANDIDATE_COLUMNS}, -f.rank AS score
       FROM claims_fts f JOIN claims c ON c.seq = f.rowid JOIN articles a ON a.seq = c.article_seq
       WHERE claims_fts MATCH ? AND (? IS NULL OR a.published_ms >= ?) AND (? IS NULL OR a.published_ms <= ?)
         AND (? IS NULL OR a.outlet IN (SELECT value FROM json_each(?)))
       ORDER BY f.rank LIMIT ?`,
    ),
  };

  const put = db.transaction((row: ArticleRow): 'added' | 'replaced' | 'unchanged' => {
    const old = stmt.articleSeq.get(row.article.id) as { seq: number; hash: string } | undefined;
    if (old?.hash === row.hash) return 'unchanged';
    if (old) {
      stmt.deleteClaims.run(old.seq);
      stmt.deleteArticle.run(old.seq);
    }
    const a = row.article;
    const seq = stmt.insertArticle.run(a.id, row.hash, a.text, a.title, a.outlet, a.url, a.publishedAt, row.publishedMs, row.claims.length, new Date().toISOString()).lastInsertRowid;
    row.claims.forEach((c, i) => stmt.insertClaim.run(seq, i + 1, c.claim.text, claimToData(c.claim), Buffer.from(c.vector), c.vectorKind));
    return old ? 'replaced' : 'added';
  });

  return {
    kind: 'sqlite',
    async hashes(ids) {
      const out = new Map<string, string>();
      for (const id of ids) {
        const r = stmt.hash.get(id) as { hash: string } | undefined;
        if (r) out.set(id, r.hash);
      }
      return out;
    },
    async put(row) {
      return put.immediate(row);
    },
    async remove(articleId) {
      return db.transaction(() => {
        const old = stmt.articleSeq.get(articleId) as { seq: number } | undefined;
        if (!old) return false;
        stmt.deleteClaims.run(old.seq);
        stmt.deleteArticle.run(old.seq);
        return true;
      }).immediate();
    },
    async candidates(terms: readonly string[], filter: ArticleFilter, limit: number): Promise<CandidateRow[]> {
      // Any shared word: FTS5 reads each posting list once and bm25 ranks the union.
      // (Pairs of words, as PostgreSQL asks, read each list seven times here: p50 19.8 → 76 ms at 5k articles.)
      const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      const filtered = filter.sinceMs !== null || filter.untilMs !== null || filter.outlets !== null;
      const outlets = filter.outlets ? JSON.stringify(filter.outlets) : null;
      const rows = (filtered
        ? stmt.filteredFts.all(match, filter.sinceMs, filter.sinceMs, filter.untilMs, filter.untilMs, outlets, outlets, limit)
        : stmt.topFts.all(match, limit)) as { ordinal: number; text: string; data: string; vector: Buffer; vector_kind: string; article_id: string; score: number }[];
      return rows.map((r) => ({
        claim: claimFromRow(r.article_id, r.ordinal, r.text, r.data),
        articleId: r.article_id,
        vector: new Uint8Array(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength),
        vectorKind: r.vector_kind,
        retrieval: r.score,
      }));
    },
    async articles(ids): Promise<Article[]> {
      return ids.map((id) => stmt.article.get(id) as Record<string, unknown> | undefined).filter((r) => r !== undefined).map(fromArticleRow);
    },
    async articleIdsBetween(sinceMs, untilMs) {
      return (stmt.between.all(sinceMs, sinceMs, untilMs, untilMs) as { id: string }[]).map((r) => r.id);
    },
    async claimsOf(articleIds): Promise<Claim[]> {
      return articleIds.flatMap((id) => (stmt.claims.all(id) as { ordinal: number; text: string; data: string; article_id: string }[]).map((r) => claimFromRow(r.article_id, r.ordinal, r.text, r.data)));
    },
    async counts() {
      const r = stmt.counts.get() as { articles: number; claims: number };
      return { articles: r.articles, claims: r.claims, schemaVersion: version };
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
