/**
 * Shared helpers of the eval scripts: percentages and the floor check.
 */

/** One printed figure with its floor (`max` for figures that must stay low). */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly floor: number;
  readonly detail?: string;
  readonly max?: boolean;
}

/** `0.8531` → `'85.3%'`. */
export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/**
 * Figures named after `--report-only` (comma-separated) are printed but do not
 * fail the run: for floors an open issue has not reached yet, said out loud in .ci/run.
 *
 * @example
 * // npm run eval:seeds -- --report-only "tension recall"
 * reportOnly().has('tension recall'); // true
 */
export function reportOnly(): ReadonlySet<string> {
  const i = process.argv.indexOf('--report-only');
  return new Set(i > 0 ? (process.argv[i + 1] ?? '').split(',').map((x) => x.trim()) : []);
}

/** Prints each figure against its floor; true when every gating figure meets it. */
export function floorCheck(figures: readonly Figure[]): boolean {
  let ok = true;
  const soft = reportOnly();
  for (const f of figures) {
    const pass = f.max ? f.value <= f.floor : f.value >= f.floor;
    if (!soft.has(f.name)) ok &&= pass;
    const bound = `${f.max ? '≤' : '≥'} ${pct(f.floor)}`;
    process.stdout.write(`${f.name.padEnd(22)} ${pct(f.value).padStart(7)}  ${(f.detail ?? '').padEnd(12)} floor ${bound.padEnd(8)} ${pass ? 'ok' : soft.has(f.name) ? 'below floor (report only)' : 'BELOW FLOOR'}\n`);
  }
  return ok;
}
