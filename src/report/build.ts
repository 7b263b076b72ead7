/**
 * Builds the Report: numbered clusters with their consensus and first report,
 * the sources table, and the messages, all in a deterministic order.
 *
 * @module
 */
import type { Article, Claim, Cluster, Consensus, Message, Relation, Report, SourceSummary } from '../types';

/**
 * What buildReport() is built from: the output of the earlier stages.
 *
 * @example
 * const parts: ReportParts = { articles: [], claims: [], clusters: [], relations: [], messages: [] };
 */
export interface ReportParts {
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  readonly clusters: readonly (readonly string[])[];
  readonly relations: readonly Relation[];
  readonly messages: readonly Message[];
}

const LABEL_MAX = 100;
const UNRESOLVED = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

/**
 * Assembles the final {@link Report} from the stages' outputs.
 *
 * @example
 * buildReport({ articles: [], claims: [], clusters: [], relations: [], messages: [] }).schemaVersion; // 1
 */
export function buildReport(parts: ReportParts): Report {
  const order = new Map(parts.articles.map((a, i) => [a.id, i]));
  const claimIndex = new Map(parts.claims.map((c, i) => [c.id, i]));
  const byId = new Map(parts.claims.map((c) => [c.id, c]));
  const sortedClusters = parts.clusters
    .map((ids) => [...ids].sort((x, y) => (claimIndex.get(x) ?? 0) - (claimIndex.get(y) ?? 0)))
    .sort((x, y) => (claimIndex.get(x[0]!) ?? 0) - (claimIndex.get(y[0]!) ?? 0));
  const clusters: Cluster[] = sortedClusters.map((ids, k) => {
    const members = ids.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    const articleIds = [...new Set(members.map((c) => c.articleId))].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    const inside = new Set(ids);
    const relations = parts.relations.filter((r) => inside.has(r.a) && inside.has(r.b));
    return {
      id: `k${k + 1}`,
      claimIds: ids,
      articleIds,
      label: labelOf(members, relations),
      consensus: consensusOf(articleIds.length, relations),
      firstReported: firstReported(articleIds, parts.articles),
    };
  });
  return {
    schemaVersion: 1,
    articles: parts.articles,
    claims: parts.claims,
    clusters,
    relations: parts.relations,
    sources: summarizeSources(parts.claims, parts.articles),
    messages: sortMessages(parts.messages, order),
  };
}

function labelOf(members: readonly Claim[], relations: readonly Relation[]): string {
  // The most connected claim speaks for the cluster; ties go to the earliest.
  const degree = new Map<string, number>();
  for (const r of relations) {
    if (r.label === 'neutral') continue;
    degree.set(r.a, (degree.get(r.a) ?? 0) + r.score);
    degree.set(r.b, (degree.get(r.b) ?? 0) + r.score);
  }
  let best = members[0];
  for (const c of members) if ((degree.get(c.id) ?? 0) > (degree.get(best?.id ?? '') ?? 0)) best = c;
  const text = (best?.text ?? '').replace(/\s+/g, ' ').trim();
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).replace(/\s+\S*$/, '')}…` : text;
}

/**
 * Overall consensus of a cluster from its relations.
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

function firstReported(articleIds: readonly string[], articles: readonly Article[]): Cluster['firstReported'] {
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
