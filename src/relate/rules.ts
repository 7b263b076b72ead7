/**
 * Rules of relate(): read the pair features and the model's class
 * probabilities, write the reasons with their evidence spans, and settle the
 * final label. The model says whether two statements agree, conflict or are
 * unrelated; the rules say how they conflict (contradict or qualify) and why.
 *
 * Conventions (GOLD.md, Relations): a conditional or possible claim against a
 * flat refusal is qualify/modality; a "for now" limit against an unconditioned
 * "possible" is qualify/temporal; conflicting claims published on different
 * dates are qualify/temporal; two claims that cannot both be true are contradict.
 *
 * @module
 */
import type { EvidenceSpan, Reason, ReasonKind, RelateResult, RelationLabel, Span } from '../types';
import { isMonthMay, type Analysis, type Cue } from './analyze';
import { attributionStart } from '../extract/modality';
import type { PairFeatures, WordPair } from './features';
import type { DecisionThresholds } from './model';
import type { ClaimContext } from './context';

/** Below this share of matched condition words, two conditions are different ones. */
const DIFFERENT_CONDITIONS = 0.5;
const ev = (claimId: 'a' | 'b', span: Span): EvidenceSpan => ({ claimId, span: { start: span.start, end: span.end } });
const wordSpan = (w: { readonly start: number; readonly end: number }): Span => ({ start: w.start, end: w.end });

const isNegative = (x: Analysis, ctx: ClaimContext | undefined): boolean =>
  ctx?.polarity !== undefined ? ctx.polarity === 'negative' : x.negations.length % 2 === 1;
/** Possibility cues, less "May" the month ("in May", "May 3"), which the analysis still counts. */
const modals = (x: Analysis): readonly Cue[] => x.possible.filter((c) => !isMonthMay(x.text, c.span));
const isOpen = (x: Analysis, ctx: ClaimContext | undefined): boolean =>
  ctx?.modality !== undefined
    ? ctx.modality === 'possible' || ctx.modality === 'conditional'
    : modals(x).length > 0 || x.condition !== null;

/**
 * Aligned words negated on one side only, unless both statements hold negations and
 * as many of them. With as many on each side ("not in the interest of
 * stockholders" / "not in the interest of the firm's stockholders"), a word
 * matched inside one scope and outside the other is an accident of alignment,
 * not a polarity clash. Counts, not parity: "is not wearing … and isn't near"
 * still clashes with "is wearing … near".
 *
 * @example
 * negationClashes(pairFeatures('A man is not sleeping.', 'A man is sleeping.')).length; // 1
 * negationClashes(pairFeatures('He is not a suspect, the chief said.', 'The chief said he is not considered a suspect.')).length; // 0
 */
export function negationClashes(f: PairFeatures): readonly WordPair[] {
  const n = f.a.negations.length;
  return n > 0 && n === f.b.negations.length ? [] : f.evidence.negMismatch;
}

/** opposedWords() of each pair, read once: decide() and tensionReasons() both need it. */
const opposedMemo = new WeakMap<PairFeatures, readonly WordPair[]>();

/**
 * Opposed words (antonyms) that set the two statements against each other: both on
 * the same side of any negation, and neither word found on the other side as well.
 * "fell … rose" against "was down … rose" opposes nothing: "rose" is on both sides.
 *
 * @example
 * opposedWords(pairFeatures('The bridge is open.', 'The bridge is closed.')).length; // 1
 * opposedWords(pairFeatures('Sales fell while profits rose.', 'Sales were down while profits rose.')).length; // 0
 */
export function opposedWords(f: PairFeatures): readonly WordPair[] {
  const done = opposedMemo.get(f);
  if (done) return done;
  const keysA = new Set(f.a.words.map((w) => w.key));
  const keysB = new Set(f.b.words.map((w) => w.key));
  const out = f.evidence.antonyms.filter((p) => p.a.negated === p.b.negated && !keysA.has(p.b.key) && !keysB.has(p.a.key));
  opposedMemo.set(f, out);
  return out;
}

/**
 * Reasons that point at the words on which the two statements differ.
 *
 * @example
 * tensionReasons(pairFeatures('The bridge is open.', 'The bridge is closed.'))[0]?.kind; // 'antonym'
 */
export function tensionReasons(f: PairFeatures, ctxA?: ClaimContext, ctxB?: ClaimContext): Reason[] {
  const out: Reason[] = [];
  const { a, b, evidence: e } = f;
  const negA = isNegative(a, ctxA);
  const negB = isNegative(b, ctxB);

  const clashes = negationClashes(f);
  if (clashes.length > 0 || negA !== negB) {
    const spans: EvidenceSpan[] = [];
    for (const c of a.negations) spans.push(ev('a', c.span));
    for (const c of b.negations) spans.push(ev('b', c.span));
    const p = clashes[0];
    if (p) { spans.push(ev('a', wordSpan(p.a))); spans.push(ev('b', wordSpan(p.b))); }
    if (spans.length > 0) {
      const side = (x: Analysis, w: WordPair['a'] | undefined): string =>
        x.negations.length > 0 ? `${x.negations.map((c) => c.text).join(', ')}${w ? ` … ${w.text}` : ''}` : w?.text ?? 'affirmed';
      out.push({ kind: 'negation', detail: `${side(a, p?.a)} ↔ ${side(b, p?.b)}`, spans });
    }
  }
  for (const p of opposedWords(f).slice(0, 2)) {
    const kind: ReasonKind = p.kind === 'antonym-scale' ? 'quantity' : 'antonym';
    out.push({ kind, detail: `${p.a.text} ↔ ${p.b.text}`, spans: [ev('a', wordSpan(p.a)), ev('b', wordSpan(p.b))] });
  }
  const condA = ctxA?.modality === 'conditional' || a.condition !== null;
  const condB = ctxB?.modality === 'conditional' || b.condition !== null;
  if (condA !== condB) {
    const c = condA ? conditionClause(a) : conditionClause(b);
    out.push({
      kind: 'condition',
      detail: c ? `only one side sets a condition: "${c.text}"` : 'only one side is conditional',
      spans: c ? [ev(condA ? 'a' : 'b', c.span)] : [],
    });
  }
  const possA = modals(a).length > 0 || a.hedges.length > 0 || (ctxA?.modality !== undefined && ctxA.modality !== 'asserted');
  const possB = modals(b).length > 0 || b.hedges.length > 0 || (ctxB?.modality !== undefined && ctxB.modality !== 'asserted');
  if (possA !== possB) {
    const cues = possA ? [...modals(a), ...a.hedges] : [...modals(b), ...b.hedges];
    const side: 'a' | 'b' = possA ? 'a' : 'b';
    out.push({
      kind: 'modality',
      detail: cues.length > 0 ? `${cues.map((c) => c.text).join(', ')} (${side}) against a flat statement` : `${side} is ${(possA ? ctxA : ctxB)?.modality ?? 'hedged'}`,
      spans: cues.map((c) => ev(side, c.span)),
    });
  }
  if ((a.limits.length > 0) !== (b.limits.length > 0)) {
    const side: 'a' | 'b' = a.limits.length > 0 ? 'a' : 'b';
    const lim = side === 'a' ? a.limits : b.limits;
    out.push({ kind: 'temporal', detail: `time limit "${lim.map((c) => c.text).join(', ')}" on one side only`, spans: lim.map((c) => ev(side, c.span)) });
  }
  for (const [x, y] of e.dateMismatch.slice(0, 1)) {
    out.push({ kind: 'temporal', detail: `${x.text} ↔ ${y.text}`, spans: [ev('a', x.span), ev('b', y.span)] });
  }
  for (const [x, y] of e.numMismatch.slice(0, 2)) {
    out.push({ kind: 'numeric', detail: `${x.text}${x.unit ? ` ${x.unit}` : ''} ↔ ${y.text}${y.unit ? ` ${y.unit}` : ''}`, spans: [ev('a', x.span), ev('b', y.span)] });
  }
  for (const [x, y] of e.quantMismatch.slice(0, 1)) {
    out.push({ kind: 'quantity', detail: `${x.text} ↔ ${y.text}`, spans: [ev('a', x.span), ev('b', y.span)] });
  }
  if (e.roleSwap && Math.min(e.covA, e.covB) >= 0.8) {
    const [p, q] = e.roleSwap;
    out.push({
      kind: 'lexical',
      detail: `roles swapped: ${p.a.text} … ${q.a.text} ↔ ${q.b.text} … ${p.b.text}`,
      spans: [ev('a', wordSpan(p.a)), ev('a', wordSpan(q.a)), ev('b', wordSpan(q.b)), ev('b', wordSpan(p.b))],
    });
  }
  if (out.length === 0 && e.substitutions.length > 0) {
    const p = e.substitutions[0] as WordPair;
    out.push({ kind: 'lexical', detail: `${p.a.text} ↔ ${p.b.text}`, spans: [ev('a', wordSpan(p.a)), ev('b', wordSpan(p.b))] });
  }
  return out;
}

/**
 * Reasons for agreement: paraphrase when each side covers the other,
 * entailment when one covers the other, lexical overlap otherwise.
 *
 * @example
 * agreementReasons(pairFeatures('A man plays a guitar.', 'A man is playing a guitar.'))[0]?.kind; // 'paraphrase'
 */
export function agreementReasons(f: PairFeatures): Reason[] {
  const { covA, covB, aligned } = f.evidence;
  const spans: EvidenceSpan[] = [];
  for (const p of aligned.slice(0, 6)) { spans.push(ev('a', wordSpan(p.a))); spans.push(ev('b', wordSpan(p.b))); }
  const shared = aligned.slice(0, 6).map((p) => (p.kind === 'same' ? p.a.text : `${p.a.text}≈${p.b.text}`)).join(', ');
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  let kind: ReasonKind = 'lexical';
  let detail = `shared words: ${shared || 'none'}`;
  if (covA >= 0.75 && covB >= 0.75) { kind = 'paraphrase'; detail = `same content (${pct(covA)} / ${pct(covB)} aligned): ${shared}`; }
  else if (covB >= 0.75) { kind = 'entailment'; detail = `a covers ${pct(covB)} of b: ${shared}`; }
  else if (covA >= 0.75) { kind = 'entailment'; detail = `b covers ${pct(covA)} of a: ${shared}`; }
  return [{ kind, detail, spans }];
}

/**
 * Where a closing attribution (", the city said", ", according to officials")
 * starts in a statement, or its length when there is none: what the words
 * before it claim is the claim. The same reader as the claim extractor's.
 *
 * @example
 * attributionTail(analyze('Cracks were found in two beams, the city said.')); // 30
 */
export function attributionTail(x: Analysis): number {
  return attributionStart(x.text, 0, x.text.length);
}

/**
 * A statement's condition clause without a closing attribution: "only if the beams
 * hold, the mayor said" is shown and compared as "only if the beams hold".
 *
 * @example
 * conditionClause(analyze('Talks resume only if troops withdraw, the minister said.'))?.text; // 'only if troops withdraw'
 */
export function conditionClause(x: Analysis): Cue | null {
  const c = x.condition;
  if (c === null) return null;
  const tail = attributionTail(x);
  if (tail <= c.span.start || tail >= c.span.end) return c;
  const text = x.text.slice(c.span.start, tail).trimEnd();
  return text.length === 0 ? c : { ...c, text, span: { start: c.span.start, end: c.span.start + text.length } };
}

/** Share of the non-numeric content words aligned, on the worse side: "all else equal". */
function wordsOutsideNumbers(f: PairFeatures): number {
  const isNum = (w: { readonly lower: string }): boolean => /^\d/.test(w.lower);
  const alignedA = new Set(f.evidence.aligned.map((p) => p.a.index));
  const alignedB = new Set(f.evidence.aligned.map((p) => p.b.index));
  const share = (x: Analysis, al: Set<number>): number => {
    const end = attributionTail(x);
    const c = x.words.filter((w) => w.content && !isNum(w) && w.start < end);
    return c.length === 0 ? 0 : c.filter((w) => al.has(w.index)).length / c.length;
  };
  return Math.min(share(f.a, alignedA), share(f.b, alignedB));
}

/**
 * Share of the content words of the condition clauses that the other side's
 * condition matches (the better of the two sides), or null when a side has no
 * condition clause. Two conditional claims with little overlap set different
 * conditions ("only if a treaty is signed" / "only if troops withdraw").
 *
 * @example
 * conditionOverlap(pairFeatures('Talks resume only if troops withdraw.', 'Talks resume only if a treaty is signed.')); // 0
 */
export function conditionOverlap(f: PairFeatures): number | null {
  const ca = conditionClause(f.a);
  const cb = conditionClause(f.b);
  if (ca === null || cb === null) return null;
  const inside = (w: { readonly start: number; readonly end: number; readonly content: boolean }, c: Cue): boolean =>
    w.content && w.start >= c.span.start && w.end <= c.span.end;
  const wordsA = f.a.words.filter((w) => inside(w, ca));
  const wordsB = f.b.words.filter((w) => inside(w, cb));
  if (wordsA.length === 0 || wordsB.length === 0) return null;
  const pairs = f.evidence.aligned.filter((p) => inside(p.a, ca) && inside(p.b, cb));
  const share = (n: number, of: number): number => n / of;
  return Math.max(share(new Set(pairs.map((p) => p.a.index)).size, wordsA.length), share(new Set(pairs.map((p) => p.b.index)).size, wordsB.length));
}

/** Reasons that show two statements cannot both be true. */
const CLASH_KINDS: ReadonlySet<ReasonKind> = new Set(['negation', 'antonym', 'numeric', 'temporal', 'quantity']);

/**
 * Settles label, score and reasons from features, model probabilities
 * (`[agree, conflict, neutral]`) and claim context.
 *
 * @example
 * decide(pairFeatures('The bridge is open.', 'The bridge is closed.'), [0.1, 0.8, 0.1]).label; // 'contradict'
 */
export function decide(
  f: PairFeatures, probs: readonly number[], ctxA?: ClaimContext, ctxB?: ClaimContext, thresholds: DecisionThresholds = {},
): RelateResult {
  const pAgree = probs[0] ?? 0;
  const pConflict = probs[1] ?? 0;
  const pNeutral = probs[2] ?? 0;
  let label: RelationLabel = pAgree >= pConflict && pAgree >= pNeutral ? 'agree' : pConflict >= pNeutral ? 'contradict' : 'neutral';
  if (label !== 'contradict' && thresholds.conflict !== undefined && pConflict >= thresholds.conflict) label = 'contradict';
  else if (label === 'agree' && thresholds.neutral !== undefined && pNeutral >= thresholds.neutral) label = 'neutral';
  let score = label === 'agree' ? pAgree : label === 'contradict' ? pConflict : pNeutral;

  const tension = tensionReasons(f, ctxA, ctxB);
  const kinds = new Set(tension.map((r) => r.kind));
  if (label === 'neutral' && thresholds.unrelated !== undefined && pNeutral < thresholds.unrelated) {
    // Related by the caller's judgement, not by the model's: a conflict then needs evidence of its own.
    // A negated word on each side is no evidence when both claims are negative.
    const samePolarity = isNegative(f.a, ctxA) === isNegative(f.b, ctxB);
    const evidence = tension.some((r) => r.kind !== 'lexical' && !(r.kind === 'negation' && samePolarity));
    label = pConflict > pAgree && evidence ? 'contradict' : 'agree';
    score = label === 'agree' ? pAgree : pConflict;
  }
  const negA = isNegative(f.a, ctxA);
  const negB = isNegative(f.b, ctxB);
  const openA = isOpen(f.a, ctxA);
  const openB = isOpen(f.b, ctxB);
  // An open outcome (possible, conditional) against a flat refusal: both can hold, one restricts the other.
  // compare() reads polarity per clause, better than our word-level scope: trust it when given.
  const ctxPolarity = ctxA?.polarity !== undefined || ctxB?.polarity !== undefined;
  const related = Math.max(f.evidence.covA, f.evidence.covB) >= 0.5;
  const clashes = negationClashes(f);
  const polarityClash = clashes.length > 0 || (negA !== negB && related);
  const openVsRefusal = ((openA && negB && !negA && !openB) || (openB && negA && !negB && !openA)) && polarityClash;
  // Claims of opposite polarity contradict when a word they share is negated on one side only
  // ("backs the council but never questioned the budget" does not deny "backs the council"), and
  // when the model reads them as related at all (P(neutral) < 0.5): polarity alone is weak evidence.
  if (label === 'agree' && ctxPolarity && negA !== negB && related && clashes.length > 0 && pNeutral < 0.5) {
    label = 'contradict';
    score = 1 - pNeutral;
  }
  const limited = kinds.has('temporal') && f.evidence.dateMismatch.length === 0;

  // Hard evidence the model may outvote on a short pair: the rest of the two statements
  // matches, and one word or number says the opposite. The score is then the model's
  // probability that the pair is related at all.
  const rest = Math.min(f.evidence.covA, f.evidence.covB);
  // A negated opposite agrees ("not opposed" / "supports"): only same-polarity pairs oppose.
  const opposed = opposedWords(f);
  const hand = opposed.filter((p) => p.kind === 'antonym-hand');
  const scale = opposed.filter((p) => p.kind === 'antonym-scale');
  const sameUnitClash = f.evidence.numMismatch.some(([x, y]) => x.unit !== null && x.unit === y.unit);
  if (label === 'agree' || label === 'neutral') {
    // WordNet's antonyms are left to the model: many are rare senses ("hot" ↔ "legal"),
    // and paraphrases of news often carry one by accident.
    const covMax = Math.max(f.evidence.covA, f.evidence.covB);
    // One statement wholly inside the other, with a shared word negated on one side only.
    const negatedInside = clashes.length > 0 && covMax >= 0.85 && rest >= 0.5;
    const strong = (hand.length > 0 && covMax >= 0.4 && (label === 'agree' || rest >= 0.4)) || negatedInside ||
      (label === 'agree' && ((rest >= 0.85 && clashes.length > 0) || (sameUnitClash && wordsOutsideNumbers(f) >= 0.85)));
    if (strong) { label = 'contradict'; score = 1 - pNeutral; }
    else if (scale.length > 0 && related) { label = 'qualify'; score = 1 - pNeutral; }
  }
  if (label === 'contradict' && scale.length > 0 && hand.length === 0 && clashes.length === 0) label = 'qualify';

  if (openVsRefusal && (label !== 'agree' || ctxPolarity)) {
    label = 'qualify';
    score = Math.max(pConflict, 1 - pNeutral);
  } else if (label === 'agree' && ctxA?.modality === 'conditional' && ctxB?.modality === 'conditional' && (conditionOverlap(f) ?? 1) < DIFFERENT_CONDITIONS) {
    // Both claims are conditional (compare()'s claim modality), on different conditions: compatible, one stricter or other.
    label = 'qualify';
    const ca = conditionClause(f.a) as Cue;
    const cb = conditionClause(f.b) as Cue;
    tension.unshift({ kind: 'condition', detail: `different conditions: "${ca.text}" ↔ "${cb.text}"`, spans: [ev('a', ca.span), ev('b', cb.span)] });
  } else if (label === 'agree' && ctxA?.modality !== undefined && ctxB?.modality !== undefined && openA !== openB) {
    // A possibility or a conditional outcome against a plain statement of the same thing:
    // both can hold, and one restricts the other (GOLD.md: "a possibility against a fact").
    // Only on claim-level modality from compare(): read from raw text, a stray "could" in a
    // long news sentence says little about the claim (it cost MSRP and ClaimDiff accuracy).
    label = 'qualify';
  } else if (label === 'contradict' && (kinds.has('condition') || kinds.has('modality') || limited)) {
    // The model sees a conflict, but a condition, a hedge or a time limit lets both stand.
    label = 'qualify';
  }

  let reasons: Reason[] = label === 'agree' ? agreementReasons(f) : label === 'neutral' ? [] : tension;
  if (label === 'qualify') {
    // Lead with the dimension that makes it a qualification rather than a contradiction.
    const order: ReasonKind[] = f.a.condition || f.b.condition ? ['condition', 'modality', 'temporal'] : ['modality', 'temporal', 'condition'];
    if (scale.length > 0 && !openVsRefusal) order.unshift('quantity');
    if (!(f.a.condition || f.b.condition) && (f.a.limits.length > 0 || f.b.limits.length > 0) && !kinds.has('condition')) order.unshift('temporal');
    const rank = (k: ReasonKind): number => { const i = order.indexOf(k); return i < 0 ? order.length : i; };
    reasons = [...reasons].sort((x, y) => rank(x.kind) - rank(y.kind));
  }

  // Between aligned claims (compare()), "cannot both be true" needs words that clash: a negation,
  // an antonym, a number, a date or a quantity. A conflict the model sees without them is reported
  // as a qualification, with what differs as its reason.
  if (label === 'contradict' && thresholds.unrelated !== undefined && !reasons.some((r) => CLASH_KINDS.has(r.kind))) label = 'qualify';

  // Claim context from compare(): dates and sources.
  const dateA = ctxA?.publishedAt ?? null;
  const dateB = ctxB?.publishedAt ?? null;
  if (dateA && dateB && dateA.slice(0, 10) !== dateB.slice(0, 10) && (label === 'contradict' || label === 'qualify')) {
    // News moves: a later report of the opposite may be a change, not a contradiction.
    if (label === 'contradict') { label = 'qualify'; }
    reasons = [{ kind: 'temporal', detail: `published ${dateA.slice(0, 10)} (a) and ${dateB.slice(0, 10)} (b): the later claim may report a change`, spans: [] }, ...reasons];
  }
  const srcA = ctxA?.source?.trim() ?? '';
  const srcB = ctxB?.source?.trim() ?? '';
  if (srcA && srcB && srcA.toLowerCase() !== srcB.toLowerCase() && label !== 'neutral') {
    reasons = [...reasons, { kind: 'attribution', detail: `${srcA} (a) ↔ ${srcB} (b)`, spans: [] }];
    if (label === 'contradict') {
      // Two sources reporting opposite things are both faithfully reported; the tension is who says it.
      label = 'qualify';
      reasons = [reasons[reasons.length - 1] as Reason, ...reasons.slice(0, -1)];
    }
  }
  return { label, score: Math.min(1, Math.max(0, score)), reasons };
}
