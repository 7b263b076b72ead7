/**
 * Speed of extractAttributions() in MB/s of text (target: at least 1 MB/s).
 *
 * The text is fixed and built here (no ../shared): news-like paragraphs with
 * direct, indirect and unnamed attributions, plain sentences, quotes and
 * apostrophes, repeated to about 1 MB so that start-up costs do not dominate.
 */
import { extractAttributions } from '../src/extract/attribution';

const PARAGRAPHS = [
  '“We will not accept these terms,” Health Minister Ana Ruiz said on Monday, adding that talks would continue.',
  'Hugh Hill, a doctor at the city clinic, said the ward had been full since March and that staff were exhausted.',
  'The council rejected the plan, citing costs. According to officials, the vote was close.',
  'The rebels reportedly seized the town. It is understood that a ceasefire could follow within days.',
  'Prices rose 4% in May. The bridge was closed for repairs, and traffic moved slowly through the old town.',
  "She called the proposal “a step backwards.” The Jones' shop didn't open; it's the third closure this year.",
  '“Talks at the expert level continue,” he told reporters. “We see value in them.”',
  'Analysts suggest that the slump is over, while critics warn that inflation may return later in the year.',
];

function build(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length]!;
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}

const text = build(1_000_000);
extractAttributions(build(20_000)); // warm up: model load and lexicon indexes
const runs: number[] = [];
const cpu: number[] = [];
let found = 0;
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  found = extractAttributions(text).length;
  runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
}
const best = Math.min(...runs);
const mb = text.length / 1e6;
// Wall time is what a caller waits; CPU time (all threads, GC included) says what a busy shared machine hides.
process.stdout.write(
  `extractAttributions: ${mb.toFixed(2)} MB, best of ${runs.length}: ${best.toFixed(2)} s wall = ${(mb / best).toFixed(2)} MB/s; ` +
    `${Math.min(...cpu).toFixed(2)} s CPU = ${(mb / Math.min(...cpu)).toFixed(2)} MB/s of CPU; ${found} attributions (target ≥ 1 MB/s)\n`,
);
