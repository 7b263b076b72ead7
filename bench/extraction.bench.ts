/**
 * Speed of extraction against wink-nlp's own tokenising and POS tagging of the
 * same texts, as a ratio measured in one process (issue 13; target ≥ 0.5).
 *
 * Texts: the 84 PolNeAR dev articles in ../shared (the test part is held out and
 * not on this machine), each processed on its own, as compare() does. Three
 * workloads take turns (A B C, A B C, …, five rounds) so that a busy shared
 * machine slows all of them alike: extractClaims() (which runs attribution
 * extraction too), extractAttributions() alone, tagTokens() alone (the tagging
 * extractClaims does once per article: wink plus lemmas, offsets and stems; its
 * ratio is the ceiling of extractClaims'), and wink-nlp's readDoc with
 * the same pipe (sentence breaks and POS) reading tokens and tags out. Each
 * round's ratio is throughput over wink's throughput in that round; the median
 * of the rounds is reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../src/extract/attribution';
import { extractClaims } from '../src/extract/claims';
import { cleanView } from '../src/text/normalize';
import { tagTokens } from '../src/text/tokens';
import { nlp } from '../src/vendor/wink';

const dir = path.resolve(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev', 'text');
if (!existsSync(dir)) {
  process.stdout.write(`extraction bench needs the PolNeAR dev texts in ${dir}; skipped.\n`);
  process.exit(0);
}
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;

function wink(): number {
  const instance = nlp();
  let n = 0;
  for (const t of texts) {
    const doc = instance.readDoc(t);
    n += (doc.tokens().out(instance.its.pos) as string[]).length + (doc.tokens().out(instance.its.value) as string[]).length;
  }
  return n;
}
const claims = (): number => texts.reduce((n, text) => n + extractClaims({ text }).length, 0);
const attributions = (): number => texts.reduce((n, text) => n + extractAttributions(text).length, 0);
const tagging = (): number => texts.reduce((n, text) => n + tagTokens(cleanView(text)).length, 0);

const workloads: readonly { name: string; run: () => number }[] = [
  { name: 'extractClaims', run: claims },
  { name: 'extractAttributions', run: attributions },
  { name: 'tagTokens (ceiling)', run: tagging },
  { name: 'wink-nlp tokens + POS', run: wink },
];
// Warm-up: model load, lexicon indexes, JIT.
for (const w of workloads) w.run();
const seconds = new Map<string, number[]>(workloads.map((w) => [w.name, []]));
// CPU time too: on a shared machine, other work stretches wall time unevenly between turns.
const cpuSeconds = new Map<string, number[]>(workloads.map((w) => [w.name, []]));
for (let round = 0; round < 5; round++) {
  for (const w of workloads) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    w.run();
    const c = process.cpuUsage(c0);
    seconds.get(w.name)!.push(Number(process.hrtime.bigint() - t0) / 1e9);
    cpuSeconds.get(w.name)!.push((c.user + c.system) / 1e6);
  }
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
process.stdout.write(`${texts.length} PolNeAR dev articles, ${mb.toFixed(2)} MB, 5 rounds, article by article\n`);
for (const [label, table] of [['wall', seconds], ['CPU', cpuSeconds]] as const) {
  const winkS = table.get('wink-nlp tokens + POS')!;
  for (const w of workloads) {
    const s = table.get(w.name)!;
    const ratios = s.map((x, i) => winkS[i]! / x);
    process.stdout.write(`${label.padEnd(5)}${w.name.padEnd(24)} median ${(mb / median(s)).toFixed(2)} MB/s (best ${(mb / Math.min(...s)).toFixed(2)})  ratio to wink: median ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})\n`);
  }
}
