/**
 * `claimdiff store …`: argument parsing as a table, and runs on a SQLite file in a temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStoreArgs, runStoreCli } from '../../src/cli/store';
import { fakeIo as fakeIoOf } from './fake-io';
import { ClaimdiffError } from '../../src/errors';
import { openStore } from '../../src/store';

const FILES: Record<string, string> = {
  'harbor.txt': 'Bridge Shut\nSource: Harbor Herald\nPublished: 2024-03-04\nThe Northgate Bridge was closed on Monday. Minister Ana Ruiz said it would stay shut for two weeks.',
  'valley.txt': 'Bridge Reopens Soon\nBy Valley Post\nPublished: 2024-03-06\nThe Northgate Bridge closed on Monday. Ana Ruiz said the bridge could reopen this week only if inspectors agree.',
};

const fakeIo = (stderrIsTTY = false): ReturnType<typeof fakeIoOf> => fakeIoOf(FILES, { stderrIsTTY });

describe('parseStoreArgs', () => {
  test.each([
    ['add', ['add', '--db', 'n.db', 'a.txt', 'b.txt'], { kind: 'store-add', where: 'n.db', files: ['a.txt', 'b.txt'] }],
    ['add on postgres', ['add', '--postgres', 'postgres://h/db', 'a.txt'], { kind: 'store-add', where: { postgres: 'postgres://h/db' }, files: ['a.txt'] }],
    ['match with filters', ['match', '--db=n.db', 'The bridge', 'reopened', '--limit', '3', '--outlet', 'A', '--outlet', 'B', '--since', '2024-01-01'],
      { kind: 'store-match', where: 'n.db', claim: 'The bridge reopened', limit: 3, since: '2024-01-01', until: null, outlets: ['A', 'B'], format: 'md' }],
    ['report as html', ['report', '--db', 'n.db', '--since', '2024-03-01', '--format', 'html'], { kind: 'store-report', where: 'n.db', since: '2024-03-01', until: null, format: 'html', out: null, title: null }],
    ['stats', ['stats', '--db', 'n.db'], { kind: 'store-stats', where: 'n.db' }],
    ['remove', ['remove', '--db', 'n.db', 'x', 'y'], { kind: 'store-remove', where: 'n.db', ids: ['x', 'y'] }],
  ])('%s', (_label, argv, expected) => {
    expect(parseStoreArgs(argv)).toEqual(expected);
  });

  test.each([
    ['no database', ['add', 'a.txt'], /needs --db FILE/],
    ['both databases', ['stats', '--db', 'n.db', '--postgres', 'postgres://h/db'], /not both/],
    ['no files to add', ['add', '--db', 'n.db'], /needs article files/],
    ['no claim', ['match', '--db', 'n.db'], /needs a claim/],
    ['a bad limit', ['match', '--db', 'n.db', 'x', '--limit', '0'], /positive whole number/],
    ['html for match', ['match', '--db', 'n.db', 'x', '--format', 'html'], /md or json/],
    ['an unknown option', ['stats', '--db', 'n.db', '--fast'], /unknown option '--fast'/],
    ['an unknown command', ['vacuum', '--db', 'n.db'], /unknown store command 'vacuum'/],
    ['a missing value', ['stats', '--db'], /--db needs a value/],
  ])('error: %s', (_label, argv, message) => {
    const c = parseStoreArgs(argv);
    expect(c.kind).toBe('error');
    expect(c.kind === 'error' ? c.message : '').toMatch(message);
  });
});

describe('runStoreCli', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('add (with a progress bar on a terminal), match, report, stats, remove', async () => {
    const db = join(dir, 'news.db');
    const add = fakeIo(true);
    expect(await runStoreCli(['add', '--db', db, 'harbor.txt', 'valley.txt'], add.io, openStore)).toBe(0);
    expect(add.out()).toMatch(/^added 2, replaced 0, unchanged 0; the store holds 2 articles and \d+ claims\n$/);
    expect(add.err()).toContain('[########################] 2/2');

    const quiet = fakeIo(false);
    expect(await runStoreCli(['add', '--db', db, 'harbor.txt'], quiet.io, openStore)).toBe(0);
    expect(quiet.out()).toMatch(/unchanged 1/);
    expect(quiet.err()).toBe('');

    const match = fakeIo();
    expect(await runStoreCli(['match', '--db', db, 'The Northgate Bridge will stay closed for two weeks'], match.io, openStore)).toBe(0);
    expect(match.out()).toMatch(/^# Matches: "The Northgate Bridge will stay closed for two weeks"\n\n\| # \| Score \| Relation \| Outlet/);
    expect(match.out()).toMatch(/\| \d \| [\d.]+ \| (agree|qualify|contradict|neutral) \| Harbor Herald \| 2024-03-04 \| Ana Ruiz \| Minister Ana Ruiz said it would stay shut for two weeks \|/);

    const report = fakeIo();
    expect(await runStoreCli(['report', '--db', db, '--since', '2024-03-01', '--format', 'html', '--out', 'r.html'], report.io, openStore)).toBe(0);
    expect(report.written['r.html']).toMatch(/^<!DOCTYPE html>/i);

    const stats = fakeIo();
    expect(await runStoreCli(['stats', '--db', db], stats.io, openStore)).toBe(0);
    expect(stats.out()).toMatch(/^sqlite store, schema 1: 2 articles, \d+ claims\n$/);

    const remove = fakeIo();
    expect(await runStoreCli(['remove', '--db', db, 'harbor', 'nope'], remove.io, openStore)).toBe(0);
    expect(remove.out()).toBe('harbor: removed\nnope: not stored\n');
  });

  test.each([
    ['help', ['--help'], 0, ''],
    ['bad arguments', ['add', 'a.txt'], 2, /needs --db FILE/],
    ['an unreadable file', ['add', '--db', 'x.db', 'missing.txt'], 2, /missing\.txt/],
    ['a bad date', ['match', '--db', 'DB', 'bridge closed', '--since', 'someday'], 2, /invalid_date/],
  ])('exit code: %s', async (_label, argv, code, stderr) => {
    const f = fakeIo();
    const args = argv.map((a) => (a === 'DB' ? join(dir, 'dates.db') : a));
    expect(await runStoreCli(args, f.io, openStore)).toBe(code);
    if (stderr) expect(f.err()).toMatch(stderr);
    else expect(f.out()).toMatch(/claimdiff store add/);
  });

  test('a store that cannot be opened (missing driver, foreign file) exits 1 with the reason', async () => {
    const f = fakeIo();
    const missing = async (): Promise<never> => {
      throw new ClaimdiffError('missing_driver', "claimdiff/store needs the 'pg' package for PostgreSQL: run `npm install pg@8`.");
    };
    expect(await runStoreCli(['stats', '--postgres', 'postgres://h/db'], f.io, missing)).toBe(1);
    expect(f.err()).toMatch(/npm install pg@8.*\(missing_driver\)/);
  });
});
