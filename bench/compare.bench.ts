/**
 * Speed and memory of compare() on the bundled example story (five articles,
 * about 16 KB), and on a larger synthetic input made by repeating the story's
 * articles under new ids. Reports the median of several runs after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../src/compare';
import type { ArticleInput } from '../src/types';

const dir = join(__dirname, '..', 'examples', 'story');
const story: ArticleInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(inputs: readonly ArticleInput[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    compare(inputs);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const t0 = performance.now();
compare(story);
const cold = performance.now() - t0;
const warm = time(story, 7);
const bytes = story.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const large = Array.from({ length: 4 }, (_, k) => story.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat();
const largeMs = time(large, 3);
const mem = process.memoryUsage();
process.stdout.write(
  `compare() on the example story (5 articles, ${(bytes / 1024).toFixed(1)} KB): cold ${cold.toFixed(0)} ms (loads models), warm median ${warm.toFixed(0)} ms\n` +
    `compare() on 20 articles (${((bytes * 4) / 1024).toFixed(1)} KB): median ${largeMs.toFixed(0)} ms\n` +
    `heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB\n`,
);
