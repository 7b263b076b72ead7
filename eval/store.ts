/**
 * `npm run eval:store`: does the store find what other outlets said about a claim?
 *
 * The eleven dev stories (../shared/corpus: the BASIL story golds in
 * stories/*.gold.json, texts built as STORIES.md says, and the example story
 * of seeds.gold.json) go into one SQLite store. For every gold claim that has
 * a gold cluster-mate in another article, match() is asked with the gold
 * claim's text; results from the query's own article are dropped (a claim is
 * not news to itself) and the first five are kept. Success: one of the five is
 * a stored claim that is a gold cluster-mate from another outlet, by the span
 * rule of eval:seeds (the stored claim covers at least half of the gold claim,
 * and at least a quarter of the stored claim is the gold claim).
 *
 * With CLAIMDIFF_PG_URL set the same is measured on PostgreSQL too (printed, not gating).
 * Exits 1 when the SQLite figure is below its floor (issue 14: 60%).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store';
import type { Store, StoreLocation } from '../src/store';
import type { ArticleInput } from '../src/types';
import { floorCheck, pct } from './lib';

interface GoldClaim { id: string; article: string; start: number; end: number; text: string }
interface Gold {
  articles: { id: string; file: string; outlet: string | null }[];
  claims: GoldClaim[];
  clusters: { id: string; claims: string[] }[];
}

const TOP = 5;
const shared = resolve(__dirname, '..', '..', 'shared');
const corpus = join(shared, 'corpus');
const basil = join(shared, 'datasets', 'basil', 'articles');
if (!existsSync(join(corpus, 'seeds.gold.json')) || !existsSync(basil)) {
  process.stderr.write(`eval:store needs ${corpus} and ${basil} (the shared data beside this repository); they were not found.\n`);
  process.exit(1);
}

interface Story { name: string; gold: Gold; inputs: ArticleInput[]; outletOf: Map<string, string> }

function basilText(file: string): { text: string; date: string | undefined } {
  const j = JSON.parse(readFileSync(join(basil, file), 'utf8')) as { title: string; 'body-paragraphs': string[][]; date?: string };
  return { text: `${j.title}\n\n${j['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}`, date: j.date };
}

function loadStories(): Story[] {
  const stories: Story[] = [];
  for (const f of readdirSync(join(corpus, 'stories')).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(readFileSync(join(corpus, 'stories', f), 'utf8')) as Gold;
    const inputs = gold.articles.map((a) => {
      const { text, date } = basilText(a.file);
      return { id: `${name}/${a.id}`, text, outlet: a.outlet ?? a.id, ...(date ? { publishedAt: date } : {}) };
    });
    stories.push({ name, gold, inputs, outletOf: new Map(gold.articles.map((a) => [a.id, a.outlet ?? a.id])) });
  }
  const seeds = JSON.parse(readFileSync(join(corpus, 'seeds.gold.json'), 'utf8')) as Gold;
  stories.push({
    name: 'seeds',
    gold: seeds,
    // The example story's outlets are partly unknown: each article counts as its own outlet.
    inputs: seeds.articles.map((a) => ({ id: `seeds/${a.id}`, text: readFileSync(join(corpus, 'seeds', a.file), 'utf8'), outlet: a.outlet ?? `seeds ${a.id}` })),
    outletOf: new Map(seeds.articles.map((a) => [a.id, a.outlet ?? `seeds ${a.id}`])),
  });
  return stories;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

interface Outcome { queries: number; found: number; perStory: Map<string, [number, number]>; matchMs: number[] }

async function evaluate(store: Store, stories: readonly Story[]): Promise<Outcome> {
  const outcome: Outcome = { queries: 0, found: 0, perStory: new Map(), matchMs: [] };
  for (const s of stories) {
    const byId = new Map(s.gold.claims.map((c) => [c.id, c]));
    let q = 0;
    let ok = 0;
    for (const cluster of s.gold.clusters) {
      for (const gid of cluster.claims) {
        const g = byId.get(gid)!;
        const mates = cluster.claims.map((id) => byId.get(id)!).filter((m) => m.article !== g.article && s.outletOf.get(m.article) !== s.outletOf.get(g.article));
        if (mates.length === 0) continue;
        q++;
        const t0 = performance.now();
        const hits = await store.match(g.text, { limit: TOP + 40 });
        outcome.matchMs.push(performance.now() - t0);
        const own = `${s.name}/${g.article}`;
        const top = hits.filter((h) => h.article.id !== own).slice(0, TOP);
        const hit = top.some((h) => mates.some((m) => h.article.id === `${s.name}/${m.article}` && overlap(m, h.claim.span) >= 0.5 * (m.end - m.start) && overlap(m, h.claim.span) >= 0.25 * (h.claim.span.end - h.claim.span.start)));
        if (hit) ok++;
      }
    }
    outcome.perStory.set(s.name, [ok, q]);
    outcome.queries += q;
    outcome.found += ok;
  }
  return outcome;
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

async function run(label: string, location: StoreLocation, stories: readonly Story[]): Promise<Outcome> {
  const store = await openStore(location);
  const t0 = performance.now();
  const added = await store.add(stories.flatMap((s) => s.inputs));
  const addMs = performance.now() - t0;
  const stats = await store.stats();
  const outcome = await evaluate(store, stories);
  await store.close();
  process.stdout.write(`${label}: ${added.added.length + added.replaced.length + added.unchanged.length} articles, ${stats.claims} claims stored in ${(addMs / 1000).toFixed(1)} s; ` +
    `${outcome.queries} gold claims with a cluster-mate of another outlet; match p50 ${percentile(outcome.matchMs, 0.5).toFixed(1)} ms, p95 ${percentile(outcome.matchMs, 0.95).toFixed(1)} ms\n`);
  for (const [name, [ok, q]] of outcome.perStory) process.stdout.write(`  ${name.padEnd(16)} ${String(ok).padStart(3)}/${String(q).padEnd(3)} ${pct(q ? ok / q : 0)}\n`);
  return outcome;
}

async function main(): Promise<void> {
  const stories = loadStories();
  process.stdout.write(`claimdiff eval:store — ${stories.length} dev stories, top ${TOP} of match() (own article left out)\n\n`);
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-eval-store-'));
  try {
    const sqlite = await run('sqlite', join(dir, 'eval.db'), stories);
    const figures = [{ name: 'mate in top 5 (sqlite)', value: sqlite.found / sqlite.queries, floor: 0.6, detail: `${sqlite.found}/${sqlite.queries}` }];
    const pg = process.env.CLAIMDIFF_PG_URL;
    if (pg) {
      const schema = `eval_store_${process.pid}`;
      const outcome = await run('postgres', { postgres: pg, schema }, stories);
      const { Pool } = await import('pg');
      const pool = new Pool({ connectionString: pg });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
      process.stdout.write(`\npostgres: mate in top 5 ${pct(outcome.found / outcome.queries)} (${outcome.found}/${outcome.queries}), printed only\n`);
    }
    process.stdout.write('\n');
    if (!floorCheck(figures)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
