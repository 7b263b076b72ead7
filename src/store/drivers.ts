/**
 * Loading the optional database drivers (better-sqlite3, pg) at run time, so
 * the store's entry point has no native module in its import graph and a
 * missing driver is a ClaimdiffError that says what to install.
 *
 * @module
 */
import { ClaimdiffError } from '../errors';

/**
 * The npm packages a backend needs.
 *
 * @example
 * DRIVERS.sqlite; // 'better-sqlite3'
 */
export const DRIVERS = Object.freeze({ sqlite: 'better-sqlite3', postgres: 'pg' } as const);

/**
 * Imports a backend's driver; throws ClaimdiffError `missing_driver` when it
 * is not installed. `importer` is for tests (default: a dynamic import).
 *
 * @example
 * const Database = await loadDriver<typeof import('better-sqlite3')>('sqlite');
 */
export async function loadDriver<T>(backend: keyof typeof DRIVERS, importer: (name: string) => Promise<unknown> = (name) => import(name)): Promise<T> {
  const name = DRIVERS[backend];
  let mod: unknown;
  try {
    mod = await importer(name);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || /Cannot find (?:module|package)/.test(String((err as Error).message))) {
      const version = backend === 'sqlite' ? '@12' : '@8';
      throw new ClaimdiffError('missing_driver', `claimdiff/store needs the '${name}' package for ${backend === 'sqlite' ? 'SQLite files' : 'PostgreSQL'}: run \`npm install ${name}${version}\`.`);
    }
    throw err;
  }
  // CommonJS modules arrive as { default: module } from a dynamic import.
  const m = mod as { default?: unknown };
  return (m.default ?? mod) as T;
}
