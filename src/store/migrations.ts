/**
 * The store's schema, as forward migrations per engine, and the checks that
 * refuse a foreign database or a store written by a newer claimdiff.
 *
 * Version 1:
 *   claimdiff_meta(key, value)       'app' = 'claimdiff-store', 'version' = N
 *   articles(seq, id UNIQUE, hash, text, title, outlet, url, published_at, published_ms, claim_count, added_at)
 *   claims(seq, article_seq → articles ON DELETE CASCADE, ordinal, text, data JSON, vector, vector_kind)
 *   SQLite: claims_fts (FTS5, external content, porter) kept by triggers.
 *   PostgreSQL: claims.tsv (generated tsvector, GIN), trigram GIN on claims.text when pg_trgm can be created.
 *
 * @module
 */
import { ClaimdiffError } from '../errors';

/**
 * One forward step of the schema: its version and the statements that reach it.
 *
 * @example
 * const m: Migration = { version: 2, up: ['ALTER TABLE articles ADD COLUMN lang TEXT'] };
 */
export interface Migration {
  readonly version: number;
  readonly up: readonly string[];
}

/**
 * The value of the 'app' key that marks a claimdiff store.
 *
 * @example
 * STORE_APP; // 'claimdiff-store'
 */
export const STORE_APP = 'claimdiff-store';

/**
 * SQLite migrations, oldest first.
 *
 * @example
 * SQLITE_MIGRATIONS.at(-1)?.version; // 1
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    up: [
      'CREATE TABLE claimdiff_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
      `CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published_at TEXT, published_ms INTEGER,
        claim_count INTEGER NOT NULL,
        added_at TEXT NOT NULL)`,
      'CREATE INDEX articles_published ON articles(published_ms)',
      'CREATE INDEX articles_outlet ON articles(outlet)',
      `CREATE TABLE claims (
        seq INTEGER PRIMARY KEY,
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        data TEXT NOT NULL,
        vector BLOB NOT NULL,
        vector_kind TEXT NOT NULL,
        UNIQUE (article_seq, ordinal))`,
      "CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='seq', tokenize='porter unicode61')",
      'CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN INSERT INTO claims_fts(rowid, text) VALUES (new.seq, new.text); END',
      "CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.seq, old.text); END",
    ],
  },
]);

/**
 * PostgreSQL migrations, oldest first; `{schema}` is replaced by the quoted schema name.
 * The trigram index is created separately, only where pg_trgm is available.
 *
 * @example
 * POSTGRES_MIGRATIONS[0]?.up.length; // 6
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    up: [
      'CREATE TABLE {schema}.claimdiff_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
      `CREATE TABLE {schema}.articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published_at TEXT, published_ms BIGINT,
        claim_count INTEGER NOT NULL,
        added_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
      'CREATE INDEX articles_published ON {schema}.articles(published_ms)',
      'CREATE INDEX articles_outlet ON {schema}.articles(outlet)',
      `CREATE TABLE {schema}.claims (
        seq BIGSERIAL PRIMARY KEY,
        article_seq BIGINT NOT NULL REFERENCES {schema}.articles(seq) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        data TEXT NOT NULL,
        vector BYTEA NOT NULL,
        vector_kind TEXT NOT NULL,
        tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
        -- Checked at commit: a replace deletes and re-inserts an article's claims in one statement.
        UNIQUE (article_seq, ordinal) DEFERRABLE INITIALLY DEFERRED)`,
      'CREATE INDEX claims_tsv ON {schema}.claims USING GIN (tsv)',
    ],
  },
]);

/**
 * The latest version of a list of migrations.
 *
 * @example
 * latestVersion(SQLITE_MIGRATIONS); // 1
 */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((m, x) => Math.max(m, x.version), 0);
}

/**
 * Checks what an existing database holds before anything is written:
 * `tables` are its table names, `meta` its claimdiff_meta rows (null when that table is absent).
 * Returns the stored version (0 for an empty database); throws `not_a_store` or `store_too_new`.
 *
 * @example
 * checkExisting('news.db', ['claimdiff_meta', 'articles'], { app: 'claimdiff-store', version: '1' }, 1); // 1
 */
export function checkExisting(where: string, tables: readonly string[], meta: Readonly<Record<string, string>> | null, latest: number): number {
  if (meta === null) {
    if (tables.length === 0) return 0;
    throw new ClaimdiffError('not_a_store', `${where} is not a claimdiff store (it holds other tables: ${tables.slice(0, 5).join(', ')}); nothing was changed. Open a new file or an empty schema.`);
  }
  const version = Number(meta.version);
  if (meta.app !== STORE_APP || !Number.isInteger(version)) {
    throw new ClaimdiffError('not_a_store', `${where} is not a claimdiff store (its claimdiff_meta table is not ours); nothing was changed.`);
  }
  if (version > latest) {
    throw new ClaimdiffError('store_too_new', `${where} was written by a newer claimdiff (store schema ${version}; this version reads up to ${latest}); nothing was changed. Upgrade claimdiff to open it.`);
  }
  return version;
}
