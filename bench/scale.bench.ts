/**
 * How compare()'s cost grows with the input: 400, 800 and 1,600 FNC-1 train
 * bodies (the first N, in file order, each one article), timed in one run. Each
 * size runs in its own child process, one after the other, so each peak RSS is
 * that size's own. Prints wall and CPU seconds, claims, points, relations and
 * peak RSS per size, and the ratio t(1600)/t(800) (linear work would give 2.0).
 *
 * `npm run bench:scale` (or `npm run bench`, which runs every bench).
 * `npm run bench:scale -- 200 400` times other sizes; `--profile` writes a
 * CPU profile of each child to $TMPDIR/claimdiff-profiles/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { compare } from '../src/compare';

const BODIES = join(__dirname, '..', '..', 'shared', 'datasets', 'fnc-1', 'train_bodies.csv');

interface Figures {
  readonly bodies: number;
  readonly seconds: number;
  /** CPU seconds of compare() (user + system): steadier than wall time on a shared machine. */
  readonly cpu: number;
  readonly claims: number;
  readonly points: number;
  readonly relations: number;
  readonly rssMiB: number;
}

function child(n: number): void {
  const rows = parse(readFileSync(BODIES), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const articles = rows.slice(0, n).map((r) => ({ id: `b${r['Body ID']}`, text: r['articleBody'] ?? '' }));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = compare(articles);
  const seconds = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const figures: Figures = {
    bodies: articles.length,
    seconds,
    cpu: (c1.user + c1.system) / 1e6,
    claims: report.claims.length,
    points: report.points.length,
    relations: report.relations.length,
    // maxRSS is in KiB: the peak of this process, models and input included.
    rssMiB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function parent(sizes: readonly number[], profile: boolean): void {
  if (!existsSync(BODIES)) {
    process.stdout.write(`scale bench skipped: ${BODIES} is not there\n`);
    return;
  }
  const out: Figures[] = [];
  process.stdout.write('bodies  seconds  cpu s   claims  points  relations  peak RSS\n');
  for (const n of sizes) {
    const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', join(tmpdir(), 'claimdiff-profiles'), '--cpu-prof-name', `scale-${n}.cpuprofile`] : [];
    const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', __filename, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(r.status ?? 1);
    }
    const f = JSON.parse(r.stdout.trim().split('\n').pop()!) as Figures;
    out.push(f);
    process.stdout.write(
      `${String(f.bodies).padStart(6)}  ${f.seconds.toFixed(1).padStart(7)}  ${f.cpu.toFixed(1).padStart(5)}  ${String(f.claims).padStart(7)}  ${String(f.points).padStart(6)}  ${String(f.relations).padStart(9)}  ${f.rssMiB.toFixed(0).padStart(5)} MiB\n`,
    );
  }
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    process.stdout.write(
      `t(${b.bodies})/t(${a.bodies}) = ${(b.seconds / a.seconds).toFixed(2)} wall, ${(b.cpu / a.cpu).toFixed(2)} cpu (inputs ×${(b.bodies / a.bodies).toFixed(1)})\n`,
    );
  }
}

const args = process.argv.slice(2);
const at = args.indexOf('--child');
if (at >= 0) child(Number(args[at + 1]));
else {
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  parent(sizes.length > 0 ? sizes : [400, 800, 1600], args.includes('--profile'));
}
