/**
 * A against B: extraction speed of two checkouts of claimdiff in one process,
 * for a speed change whose effect is smaller than this machine's noise between
 * runs. Each round runs, in turn, wink-nlp's own tokenising and POS tagging,
 * then extractClaims(), extractAttributions() and tagTokens() of checkout A and
 * of checkout B over the PolNeAR dev texts, article by article; it prints the
 * median CPU time of each, its median ratio to wink-nlp, and B's speed-up over A
 * (the median of the per-round ratios).
 *
 * Usage: `git worktree add /tmp/before <commit>`, then
 * `npx tsx bench/extraction-ab.ts /tmp/before .` (R=15 rounds by default).
 * Not a benchmark of its own (its name does not end in .bench.ts, so `npm run bench` skips it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanView } from '../src/text/normalize';
import { nlp } from '../src/vendor/wink';

interface Checkout {
  readonly extractClaims: (input: { text: string }) => readonly unknown[];
  readonly extractAttributions: (text: string) => readonly unknown[];
  readonly tagTokens: (text: string) => readonly unknown[];
}

function load(root: string): Checkout {
  const src = path.resolve(root, 'src');
  const claims = require(path.join(src, 'extract', 'claims')) as Pick<Checkout, 'extractClaims'>;
  const attribution = require(path.join(src, 'extract', 'attribution')) as Pick<Checkout, 'extractAttributions'>;
  const tokens = require(path.join(src, 'text', 'tokens')) as Pick<Checkout, 'tagTokens'>;
  return { extractClaims: claims.extractClaims, extractAttributions: attribution.extractAttributions, tagTokens: tokens.tagTokens };
}

const [rootA, rootB] = process.argv.slice(2);
const dir = path.resolve(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev', 'text');
if (rootA === undefined || rootB === undefined) {
  process.stderr.write('usage: npx tsx bench/extraction-ab.ts CHECKOUT_A CHECKOUT_B\n');
  process.exit(2);
}
if (!existsSync(dir)) {
  process.stdout.write(`extraction A/B needs the PolNeAR dev texts in ${dir}; skipped.\n`);
  process.exit(0);
}
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
const a = load(rootA);
const b = load(rootB);
const instance = nlp();
const jobs: readonly (readonly [string, () => void])[] = [
  ['wink-nlp', () => { for (const t of texts) { const d = instance.readDoc(t); d.tokens().out(instance.its.pos); d.tokens().out(instance.its.value); } }],
  ['claims A', () => { for (const text of texts) a.extractClaims({ text }); }],
  ['claims B', () => { for (const text of texts) b.extractClaims({ text }); }],
  ['attributions A', () => { for (const text of texts) a.extractAttributions(text); }],
  ['attributions B', () => { for (const text of texts) b.extractAttributions(text); }],
  ['tagging A', () => { for (const text of texts) a.tagTokens(cleanView(text)); }],
  ['tagging B', () => { for (const text of texts) b.tagTokens(cleanView(text)); }],
];
for (const [, run] of jobs) run(); // warm-up: models, lexicon indexes, JIT
const ms = new Map<string, number[]>(jobs.map(([name]) => [name, []]));
const rounds = Number(process.env.R ?? 15);
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of jobs) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    ms.get(name)!.push((c.user + c.system) / 1e3);
  }
}
const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const wink = ms.get('wink-nlp')!;
process.stdout.write(`${texts.length} PolNeAR dev articles, ${rounds} rounds, CPU time; A = ${rootA}, B = ${rootB}\n`);
for (const [name] of jobs) {
  const t = ms.get(name)!;
  process.stdout.write(`${name.padEnd(16)} median ${median(t).toFixed(0).padStart(5)} ms  ratio to wink-nlp ${median(t.map((x, i) => wink[i]! / x)).toFixed(3)}\n`);
}
for (const w of ['claims', 'attributions', 'tagging']) {
  const ta = ms.get(`${w} A`)!;
  const tb = ms.get(`${w} B`)!;
  process.stdout.write(`${w}: B over A ${median(ta.map((x, i) => x / tb[i]!)).toFixed(3)}×\n`);
}
