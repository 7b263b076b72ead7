/**
 * `npm run eval:determinism`: the standards' promises on real news no one here
 * wrote. Every BASIL dev triplet (../shared/datasets/basil: one event told by
 * three outlets) goes through compare() twice, after all the others:
 *
 * - the two reports give byte-identical JSON (nothing read before changes a report);
 * - every claim's span gives exactly its text (`text.slice(start, end)`);
 * - the inputs are not mutated.
 *
 * Exits 1 on any failure, naming the triplet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compare } from '../src/compare';
import { toJson } from '../src/report/json';
import type { ArticleInput } from '../src/types';

const root = resolve(__dirname, '..', '..', 'shared', 'datasets', 'basil', 'articles');
if (!existsSync(root)) {
  process.stderr.write(`eval:determinism needs ${root} (the shared data beside this repository); it was not found.\n`);
  process.exit(1);
}

interface BasilArticle {
  readonly title: string;
  readonly date?: string;
  readonly source?: string;
  readonly 'body-paragraphs': readonly (readonly string[])[];
}

const triplets = new Map<string, ArticleInput[]>();
for (const year of readdirSync(root).sort()) {
  for (const file of readdirSync(join(root, year)).sort()) {
    const a = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as BasilArticle;
    const id = file.replace(/\.json$/, '');
    const text = `${a.title}\n\n${a['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}`;
    const key = id.replace(/_\d$/, '');
    triplets.set(key, [...(triplets.get(key) ?? []), { id, text, ...(a.date ? { publishedAt: a.date } : {}), ...(a.source ? { outlet: a.source } : {}) }]);
  }
}

const t0 = performance.now();
const first = new Map<string, string>();
for (const [key, inputs] of triplets) first.set(key, toJson(compare(inputs)));
const failures: string[] = [];
let claims = 0;
for (const [key, inputs] of triplets) {
  const before = JSON.stringify(inputs);
  const report = compare(inputs);
  if (toJson(report) !== first.get(key)) failures.push(`${key}: a second compare() gave different JSON`);
  if (JSON.stringify(inputs) !== before) failures.push(`${key}: compare() changed its input`);
  const textOf = new Map(inputs.map((a) => [a.id, a.text]));
  for (const c of report.claims) {
    claims++;
    if (textOf.get(c.articleId)?.slice(c.span.start, c.span.end) !== c.text) failures.push(`${key}: claim ${c.id} span does not give its text`);
  }
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`claimdiff eval:determinism — ${triplets.size} BASIL triplets, each compared twice; ${claims} claims checked; ${seconds.toFixed(1)} s\n`);
for (const f of failures.slice(0, 20)) process.stdout.write(`  FAIL ${f}\n`);
process.stdout.write(failures.length === 0 ? 'byte-identical JSON, exact spans, inputs unchanged: ok\n' : `${failures.length} failures\n`);
process.exit(failures.length === 0 ? 0 : 1);
