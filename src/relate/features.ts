/**
 * Pair features for relate(): word alignment on lemma keys and WordNet
 * relations, negation scope, modality, conditions, time limits, numbers, dates,
 * quantifiers, role order, tf-idf cosine, length, and from the word vectors
 * (src/semantics) soft coverage each way and the claim-vector cosine. The vector feeds the
 * learned model; the evidence lists feed the rules that write reasons.
 *
 * Direction matters for entailment (premise `a`, hypothesis `b`), so coverage is
 * measured both ways; everything else is symmetric.
 *
 * @module
 */
import { analyze, type Analysis, type Cue, type NumberCue, type QuantCue, type Word } from './analyze';
import { coHyponyms, wordRelation } from './lexical';
import idfTable from './idf.generated.json';
import { hashKey } from '../text/hash';
import { STANCE_CUE_CATEGORIES, type StanceCueCategory } from '../lexicon/stance';
import { vectorProfile } from '../semantics/profile';
import { softCoverage } from '../semantics/soft-match';
import { claimCosine, claimVector } from '../semantics/claim-vector';

/** Stance cue categories that rebut a claim, and those that only report it (hearsay). */
const REBUT: readonly StanceCueCategory[] = ['falsity', 'denial', 'noEvidence', 'doubt'];
const HEARSAY: readonly StanceCueCategory[] = ['reported', 'claimed', 'unverified'];

/**
 * Inverse document frequency of a lemma key.
 *
 * @example
 * const idf: IdfFn = (key) => (key === 'the' ? 0.1 : 5);
 */
export type IdfFn = (key: string) => number;

/**
 * A table of document frequencies, as written by scripts/train-relate.ts.
 * Keys are {@link hashKey} hashes of lemma keys, so no vocabulary of the
 * training news (names included) ships in src/.
 *
 * @example
 * const t: IdfTable = { docs: 100, df: { [hashKey('talk')]: 12 } };
 */
export interface IdfTable {
  readonly docs: number;
  readonly df: Readonly<Record<string, number>>;
}

/**
 * Builds a smoothed idf function from a document-frequency table.
 *
 * @example
 * idfFrom({ docs: 100, df: { [hashKey('talk')]: 9 } })('talk'); // ≈ 3.3
 */
export function idfFrom(table: IdfTable): IdfFn {
  const n = table.docs;
  const df = table.df;
  const max = Math.log((n + 1) / 1) + 1;
  const memo = new Map<string, number>();
  return (key: string): number => {
    let v = memo.get(key);
    if (v === undefined) {
      const h = hashKey(key);
      const d = Object.prototype.hasOwnProperty.call(df, h) ? df[h] ?? 0 : 0;
      // Unseen keys are usually names or rare words: informative, but capped so one
      // typo cannot outweigh a sentence.
      v = d > 0 ? Math.log((n + 1) / (d + 1)) + 1 : max * 0.85;
      memo.set(key, v);
    }
    return v;
  };
}

/**
 * The committed idf table (built from generic text at train time).
 *
 * @example
 * defaultIdf('the') < defaultIdf('ceasefire'); // true
 */
export const defaultIdf: IdfFn = idfFrom(idfTable as IdfTable);

/**
 * Names of the model's input features, in vector order. The weights file
 * records them so a stale model is caught at load time.
 *
 * @example
 * FEATURE_NAMES.includes('negMismatch'); // true
 */
export const FEATURE_NAMES = [
  'covB', 'covA', 'covBExact', 'covAExact', 'covMin', 'covMax', 'cosine', 'bigram', 'lcs',
  'lenA', 'lenB', 'lenRatio', 'unmatchedA', 'unmatchedB', 'synMatches', 'hyperAB', 'hyperBA',
  'negMin', 'negMax', 'negParityDiff', 'negMismatch', 'negAlignedA', 'negAlignedB',
  'antonyms', 'handAntonyms', 'scaleAntonyms', 'coHyponyms', 'substitutions',
  'possDiff', 'condDiff', 'hedgeDiff', 'intentDiff', 'limitDiff', 'modalVsNeg',
  'numBoth', 'numMismatch', 'numOneSide', 'numMatch', 'dateMismatch', 'quantMismatch', 'roleSwap',
  'caps', 'contrast', 'longest',
  'gram1', 'gram2', 'gram3', 'wordDiff', 'newInfoA', 'newInfoB', 'namesOnlyMin', 'namesOnlyMax', 'namesShared',
  'verbsOnlyA', 'verbsOnlyB', 'evalMin', 'evalMax', 'evalClash', 'quoteDiff', 'passiveDiff',
  'rebutMin', 'rebutMax', 'hearsayMin', 'hearsayMax', 'attribMin', 'attribMax', 'confirmMin', 'confirmMax',
  'contrastMin', 'contrastMax', 'evalGap', 'sharedIdf', 'sharedIdfMax', 'namesJaccard', 'opponentsMax', 'evalRateGap',
  'disputes', 'disputeRate',
  'softCovA', 'softCovB', 'claimCos',
] as const;

/**
 * One of FEATURE_NAMES.
 *
 * @example
 * const f: FeatureName = 'cosine';
 */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Two aligned or opposed words, one from each statement.
 *
 * @example
 * const p: WordPair = { a: wa, b: wb, kind: 'antonym' };
 */
export interface WordPair {
  readonly a: Word;
  readonly b: Word;
  readonly kind: 'same' | 'synonym' | 'hypernym' | 'hyponym' | 'antonym' | 'antonym-hand' | 'antonym-scale' | 'cohyponym';
}

/**
 * Features of a pair, with the evidence the rules point at.
 *
 * @example
 * pairFeatures('The bridge is open.', 'The bridge is closed.').evidence.antonyms.length; // 1
 */
export interface PairFeatures {
  readonly vector: Float64Array;
  readonly a: Analysis;
  readonly b: Analysis;
  readonly evidence: {
    readonly aligned: readonly WordPair[];
    readonly antonyms: readonly WordPair[];
    readonly substitutions: readonly WordPair[];
    /** Aligned words negated on one side only. */
    readonly negMismatch: readonly WordPair[];
    readonly numMismatch: readonly (readonly [NumberCue, NumberCue])[];
    readonly dateMismatch: readonly (readonly [Cue, Cue])[];
    readonly quantMismatch: readonly (readonly [QuantCue, QuantCue])[];
    readonly roleSwap: readonly [WordPair, WordPair] | null;
    /** Weighted share of each side's content found in the other. */
    readonly covA: number;
    readonly covB: number;
  };
}

const MATCH_WEIGHT: Readonly<Record<string, number>> = { same: 1, synonym: 0.85, hypernym: 0.75, hyponym: 0.6 };

/**
 * Computes the pair features of two statements.
 *
 * @example
 * const f = pairFeatures('A man is not sleeping.', 'A man is sleeping.');
 * f.evidence.negMismatch[0]?.a.lower; // 'sleeping'
 */
export function pairFeatures(textA: string, textB: string, idf: IdfFn = defaultIdf): PairFeatures {
  const a = analyze(textA);
  const b = analyze(textB);
  const ca = a.words.filter((w) => w.content);
  const cb = b.words.filter((w) => w.content);

  // Align each content word of b to its best partner in a (and record oppositions on the way).
  const matchA = new Array<number>(ca.length).fill(0);
  const matchB = new Array<number>(cb.length).fill(0);
  const exactA = new Array<boolean>(ca.length).fill(false);
  const exactB = new Array<boolean>(cb.length).fill(false);
  const aligned: WordPair[] = [];
  const antonyms: WordPair[] = [];
  let syn = 0;
  let hypAB = 0;
  let hypBA = 0;
  for (let j = 0; j < cb.length; j++) {
    const wb = cb[j];
    if (!wb) continue;
    let best = -1;
    let bestW = 0;
    let bestKind: WordPair['kind'] = 'same';
    for (let i = 0; i < ca.length; i++) {
      const wa = ca[i];
      if (!wa) continue;
      const rel = wordRelation(wa.key, wb.key);
      if (rel === null) continue;
      if (rel === 'antonym' || rel === 'antonym-hand' || rel === 'antonym-scale') {
        antonyms.push({ a: wa, b: wb, kind: rel });
        continue;
      }
      const w = MATCH_WEIGHT[rel] ?? 0;
      // Prefer the nearer unused partner among equals, so repeated words pair in order.
      if (w > bestW || (w === bestW && best >= 0 && matchA[best] !== 0 && matchA[i] === 0)) {
        best = i;
        bestW = w;
        bestKind = rel;
      }
    }
    if (best < 0) continue;
    const wa = ca[best];
    if (!wa) continue;
    matchB[j] = bestW;
    matchA[best] = Math.max(matchA[best] ?? 0, bestKind === 'hypernym' ? MATCH_WEIGHT.hyponym ?? 0 : bestKind === 'hyponym' ? MATCH_WEIGHT.hypernym ?? 0 : bestW);
    if (bestKind === 'same') { exactB[j] = true; exactA[best] = true; }
    if (bestKind === 'synonym') syn++;
    if (bestKind === 'hypernym') hypAB++;
    if (bestKind === 'hyponym') hypBA++;
    aligned.push({ a: wa, b: wb, kind: bestKind });
  }
  // An antonym pair only counts when its two words are not both matched elsewhere
  // ("a large dog and a small dog" / "a big dog and a small dog" opposes nothing).
  const alignedA = new Set(aligned.map((p) => p.a.index));
  const alignedB = new Set(aligned.map((p) => p.b.index));
  const opp = antonyms.filter((p) => !(alignedA.has(p.a.index) && alignedB.has(p.b.index)));

  const wsum = (ws: readonly Word[], m: readonly number[] | null): number => {
    let s = 0;
    for (let i = 0; i < ws.length; i++) s += idf(ws[i]?.key ?? '') * (m ? (m[i] ?? 0) : 1);
    return s;
  };
  const totA = wsum(ca, null) || 1;
  const totB = wsum(cb, null) || 1;
  const covA = wsum(ca, matchA) / totA;
  const covB = wsum(cb, matchB) / totB;
  const covAExact = wsum(ca, exactA.map(Number)) / totA;
  const covBExact = wsum(cb, exactB.map(Number)) / totB;

  // Unmatched words on both sides: substitutions ("guitar" for "piano") change the scene.
  const unA = ca.filter((_, i) => (matchA[i] ?? 0) === 0);
  const unB = cb.filter((_, j) => (matchB[j] ?? 0) === 0);
  const substitutions: WordPair[] = [];
  for (const wa of unA.slice(0, 12)) {
    for (const wb of unB.slice(0, 12)) {
      if (coHyponyms(wa.key, wb.key)) { substitutions.push({ a: wa, b: wb, kind: 'cohyponym' }); break; }
    }
  }

  // Negation scope: an aligned word negated on one side only is the strongest sign of contradiction.
  const negMismatch = aligned.filter((p) => p.a.negated !== p.b.negated && p.kind !== 'hyponym');
  const negAlignedA = aligned.filter((p) => p.a.negated).length;
  const negAlignedB = aligned.filter((p) => p.b.negated).length;

  const numMismatch: [NumberCue, NumberCue][] = [];
  let numMatch = 0;
  for (const na of a.numbers) {
    let found = false;
    let clash: NumberCue | null = null;
    for (const nb of b.numbers) {
      const sameUnit = na.unit === nb.unit || na.unit === null || nb.unit === null;
      if (!sameUnit) continue;
      if (compatible(na, nb)) { found = true; break; }
      if (na.unit !== null && na.unit === nb.unit) clash = clash ?? nb;
      else if (clash === null && a.numbers.length === 1 && b.numbers.length === 1) clash = nb;
    }
    if (found) numMatch++;
    else if (clash) numMismatch.push([na, clash]);
  }
  const numOneSide = Math.abs(a.numbers.length - b.numbers.length);

  const dateMismatch: [Cue, Cue][] = [];
  for (const da of a.dates) {
    const kind = da.key[0];
    const same = b.dates.filter((d) => d.key[0] === kind);
    if (same.length > 0 && !same.some((d) => d.key === da.key)) dateMismatch.push([da, same[0] as Cue]);
  }

  const quantMismatch: [QuantCue, QuantCue][] = [];
  for (const qa of a.quantifiers) {
    for (const qb of b.quantifiers) {
      if (clashes(qa.force, qb.force)) { quantMismatch.push([qa, qb]); break; }
    }
  }

  // Role swap: exact content pairs whose order flips ("the dog bites the man" / "the man bites the dog").
  const exactPairs = aligned.filter((p) => p.kind === 'same').sort((x, y) => x.a.index - y.a.index);
  let inversions = 0;
  let pairs = 0;
  let swap: [WordPair, WordPair] | null = null;
  for (let i = 0; i < exactPairs.length; i++) {
    for (let j = i + 1; j < exactPairs.length; j++) {
      const p = exactPairs[i];
      const q = exactPairs[j];
      if (!p || !q) continue;
      pairs++;
      if (q.b.index < p.b.index) { inversions++; swap = swap ?? [p, q]; }
    }
  }
  // One passive side reverses agent and patient, so an inverted order is the expected one there.
  const passiveDiff = a.passive !== b.passive;
  const roleSwap = pairs > 0 ? (passiveDiff ? 1 - inversions / pairs : inversions / pairs) : 0;

  const cos = cosine(ca, cb, idf);
  const bigram = bigramJaccard(a.words, b.words);
  const lcs = lcsRatio(ca, cb);
  const longest = longestRun(a.words, b.words);

  const negA = a.negations.length;
  const negB = b.negations.length;
  const hasPoss = (x: Analysis): boolean => x.possible.length > 0 || x.condition !== null;
  // Parity, not count: "refused to rule out" is not a refusal.
  const negativeA = negA % 2 === 1;
  const negativeB = negB % 2 === 1;
  const modalVsNeg = (hasPoss(a) && negativeB && !negativeA) || (hasPoss(b) && negativeA && !negativeB) ? 1 : 0;
  const diff = (x: boolean, y: boolean): number => (x !== y ? 1 : 0);

  const v: Partial<Record<FeatureName, number>> = {
    covB, covA, covBExact, covAExact,
    covMin: Math.min(covA, covB), covMax: Math.max(covA, covB), cosine: cos, bigram, lcs,
    lenA: Math.log1p(ca.length), lenB: Math.log1p(cb.length),
    lenRatio: Math.min(a.words.length, b.words.length) / Math.max(1, a.words.length, b.words.length),
    unmatchedA: unA.length, unmatchedB: unB.length, synMatches: syn, hyperAB: hypAB, hyperBA: hypBA,
    // Symmetric where direction carries no meaning, so the model cannot learn one sentence's quirks.
    negMin: Math.min(negA, negB), negMax: Math.max(negA, negB), negParityDiff: (negA + negB) % 2, negMismatch: negMismatch.length,
    negAlignedA, negAlignedB,
    antonyms: opp.filter((p) => p.kind !== 'antonym-scale').length, handAntonyms: opp.filter((p) => p.kind === 'antonym-hand').length,
    scaleAntonyms: opp.filter((p) => p.kind === 'antonym-scale').length,
    coHyponyms: substitutions.length, substitutions: Math.min(unA.length, unB.length),
    possDiff: diff(a.possible.length > 0, b.possible.length > 0),
    condDiff: diff(a.condition !== null, b.condition !== null),
    hedgeDiff: diff(a.hedges.length > 0, b.hedges.length > 0),
    intentDiff: diff(a.intents.length > 0, b.intents.length > 0),
    limitDiff: diff(a.limits.length > 0, b.limits.length > 0),
    modalVsNeg,
    numBoth: a.numbers.length > 0 && b.numbers.length > 0 ? 1 : 0,
    numMismatch: numMismatch.length, numOneSide, numMatch,
    dateMismatch: dateMismatch.length, quantMismatch: quantMismatch.length, roleSwap,
    caps: (a.capsRatio + b.capsRatio) / 2, contrast: a.contrast + b.contrast, longest,
  };
  let namesShared = 0;
  for (const nm of a.names) if (b.names.has(nm)) namesShared++;
  // Unmatched "-ing"/"-ed" words: a different action is the commonest way captions differ.
  const verbish = (ws: readonly Word[]): number => ws.filter((w) => /(?:ing|ed)$/.test(w.lower) && w.lower.length > 4).length;
  Object.assign(v, {
    gram1: ngramF(a.words, b.words, 1), gram2: ngramF(a.words, b.words, 2), gram3: ngramF(a.words, b.words, 3),
    wordDiff: Math.log1p(Math.abs(a.words.length - b.words.length)),
    newInfoA: wsum(unA, null), newInfoB: wsum(unB, null),
    namesOnlyMin: Math.min(a.names.size, b.names.size) - namesShared, namesOnlyMax: Math.max(a.names.size, b.names.size) - namesShared, namesShared,
    verbsOnlyA: verbish(unA), verbsOnlyB: verbish(unB),
    evalMin: Math.min(a.evaluation, b.evaluation), evalMax: Math.max(a.evaluation, b.evaluation),
    evalClash: a.evaluation * b.evaluation < 0 ? 1 : 0,
    quoteDiff: a.quoted !== b.quoted ? 1 : 0, passiveDiff: passiveDiff ? 1 : 0,
  });
  // How each side positions itself: rebuttal (falsity, denial, no evidence, doubt), hearsay
  // (reported, claimed, unverified), plain attribution and confirmation. One side rebutting
  // or distancing itself while the other asserts is how a news claim is undercut.
  const cueSum = (x: Analysis, categories: readonly StanceCueCategory[]): number =>
    categories.reduce((t, c) => t + (x.stanceCues[STANCE_CUE_CATEGORIES.indexOf(c)] ?? 0), 0);
  const minMax = (name: string, x: number, y: number): void => {
    v[`${name}Min` as FeatureName] = Math.min(x, y);
    v[`${name}Max` as FeatureName] = Math.max(x, y);
  };
  minMax('rebut', cueSum(a, REBUT), cueSum(b, REBUT));
  minMax('hearsay', cueSum(a, HEARSAY), cueSum(b, HEARSAY));
  minMax('attrib', cueSum(a, ['attributed']), cueSum(b, ['attributed']));
  minMax('confirm', cueSum(a, ['confirm']), cueSum(b, ['confirm']));
  minMax('contrast', a.contrast, b.contrast);
  // Topic: how much rare wording the two share, in absolute terms (coverage is a ratio).
  let sharedIdf = 0;
  let sharedIdfMax = 0;
  const keysB = new Set(cb.map((w) => w.key));
  const counted = new Set<string>();
  for (const w of ca) {
    if (!keysB.has(w.key) || counted.has(w.key)) continue;
    counted.add(w.key);
    const d = idf(w.key);
    sharedIdf += d;
    if (d > sharedIdfMax) sharedIdfMax = d;
  }
  const namesUnion = a.names.size + b.names.size - namesShared;
  Object.assign(v, {
    evalGap: Math.abs(a.evaluation - b.evaluation), sharedIdf, sharedIdfMax,
    namesJaccard: namesUnion > 0 ? namesShared / namesUnion : 0,
    opponentsMax: Math.max(a.opponents, b.opponents),
    // Evaluation per word: one long neutral sentence and one short verdict differ in tone.
    evalRateGap: Math.abs(a.evaluation / Math.sqrt(Math.max(1, a.words.length)) - b.evaluation / Math.sqrt(Math.max(1, b.words.length))),
  });
  // Signs of a disputed claim on either side (a rebuttal, hearsay, an attribution, a contrast, a negation),
  // in all and per ten content words: one claim that undercuts another often carries them.
  const disputes = (v.rebutMax ?? 0) + (v.hearsayMax ?? 0) + (v.attribMax ?? 0) + (v.contrastMax ?? 0) + (v.negMax ?? 0);
  v.disputes = disputes;
  v.disputeRate = (10 * disputes) / (ca.length + cb.length + 2);
  // Word vectors: soft coverage each way ("quit" covers "resigned") and the cosine of the two claim vectors.
  const pa = vectorProfile(textA);
  const pb = vectorProfile(textB);
  v.softCovA = softCoverage(pa, pb);
  v.softCovB = softCoverage(pb, pa);
  v.claimCos = claimCosine(claimVector(pa), claimVector(pb));
  const vector = new Float64Array(FEATURE_NAMES.length);
  for (let i = 0; i < FEATURE_NAMES.length; i++) vector[i] = v[FEATURE_NAMES[i] as FeatureName] ?? 0;

  return {
    vector, a, b,
    evidence: {
      aligned, antonyms: opp, substitutions, negMismatch, numMismatch, dateMismatch, quantMismatch,
      roleSwap: !passiveDiff && inversions > 0 && exactPairs.length >= 2 ? swap : null, covA, covB,
    },
  };
}

/** Two numbers can both be true: equal, within rounding, or inside each other's bound. */
function compatible(x: NumberCue, y: NumberCue): boolean {
  if (x.value === y.value) return true;
  const rel = Math.abs(x.value - y.value) / Math.max(Math.abs(x.value), Math.abs(y.value), 1e-9);
  if (rel < 0.02) return true;
  if (x.bound === 'lower' && y.value >= x.value) return true;
  if (y.bound === 'lower' && x.value >= y.value) return true;
  if (x.bound === 'upper' && y.value <= x.value) return true;
  if (y.bound === 'upper' && x.value <= y.value) return true;
  return false;
}

/** Quantifier forces that cannot describe the same set. */
function clashes(x: QuantCue['force'], y: QuantCue['force']): boolean {
  if (x === y) return false;
  if (x === 'none' || y === 'none') return true;
  const pair = `${x}/${y}`;
  return pair === 'all/some' || pair === 'some/all' || pair === 'all/few' || pair === 'few/all' || pair === 'most/few' || pair === 'few/most';
}

function cosine(x: readonly Word[], y: readonly Word[], idf: IdfFn): number {
  const vx = new Map<string, number>();
  const vy = new Map<string, number>();
  for (const w of x) vx.set(w.key, (vx.get(w.key) ?? 0) + idf(w.key));
  for (const w of y) vy.set(w.key, (vy.get(w.key) ?? 0) + idf(w.key));
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, v] of vx) { nx += v * v; const o = vy.get(k); if (o !== undefined) dot += v * o; }
  for (const v of vy.values()) ny += v * v;
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
}

/** F1 of shared n-grams over all words (stopwords included): copied phrasing. */
function ngramF(x: readonly Word[], y: readonly Word[], n: number): number {
  const grams = (ws: readonly Word[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= ws.length; i++) {
      let g = '';
      for (let k = 0; k < n; k++) g += `${ws[i + k]?.key} `;
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let inter = 0;
  let tx = 0;
  let ty = 0;
  for (const [g, c] of gx) { tx += c; inter += Math.min(c, gy.get(g) ?? 0); }
  for (const c of gy.values()) ty += c;
  return tx > 0 && ty > 0 && inter > 0 ? (2 * inter) / (tx + ty) : 0;
}

function bigramJaccard(x: readonly Word[], y: readonly Word[]): number {
  const bx = new Set<string>();
  const by = new Set<string>();
  for (let i = 1; i < x.length; i++) bx.add(`${x[i - 1]?.key} ${x[i]?.key}`);
  for (let i = 1; i < y.length; i++) by.add(`${y[i - 1]?.key} ${y[i]?.key}`);
  let inter = 0;
  for (const g of bx) if (by.has(g)) inter++;
  const uni = bx.size + by.size - inter;
  return uni > 0 ? inter / uni : 0;
}

// Two reusable rows for the dynamic programmes below: they run on every pair, and
// fresh arrays per row were a visible share of garbage collection.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
function rows(len: number): [Int32Array, Int32Array] {
  if (rowA.length < len) { rowA = new Int32Array(len * 2); rowB = new Int32Array(len * 2); }
  rowA.fill(0, 0, len);
  rowB.fill(0, 0, len);
  return [rowA, rowB];
}

function lcsRatio(x: readonly Word[], y: readonly Word[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  let [prev, cur] = rows(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const kx = x[i - 1]?.key;
    cur[0] = 0;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = kx === y[j - 1]?.key ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return (prev[y.length] ?? 0) / Math.min(x.length, y.length);
}

/** Longest run of identical words, over the shorter length: copied wording. */
function longestRun(x: readonly Word[], y: readonly Word[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  let best = 0;
  let [prev, cur] = rows(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const lx = x[i - 1]?.lower;
    cur[0] = 0;
    for (let j = 1; j <= y.length; j++) {
      const v = lx === y[j - 1]?.lower ? (prev[j - 1] ?? 0) + 1 : 0;
      cur[j] = v;
      if (v > best) best = v;
    }
    [prev, cur] = [cur, prev];
  }
  return best / Math.min(x.length, y.length);
}
