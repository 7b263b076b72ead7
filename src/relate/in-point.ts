/**
 * Relations between two claims of one point, read with what compare() knows of
 * each claim: relate()'s reading of the two texts (its probabilities, label and
 * reasons) beside the claims' modality, polarity, numbers, times, speakers and
 * publish dates. A small learned head (weights by `npm run train`,
 * scripts/train-point-relations.ts, from the dev story golds) says agree or
 * tension (its third class, unrelated, is trained only on request and is not in
 * the committed weights); a tension is a contradiction when relate() found words
 * that clash, a qualification otherwise, and its reasons name the dimension
 * that separates the two claims (condition, modality, time, number, source).
 *
 * @module
 */
import { claimDates, numberValues } from '../extract/claim-values';
import type { Claim, EvidenceSpan, Reason, RelateResult, RelationLabel } from '../types';
import type { ClaimContext } from './context';
import { relateReading } from './relate';
import weights from './in-point-weights.generated.json';

/**
 * Names of the head's features, in vector order.
 *
 * @example
 * IN_POINT_FEATURES[0]; // 'pAgree'
 */
export const IN_POINT_FEATURES = [
  'pAgree', 'pConflict', 'pNeutral',
  'saysAgree', 'saysContradict', 'saysQualify',
  'negation', 'antonym', 'modalityReason', 'numericReason', 'temporalReason', 'quantityReason', 'attributionReason',
  'bothOpen', 'oneOpen', 'modalityDiffers', 'oneConditional', 'oneHedged', 'oneIntent',
  'polarityDiffers', 'bothNegative',
  'datesDiffer', 'daysApart',
  'numbersDiffer', 'sharedNumber', 'timesDiffer',
  'speakersDiffer', 'oneSpeaker', 'sameSpeaker', 'quoteDiffers',
  'overlap', 'lengthRatio',
] as const;

/**
 * A multinomial logistic head: classes agree, tension, unrelated.
 *
 * @example
 * const h: InPointHead = { features: [...IN_POINT_FEATURES], mean: [], scale: [], weights: [[], [], []], tensionBias: 0 };
 */
export interface InPointHead {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** One row per class (agree, tension, unrelated), bias last. */
  readonly weights: readonly (readonly number[])[];
  /** Added to the tension logit before the argmax (chosen in training). */
  readonly tensionBias: number;
}

/**
 * The committed head.
 *
 * @example
 * inPointHead.weights.length; // 3
 */
export const inPointHead: InPointHead = weights as InPointHead;

/**
 * One claim as the head reads it: the claim and its article's publish date.
 *
 * @example
 * const side: PointSide = { claim, publishedAt: '2024-05-16' };
 */
export interface PointSide {
  readonly claim: Claim;
  readonly publishedAt: string | null;
}

const OPEN = new Set(['possible', 'conditional']);
const DAY = 86_400_000;

function contextOf(side: PointSide): ClaimContext {
  return {
    publishedAt: side.publishedAt,
    source: side.claim.attribution?.source?.name ?? null,
    polarity: side.claim.polarity,
    modality: side.claim.modality,
  };
}

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
}

function speakerOf(c: Claim): string | null {
  const s = c.attribution?.source;
  return s && c.attribution?.unnamed !== true ? s.name.toLowerCase() : null;
}

function quoteKind(c: Claim): string {
  return c.attribution?.source ? (c.attribution.kind === 'indirect' ? 'indirect' : 'direct') : 'none';
}

/**
 * relate()'s reading of two claims and the head's feature vector.
 *
 * @example
 * const { vector, reading } = inPointFeatures({ claim: a, publishedAt: null }, { claim: b, publishedAt: null });
 */
export function inPointFeatures(a: PointSide, b: PointSide): { readonly vector: Float64Array; readonly reading: RelateResult } {
  const { result, probs } = relateReading(a.claim.text, b.claim.text, { a: contextOf(a), b: contextOf(b), aligned: true });
  const kinds = new Set(result.reasons.map((r) => r.kind));
  const ca = a.claim;
  const cb = b.claim;
  const openA = OPEN.has(ca.modality);
  const openB = OPEN.has(cb.modality);
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  const days = Number.isNaN(ta) || Number.isNaN(tb) ? 0 : Math.abs(ta - tb) / DAY;
  const na = numberValues(ca);
  const nb = numberValues(cb);
  const sharedNumber = [...na].some((v) => nb.has(v));
  const da = claimDates(ca);
  const db = claimDates(cb);
  const sa = speakerOf(ca);
  const sb = speakerOf(cb);
  const wa = words(ca.text);
  const wb = words(cb.text);
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  const one = (p: (c: Claim) => boolean): number => (p(ca) !== p(cb) ? 1 : 0);
  const v = [
    probs[0] ?? 0, probs[1] ?? 0, probs[2] ?? 0,
    result.label === 'agree' ? 1 : 0, result.label === 'contradict' ? 1 : 0, result.label === 'qualify' ? 1 : 0,
    kinds.has('negation') ? 1 : 0, kinds.has('antonym') ? 1 : 0, kinds.has('modality') || kinds.has('condition') ? 1 : 0,
    kinds.has('numeric') ? 1 : 0, kinds.has('temporal') ? 1 : 0, kinds.has('quantity') ? 1 : 0, kinds.has('attribution') ? 1 : 0,
    openA && openB ? 1 : 0, openA !== openB ? 1 : 0, ca.modality !== cb.modality ? 1 : 0,
    one((c) => c.modality === 'conditional'), one((c) => c.modality === 'hedged'), one((c) => c.modality === 'reported-intent'),
    ca.polarity !== cb.polarity ? 1 : 0, ca.polarity === 'negative' && cb.polarity === 'negative' ? 1 : 0,
    days > 0 ? 1 : 0, Math.log1p(days),
    na.size > 0 && nb.size > 0 && !sharedNumber ? 1 : 0, sharedNumber ? 1 : 0,
    da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d)) ? 1 : 0,
    sa !== null && sb !== null && sa !== sb ? 1 : 0, (sa === null) !== (sb === null) ? 1 : 0, sa !== null && sa === sb ? 1 : 0,
    quoteKind(ca) !== quoteKind(cb) ? 1 : 0,
    wa.size + wb.size > 0 ? (2 * inter) / (wa.size + wb.size) : 0,
    Math.min(ca.text.length, cb.text.length) / Math.max(1, ca.text.length, cb.text.length),
  ];
  return { vector: Float64Array.from(v), reading: result };
}

/**
 * The head's class probabilities [agree, tension, unrelated] for a feature vector.
 *
 * @example
 * inPointProbabilities(inPointHead, vector); // [0.7, 0.2, 0.1]
 */
export function inPointProbabilities(head: InPointHead, x: ArrayLike<number>, tensionBias = 0): number[] {
  const n = head.mean.length;
  const z = head.weights.map((w, c) => {
    let s = (w[n] ?? 0) + (c === 1 ? tensionBias : 0);
    for (let j = 0; j < n; j++) s += (w[j] ?? 0) * (((x[j] ?? 0) - (head.mean[j] ?? 0)) / (head.scale[j] || 1));
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

function whole(c: Claim, side: 'a' | 'b'): EvidenceSpan {
  return { claimId: side, span: { start: 0, end: c.span.end - c.span.start } };
}

/** Reasons for a tension the head sees where relate() gave none: the dimension that separates the claims. */
function dimensionReasons(a: PointSide, b: PointSide, x: Float64Array): Reason[] {
  const at = (name: (typeof IN_POINT_FEATURES)[number]): number => x[IN_POINT_FEATURES.indexOf(name)] ?? 0;
  const out: Reason[] = [];
  const ca = a.claim;
  const cb = b.claim;
  const local = (c: Claim, side: 'a' | 'b', s: { start: number; end: number }): EvidenceSpan => ({ claimId: side, span: { start: s.start - c.span.start, end: s.end - c.span.start } });
  if (at('modalityDiffers') > 0) {
    const spans = [ca.condition ? local(ca, 'a', ca.condition.span) : whole(ca, 'a'), cb.condition ? local(cb, 'b', cb.condition.span) : whole(cb, 'b')];
    out.push({ kind: ca.condition || cb.condition ? 'condition' : 'modality', detail: `${ca.modality} against ${cb.modality}`, spans });
  }
  if (at('datesDiffer') > 0 && a.publishedAt && b.publishedAt) {
    out.push({ kind: 'temporal', detail: `published ${a.publishedAt.slice(0, 10)} against ${b.publishedAt.slice(0, 10)}`, spans: [whole(ca, 'a'), whole(cb, 'b')] });
  }
  if (at('numbersDiffer') > 0) {
    const na = ca.numbers[0];
    const nb = cb.numbers[0];
    if (na && nb) out.push({ kind: 'numeric', detail: `${na.text} against ${nb.text}`, spans: [local(ca, 'a', na.span), local(cb, 'b', nb.span)] });
  }
  if (at('speakersDiffer') > 0 || at('oneSpeaker') > 0) {
    const sa = ca.attribution?.source;
    const sb = cb.attribution?.source;
    const spans: EvidenceSpan[] = [];
    if (sa && sa.span.start >= ca.span.start && sa.span.end <= ca.span.end) spans.push(local(ca, 'a', sa.span));
    if (sb && sb.span.start >= cb.span.start && sb.span.end <= cb.span.end) spans.push(local(cb, 'b', sb.span));
    out.push({ kind: 'attribution', detail: `${sa?.name ?? 'the article itself'} against ${sb?.name ?? 'the article itself'}`, spans });
  }
  return out;
}

/**
 * Relates two claims of one point (`a` from the earlier article). Spans in the
 * reasons are relative to each claim (claimId 'a' / 'b'), as relate() gives them.
 *
 * @example
 * relateInPoint({ claim: a, publishedAt: '2024-05-16' }, { claim: b, publishedAt: '2024-05-17' }).label; // 'qualify'
 */
export function relateInPoint(a: PointSide, b: PointSide, head: InPointHead = inPointHead): RelateResult {
  const { vector, reading } = inPointFeatures(a, b);
  const p = inPointProbabilities(head, vector, head.tensionBias);
  const best = p.indexOf(Math.max(...p));
  if (best === 0) {
    const reasons = reading.label === 'agree' ? reading.reasons : reading.reasons.filter((r) => r.kind === 'paraphrase' || r.kind === 'entailment' || r.kind === 'lexical');
    return { label: 'agree', score: p[0] ?? 0, reasons };
  }
  if (best === 2) return { label: 'neutral', score: p[2] ?? 0, reasons: [] };
  const clash = reading.reasons.some((r) => r.kind === 'negation' || r.kind === 'antonym' || r.kind === 'numeric');
  const label: RelationLabel = reading.label === 'contradict' && clash ? 'contradict' : 'qualify';
  const own = reading.label === 'contradict' || reading.label === 'qualify' ? reading.reasons : [];
  const seen = new Set(own.map((r) => r.kind));
  const reasons = [...own, ...dimensionReasons(a, b, vector).filter((r) => !seen.has(r.kind))];
  // A tension read from the claims as a whole (scope, framing) still points at its evidence.
  if (reasons.length === 0) reasons.push({ kind: 'lexical', detail: 'read as a qualification of one claim by the other, with no clashing word', spans: [whole(a.claim, 'a'), whole(b.claim, 'b')] });
  return { label, score: p[1] ?? 0, reasons };
}
