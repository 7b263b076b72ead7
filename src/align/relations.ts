/**
 * The relation stage of compare(): every pair of claims from different
 * articles within a point is related by relateInPoint() (relate()'s reading of
 * the texts with what compare() knows of each claim: date, source, modality,
 * numbers, times), and the reasons' spans are moved from claim-relative to
 * article offsets. Within a large point only the strongest pairs are related.
 * The links between points (links.ts) are related the same way.
 *
 * @module
 */
import { relateInPoint } from '../relate/in-point';
import type { Article, Claim, Reason, Relation } from '../types';

/**
 * Moves relate()'s claim-relative reason spans (claimId 'a' / 'b') to article offsets and claim ids.
 *
 * @example
 * toArticleSpans(relate(a.text, b.text).reasons, a, b)[0]?.spans[0]?.claimId; // 'wire:c1'
 */
export function toArticleSpans(reasons: readonly Reason[], a: Pick<Claim, 'id' | 'span'>, b: Pick<Claim, 'id' | 'span'>): Reason[] {
  return reasons.map((r) => ({
    ...r,
    spans: r.spans.map((s) => {
      const claim = s.claimId === 'a' ? a : s.claimId === 'b' ? b : null;
      if (claim === null) return s;
      return { claimId: claim.id, span: { start: claim.span.start + s.span.start, end: claim.span.start + s.span.end } };
    }),
  }));
}

/**
 * Pairs related per claim of a point, at most: every cross-article pair of a point of up to 7
 * claims. Leave one story out (scripts/train-points.ts), keeping the strongest pairs of the larger
 * points raised tension precision (12.1% at 4 or more per claim, 13.3% at 3) for 0.3 points of
 * agreement recall, and it keeps the relations of a large input near-linear in its claims.
 */
const PAIRS_PER_CLAIM = 3;

/**
 * The cross-article pairs of one point to relate, as [x, y] indices into
 * `members` in the order they are related. A point of m claims relates at most
 * PAIRS_PER_CLAIM × m pairs, so the work grows with the number of claims, not
 * its square: within a larger point each claim keeps its strongest partner
 * (so every claim stays related), then the strongest pairs by same-point score
 * fill the budget. Pairs alignment never scored count 0; ties keep input order.
 */
function pairsToRelate(members: readonly Claim[], score: (a: string, b: string) => number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) if (members[i]!.articleId !== members[j]!.articleId) pairs.push([i, j]);
  }
  const budget = PAIRS_PER_CLAIM * members.length;
  if (pairs.length <= budget) return pairs;
  const scores = pairs.map(([i, j]) => score(members[i]!.id, members[j]!.id));
  const ranked = pairs.map((_, k) => k).sort((x, y) => scores[y]! - scores[x]! || x - y);
  const keep = new Set<number>();
  const covered = new Set<number>();
  for (const k of ranked) {
    const [i, j] = pairs[k]!;
    if (covered.has(i) && covered.has(j)) continue;
    keep.add(k);
    covered.add(i);
    covered.add(j);
  }
  for (const k of ranked) {
    if (keep.size >= budget) break;
    keep.add(k);
  }
  return pairs.filter((_, k) => keep.has(k));
}

/**
 * Relations between the claims of different articles inside each point, then
 * across `links` (align()'s strong pairs that clustering kept apart).
 * `a` is always the claim of the article that comes first in input order.
 * Every cross-article pair of a point is related, up to 3 pairs per claim of
 * the point; a larger point relates the pairs with the highest same-point
 * score in `pairs` (align()'s scored pairs), each claim's strongest first.
 * A pair is related once.
 *
 * @example
 * relateClaims(report.claims, [['a1:c1', 'a2:c1']], report.articles)[0]?.label; // 'contradict'
 */
export function relateClaims(
  claims: readonly Claim[],
  clusters: readonly (readonly string[])[],
  articles: readonly Article[],
  pairs: readonly { readonly a: string; readonly b: string; readonly score: number }[] = [],
  links: readonly { readonly a: string; readonly b: string }[] = [],
): Relation[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const scored = new Map<string, number>();
  for (const p of pairs) scored.set(p.a < p.b ? `${p.a}\u0000${p.b}` : `${p.b}\u0000${p.a}`, p.score);
  const score = (a: string, b: string): number => scored.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0;
  const out: Relation[] = [];
  const done = new Set<string>();
  const relate = (first: Claim, second: Claim): void => {
    let x = first;
    let y = second;
    if ((order.get(x.articleId) ?? 0) > (order.get(y.articleId) ?? 0)) [x, y] = [y, x];
    const k = `${x.id}\u0000${y.id}`;
    if (done.has(k)) return;
    done.add(k);
    const r = relateInPoint({ claim: x, publishedAt: articleOf.get(x.articleId)?.publishedAt ?? null }, { claim: y, publishedAt: articleOf.get(y.articleId)?.publishedAt ?? null });
    out.push({ a: x.id, b: y.id, label: r.label, score: Math.round(r.score * 1e4) / 1e4, reasons: toArticleSpans(r.reasons, x, y) });
  };
  for (const cluster of clusters) {
    const members = cluster.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    for (const [i, j] of pairsToRelate(members, score)) relate(members[i]!, members[j]!);
  }
  for (const link of links) {
    const x = byId.get(link.a);
    const y = byId.get(link.b);
    if (x && y && x.articleId !== y.articleId) relate(x, y);
  }
  return out;
}
