/**
 * claimdiff/store at scale: ingest the dev news bodies (FNC-1 train bodies,
 * PolNeAR dev, BASIL dev, ECB+ dev), then repeat them with new ids up to
 * 20,000 articles. Prints, in one run: extraction-only throughput, ingest
 * throughput (the same extraction plus the writes), match() p50 / p95 at 5k
 * and at 20k articles, and the database size per article, for SQLite and,
 * when CLAIMDIFF_PG_URL is set, PostgreSQL. Nothing is asserted.
 *
 *   npm run bench:store -- [--max 20000] [--backends sqlite,postgres] [--queries 200]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import Database from 'better-sqlite3';
import { extractClaims } from '../src/extract/claims';
import { openStore } from '../src/store';
import type { Store, StoreLocation } from '../src/store';
import type { ArticleInput } from '../src/types';
import { loadFnc } from '../scripts/train-stance';

const flag = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const MAX = Number(flag('--max', '20000'));
const QUERIES = Number(flag('--queries', '200'));
const BACKENDS = flag('--backends', process.env.CLAIMDIFF_PG_URL ? 'sqlite,postgres' : 'sqlite').split(',');
const CHECKPOINTS = [5000, 20000].filter((n) => n <= MAX);
const BATCH = 100;
const datasets = join(resolve(__dirname, '..', '..', 'shared'), 'datasets');

function basilText(file: string): ArticleInput {
  const j = JSON.parse(readFileSync(file, 'utf8')) as { title: string; 'body-paragraphs': string[][]; date?: string; source?: string };
  return { text: `${j.title}\n\n${j['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}`, ...(j.source ? { outlet: j.source.toLowerCase() } : {}) };
}

function ecbText(file: string): ArticleInput {
  const lines = new Map<string, string[]>();
  for (const m of readFileSync(file, 'utf8').matchAll(/<token t_id="\d+" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) lines.set(m[1]!, [...(lines.get(m[1]!) ?? []), m[2]!]);
  return { text: [...lines.values()].map((w) => w.join(' ')).join('\n'), outlet: 'ecb+' };
}

function corpus(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const body of loadFnc().bodies.values()) out.push({ text: body, outlet: 'fnc-1' });
  const pol = join(datasets, 'polnear', 'dev', 'text');
  for (const f of readdirSync(pol).sort()) out.push({ text: readFileSync(join(pol, f), 'utf8'), outlet: 'polnear' });
  const basil = join(datasets, 'basil', 'articles');
  for (const y of readdirSync(basil).sort()) for (const f of readdirSync(join(basil, y)).sort()) out.push(basilText(join(basil, y, f)));
  const ecb = join(datasets, 'ecbplus', 'ECB+');
  for (const t of readdirSync(ecb).sort()) for (const f of readdirSync(join(ecb, t)).filter((x) => x.endsWith('.xml')).sort()) out.push(ecbText(join(ecb, t, f)));
  return out.filter((a) => a.text.trim() !== '');
}

/** Copy `round` of the corpus: new ids, one publish date a day over two years (monthly partitions would split them). */
function copyOf(base: readonly ArticleInput[], round: number): ArticleInput[] {
  return base.map((a, i) => ({ ...a, id: `r${round}-${i}`, publishedAt: new Date(Date.UTC(2023, 0, 1) + ((round * base.length + i) % 730) * 86_400_000).toISOString().slice(0, 10) }));
}

const bytes = (xs: readonly ArticleInput[]): number => xs.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const mbps = (b: number, ms: number): string => `${(b / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

async function timeMatches(store: Store, queries: readonly string[]): Promise<string> {
  const ms: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await store.match(q, { limit: 10 });
    ms.push(performance.now() - t0);
  }
  return `match p50 ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms (${queries.length} queries, limit 10)`;
}

async function sizeOf(backend: string, location: StoreLocation): Promise<number> {
  if (backend === 'sqlite') {
    const file = location as string;
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return statSync(file).size;
  }
  const { postgres, schema } = location as { postgres: string; schema: string };
  const pool = new Pool({ connectionString: postgres });
  const r = await pool.query(`SELECT sum(pg_total_relation_size(c.oid))::bigint AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [schema]);
  await pool.end();
  return Number(r.rows[0]?.n ?? 0);
}

async function bench(backend: string, base: readonly ArticleInput[], queries: readonly string[], extractMbps: number, dir: string): Promise<void> {
  const schema = `bench_store_${process.pid}`;
  const location: StoreLocation = backend === 'sqlite' ? join(dir, 'bench.db') : { postgres: process.env.CLAIMDIFF_PG_URL!, schema };
  const store = await openStore(location);
  let stored = 0;
  let round = 0;
  let ingestBytes = 0;
  let ingestMs = 0;
  try {
    for (const target of CHECKPOINTS) {
      while (stored < target) {
        const batch = copyOf(base, round++).slice(0, target - stored);
        for (let i = 0; i < batch.length; i += BATCH) {
          const part = batch.slice(i, i + BATCH);
          const t0 = performance.now();
          await store.add(part);
          ingestMs += performance.now() - t0;
          ingestBytes += bytes(part);
        }
        stored += batch.length;
      }
      const s = await store.stats();
      const size = await sizeOf(backend, location);
      process.stdout.write(
        `${backend} at ${s.articles} articles (${s.claims} claims): ingest ${mbps(ingestBytes, ingestMs)} = ${((ingestBytes / 1e6 / (ingestMs / 1000)) / extractMbps).toFixed(2)}× extraction alone; ` +
          `${await timeMatches(store, queries)}; ${(size / s.articles / 1024).toFixed(1)} KB per article (${(size / 1e6).toFixed(0)} MB)\n`,
      );
    }
  } finally {
    await store.close();
    if (backend === 'postgres') {
      const pool = new Pool({ connectionString: process.env.CLAIMDIFF_PG_URL });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  }
}

async function main(): Promise<void> {
  const base = corpus();
  process.stdout.write(`store bench: ${base.length} dev news bodies, ${(bytes(base) / 1e6).toFixed(1)} MB, repeated with new ids up to ${MAX} articles; backends ${BACKENDS.join(', ')}\n`);
  // Extraction alone, as compare() does it per article, on the whole base corpus.
  const t0 = performance.now();
  const claimTexts: string[] = [];
  for (const a of base) for (const c of extractClaims(a)) claimTexts.push(c.text);
  const extractMs = performance.now() - t0;
  const extractMbps = bytes(base) / 1e6 / (extractMs / 1000);
  process.stdout.write(`extraction alone: ${mbps(bytes(base), extractMs)} (${claimTexts.length} claims in ${(extractMs / 1000).toFixed(1)} s)\n`);
  // Queries: stored claims' texts picked with a fixed stride (each one has matches of its own and of its copies).
  const stride = Math.max(1, Math.floor(claimTexts.length / QUERIES));
  const queries = claimTexts.filter((_, i) => i % stride === 0).slice(0, QUERIES);
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-bench-store-'));
  try {
    for (const b of BACKENDS) await bench(b, base, queries, extractMbps, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
