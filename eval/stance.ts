/**
 * `npm run eval:stance`: scores the committed stance model, without retraining.
 *
 * - FNC-1: the official weighted score on the fixed, seeded 20% of Body IDs that
 *   scripts/train-stance.ts never trains on (no body on both sides), with the 4×4
 *   confusion matrix.
 * - Emergent: claim vs article headline accuracy (for / against / observing =
 *   agree / disagree / discuss) on Ferreira & Vlachos's `test` rows; the model's
 *   short-text stage trains on their `train` rows only (disjoint claims). All
 *   Emergent pairs are about their claim, so the eval passes `assumeRelated`.
 *
 * Exits 1 when a figure is below its floor or the data is missing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stance } from '../src/stance/stance';
import type { StanceLabel } from '../src/types';
import { SHARED, heldOutBodies, loadEmergent, loadFnc } from '../scripts/train-stance';

const FNC_FLOOR = 80;
const EMERGENT_FLOOR = 72;
const LABELS: readonly StanceLabel[] = ['agree', 'disagree', 'discuss', 'unrelated'];

// The official scorer: 0.25 for a correct unrelated; for related gold, 0.25 for any related label and 0.75 more if exact.
function fncPoints(gold: StanceLabel, pred: StanceLabel): number {
  if (gold === 'unrelated') return pred === 'unrelated' ? 0.25 : 0;
  if (pred === 'unrelated') return 0;
  return gold === pred ? 1 : 0.25;
}

function matrix(rows: readonly { gold: StanceLabel; pred: StanceLabel }[]): string {
  const w = 11;
  const pad = (s: string): string => s.padStart(w);
  let out = `${pad('gold \\ pred')}${LABELS.map(pad).join('')}\n`;
  for (const g of LABELS) {
    out += pad(g) + LABELS.map((p) => pad(String(rows.filter((r) => r.gold === g && r.pred === p).length))).join('') + '\n';
  }
  return out;
}

function main(): number {
  if (!existsSync(path.join(SHARED, 'datasets', 'fnc-1')) || !existsSync(path.join(SHARED, 'datasets', 'emergent'))) {
    process.stderr.write(`eval:stance needs the datasets in ${path.join(SHARED, 'datasets')} (fnc-1/ and emergent/); they are not there.\n`);
    return 1;
  }
  const t0 = Date.now();
  const { bodies, pairs } = loadFnc();
  const held = heldOutBodies(bodies);
  const test = pairs.filter((p) => held.has(p.bodyId));
  const fnc = test.map((p) => ({ gold: p.stance as StanceLabel, pred: stance(p.headline, bodies.get(p.bodyId) ?? '', { maxEvidence: 0 }).label }));
  const score = fnc.reduce((a, r) => a + fncPoints(r.gold, r.pred), 0);
  const max = fnc.reduce((a, r) => a + (r.gold === 'unrelated' ? 0.25 : 1), 0);
  const fncPct = (100 * score) / max;
  const fncSecs = (Date.now() - t0) / 1000;

  const emergent = loadEmergent().filter((r) => r.split === 'test');
  const em = emergent.map((r) => ({ gold: r.stance as StanceLabel, pred: stance(r.claim, r.headline, { maxEvidence: 0, assumeRelated: true }).label }));
  const emPct = (100 * em.filter((r) => r.gold === r.pred).length) / em.length;

  const fail = (v: number, floor: number): string => (v >= floor ? 'ok' : 'BELOW FLOOR');
  process.stdout.write(`FNC-1 held-out bodies: ${held.size} bodies, ${fnc.length} pairs (${fncSecs.toFixed(1)} s)\n`);
  process.stdout.write(`FNC-1 weighted score: ${score.toFixed(2)} / ${max.toFixed(2)} = ${fncPct.toFixed(2)}%  (floor ${FNC_FLOOR}%) ${fail(fncPct, FNC_FLOOR)}\n`);
  process.stdout.write(matrix(fnc));
  process.stdout.write(`Emergent claim vs headline (F&V test rows, ${em.length} rows): accuracy ${emPct.toFixed(2)}%  (floor ${EMERGENT_FLOOR}%) ${fail(emPct, EMERGENT_FLOOR)}\n`);
  process.stdout.write(matrix(em));
  return fncPct >= FNC_FLOOR && emPct >= EMERGENT_FLOOR ? 0 : 1;
}

process.exit(main());
