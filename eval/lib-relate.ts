/**
 * Shared by eval/relate.ts and scripts/train-relate.ts: reads the dev datasets
 * and makes the fixed, seeded splits, so training and scoring can never
 * disagree about which rows are held out.
 *
 * @example
 * const data = loadRelateData(sharedDir());
 * data.sick.filter((r) => r.part === 'train').length;
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RelationLabel } from '../src/types';

/** The class a dataset row maps to, in the model's three-class space. */
export type Gold = 'agree' | 'conflict' | 'neutral';

/**
 * One sentence pair with its gold class and its split part.
 *
 * @example
 * const r: PairRow = { set: 'sick', a: 'x', b: 'y', gold: 'agree', part: 'train', group: '1' };
 */
export interface PairRow {
  readonly set: 'sick' | 'msrp' | 'claimdiff';
  readonly a: string;
  readonly b: string;
  readonly gold: Gold;
  /** `train` rows fit the committed model; `test` rows are only ever scored. */
  readonly part: 'train' | 'test';
  /** Rows sharing a group stay together in cross-validation (ClaimDiff topic, MSRP pair, SICK source caption). */
  readonly group: string;
}

/** Seed of the fixed hold-out split. Changing it changes what eval scores. */
export const SPLIT_SEED = 20240516;
/** Share held out from MSRP and ClaimDiff. */
export const HOLDOUT = 0.2;

/**
 * Path of ../shared, from this file (eval/ sits one level under the repo).
 *
 * @example
 * sharedDir(); // '/work/shared'
 */
export function sharedDir(): string {
  return resolve(__dirname, '..', '..', 'shared');
}

/**
 * Exits with a clear message when ../shared is missing (a user's fresh clone).
 *
 * @example
 * requireShared();
 */
export function requireShared(): string {
  const dir = sharedDir();
  if (!existsSync(join(dir, 'datasets'))) {
    process.stderr.write(`relate eval/train needs the dev datasets in ${join(dir, 'datasets')}, which is missing.\n`);
    process.exit(1);
  }
  return dir;
}

/**
 * A 32-bit FNV-1a hash mapped to [0, 1): a seeded, order-free coin for splits.
 *
 * @example
 * unitHash('topic', 1) < 1; // true
 */
export function unitHash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One extra avalanche round, because FNV's low bits are weak on short keys.
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0; h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0; h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function loadSick(dir: string): PairRow[] {
  const lines = readFileSync(join(dir, 'datasets', 'sick', 'SICK_train_trial.txt'), 'utf8').split('\n');
  const header = (lines[0] ?? '').split('\t');
  const col = (n: string): number => header.indexOf(n);
  const [iA, iB, iL, iS, iOrig] = [col('sentence_A'), col('sentence_B'), col('entailment_label'), col('SemEval_set'), col('sentence_A_original')];
  const out: PairRow[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const c = line.split('\t');
    const label = c[iL] ?? '';
    const gold: Gold = label === 'ENTAILMENT' ? 'agree' : label === 'CONTRADICTION' ? 'conflict' : 'neutral';
    // SICK builds many pairs from one source caption; folds keep them together, or CV
    // would reward a model for recognising sentences it has seen.
    out.push({ set: 'sick', a: c[iA] ?? '', b: c[iB] ?? '', gold, part: c[iS] === 'TRIAL' ? 'test' : 'train', group: `s${c[iOrig]}` });
  }
  return out;
}

function loadMsrp(dir: string): PairRow[] {
  const text = readFileSync(join(dir, 'datasets', 'msrp', 'msr_paraphrase_train.txt'), 'utf8').replace(/^\uFEFF/, '');
  const out: PairRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const c = line.split('\t');
    const group = `m${c[1]}-${c[2]}`;
    out.push({
      set: 'msrp', a: c[3] ?? '', b: c[4] ?? '', gold: c[0] === '1' ? 'agree' : 'neutral',
      part: unitHash(group, SPLIT_SEED) < HOLDOUT ? 'test' : 'train', group,
    });
  }
  return out;
}

interface CdRow { readonly topic: string; readonly pair_id: string; readonly claim_a: string; readonly claim_b: string; readonly relation: number }

function loadClaimDiff(dir: string): PairRow[] {
  const read = (p: string): CdRow[] => (JSON.parse(readFileSync(join(dir, 'datasets', 'claimdiff', p), 'utf8')) as { data: CdRow[] }).data;
  const strong = read(join('ClaimDiff-S', 'ClaimDiff-strength-train.json'));
  const weak = new Map(read(join('ClaimDiff-W', 'ClaimDiff-weak-train.json')).map((r) => [r.pair_id, r.relation]));
  return strong.map((r) => {
    const w = weak.get(r.pair_id) ?? 0;
    const gold: Gold = r.relation === 1 ? 'agree' : w === 1 ? 'conflict' : 'neutral';
    const group = `c${r.topic}`;
    return { set: 'claimdiff', a: r.claim_a, b: r.claim_b, gold, part: unitHash(group, SPLIT_SEED) < HOLDOUT ? 'test' : 'train', group } as const;
  });
}

/**
 * All three dev datasets, split.
 *
 * @example
 * loadRelateData(requireShared()).claimdiff.length; // 1857
 */
export function loadRelateData(dir: string): { sick: PairRow[]; msrp: PairRow[]; claimdiff: PairRow[] } {
  return { sick: loadSick(dir), msrp: loadMsrp(dir), claimdiff: loadClaimDiff(dir) };
}

/**
 * Whether a relate() label counts as the gold class under the mapping
 * (neutral gold accepts qualify on SICK; conflict gold accepts contradict or qualify).
 *
 * @example
 * labelToGold('qualify', 'sick'); // 'neutral'
 */
export function labelToGold(label: RelationLabel, set: PairRow['set']): Gold {
  if (label === 'agree') return 'agree';
  if (label === 'neutral') return 'neutral';
  if (label === 'contradict') return set === 'msrp' ? 'neutral' : 'conflict';
  return set === 'sick' || set === 'msrp' ? 'neutral' : 'conflict';
}

/**
 * Per-class F1, macro-F1 and accuracy from gold/predicted lists.
 *
 * @example
 * scores(['agree'], ['agree'], ['agree', 'conflict', 'neutral']).accuracy; // 1
 */
export function scores(gold: readonly Gold[], pred: readonly Gold[], classes: readonly Gold[]): {
  accuracy: number; macroF1: number; f1: Record<string, number>; confusion: number[][];
} {
  const idx = new Map(classes.map((c, i) => [c, i]));
  const confusion = classes.map(() => classes.map(() => 0));
  let ok = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = idx.get(gold[i] as Gold) ?? 0;
    const p = idx.get(pred[i] as Gold) ?? 0;
    const row = confusion[g];
    if (row) row[p] = (row[p] ?? 0) + 1;
    if (g === p) ok++;
  }
  const f1: Record<string, number> = {};
  let sum = 0;
  classes.forEach((c, i) => {
    const tp = confusion[i]?.[i] ?? 0;
    const fp = confusion.reduce((s, r, j) => s + (j === i ? 0 : r[i] ?? 0), 0);
    const fn = (confusion[i] ?? []).reduce((s, v, j) => s + (j === i ? 0 : v), 0);
    const f = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    f1[c] = f;
    sum += f;
  });
  return { accuracy: gold.length ? ok / gold.length : 0, macroF1: sum / classes.length, f1, confusion };
}

/**
 * A confusion matrix as aligned text, gold in rows.
 *
 * @example
 * formatConfusion([[1, 0], [0, 1]], ['agree', 'neutral'], ['agree', 'neutral']);
 */
export function formatConfusion(m: readonly (readonly number[])[], rows: readonly string[], cols: readonly string[]): string {
  const w = 13;
  const head = `${'gold \\ pred'.padEnd(14)}${cols.map((c) => c.padStart(w)).join('')}`;
  const body = m.map((r, i) => `${(rows[i] ?? '').padEnd(14)}${r.map((v) => String(v).padStart(w)).join('')}`);
  return [head, ...body].join('\n');
}
