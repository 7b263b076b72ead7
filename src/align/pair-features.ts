/**
 * The features of a candidate pair for the "same point" scorer: how much two
 * claims (of different articles, or of one: a headline and its body) share (rare words, names, numbers, quotations,
 * predicate classes, meaning), and where they stand (speaker, headline and lead,
 * place in the article, the event each article reports, quotation, time,
 * polarity and modality). Plain numbers in a
 * fixed order, so the learned weights (scorer.ts) can read them.
 *
 * @module
 */
import { cosine, jaccard, scorePair, sharedWords, unmatchedName, type Profile } from './profile';
import { claimDates, numberValues } from '../extract/claim-values';
import type { Claim } from '../types';

/**
 * Names of the pair features, in vector order. The weights file lists the names it was trained on.
 *
 * @example
 * POINT_FEATURES.indexOf('tfidf'); // 0
 */
export const POINT_FEATURES = [
  'tfidf',
  'lexical',
  'sharedWords',
  'sharedRare',
  'entityJaccard',
  'namesApart',
  'sharedClass',
  'sameSpeaker',
  'bothSourced',
  'headlineLead',
  'positionGap',
  'sharedNumber',
  'numbersApart',
  'sharedQuote',
  'lengthRatio',
  'yearsApart',
  'otherStory',
  'semantic',
  'softMatch',
  'sameArticle',
  'bothQuoted',
  'bothTimes',
  'oneTime',
  'sharedDate',
  'polarityDiffers',
  'modalityDiffers',
] as const;

/**
 * One feature name.
 *
 * @example
 * const f: PointFeature = 'tfidf';
 */
export type PointFeature = (typeof POINT_FEATURES)[number];

/**
 * What the features of every pair of one input read: each claim's profile, the
 * input's idf table (terms salient to this story), where each claim stands in
 * its article, and the event group of each article.
 *
 * @example
 * const ctx = pointContext(claims, profiles, idf, storyOf, similarity);
 */
export interface PointContext {
  readonly claims: readonly Claim[];
  readonly profiles: readonly Profile[];
  readonly idf: ReadonlyMap<string, number>;
  readonly storyOf: ReadonlyMap<string, number>;
  /** Relative place of each claim in its article, 0 (first) to 1 (last). */
  readonly place: readonly number[];
  /** Lower-cased 4-word runs inside quotation marks, per claim. */
  readonly quoted: readonly ReadonlySet<string>[];
  /** Resolved dates (ISO) of each claim's times. */
  readonly dates: readonly ReadonlySet<string>[];
  /** Meaning similarity of two claims (claim vectors, soft word matching), when word vectors are at hand. */
  readonly semantic?: (i: number, j: number) => { readonly vector: number; readonly soft: number };
}

const QUOTE_RE = /["“”]([^"“”]{8,})["“”]/g;

function quotedRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTE_RE)) {
    const words = (m[1] ?? '').toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    for (let k = 0; k + 4 <= words.length; k++) out.add(words.slice(k, k + 4).join(' '));
  }
  return out;
}

/**
 * Builds the per-input context of the pair features.
 *
 * @example
 * const ctx = pointContext(claims, profiles, idf, new Map([['a1', 0], ['a2', 0]]));
 */
export function pointContext(
  claims: readonly Claim[],
  profiles: readonly Profile[],
  idf: ReadonlyMap<string, number>,
  storyOf: ReadonlyMap<string, number>,
  semantic?: PointContext['semantic'],
): PointContext {
  const last = new Map<string, number>();
  for (const c of claims) last.set(c.articleId, Math.max(last.get(c.articleId) ?? 0, c.sentenceIndex));
  const place = claims.map((c) => c.sentenceIndex / Math.max(1, last.get(c.articleId) ?? 1));
  return { claims, profiles, idf, storyOf, place, quoted: claims.map((c) => quotedRuns(c.text)), dates: claims.map(claimDates), ...(semantic ? { semantic } : {}) };
}


/**
 * The feature vector of the pair (i, j) of a context, in POINT_FEATURES order.
 *
 * @example
 * const x = pairVector(ctx, 0, 5); x[POINT_FEATURES.indexOf('tfidf')]; // 0.42
 */
export function pairVector(ctx: PointContext, i: number, j: number): Float64Array {
  const a = ctx.profiles[i]!;
  const b = ctx.profiles[j]!;
  const ca = ctx.claims[i]!;
  const cb = ctx.claims[j]!;
  let rare = 0;
  let rareA = 0;
  for (const [t] of a.terms) {
    if (t.startsWith('C:')) continue;
    const w = ctx.idf.get(t) ?? 0;
    rareA += w;
    if (b.terms.has(t)) rare += w;
  }
  let rareB = 0;
  for (const [t] of b.terms) if (!t.startsWith('C:')) rareB += ctx.idf.get(t) ?? 0;
  let sharedClass = 0;
  for (const c of a.classes) if (b.classes.has(c)) sharedClass = 1;
  const sa = ca.attribution?.source?.name?.toLowerCase() ?? null;
  const sb = cb.attribution?.source?.name?.toLowerCase() ?? null;
  const na = numberValues(ca);
  const nb = numberValues(cb);
  let sharedNumber = 0;
  for (const v of na) if (nb.has(v)) sharedNumber = 1;
  let sharedQuote = 0;
  for (const q of ctx.quoted[i]!) if (ctx.quoted[j]!.has(q)) { sharedQuote = 1; break; }
  const la = ca.text.length;
  const lb = cb.text.length;
  const early = (k: number): boolean => ctx.claims[k]!.sentenceIndex === 0;
  const lead = (k: number): boolean => ctx.claims[k]!.sentenceIndex <= 2;
  const sem = ctx.semantic?.(i, j);
  const v = new Float64Array(POINT_FEATURES.length);
  v[0] = cosine(a, b, ctx.idf);
  v[1] = scorePair(a, b, ctx.idf);
  v[2] = Math.log1p(sharedWords(a, b));
  v[3] = rareA + rareB > 0 ? (2 * rare) / (rareA + rareB) : 0;
  v[4] = jaccard(a.entities, b.entities);
  v[5] = unmatchedName(a, b) && unmatchedName(b, a) ? 1 : 0;
  v[6] = sharedClass;
  v[7] = sa !== null && sa === sb ? 1 : 0;
  v[8] = sa !== null && sb !== null ? 1 : 0;
  v[9] = (early(i) && lead(j)) || (early(j) && lead(i)) ? 1 : 0;
  v[10] = Math.abs((ctx.place[i] ?? 0) - (ctx.place[j] ?? 0));
  v[11] = sharedNumber;
  v[12] = na.size > 0 && nb.size > 0 && sharedNumber === 0 ? 1 : 0;
  v[13] = sharedQuote;
  v[14] = Math.min(la, lb) / Math.max(1, la, lb);
  v[15] = a.years.size > 0 && b.years.size > 0 && jaccard(a.years, b.years) === 0 ? 1 : 0;
  v[16] = ctx.storyOf.get(ca.articleId) === ctx.storyOf.get(cb.articleId) ? 0 : 1;
  v[17] = sem?.vector ?? 0;
  v[18] = sem?.soft ?? 0;
  v[19] = ca.articleId === cb.articleId ? 1 : 0;
  // Two direct quotations, two claims that both say when, or one that says when and one that does not;
  // a date they share; and a flip of polarity or modality between them.
  v[20] = ca.attribution?.kind === 'direct' && cb.attribution?.kind === 'direct' ? 1 : 0;
  v[21] = ca.times.length > 0 && cb.times.length > 0 ? 1 : 0;
  v[22] = (ca.times.length > 0) !== (cb.times.length > 0) ? 1 : 0;
  v[23] = [...ctx.dates[j]!].some((d) => ctx.dates[i]!.has(d)) ? 1 : 0;
  v[24] = ca.polarity !== cb.polarity ? 1 : 0;
  v[25] = ca.modality !== cb.modality ? 1 : 0;
  return v;
}
