/**
 * Builds the Report: numbered points with their positions, consensus and
 * first report, the sources table, and the messages, all in a deterministic
 * order.
 *
 * @module
 */
import type { Article, Claim, Consensus, Message, Point, Relation, Report, SourceSummary } from '../types';
import { centralClaim, positionsOf, trimLabel } from './positions';

/**
 * What buildReport() is built from: the output of the earlier stages.
 *
 * @example
 * const parts: ReportParts = { articles: [], claims: [], points: [], relations: [], messages: [] };
 */
export interface ReportParts {
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  /** The claim ids of each point, as alignment grouped them (any order). */
  readonly points: readonly (readonly string[])[];
  readonly relations: readonly Relation[];
  readonly messages: readonly Message[];
}

const UNRESOLVED = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

/**
 * Assembles the final {@link Report} from the stages' outputs. Points are
 * numbered `p1`, `p2`, … in the order of their first claim; each is split
 * into its positions ({@link positionsOf}) by the relations among its claims.
 *
 * @example
 * buildReport({ articles: [], claims: [], points: [], relations: [], messages: [] }).schemaVersion; // 2
 */
export function buildReport(parts: ReportParts): Report {
  const order = new Map(parts.articles.map((a, i) => [a.id, i]));
  const claimIndex = new Map(parts.claims.map((c, i) => [c.id, i]));
  const byId = new Map(parts.claims.map((c) => [c.id, c]));
  const sortedPoints = parts.points
    .map((ids) => [...ids].sort((x, y) => (claimIndex.get(x) ?? 0) - (claimIndex.get(y) ?? 0)))
    .sort((x, y) => (claimIndex.get(x[0]!) ?? 0) - (claimIndex.get(y[0]!) ?? 0));
  const inside = relationsInside(sortedPoints, parts.relations);
  const points: Point[] = sortedPoints.map((ids, k) => {
    const members = ids.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    const articleIds = [...new Set(members.map((c) => c.articleId))].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    const relations = inside[k]!;
    const id = `p${k + 1}`;
    return {
      id,
      claimIds: ids,
      articleIds,
      // The claim most connected by any non-neutral relation speaks for the point.
      label: trimLabel(centralClaim(members, relations.filter((r) => r.label !== 'neutral'))?.text ?? ''),
      positions: positionsOf(id, members, relations, order),
      consensus: consensusOf(articleIds.length, relations),
      firstReported: firstReported(articleIds, parts.articles),
    };
  });
  return {
    schemaVersion: 2,
    articles: parts.articles,
    claims: parts.claims,
    points,
    relations: parts.relations,
    sources: summarizeSources(parts.claims, parts.articles),
    messages: sortMessages(parts.messages, order),
  };
}

/** The relations between two claims of each point, in input order: one pass over the relations, not one per point. */
function relationsInside(points: readonly (readonly string[])[], relations: readonly Relation[]): Relation[][] {
  const pointsOf = new Map<string, number[]>();
  points.forEach((ids, k) => {
    for (const id of new Set(ids)) {
      const list = pointsOf.get(id);
      if (list) list.push(k);
      else pointsOf.set(id, [k]);
    }
  });
  const out: Relation[][] = points.map(() => []);
  for (const r of relations) {
    const withB = new Set(pointsOf.get(r.b) ?? []);
    for (const k of pointsOf.get(r.a) ?? []) if (withB.has(k)) out[k]!.push(r);
  }
  return out;
}

/**
 * Overall consensus of a point from its relations.
 *
 * @example
 * consensusOf(2, [{ a: 'x', b: 'y', label: 'contradict', score: 0.9, reasons: [] }]); // 'contested'
 */
export function consensusOf(articleCount: number, relations: readonly Relation[]): Consensus {
  if (articleCount < 2) return 'single-source';
  const labels = new Set(relations.map((r) => r.label));
  if (labels.has('contradict')) return 'contested';
  if (labels.has('qualify')) return 'mixed';
  if (labels.has('agree')) return 'agreement';
  return 'mixed';
}

function firstReported(articleIds: readonly string[], articles: readonly Article[]): Point['firstReported'] {
  let best: { articleId: string; publishedAt: string } | null = null;
  for (const a of articles) {
    if (!articleIds.includes(a.id) || a.publishedAt === null) continue;
    if (best === null || Date.parse(a.publishedAt) < Date.parse(best.publishedAt)) best = { articleId: a.id, publishedAt: a.publishedAt };
  }
  return best;
}

function summarizeSources(claims: readonly Claim[], articles: readonly Article[]): SourceSummary[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? a.id]));
  const map = new Map<string, { roles: Set<string>; claimIds: string[]; articleIds: Set<string>; outlets: Set<string>; direct: number; indirect: number; mixed: number }>();
  for (const c of claims) {
    const source = c.attribution?.source;
    // An unresolved pronoun ("he said" with nobody to point at) names nobody a reader could look up.
    if (!source || UNRESOLVED.test(source.name)) continue;
    const entry = map.get(source.name) ?? { roles: new Set(), claimIds: [], articleIds: new Set(), outlets: new Set(), direct: 0, indirect: 0, mixed: 0 };
    if (source.role) entry.roles.add(source.role);
    entry.claimIds.push(c.id);
    entry.articleIds.add(c.articleId);
    entry.outlets.add(outletOf.get(c.articleId) ?? c.articleId);
    entry[c.attribution!.kind]++;
    map.set(source.name, entry);
  }
  return [...map.entries()]
    .map(([name, e]) => ({
      name,
      roles: [...e.roles].sort(),
      claimIds: e.claimIds,
      articleIds: [...e.articleIds],
      outlets: [...e.outlets].sort(),
      direct: e.direct,
      indirect: e.indirect,
      mixed: e.mixed,
    }))
    .sort((x, y) => y.claimIds.length - x.claimIds.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

function sortMessages(messages: readonly Message[], order: ReadonlyMap<string, number>): Message[] {
  const seen = new Set<string>();
  const unique: Message[] = [];
  for (const m of messages) {
    const key = `${m.code}|${m.articleId ?? ''}|${m.span?.start ?? ''}|${m.span?.end ?? ''}|${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  const rank = (m: Message): number => (m.articleId === undefined ? -1 : (order.get(m.articleId) ?? 0));
  return unique
    .map((m, i) => ({ m, i }))
    .sort((x, y) => rank(x.m) - rank(y.m) || (x.m.span?.start ?? -1) - (y.m.span?.start ?? -1) || x.i - y.i)
    .map((x) => x.m);
}
