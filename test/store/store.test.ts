/**
 * The store's behavioural suite, run against every backend of the run
 * (SQLite always; PostgreSQL when CLAIMDIFF_PG_URL is set).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/compare';
import { extractClaims } from '../../src/extract/claims';
import { ClaimdiffError } from '../../src/errors';
import { SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS } from '../../src/store/migrations';
import { openStore } from '../../src/store';
import { toMs } from '../../src/store/store';
import { wordPairs } from '../../src/store/postgres';
import type { ArticleInput } from '../../src/types';
import { bridgeStory } from '../helpers';
import { testBackends, writeNotADatabase, type TestBackend } from './backends';
import { generatedArticles } from './fixtures/generated';

const ROOT = join(__dirname, '..', '..');

function exampleStory(): ArticleInput[] {
  const dir = join(ROOT, 'examples', 'story');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: `ex${i + 1}`, text: readFileSync(join(dir, f), 'utf8'), outlet: `Example ${i + 1}`, publishedAt: '2023-06-0' + String(i + 1) }));
}

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toBeInstanceOf(ClaimdiffError);
  await expect(p).rejects.toMatchObject({ code });
}

describe.each(testBackends())('store on %s', (_name, make) => {
  let b: TestBackend;
  beforeAll(() => {
    b = make();
  });
  afterAll(async () => {
    await b.cleanup();
  });

  test('add is idempotent: the same articles twice are stored once', async () => {
    const store = await b.open('idem');
    const first = await store.add(bridgeStory());
    expect(first.added).toEqual(['wire', 'daily', 'blog']);
    const before = await store.stats();
    const again = await store.add(bridgeStory());
    expect(again).toMatchObject({ added: [], replaced: [], unchanged: ['wire', 'daily', 'blog'] });
    expect(await store.stats()).toEqual(before);
    const expected = bridgeStory().reduce((n, a) => n + extractClaims(a).length, 0);
    expect(before).toMatchObject({ articles: 3, claims: expected, schemaVersion: 1, backend: b.name });
    await store.close();
  });

  test('stored claims are the extracted claims, and their spans point into the stored text', async () => {
    const store = await b.open('spans');
    await store.add(bridgeStory());
    const report = await store.compare({ articleIds: ['wire', 'daily', 'blog'] });
    for (const input of bridgeStory()) {
      const stored = report.claims.filter((c) => c.articleId === input.id);
      expect(stored.map((c) => c.text)).toEqual(extractClaims(input).map((c) => c.text));
      for (const c of stored) expect(input.text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
    await store.close();
  });

  test('a changed text replaces the old version, claims included', async () => {
    const store = await b.open('replace');
    await store.add(bridgeStory());
    const changed = { id: 'daily', publishedAt: '2024-03-05', text: 'Ferry Service Expanded\nThe ferry company added four evening crossings to carry stranded commuters across the harbor.' };
    const r = await store.add([changed]);
    expect(r).toMatchObject({ added: [], replaced: ['daily'], unchanged: [] });
    const report = await store.compare({ articleIds: ['daily'] });
    expect(report.articles[0]?.text).toBe(changed.text);
    expect(report.claims.map((c) => c.text)).toEqual(extractClaims(changed).map((c) => c.text));
    const hits = await store.match('Mayor Ana Ruiz ruled out reopening the Harbor Bridge this week', { limit: 20 });
    expect(hits.some((h) => h.claim.text.includes('ruled out'))).toBe(false);
    await store.close();
  });

  test('two writers adding the same articles at once store each article once', async () => {
    const one = await b.open('writers');
    const two = await b.open('writers');
    const articles = generatedArticles(12);
    const [r1, r2] = await Promise.all([one.add(articles), two.add([...articles].reverse())]);
    // Every article is added by exactly one of the writers; the other finds it stored.
    for (const a of articles) expect(Number(r1.added.includes(a.id!)) + Number(r2.added.includes(a.id!))).toBe(1);
    const expected = articles.reduce((n, a) => n + extractClaims(a).length, 0);
    expect(await one.stats()).toMatchObject({ articles: 12, claims: expected });
    await one.close();
    await two.close();
  });

  test('remove deletes an article and its claims, and only once', async () => {
    const store = await b.open('remove');
    await store.add(bridgeStory());
    const blogClaims = extractClaims(bridgeStory()[2]!).length;
    const before = await store.stats();
    expect(await store.remove('blog')).toBe(true);
    expect(await store.remove('blog')).toBe(false);
    expect(await store.remove('never-stored')).toBe(false);
    expect(await store.stats()).toMatchObject({ articles: before.articles - 1, claims: before.claims - blogClaims });
    const hits = await store.match('The cracks were cosmetic and posed no danger', { limit: 20 });
    expect(hits.every((h) => h.article.id !== 'blog')).toBe(true);
    await store.close();
  });

  test.each([
    ['a paraphrase with other verbs', 'The mayor refused to reopen the Harbor Bridge this week', 'daily', /rule[sd]? out/i],
    ['a paraphrase of the closure', 'Engineers shut the Harbor Bridge on Monday because two beams were cracked', 'wire', /closed the Harbor Bridge/],
    ['a paraphrase of the engineer', 'An engineer said the cracks in the bridge were only cosmetic', 'blog', /cosmetic/],
  ])('match ranks %s first, above unrelated claims', async (_label, query, articleId, words) => {
    const store = await b.open('para');
    await store.add([...exampleStory(), ...bridgeStory()]);
    const hits = await store.match(query, { limit: 10 });
    expect(hits[0]?.article.id).toBe(articleId);
    expect(hits[0]?.claim.text).toMatch(words);
    const unrelated = hits.filter((h) => h.article.id.startsWith('ex'));
    for (const u of unrelated) expect(u.score).toBeLessThan(hits[0]!.score);
    await store.close();
  });

  test('match: filters by date and outlet; a text with no content word finds nothing', async () => {
    const store = await b.open('filters');
    await store.add(bridgeStory().map((a, i) => ({ ...a, outlet: `O${i}` })));
    const q = 'Inspectors found cracks in the support beams of the Harbor Bridge';
    const all = await store.match(q, { limit: 20 });
    const ids = async (o: object): Promise<Set<string>> => new Set((await store.match(q, { limit: 20, ...o })).map((h) => h.article.id));
    expect(new Set(all.map((h) => h.article.id))).toEqual(new Set(['wire', 'daily', 'blog']));
    expect(await ids({ since: '2024-03-05' })).toEqual(new Set(['daily', 'blog']));
    expect(await ids({ until: '2024-03-04T23:59:59Z' })).toEqual(new Set(['wire']));
    expect(await ids({ outlets: ['O0', 'O2'] })).toEqual(new Set(['wire', 'blog']));
    expect(await ids({ outlets: ['O1'], since: '2024-03-05' })).toEqual(new Set(['daily']));
    expect(await store.match('the of and', { limit: 5 })).toEqual([]);
    await expectCode(store.match(q, { limit: 0 }), 'invalid_option');
    await expectCode(store.match(q, { since: 'yesterday-ish' }), 'invalid_date');
    await expectCode(store.match(42 as never), 'invalid_argument');
    await store.close();
  });

  test("relations in match agree with compare()'s on the same pair", async () => {
    const story = bridgeStory().slice(0, 2);
    const report = compare(story);
    expect(report.relations.length).toBeGreaterThan(0);
    const store = await b.open('agree');
    await store.add(story);
    for (const rel of report.relations) {
      const query = report.claims.find((c) => c.id === rel.b)!;
      const hits = await store.match(query, { limit: 50 });
      const hit = hits.find((h) => h.claim.id === rel.a);
      expect(hit).toBeDefined();
      expect(hit?.relation.label).toBe(rel.label);
      expect(hit?.relation.reasons.map((r) => r.kind).sort()).toEqual(rel.reasons.map((r) => r.kind).sort());
      expect(hits.every((h) => h.article.id !== query.articleId)).toBe(true);
      expect(hit?.relation).toMatchObject({ outlet: report.articles[0]?.outlet ?? null, publishedAt: '2024-03-04' });
    }
    await store.close();
  });

  test('compare over a date range: points across days with who reported first', async () => {
    const store = await b.open('range');
    await store.add(bridgeStory());
    const report = await store.compare({ since: '2024-03-01', until: '2024-03-31' });
    expect(report.articles.map((a) => a.id)).toEqual(['wire', 'blog', 'daily']);
    const across = report.points.filter((k) => k.articleIds.includes('wire') && k.articleIds.includes('daily'));
    expect(across.length).toBeGreaterThan(0);
    for (const k of across) expect(k.firstReported).toEqual({ articleId: 'wire', publishedAt: '2024-03-04' });
    const none = await store.compare({ since: '2025-01-01' });
    expect(none.articles).toEqual([]);
    const byQuery = await store.compare({ query: 'The mayor ruled out reopening the bridge' });
    expect(byQuery.articles.map((a) => a.id)).toContain('daily');
    await store.close();
  });

  test('misuse throws ClaimdiffError with a code', async () => {
    const store = await b.open('misuse');
    await expectCode(store.add('nope' as never), 'not_an_array');
    await expectCode(store.add([{ id: 'x', text: 'A.' }, { id: 'x', text: 'B.' }]), 'duplicate_id');
    await expectCode(store.compare({ articleIds: 'x' as never }), 'not_an_array');
    await store.close();
    await expectCode(store.stats(), 'store_closed');
    await store.close();
  });

  test('a foreign database is refused and left unchanged', async () => {
    await b.makeForeign('foreign');
    const before = await b.snapshot('foreign');
    await expectCode(b.open('foreign'), 'not_a_store');
    expect(await b.snapshot('foreign')).toBe(before);
  });

  test('a store of a newer version is refused and left unchanged', async () => {
    const store = await b.open('newer');
    await store.add(bridgeStory().slice(0, 1));
    await store.close();
    await b.setVersion('newer', 99);
    const before = await b.snapshot('newer');
    await expectCode(b.open('newer'), 'store_too_new');
    expect(await b.snapshot('newer')).toBe(before);
  });

  test('forward migration keeps the data; the older code then refuses the newer store', async () => {
    const base = b.name === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS;
    const table = b.name === 'sqlite' ? 'articles' : '{schema}.articles';
    const v2 = [...base, { version: 2, up: [`ALTER TABLE ${table} ADD COLUMN lang TEXT`] }];
    const v1store = await b.open('migrate');
    await v1store.add(bridgeStory());
    const before = await v1store.stats();
    await v1store.close();
    const v2store = await b.open('migrate', v2);
    expect(await v2store.stats()).toEqual({ ...before, schemaVersion: 2 });
    expect((await v2store.match('Inspectors found cracks in the beams')).length).toBeGreaterThan(0);
    await v2store.close();
    await expectCode(b.open('migrate'), 'store_too_new');
  });

  test('SIGKILL during a large add leaves committed articles whole and no partial one; a reader works meanwhile', async () => {
    const total = 400;
    const location = b.location('kill');
    const reader = await b.open('kill');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'add-child.ts'), JSON.stringify(location), String(total)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: string[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const counts: number[] = [];
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.startsWith('committed ')) committed.push(line.slice(10));
      if (!killed && committed.length >= 12) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    // Read while the child writes: never blocked, never an error, never a count going down.
    let running = true;
    void exited.then(() => (running = false));
    while (running) {
      counts.push((await reader.stats()).articles);
      await reader.match('Inspectors found cracks in the support beams', { limit: 3 });
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await exited).toBe('SIGKILL');
    expect(stderr).toBe('');
    expect(counts.length).toBeGreaterThan(1);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);

    const inputs = new Map(generatedArticles(total).map((a) => [a.id!, a]));
    const report = await reader.compare({ since: '2000-01-01' });
    const storedIds = report.articles.map((a) => a.id);
    for (const id of committed) expect(storedIds).toContain(id);
    // At most the one article whose commit landed before its line was printed.
    expect(storedIds.length).toBeLessThanOrEqual(committed.length + 1);
    expect(storedIds.length).toBeLessThan(total);
    for (const article of report.articles) {
      const input = inputs.get(article.id)!;
      expect(article.text).toBe(input.text);
      expect(report.claims.filter((c) => c.articleId === article.id).map((c) => c.text)).toEqual(extractClaims(input).map((c) => c.text));
    }
    expect((await reader.stats()).claims).toBe(report.claims.length);
    await reader.close();
    // The store opens again after the crash and takes more writes.
    const again = await b.open('kill');
    expect((await again.add(generatedArticles(20))).added.length).toBe(20 - storedIds.filter((id) => Number(id.slice(1)) <= 20).length);
    await again.close();
  }, 120_000);
});

describe('openStore arguments', () => {
  test.each([
    ['an empty path', ''],
    ['a number', 42],
    ['an empty object', {}],
    ['an empty sqlite path', { sqlite: '' }],
  ])('%s is refused with invalid_argument', async (_label, where) => {
    await expectCode(openStore(where as never), 'invalid_argument');
  });

  test('a text file is not a store, and stays as it was', async () => {
    const { mkdtempSync, readFileSync: read, rmSync } = await import('node:fs');
    const dir = mkdtempSync(join(require('node:os').tmpdir(), 'claimdiff-notdb-'));
    const file = join(dir, 'notes.db');
    writeNotADatabase(file);
    const before = read(file, 'utf8');
    await expectCode(openStore(file), 'not_a_store');
    expect(read(file, 'utf8')).toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('store helpers', () => {
  test.each([
    ['no words', [], []],
    ['one word has no pair', ['bridge'], []],
    ['three words, three pairs in order', ['bridge', 'mayor', 'reopen'], [['bridge', 'mayor'], ['bridge', 'reopen'], ['mayor', 'reopen']]],
  ])('wordPairs: %s', (_label, terms, expected) => {
    expect(wordPairs(terms)).toEqual(expected);
  });

  test.each([
    ['an ISO date', '2024-05-16', Date.UTC(2024, 4, 16)],
    ['a Date', new Date(Date.UTC(2024, 4, 16, 12)), Date.UTC(2024, 4, 16, 12)],
    ['nothing', undefined, null],
    ['null', null, null],
  ])('toMs: %s', (_label, value, expected) => {
    expect(toMs(value)).toBe(expected);
  });

  test('toMs: a text that is not a date is an invalid_date error naming the option', () => {
    expect(() => toMs('soon', 'since')).toThrow(expect.objectContaining({ code: 'invalid_date', message: expect.stringContaining("since 'soon'") }));
  });
});
