/**
 * `claimdiff store …`: add files to a claim store, match a claim against it,
 * report on stored articles. Argument parsing is pure; the run takes its I/O
 * and the store opener as arguments so tests drive it without a process.
 *
 * @module
 */
import { ClaimdiffError } from '../errors';
import { mdText } from '../report/markdown';
import { stableStringify } from '../report/json';
import type { Store, StoreLocation, StoreMatch } from '../store/types';
import { formatOf, type Format } from './args';
import { InputError, readInputs } from './read';
import { renderReport, type CliIo } from './run';

/**
 * What `claimdiff store …` asks for.
 *
 * @example
 * const c: StoreCommand = { kind: 'store-match', where: 'news.db', claim: 'The bridge reopened', limit: 10, since: null, until: null, outlets: [], format: 'md' };
 */
export type StoreCommand =
  | { readonly kind: 'store-add'; readonly where: StoreLocation; readonly files: readonly string[] }
  | { readonly kind: 'store-match'; readonly where: StoreLocation; readonly claim: string; readonly limit: number; readonly since: string | null; readonly until: string | null; readonly outlets: readonly string[]; readonly format: Format }
  | { readonly kind: 'store-report'; readonly where: StoreLocation; readonly since: string | null; readonly until: string | null; readonly format: Format; readonly out: string | null; readonly title: string | null }
  | { readonly kind: 'store-stats'; readonly where: StoreLocation }
  | { readonly kind: 'store-remove'; readonly where: StoreLocation; readonly ids: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

/**
 * The usage text of `claimdiff store`.
 *
 * @example
 * STORE_USAGE.includes('store match'); // true
 */
export const STORE_USAGE = `claimdiff store: claims remembered across days (SQLite file or PostgreSQL)

Usage:
  claimdiff store add    --db FILE files…
  claimdiff store match  --db FILE "<claim>" [--limit N] [--since DATE] [--until DATE] [--outlet NAME]… [--format md|json]
  claimdiff store report --db FILE [--since DATE] [--until DATE] [--format md|json|html|csv] [--out FILE] [--title T]
  claimdiff store stats  --db FILE
  claimdiff store remove --db FILE ids…

--postgres URL replaces --db FILE everywhere (postgres://user@host:port/db).
A SQLite store needs \`npm install better-sqlite3@12\`; PostgreSQL needs \`npm install pg@8\`.
`;

const VALUED = new Set(['--db', '--postgres', '--limit', '--since', '--until', '--outlet', '--format', '-f', '--out', '-o', '--title', '-t']);

/**
 * Parses the arguments after `claimdiff store`. Never throws.
 *
 * @example
 * parseStoreArgs(['match', '--db', 'news.db', 'The bridge reopened']).kind; // 'store-match'
 * parseStoreArgs(['add', 'a.txt']).kind; // 'error' (no --db or --postgres)
 */
export function parseStoreArgs(argv: readonly string[]): StoreCommand {
  const [sub, ...rest] = argv;
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return { kind: 'error', message: `unknown option '${name}' for 'claimdiff store'.` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `${name} needs a value.` };
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const one = (...names: string[]): string | null => names.map((n) => values.get(n)?.at(-1)).find((v) => v !== undefined) ?? null;
  const db = one('--db');
  const pg = one('--postgres');
  if (db !== null && pg !== null) return { kind: 'error', message: 'give --db FILE or --postgres URL, not both.' };
  if (db === null && pg === null) return { kind: 'error', message: `claimdiff store ${sub ?? ''} needs --db FILE (a SQLite file) or --postgres URL.`.replace('  ', ' ') };
  const where: StoreLocation = db !== null ? db : { postgres: pg! };
  const rawFormat = one('--format', '-f');
  const format = rawFormat === null ? null : formatOf(rawFormat);
  if (rawFormat !== null && format === null) return { kind: 'error', message: `unknown format '${rawFormat}'.` };
  const since = one('--since');
  const until = one('--until');
  switch (sub) {
    case 'add':
      if (positional.length === 0) return { kind: 'error', message: 'store add needs article files: claimdiff store add --db news.db a.txt b.txt' };
      return { kind: 'store-add', where, files: positional };
    case 'match': {
      const claim = positional.join(' ').trim();
      if (claim === '') return { kind: 'error', message: 'store match needs a claim: claimdiff store match --db news.db "The bridge reopened"' };
      const limit = Number(one('--limit') ?? '10');
      if (!Number.isInteger(limit) || limit < 1) return { kind: 'error', message: '--limit needs a positive whole number.' };
      if (format !== null && format !== 'md' && format !== 'json') return { kind: 'error', message: 'store match writes md or json.' };
      return { kind: 'store-match', where, claim, limit, since, until, outlets: values.get('--outlet') ?? [], format: format ?? 'md' };
    }
    case 'report':
      return { kind: 'store-report', where, since, until, format: format ?? 'md', out: one('--out', '-o'), title: one('--title', '-t') };
    case 'stats':
      return { kind: 'store-stats', where };
    case 'remove':
      if (positional.length === 0) return { kind: 'error', message: 'store remove needs article ids.' };
      return { kind: 'store-remove', where, ids: positional };
    default:
      return { kind: 'error', message: `unknown store command '${sub ?? ''}'; use add, match, report, stats or remove.` };
  }
}

const BAR = 24;

function progressBar(done: number, total: number, id: string): string {
  const filled = total > 0 ? Math.round((done / total) * BAR) : BAR;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${id.slice(0, 40)}\x1b[K`;
}

function matchTable(claim: string, hits: readonly StoreMatch[]): string {
  const lines = [`# Matches: "${mdText(claim)}"`, '', '| # | Score | Relation | Outlet | Date | Speaker | Claim |', '| ---: | ---: | --- | --- | --- | --- | --- |'];
  hits.forEach((h, i) => {
    const r = h.relation;
    lines.push(`| ${i + 1} | ${h.score.toFixed(2)} | ${r.label} | ${mdText(r.outlet ?? h.article.id)} | ${r.publishedAt?.slice(0, 10) ?? ''} | ${mdText(r.speaker ?? '')} | ${mdText(h.claim.text)} |`);
  });
  if (hits.length === 0) lines.push('', 'No stored claim speaks about this.');
  return lines.join('\n') + '\n';
}

/**
 * Runs `claimdiff store …` and returns the exit code: 0 ok, 1 the store
 * failed (refused file, missing driver), 2 bad arguments or an unreadable file.
 *
 * @example
 * const code = await runStoreCli(['stats', '--db', 'news.db'], io, openStore); // 0
 */
export async function runStoreCli(argv: readonly string[], io: CliIo, open: (where: StoreLocation) => Promise<Store>): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.writeStderr(`claimdiff: ${message}\n`);
    return code;
  };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv.includes('--help')) {
    io.writeStdout(STORE_USAGE);
    return 0;
  }
  const cmd = parseStoreArgs(argv);
  if (cmd.kind === 'error') return fail(2, `${cmd.message}\nRun 'claimdiff store --help' for usage.`);
  let articles: ReturnType<typeof readInputs> = [];
  if (cmd.kind === 'store-add') {
    try {
      articles = readInputs(cmd.files, io);
    } catch (err) {
      if (err instanceof InputError) return fail(2, err.message);
      throw err;
    }
  }
  let store: Store;
  try {
    store = await open(cmd.where);
  } catch (err) {
    if (err instanceof ClaimdiffError) return fail(1, `${err.message} (${err.code})`);
    return fail(1, `cannot open the store: ${(err as Error).message}`);
  }
  try {
    if (cmd.kind === 'store-add') {
      const bar = io.stderrIsTTY;
      const r = await store.add(articles, bar ? { onProgress: (done, total, id) => io.writeStderr(progressBar(done, total, id)) } : {});
      if (bar) io.writeStderr('\n');
      const s = await store.stats();
      io.writeStdout(`added ${r.added.length}, replaced ${r.replaced.length}, unchanged ${r.unchanged.length}; the store holds ${s.articles} articles and ${s.claims} claims\n`);
    } else if (cmd.kind === 'store-match') {
      const hits = await store.match(cmd.claim, { limit: cmd.limit, ...(cmd.since ? { since: cmd.since } : {}), ...(cmd.until ? { until: cmd.until } : {}), outlets: cmd.outlets });
      io.writeStdout(cmd.format === 'json' ? stableStringify({ claim: cmd.claim, matches: hits }) : matchTable(cmd.claim, hits));
    } else if (cmd.kind === 'store-report') {
      const report = await store.compare({ ...(cmd.since ? { since: cmd.since } : {}), ...(cmd.until ? { until: cmd.until } : {}) });
      const output = renderReport(cmd.format, report, cmd.title);
      if (cmd.out) {
        try {
          io.writeFile(cmd.out, output);
        } catch (err) {
          return fail(2, `${cmd.out}: cannot write the report (${(err as Error).message}).`);
        }
      } else io.writeStdout(output);
    } else if (cmd.kind === 'store-stats') {
      const s = await store.stats();
      io.writeStdout(`${s.backend} store, schema ${s.schemaVersion}: ${s.articles} articles, ${s.claims} claims\n`);
    } else {
      for (const id of cmd.ids) io.writeStdout(`${id}: ${(await store.remove(id)) ? 'removed' : 'not stored'}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ClaimdiffError) return fail(err.code === 'invalid_date' || err.code === 'invalid_option' ? 2 : 1, `${err.message} (${err.code})`);
    throw err;
  } finally {
    await store.close();
  }
}
