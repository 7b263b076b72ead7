/**
 * Alignment: which claims of different articles speak about the same thing.
 *
 * 1. Blocking (blocking.ts): articles grouped by the event they report, and
 *    on a large input an inverted index inside each event group that proposes
 *    a bounded set of candidate pairs per claim (work linear in the input).
 * 2. Scoring (pair-features.ts, scorer.ts): a learned probability that two
 *    claims address the same point, from shared rare words, names, numbers,
 *    quotations, speakers, place in the article and meaning, with the event
 *    groups kept apart (two different earthquakes must not meet).
 * 3. Clustering (cluster.ts): average linkage over those probabilities, so one
 *    strong link cannot chain unrelated claims together.
 *
 * @module
 */
import { candidatePairs, storyGroups } from './blocking';
import { averageLinkage } from './cluster';
import { pointLinks } from './links';
import { pairVector, pointContext, type PointContext } from './pair-features';
import { idfTable, profile, resolveNames } from './profile';
import { neighbourVectors } from './neighbourhood';
import { logistic, pointModel, samePointProbabilities, type PointModel } from './scorer';
import { claimCosine, claimVector } from '../semantics/claim-vector';
import { vectorProfile } from '../semantics/profile';
import { softMatch } from '../semantics/soft-match';
import type { Claim } from '../types';

/**
 * Options of align().
 *
 * @example
 * const o: AlignOptions = { threshold: 0.3 };
 */
export interface AlignOptions {
  /** Lowest same-point probability for two claims to be linked at all. */
  readonly threshold?: number;
  /** Lowest average probability for two groups of claims to merge into one point. */
  readonly linkage?: number;
  /** Terms held by more than this share of claims are too common to block on. */
  readonly maxDocFrequency?: number;
  /** Lowest average name-and-number similarity for two articles to report the same event. */
  readonly storyLinkage?: number;
  /** Factor applied to the score of a pair whose articles report different events. */
  readonly crossStoryFactor?: number;
  /** Lowest same-point score for two claims of different articles that clustering kept apart to be linked (see links.ts). */
  readonly linkThreshold?: number;
  /** A same-point model to use instead of the committed one (training and leave-one-story-out scoring). */
  readonly model?: PointModel;
}

/**
 * Default alignment options (tuned on ECB+ dev topics, see eval/align.ts).
 *
 * @example
 * align([], defaultAlignOptions).clusters; // []
 */
export const defaultAlignOptions: Required<Omit<AlignOptions, 'model'>> = Object.freeze({
  threshold: 0.2,
  linkage: pointModel.linkage,
  maxDocFrequency: 0.2,
  storyLinkage: 0.12,
  crossStoryFactor: 0.3,
  // Chosen leave-one-story-out (scripts/train-points.ts prints the figures by threshold). Against no
  // links, 0.85 gives tension recall 12.4% → 12.6%, precision 15.8% → 14.6%, agreement recall 30.4% →
  // 32.4%; at 0.8 recall rises to 13.8% at the same precision, and at 0.7 precision falls to 12.3%.
  linkThreshold: 0.85,
});

/** Most links per claim: its strongest ones. */
const LINKS_PER_CLAIM = 3;

/**
 * A scored candidate pair.
 *
 * @example
 * const p: AlignedPair = { a: 'a1:c1', b: 'a2:c3', score: 0.52 };
 */
export interface AlignedPair {
  readonly a: string;
  readonly b: string;
  readonly score: number;
}

/**
 * Result of align(): clusters of claim ids (each with claims from at least two articles) and the scored pairs.
 *
 * @example
 * const a: Alignment = { clusters: [['a1:c1', 'a2:c3']], pairs: [{ a: 'a1:c1', b: 'a2:c3', score: 0.52 }], links: [], stories: [['a1', 'a2']] };
 */
export interface Alignment {
  readonly clusters: readonly (readonly string[])[];
  readonly pairs: readonly AlignedPair[];
  /**
   * Pairs of claims of different articles that score at least `linkThreshold` but that
   * clustering kept in different points (or in none): compare() relates them too.
   */
  readonly links: readonly AlignedPair[];
  /** Articles grouped by the event they report, judged by the names and numbers they share. */
  readonly stories: readonly (readonly string[])[];
}

/** The per-input context of the pair features, the blocked candidate pairs (i < j) and the event groups. */
function blockedPairs(claims: readonly Claim[], opts: Required<Omit<AlignOptions, 'model'>>): { context: PointContext; pairs: [number, number][]; stories: string[][] } {
  const profiles = resolveNames(claims.map(profile));
  const idf = idfTable(profiles);
  const { stories, storyOf } = storyGroups(profiles, opts.storyLinkage);
  const meaning = claims.map((c) => vectorProfile(c.text));
  const vectors = meaning.map((m) => claimVector(m));
  const semantic = (i: number, j: number): { vector: number; soft: number } => ({
    vector: claimCosine(vectors[i] ?? null, vectors[j] ?? null),
    soft: softMatch(meaning[i]!, meaning[j]!),
  });
  const context = pointContext(claims, profiles, idf, storyOf, semantic);
  // Claims of one article stay candidates: a headline and its body may share a point.
  return { context, pairs: candidatePairs(profiles, opts.maxDocFrequency, idf, storyOf), stories };
}

/**
 * The candidate pairs of an input with what the scorer reads of them: the
 * per-input context and, for each candidate pair,
 * its feature vector (claims of one article included). align() scores the same pairs; training reads these.
 *
 * @example
 * const { context, candidates } = alignmentCandidates(claims);
 * candidates[0]?.x.length; // POINT_FEATURES.length
 */
export function alignmentCandidates(
  claims: readonly Claim[],
  options: AlignOptions = defaultAlignOptions,
): { context: PointContext; candidates: { i: number; j: number; x: Float64Array }[]; stories: string[][] } {
  const { context, pairs, stories } = blockedPairs(claims, { ...defaultAlignOptions, ...options });
  return { context, candidates: pairs.map(([i, j]) => ({ i, j, x: pairVector(context, i, j) })), stories };
}

/**
 * Groups the claims of different articles that address the same point.
 * A point is reported only when it spans at least two articles.
 *
 * @example
 * align(report.claims).clusters; // [['a1:c1', 'a2:c4'], …]
 */
export function align(claims: readonly Claim[], options: AlignOptions = defaultAlignOptions): Alignment {
  const opts = { ...defaultAlignOptions, ...options };
  const model = options.model ?? pointModel;
  const { context, pairs: blocked, stories } = blockedPairs(claims, opts);
  // samePointProbabilities() in two steps, so each pair's feature vector is dropped once the
  // first stage has read it (a large input never holds them all). The empty call checks the model.
  samePointProbabilities(claims, [], model);
  const first = blocked.map(([i, j]) => logistic(model.first, pairVector(context, i, j)));
  const candidates = blocked.map(([i, j]) => ({ i, j }));
  const probabilities = neighbourVectors(claims, candidates, first).map((v) => logistic(model.second, v));
  const pairs = candidates
    .map(({ i, j }, k) => {
      const p = probabilities[k] ?? 0;
      const same = context.storyOf.get(claims[i]!.articleId) === context.storyOf.get(claims[j]!.articleId);
      return { i, j, score: p * (same ? 1 : opts.crossStoryFactor) };
    })
    .filter((p) => p.score >= opts.threshold);
  const points = averageLinkage(claims.length, pairs, opts.linkage).filter((members) => new Set(members.map((i) => claims[i]!.articleId)).size >= 2);
  const links = pointLinks(pairs, points, claims.map((c) => c.articleId), { threshold: opts.linkThreshold, perClaim: LINKS_PER_CLAIM });
  const named = (p: { i: number; j: number; score: number }): AlignedPair => ({ a: claims[p.i]!.id, b: claims[p.j]!.id, score: round(p.score) });
  return {
    clusters: points.map((members) => members.map((i) => claims[i]!.id)),
    pairs: pairs.map(named),
    links: links.map(named),
    stories,
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
