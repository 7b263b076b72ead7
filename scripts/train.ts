/**
 * `npm run train`: retrains every learned model, seeded and repeatable, and
 * rewrites the generated weight files under src/. Reads ../shared/datasets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const steps = ['train-relate.ts', 'train-stance.ts', 'train-points.ts', 'train-point-relations.ts'];
for (const step of steps) {
  const file = join(__dirname, step);
  if (!existsSync(file)) continue;
  process.stdout.write(`\n== ${step}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
