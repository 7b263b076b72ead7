/**
 * `npm run eval:stories`: scores compare() on each of the eleven dev stories
 * (the example story and the ten BASIL triplets in ../shared/corpus) and on
 * their mean, by the rules of STORIES.md: claim recall and precision, speaker
 * and quote-kind accuracy, tension recall and precision, agreement recall.
 *
 * Flags: `--story NAME` (one story), `--verbose` (speaker, quote-kind and modality errors),
 * `--report-only "figure,figure"` (printed, not gating).
 * Exits 1 when a mean figure is below its floor.
 */
import { compare } from '../src/compare';
import { floorCheck, pct, type Figure } from './lib';
import { loadDevStories, scoreStory, storyFigures, type StoryCounts } from './lib-stories';

// Issue 12's relation floors (30% / 30% / 40%) are printed against their targets; .ci/run reads
// them report-only until they are met. Issue 13's floors, all met: claim recall 88%, claim
// precision 85%, speaker accuracy 85%, quote kind 85%.
const FLOORS: Readonly<Record<string, number>> = {
  'claim recall': 0.88,
  'claim precision': 0.85,
  'speaker accuracy': 0.85,
  'quote-kind accuracy': 0.85,
  'tension recall': 0.3,
  'tension precision': 0.3,
  'agreement recall': 0.4,
};
const NAMES = Object.keys(FLOORS);

const only = ((): string | null => { const i = process.argv.indexOf('--story'); return i >= 0 ? process.argv[i + 1] ?? null : null; })();
const stories = loadDevStories().filter((s) => only === null || s.name === only);
const t0 = performance.now();
const rows: { name: string; counts: StoryCounts; figures: Record<string, number | null> }[] = [];
for (const story of stories) {
  const report = compare(story.inputs);
  const counts = scoreStory(story, report.claims, report.relations);
  rows.push({ name: story.name, counts, figures: storyFigures(counts) });
}
const ms = performance.now() - t0;

const short = ['claim R', 'claim P', 'speaker', 'quote', 'tens R', 'tens P', 'agree R'];
process.stdout.write(`claimdiff eval:stories — ${rows.length} dev stories, compare() ${(ms / 1000).toFixed(1)} s\n\n`);
process.stdout.write(`${'story'.padEnd(16)}${short.map((s) => s.padStart(9)).join('')}\n`);
// A story that predicts no tension has tension precision 0 in the mean (it found none of its tensions).
const value = (f: Record<string, number | null>, n: string): number => f[n] ?? (n === 'tension precision' ? 0 : NaN);
for (const r of rows) process.stdout.write(`${r.name.padEnd(16)}${NAMES.map((n) => (r.figures[n] === null ? '—' : pct(r.figures[n] as number)).padStart(9)).join('')}\n`);
const mean = (n: string): number => {
  const xs = rows.map((r) => value(r.figures, n)).filter((x) => !Number.isNaN(x));
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
};
process.stdout.write(`${'mean'.padEnd(16)}${NAMES.map((n) => pct(mean(n)).padStart(9)).join('')}\n`);
const total = (k: keyof StoryCounts): number => rows.reduce((a, r) => a + (r.counts[k] as number), 0);
process.stdout.write(`claim polarity accuracy ${pct(total('polarityOk') / Math.max(1, total('found')))}, modality accuracy ${pct(total('modalityOk') / Math.max(1, total('found')))} (pooled over found claims; diagnostics, no floor)\n`);
process.stdout.write(`(pooled: tension ${total('tensionHit')}/${total('tensionGold')} found, ${total('tensionPredOk')}/${total('tensionPred')} predicted right; agreement ${total('agreeHit')}/${total('agreeGold')}; speakers ${total('speakerOk')}/${total('found')})\n\n`);

if (process.argv.includes('--verbose')) {
  for (const r of rows) for (const e of r.counts.speakerErrors) process.stdout.write(`  ${e}\n`);
  process.stdout.write('\nquote-kind errors\n');
  for (const r of rows) for (const e of r.counts.quoteErrors) process.stdout.write(`  ${e}\n`);
  process.stdout.write('\nmodality errors\n');
  for (const r of rows) for (const e of r.counts.modalityErrors) process.stdout.write(`  ${e}\n`);
  process.stdout.write('\n');
}
const figures: Figure[] = NAMES.map((n) => ({ name: `mean ${n}`, value: mean(n), floor: FLOORS[n] ?? 0 }));
const ok = floorCheck(figures);
process.stdout.write(`\n${ok ? 'all floors met' : 'some figures are below their floors'}\n`);
process.exit(ok ? 0 : 1);
