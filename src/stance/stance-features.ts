/**
 * Features of a (claim, article) pair for the stance model: how related the two
 * are, and which refuting, hedging or confirming cues stand near the content
 * the article shares with the claim. Features are named; the model file lists
 * the names it was trained on, so a feature can be added without breaking an
 * old model and a retrain picks the new one up.
 *
 * @module
 */
import { STANCE_CUE_CATEGORIES } from '../lexicon/stance';
import { relate } from '../relate/relate';
import type { SentenceAnalysis, TextAnalysis } from './stance-analysis';
import { STANCE_IDF } from './stance-idf.generated';
import type { ReasonKind, RelationLabel } from '../types';
import { hashKey } from '../text/hash';

/**
 * Inverse document frequency of a stem, with a default for stems never seen.
 *
 * @example
 * const idf: IdfTable = { get: () => 3, unseen: 8 };
 */
export interface IdfTable {
  readonly get: (stem: string) => number | undefined;
  readonly unseen: number;
}

/**
 * Key of a stem in the packed idf table: a 32-bit FNV-1a hash in base 36. The
 * table stores keys, not words, so no vocabulary of the training news ships in src/.
 *
 * @example
 * stemKey('rain') === stemKey('rain'); // true
 */
export function stemKey(stem: string): string {
  return hashKey(stem);
}

/**
 * Builds an {@link IdfTable} from the packed form the training script writes ("key idf" lines, keys from {@link stemKey}).
 *
 * @example
 * idfFromPacked({ unseen: 9, packed: `${stemKey('rain')} 4.2` }).get('rain'); // 4.2
 */
export function idfFromPacked(data: { readonly unseen: number; readonly packed: string }): IdfTable {
  const map = new Map<string, number>();
  for (const line of data.packed.split('\n')) {
    const at = line.lastIndexOf(' ');
    if (at > 0) map.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return { get: (s) => map.get(stemKey(s)), unseen: data.unseen };
}

/**
 * The idf table generated at train time from a generic news collection.
 *
 * @example
 * DEFAULT_IDF.unseen > 0; // true
 */
export const DEFAULT_IDF: IdfTable = idfFromPacked(STANCE_IDF);

const RELATE_LABELS = ['agree', 'contradict', 'qualify', 'neutral'] as const;
const REASON_KINDS: readonly ReasonKind[] = [
  'negation', 'antonym', 'modality', 'condition', 'numeric', 'temporal', 'quantity', 'attribution', 'paraphrase',
  'entailment', 'lexical',
];

/**
 * Names of the relatedness features (stage one: related or not).
 *
 * @example
 * RELATED_FEATURES.includes('cosine'); // true
 */
export const RELATED_FEATURES: readonly string[] = Object.freeze([
  'cosine', 'coverage', 'coverageRaw', 'matched', 'bestCoverage', 'bestCosine', 'leadCoverage', 'bigrams',
  'namesHit', 'namesMissed', 'numbersHit', 'numbersMissed', 'maxMissedIdf', 'maxHitIdf', 'claimLength',
  'supportSentences',
]);

const REGIONS = ['claim', 'best', 'near', 'lead', 'body'] as const;

/**
 * Names of every feature, relatedness first, then cues by region, then relate() output.
 *
 * @example
 * FEATURE_NAMES.includes('best.falsity'); // true
 */
export const FEATURE_NAMES: readonly string[] = Object.freeze([
  ...RELATED_FEATURES,
  // Length stays out of stage one: the training bodies are long, and a model that
  // learned "short body means related" would call any short text on a shared name related.
  'logTokens', 'sentences',
  ...REGIONS.flatMap((r) => [...STANCE_CUE_CATEGORIES, 'refute', 'hedge', 'negation', 'question'].map((c) => `${r}.${c}`)),
  ...[...STANCE_CUE_CATEGORIES, 'refute', 'hedge', 'negation', 'question'].map((c) => `extra.${c}`),
  'claimQuoted', 'negationMismatch', 'sourcePrefix', 'sourceSuffix', 'bestExtra', 'bestLength',
  ...RELATE_LABELS.map((l) => `relate.${l}`),
  ...REASON_KINDS.map((k) => `reason.${k}`),
]);

/**
 * Feature values of one pair, by name.
 *
 * @example
 * const f: PairFeatures = { values: new Map([['cosine', 0.4]]), ranked: [] };
 */
export interface PairFeatures {
  readonly values: ReadonlyMap<string, number>;
  /** Article sentences by how much of the claim they hold, best first. */
  readonly ranked: readonly { readonly index: number; readonly coverage: number }[];
  /** relate() labels of the best-matching sentences, by sentence index (stage two only). */
  readonly relations?: ReadonlyMap<number, RelationLabel>;
}

/**
 * What to compute: relatedness only is the cheap first stage.
 *
 * @example
 * const o: FeatureOptions = { stage: 'related' };
 */
export interface FeatureOptions {
  readonly stage: 'related' | 'full';
  readonly idf?: IdfTable;
}

/**
 * Adds the stance features to relatedness features computed earlier, so a pair
 * that passes stage one does not pay for its overlap features twice.
 *
 * @example
 * const c = analyzeText('Rain fell'), b = analyzeText('Rain fell, reportedly.');
 * extendFeatures(pairFeatures(c, b, { stage: 'related' }), c, b).values.has('best.reported'); // true
 */
export function extendFeatures(related: PairFeatures, claim: TextAnalysis, body: TextAnalysis): PairFeatures {
  const v = new Map(related.values);
  const relations = addCueFeatures(v, claim, body, related.ranked);
  return { values: v, ranked: related.ranked, relations };
}

const REFUTE = new Set(['falsity', 'denial', 'noEvidence', 'doubt']);
const HEDGE = new Set(['reported', 'claimed', 'unverified', 'possible', 'attributed']);

/**
 * Computes the features of a (claim, article) pair from their analyses.
 *
 * @example
 * pairFeatures(analyzeText('Rain fell'), analyzeText('Rain fell today.'), { stage: 'related' }).values.get('coverage'); // 1
 */
export function pairFeatures(claim: TextAnalysis, body: TextAnalysis, options: FeatureOptions): PairFeatures {
  const idf = options.idf ?? DEFAULT_IDF;
  const w = (s: string): number => idf.get(s) ?? idf.unseen;
  const v = new Map<string, number>();
  const claimStems = [...claim.counts.keys()];
  let claimNorm = 0;
  let claimMass = 0;
  for (const s of claimStems) {
    const weight = (1 + Math.log(claim.counts.get(s) ?? 1)) * w(s);
    claimNorm += weight * weight;
    claimMass += w(s);
  }
  claimNorm = Math.sqrt(claimNorm);

  let dot = 0;
  let bodyNorm = 0;
  for (const [s, c] of body.counts) {
    const bw = (1 + Math.log(c)) * w(s);
    bodyNorm += bw * bw;
    const cc = claim.counts.get(s);
    if (cc !== undefined) dot += bw * (1 + Math.log(cc)) * w(s);
  }
  bodyNorm = Math.sqrt(bodyNorm);
  v.set('cosine', claimNorm > 0 && bodyNorm > 0 ? dot / (claimNorm * bodyNorm) : 0);

  let hitMass = 0;
  let matched = 0;
  let maxMissed = 0;
  let maxHit = 0;
  for (const s of claimStems) {
    if (body.counts.has(s)) {
      hitMass += w(s);
      matched++;
      maxHit = Math.max(maxHit, w(s));
    } else {
      maxMissed = Math.max(maxMissed, w(s));
    }
  }
  v.set('coverage', claimMass > 0 ? hitMass / claimMass : 0);
  v.set('coverageRaw', claimStems.length > 0 ? matched / claimStems.length : 0);
  v.set('matched', matched);
  v.set('maxMissedIdf', maxMissed);
  v.set('maxHitIdf', maxHit);
  v.set('claimLength', claimStems.length);
  v.set('logTokens', Math.log(1 + body.tokenCount));
  v.set('sentences', body.sentences.length);

  // Per-sentence coverage and cosine; the best sentence is where the claim is discussed.
  const ranked: { index: number; coverage: number }[] = [];
  let bestCos = 0;
  let support = 0;
  body.sentences.forEach((sent, index) => {
    let mass = 0;
    let sq = 0;
    let norm = 0;
    for (const s of sent.stems) {
      const ws = w(s);
      norm += ws * ws;
      if (claim.counts.has(s)) {
        mass += ws;
        sq += ws * ws;
      }
    }
    const coverage = claimMass > 0 ? mass / claimMass : 0;
    const cosSent = claimNorm > 0 && norm > 0 ? sq / (Math.sqrt(norm) * claimNorm) : 0;
    bestCos = Math.max(bestCos, cosSent);
    if (coverage >= 0.3) support++;
    ranked.push({ index, coverage });
  });
  ranked.sort((a, b) => b.coverage - a.coverage || a.index - b.index);
  v.set('bestCoverage', ranked[0]?.coverage ?? 0);
  v.set('bestCosine', bestCos);
  v.set('supportSentences', support);
  const lead = body.sentences.slice(0, 2);
  let leadMass = 0;
  for (const s of claimStems) if (lead.some((x) => x.stems.has(s))) leadMass += w(s);
  v.set('leadCoverage', claimMass > 0 ? leadMass / claimMass : 0);

  const bodyBigrams = new Set<string>();
  for (let i = 1; i < body.sequence.length; i++) bodyBigrams.add(`${body.sequence[i - 1]} ${body.sequence[i]}`);
  let bigramHits = 0;
  for (let i = 1; i < claim.sequence.length; i++) if (bodyBigrams.has(`${claim.sequence[i - 1]} ${claim.sequence[i]}`)) bigramHits++;
  v.set('bigrams', claim.sequence.length > 1 ? bigramHits / (claim.sequence.length - 1) : 0);

  let namesHit = 0;
  let namesMissed = 0;
  for (const n of claim.names) {
    if (body.names.has(n)) namesHit++;
    else if (!body.counts.has(n)) namesMissed++;
  }
  v.set('namesHit', namesHit);
  v.set('namesMissed', namesMissed);
  let numbersHit = 0;
  for (const n of claim.numbers) if (body.numbers.has(n)) numbersHit++;
  v.set('numbersHit', numbersHit);
  v.set('numbersMissed', claim.numbers.size - numbersHit);

  if (options.stage === 'full') return { values: v, ranked, relations: addCueFeatures(v, claim, body, ranked) };
  return { values: v, ranked };
}

function addRegion(v: Map<string, number>, region: string, sentences: readonly SentenceAnalysis[], weights: readonly number[], scale: number): void {
  const cues = new Array<number>(STANCE_CUE_CATEGORIES.length).fill(0);
  let neg = 0;
  let question = 0;
  sentences.forEach((s, i) => {
    const wt = weights[i] ?? 1;
    s.cues.forEach((c, k) => (cues[k] = (cues[k] ?? 0) + c * wt));
    neg += s.negations * wt;
    question += (s.question ? 1 : 0) * wt;
  });
  let refute = 0;
  let hedge = 0;
  STANCE_CUE_CATEGORIES.forEach((c, k) => {
    const x = (cues[k] ?? 0) / scale;
    v.set(`${region}.${c}`, x);
    if (REFUTE.has(c)) refute += x;
    if (HEDGE.has(c)) hedge += x;
  });
  v.set(`${region}.refute`, refute);
  v.set(`${region}.hedge`, hedge);
  v.set(`${region}.negation`, neg / scale);
  v.set(`${region}.question`, question / scale);
}

function addCueFeatures(v: Map<string, number>, claim: TextAnalysis, body: TextAnalysis, ranked: readonly { index: number; coverage: number }[]): Map<number, RelationLabel> {
  addRegion(v, 'claim', claim.sentences, [], 1);
  const best = ranked.slice(0, 3).filter((r) => r.coverage > 0);
  const bestSentences = best.map((r) => body.sentences[r.index]).filter((s): s is SentenceAnalysis => s !== undefined);
  addRegion(v, 'best', bestSentences, [], 1);
  // Cues weighted by how much of the claim their sentence holds: a "hoax" next to the claim counts, one elsewhere barely.
  const weights = new Array<number>(body.sentences.length).fill(0);
  for (const r of ranked) weights[r.index] = r.coverage;
  const total = weights.reduce((a, b) => a + b, 0);
  addRegion(v, 'near', body.sentences, weights, Math.max(total, 1e-9));
  addRegion(v, 'lead', body.sentences.slice(0, 2), [], 1);
  addRegion(v, 'body', body.sentences, [], Math.max(1, Math.sqrt(body.sentences.length)));
  v.set('claimQuoted', claim.quoted ? 1 : 0);
  const claimNeg = claim.sentences.some((s) => s.negations > 0);
  const bestNeg = bestSentences.slice(0, 1).some((s) => s.negations > 0);
  v.set('negationMismatch', claimNeg !== bestNeg ? 1 : 0);
  // A cue the claim itself carries ("X says Y") is part of the claim, not a stance on it.
  for (const c of [...STANCE_CUE_CATEGORIES, 'refute', 'hedge', 'negation', 'question']) {
    v.set(`extra.${c}`, Math.max(0, (v.get(`best.${c}`) ?? 0) - (v.get(`claim.${c}`) ?? 0)));
  }
  // "Agency: claim" and "Report: claim" put the claim in someone else's mouth.
  const first = bestSentences[0];
  const head = first === undefined ? '' : body.text.slice(first.span.start, Math.min(first.span.end, first.span.start + 40));
  v.set('sourcePrefix', /^[^:]{2,30}:\s/.test(head) ? 1 : 0);
  // How much the sentence adds beyond the claim: a headline that adds a source or a twist is rarely a plain restatement.
  const extraStems = first === undefined ? 0 : [...first.stems].filter((x) => !claim.counts.has(x)).length;
  v.set('bestExtra', first === undefined || first.stems.size === 0 ? 0 : extraStems / first.stems.size);
  v.set('bestLength', first?.stems.size ?? 0);
  const tail = first === undefined ? '' : body.text.slice(Math.max(first.span.start, first.span.end - 40), first.span.end);
  v.set('sourceSuffix', /(?::\s*[^:]{2,30}|,?\s(?:says?|said|claims?|reports?))[.!]?$/i.test(tail) ? 1 : 0);
  return addRelateFeatures(v, claim, body, best.slice(0, 2).map((r) => r.index));
}

// relate() enters the model as plain numbers (label probabilities, reason counts):
// when relate() changes, a retrain re-weighs them and nothing else has to move.
function addRelateFeatures(v: Map<string, number>, claim: TextAnalysis, body: TextAnalysis, indexes: readonly number[]): Map<number, RelationLabel> {
  const labels = new Map<number, RelationLabel>();
  for (const l of RELATE_LABELS) v.set(`relate.${l}`, 0);
  for (const k of REASON_KINDS) v.set(`reason.${k}`, 0);
  for (const i of indexes) {
    const sent = body.sentences[i];
    if (sent === undefined) continue;
    const r = relate(claim.text, body.text.slice(sent.span.start, sent.span.end));
    labels.set(i, r.label);
    for (const l of RELATE_LABELS) {
      const p = l === r.label ? r.score : (1 - r.score) / (RELATE_LABELS.length - 1);
      v.set(`relate.${l}`, (v.get(`relate.${l}`) ?? 0) + p / indexes.length);
    }
    for (const reason of r.reasons) v.set(`reason.${reason.kind}`, (v.get(`reason.${reason.kind}`) ?? 0) + 1);
  }
  // Kept for evidence labels, so stance() never asks relate() twice about one sentence.
  return labels;
}

/**
 * Feature values in the order of `names`; features a model knows but this code no longer computes read as 0.
 *
 * @example
 * toVector(new Map([['cosine', 0.5]]), ['cosine', 'gone']); // [0.5, 0]
 */
export function toVector(values: ReadonlyMap<string, number>, names: readonly string[]): number[] {
  return names.map((n) => values.get(n) ?? 0);
}
