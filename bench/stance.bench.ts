/**
 * Stance speed: headline/body pairs per second over FNC-1 (target >= 500/s),
 * through the public stance() with evidence, on one thread. The first pass
 * starts with an empty analysis cache, so it pays for analysing each of the
 * bodies once; the second pass shows the cost per pair once they are cached.
 *
 * Run: `npx tsx bench/stance.bench.ts [pairs]` (default 25,000), or `npm run bench`.
 */
import { analysisCacheSize } from '../src/stance/stance-analysis';
import { stance } from '../src/stance/stance';
import { loadFnc, requireShared } from '../scripts/train-stance';

const TARGET = 500;

function main(): number {
  try {
    requireShared();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const { bodies, pairs } = loadFnc();
  const n = Math.min(Number(process.argv[2] ?? 25_000), pairs.length);
  const sample = pairs.slice(0, n);
  const bodyIds = new Set(sample.map((p) => p.bodyId));
  const run = (): number => {
    const t = process.hrtime.bigint();
    let related = 0;
    for (const p of sample) if (stance(p.headline, bodies.get(p.bodyId) ?? '').label !== 'unrelated') related++;
    void related;
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  const cold = run();
  const cached = analysisCacheSize();
  const warm = run();
  const rate = n / cold;
  process.stdout.write(`stance(): ${n} FNC-1 pairs over ${bodyIds.size} bodies, evidence on\n`);
  process.stdout.write(`  cold cache: ${cold.toFixed(2)} s = ${rate.toFixed(0)} pairs/s (target >= ${TARGET}) ${rate >= TARGET ? 'ok' : 'BELOW TARGET'}\n`);
  process.stdout.write(`  warm cache: ${warm.toFixed(2)} s = ${(n / warm).toFixed(0)} pairs/s; ${cached} texts analysed once each\n`);
  return rate >= TARGET ? 0 : 1;
}

process.exit(main());
