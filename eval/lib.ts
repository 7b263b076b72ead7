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

/** Prints each figure against its floor; true when every figure meets it. */
export function floorCheck(figures: readonly Figure[]): boolean {
  let ok = true;
  for (const f of figures) {
    const pass = f.max ? f.value <= f.floor : f.value >= f.floor;
    ok &&= pass;
    const bound = `${f.max ? '≤' : '≥'} ${pct(f.floor)}`;
    process.stdout.write(`${f.name.padEnd(22)} ${pct(f.value).padStart(7)}  ${(f.detail ?? '').padEnd(12)} floor ${bound.padEnd(8)} ${pass ? 'ok' : 'BELOW FLOOR'}\n`);
  }
  return ok;
}
