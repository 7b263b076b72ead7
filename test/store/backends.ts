/**
 * The backends the store's behavioural suite runs against: SQLite files in a
 * temp folder always, PostgreSQL when CLAIMDIFF_PG_URL names a server (one
 * schema per test, dropped at the end).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { storeOver } from '../../src/store/store';
import { openSqlite } from '../../src/store/sqlite';
import { openPostgres } from '../../src/store/postgres';
import type { Migration } from '../../src/store/migrations';
import type { Store, StoreLocation } from '../../src/store/types';

/** The PostgreSQL server of the run, if any. */
export const PG_URL = process.env.CLAIMDIFF_PG_URL ?? '';

/** One backend under test. */
export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** Where the store named `tag` lives (as openStore takes it, and as JSON for a child process). */
  location(tag: string): StoreLocation;
  open(tag: string, migrations?: readonly Migration[]): Promise<Store>;
  /** Fills the place of `tag` with a foreign database (tables that are not ours). */
  makeForeign(tag: string): Promise<void>;
  /** Overwrites the stored schema version of the store `tag`. */
  setVersion(tag: string, version: number): Promise<void>;
  /** A fingerprint of everything stored at `tag`, to prove that nothing changed. */
  snapshot(tag: string): Promise<string>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-store-'));
  const file = (tag: string): string => join(dir, `${tag}.db`);
  return {
    name: 'sqlite',
    location: (tag) => file(tag),
    open: async (tag, migrations) => storeOver(await openSqlite(file(tag), migrations ? { migrations } : {})),
    async makeForeign(tag) {
      const db = new Database(file(tag));
      db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x')");
      db.close();
    },
    async setVersion(tag, version) {
      const db = new Database(file(tag));
      db.prepare("UPDATE claimdiff_meta SET value = ? WHERE key = 'version'").run(String(version));
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
    async snapshot(tag) {
      const parts = ['', '-wal', '-shm'].map((s) => (existsSync(file(tag) + s) ? createHash('sha256').update(readFileSync(file(tag) + s)).digest('hex') : 'none'));
      return parts.join(' ');
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(url: string): TestBackend {
  const pool = new Pool({ connectionString: url, max: 4 });
  const prefix = `t${process.pid}_${Date.now().toString(36)}`;
  const schemas = new Set<string>();
  const schema = (tag: string): string => {
    const s = `${prefix}_${tag}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    schemas.add(s);
    return s;
  };
  return {
    name: 'postgres',
    location: (tag) => ({ postgres: url, schema: schema(tag) }),
    open: async (tag, migrations) => storeOver(await openPostgres(url, schema(tag), migrations ? { migrations } : {})),
    async makeForeign(tag) {
      const s = schema(tag);
      await pool.query(`CREATE SCHEMA "${s}"; CREATE TABLE "${s}".customers (id SERIAL PRIMARY KEY, name TEXT); INSERT INTO "${s}".customers (name) VALUES ('x')`);
    },
    async setVersion(tag, version) {
      await pool.query(`UPDATE "${schema(tag)}".claimdiff_meta SET value = $1 WHERE key = 'version'`, [String(version)]);
    },
    async snapshot(tag) {
      const s = schema(tag);
      const tables = (await pool.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [s])).rows.map((r) => String(r.table_name));
      const counts: string[] = [];
      for (const t of tables) counts.push(`${t}:${String((await pool.query(`SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS h FROM "${s}"."${t}" x`)).rows[0]?.h)}`);
      return counts.join(' ');
    },
    async cleanup() {
      for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await pool.end();
    },
  };
}

/** The backends of this run; prints one line when PostgreSQL is skipped. */
export function testBackends(): [string, () => TestBackend][] {
  if (!PG_URL) {
    process.stderr.write('store tests: PostgreSQL backend skipped (set CLAIMDIFF_PG_URL=postgres://user@host:port/db to run it)\n');
    return [['sqlite', sqliteBackend]];
  }
  return [['sqlite', sqliteBackend], ['postgres', () => postgresBackend(PG_URL)]];
}

/** Writes a file that is not a database at the SQLite location of `tag`. */
export function writeNotADatabase(path: string): void {
  writeFileSync(path, 'hello, this is a text file and not a database\n'.repeat(100));
}
