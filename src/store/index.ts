/**
 * claimdiff/store: a persistent claim store. Claims are remembered across
 * days in a SQLite file (better-sqlite3) or in PostgreSQL (pg); both drivers
 * are optional peer dependencies, loaded only when a store is opened.
 *
 * @module
 */
import { ClaimdiffError } from '../errors';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';
import { storeOver } from './store';
import type { Store, StoreLocation } from './types';

export type { AddOptions, AddResult, MatchOptions, MatchRelation, PgClientLike, PgPoolLike, Store, StoreCompareQuery, StoreLocation, StoreMatch, StoreStats } from './types';
export { VECTOR_KIND } from './rerank';

/**
 * Opens a claim store, creating or migrating its schema: a SQLite file path,
 * `{ sqlite: path }`, or `{ postgres: connectionString | pool, schema? }`.
 * A database that is not a claimdiff store, or one written by a newer
 * claimdiff, throws ClaimdiffError (`not_a_store`, `store_too_new`) and is left
 * unchanged; a missing driver throws `missing_driver` naming the package to install.
 *
 * @example
 * import { openStore } from 'claimdiff/store';
 * const store = await openStore('news.db');
 * await store.add([{ id: 'wire-1', outlet: 'Wire', publishedAt: '2024-05-16', text: 'The mayor ruled out reopening the bridge this week.' }]);
 * const [best] = await store.match('The bridge will not reopen this week');
 * console.log(best?.claim.text, best?.relation.label);
 * await store.close();
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  if (typeof location === 'string') {
    if (location.trim() === '') throw new ClaimdiffError('invalid_argument', "openStore() needs a file path, e.g. openStore('news.db').");
    return storeOver(await openSqlite(location));
  }
  if (location !== null && typeof location === 'object') {
    if ('sqlite' in location && typeof location.sqlite === 'string' && location.sqlite.trim() !== '') return storeOver(await openSqlite(location.sqlite));
    if ('postgres' in location && location.postgres) return storeOver(await openPostgres(location.postgres, location.schema));
  }
  throw new ClaimdiffError('invalid_argument', "openStore() takes a file path, { sqlite: 'news.db' } or { postgres: 'postgres://…' | pool }.");
}
