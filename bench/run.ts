/**
 * `npm run bench`: runs every benchmark in bench/ and prints its figures.
 * Speed is measured here, never asserted in unit tests.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort()) {
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, file)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
