/**
 * stance() and checkClaim(): does an article assert a claim, deny it, only
 * report it, or speak of something else?
 *
 * Two learned stages over hand-built features (see stance-features.ts): first
 * related or unrelated (tf-idf cosine, stem, name and number overlap), then,
 * for related pairs, agree / disagree / discuss from refuting, hedging and
 * confirming cues near the sentences that hold the claim, and from relate() on
 * those sentences. Long bodies and short texts (headlines) each have their own
 * second stage, since cues are dense in a headline and sparse in a body. The
 * approach follows the FNC-1 baseline and Ferreira & Vlachos (NAACL 2016).
 *
 * Limits: the title of an ArticleInput is not read (evidence must point into
 * `text`); sarcasm and refutation by a fact that shares no words with the
 * claim are mostly missed.
 *
 * @module
 */
import { ClaimdiffError } from '../errors';
import { validateInput } from '../text/normalize';
import type { ArticleInput, ClaimCheck, RelationLabel, StanceEvidence, StanceLabel, StanceResult } from '../types';
import { STANCE_CUE_CATEGORIES, STANCE_CUE_SIDE } from '../lexicon/stance';
import { analyzeText, type SentenceAnalysis, type TextAnalysis } from './stance-analysis';
import { extendFeatures, pairFeatures, type PairFeatures } from './stance-features';
import { predictForest, type StanceModel } from './stance-model';
import { STANCE_MODEL } from './stance-weights.generated';

/**
 * Options of stance() and checkClaim().
 *
 * @example
 * const o: StanceOptions = { maxEvidence: 3, assumeRelated: true };
 */
export interface StanceOptions {
  /** Most evidence sentences returned per article (default 3). */
  readonly maxEvidence?: number;
  /** Skip the related/unrelated stage, for articles already known to be about the claim. */
  readonly assumeRelated?: boolean;
}

/**
 * Default stance options.
 *
 * @example
 * stance('x', 'y', defaultStanceOptions);
 */
export const defaultStanceOptions: StanceOptions = Object.freeze({ maxEvidence: 3, assumeRelated: false });

// Short texts are headlines or single statements: their cues sit in one sentence.
function isShort(body: TextAnalysis): boolean {
  return body.sentences.length <= 2 && body.text.length <= 300;
}

// One shared word out of three or more is a shared name, not a shared story. The
// training data seldom shows this case (its unrelated pairs are random), so it is a rule.
function sharesTooLittle(values: ReadonlyMap<string, number>): boolean {
  return (values.get('claimLength') ?? 0) >= 3 && (values.get('matched') ?? 0) <= 1;
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) > (xs[best] ?? 0)) best = i;
  return best;
}

interface Decision {
  readonly label: StanceLabel;
  readonly score: number;
}

function decide(claim: TextAnalysis, body: TextAnalysis, model: StanceModel, assumeRelated: boolean): { decision: Decision; features: PairFeatures } {
  const cheap = pairFeatures(claim, body, { stage: 'related' });
  let pRelated = 1;
  if (!assumeRelated && sharesTooLittle(cheap.values)) return { decision: { label: 'unrelated', score: 0.9 }, features: cheap };
  if (!assumeRelated) {
    pRelated = predictForest(model.related, cheap.values)[1] ?? 0;
    if (pRelated < 0.5) return { decision: { label: 'unrelated', score: 1 - pRelated }, features: cheap };
  }
  const full = extendFeatures(cheap, claim, body);
  const forest = isShort(body) ? model.short : model.body;
  const probs = predictForest(forest, full.values);
  const best = argmax(probs);
  const label = (forest.classes[best] ?? 'discuss') as StanceLabel;
  return { decision: { label, score: pRelated * (probs[best] ?? 0) }, features: full };
}

function checkOptions(options: StanceOptions): { maxEvidence: number; assumeRelated: boolean; model: StanceModel } {
  if (options === null || typeof options !== 'object') {
    throw new ClaimdiffError('invalid_option', 'stance options must be an object such as { maxEvidence: 3 }; omit it for the defaults.');
  }
  const maxEvidence = options.maxEvidence ?? 3;
  if (!Number.isInteger(maxEvidence) || maxEvidence < 0) {
    throw new ClaimdiffError('invalid_option', `options.maxEvidence must be a whole number >= 0; got ${String(maxEvidence)}.`);
  }
  return { maxEvidence, assumeRelated: options.assumeRelated === true, model: STANCE_MODEL };
}

function checkClaimText(claim: unknown): asserts claim is string {
  if (typeof claim !== 'string') {
    throw new ClaimdiffError('invalid_argument', `claim must be a string such as 'The bridge collapsed'; got ${claim === null ? 'null' : typeof claim}.`);
  }
}

// Each evidence sentence gets its own label from its own cues, so a body that
// agrees overall can still show the one sentence that hedges; the cues come from
// the cached analysis, so labelling evidence parses nothing again. A sentence
// without cues takes the relate() label the features already computed for it;
// failing that, it carries the article's own stance ("The bridge is standing" in
// an article that debunks the collapse).
function sentenceLabel(claim: TextAnalysis, sent: SentenceAnalysis, relation: RelationLabel | undefined, articleLabel: StanceLabel): StanceLabel {
  const count = (side: 'refute' | 'hedge'): number =>
    STANCE_CUE_CATEGORIES.reduce((n, c, k) => n + (STANCE_CUE_SIDE[c] === side && c !== 'attributed' ? (sent.cues[k] ?? 0) : 0), 0);
  const claimNegated = claim.sentences.some((s) => s.negations > 0);
  if (count('refute') > 0 || (sent.negations > 0) !== claimNegated) return 'disagree';
  if (count('hedge') > 0 || sent.question) return 'discuss';
  if (relation === 'contradict') return 'disagree';
  if (relation === 'qualify') return 'discuss';
  if (relation === 'agree') return 'agree';
  return articleLabel;
}

function evidenceFor(claim: TextAnalysis, body: TextAnalysis, features: PairFeatures, decision: Decision, limit: number): StanceEvidence[] {
  if (limit === 0 || decision.label === 'unrelated') return [];
  const relations = features.relations ?? new Map<number, RelationLabel>();
  const labelled = features.ranked
    .filter((r) => r.coverage >= 0.2)
    .slice(0, limit * 2)
    .flatMap((r) => {
      const sent = body.sentences[r.index];
      return sent === undefined ? [] : [{ r, sent, label: sentenceLabel(claim, sent, relations.get(r.index), decision.label) }];
    });
  // Sentences that share the article's label explain it best; ties go to coverage, then position.
  labelled.sort((a, b) => Number(b.label === decision.label) - Number(a.label === decision.label) || b.r.coverage - a.r.coverage || a.r.index - b.r.index);
  const chosen = labelled.slice(0, limit);
  const attributions = chosen.length > 0 ? body.attributions() : [];
  return chosen.map(({ sent, label }) => ({
    span: { start: sent.span.start, end: sent.span.end },
    text: body.text.slice(sent.span.start, sent.span.end),
    label,
    attribution: attributions.find((a) => a.content.start < sent.span.end && a.content.end > sent.span.start) ?? null,
  }));
}

function stanceOf(claim: string, text: string, opts: { maxEvidence: number; assumeRelated: boolean; model: StanceModel }): StanceResult {
  const c = analyzeText(claim);
  const body = analyzeText(text);
  if (c.counts.size === 0 || body.counts.size === 0) {
    // Nothing to compare: empty input gives an empty result, not a throw.
    return { label: 'unrelated', score: 1, evidence: [] };
  }
  const { decision, features } = decide(c, body, opts.model, opts.assumeRelated);
  return { label: decision.label, score: decision.score, evidence: evidenceFor(c, body, features, decision, opts.maxEvidence) };
}

/**
 * Stance of an article toward a claim: `agree` (asserts it), `disagree` (denies
 * or debunks it), `discuss` (reports it without taking a side) or `unrelated`.
 * `score` is the model's probability of the label; `evidence` holds the
 * sentences that decided it, with spans into the article text.
 *
 * @example
 * const r = stance('The bridge collapsed', 'Officials denied reports that the bridge collapsed. Photos of the collapse were fake.');
 * r.label; // 'disagree'
 * r.evidence[0]?.text; // 'Officials denied reports that the bridge collapsed.'
 */
export function stance(claim: string, article: ArticleInput | string, options: StanceOptions = defaultStanceOptions): StanceResult {
  checkClaimText(claim);
  const opts = checkOptions(options);
  if (typeof article !== 'string') validateInput(article, 0);
  return stanceOf(claim, typeof article === 'string' ? article : article.text, opts);
}

/**
 * Stance of each article toward one claim, strongest first: related labels
 * before `unrelated`, then by score, then in input order. Each article text is
 * analysed once and the analysis is shared with later calls.
 *
 * @example
 * const rows = checkClaim('The bridge collapsed', [
 *   { id: 'x', text: 'The bridge collapsed on Monday, police said.' },
 *   { id: 'y', text: 'The city opened a new library.' },
 * ]);
 * rows.map((r) => r.articleId); // ['x', 'y']
 */
export function checkClaim(claim: string, articles: readonly ArticleInput[], options: StanceOptions = defaultStanceOptions): ClaimCheck[] {
  checkClaimText(claim);
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('not_an_array', 'checkClaim(claim, articles) needs an array of articles such as [{ text: "..." }]; wrap a single article in [ ].');
  }
  const opts = checkOptions(options);
  const ids = articles.map((a, i) => {
    validateInput(a, i);
    return a.id ?? `a${i + 1}`;
  });
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      throw new ClaimdiffError('duplicate_id', `articles[${i}].id '${id}' is used twice; give every article a unique id, or omit ids to get a1, a2, ….`);
    }
  });
  const rows = articles.map((a, i) => ({ i, row: { articleId: ids[i] ?? `a${i + 1}`, ...stanceOf(claim, a.text, opts) } }));
  rows.sort((x, y) => Number(x.row.label === 'unrelated') - Number(y.row.label === 'unrelated') || y.row.score - x.row.score || x.i - y.i);
  return rows.map((r) => r.row);
}
