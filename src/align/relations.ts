/**
 * The relation stage of compare(): every pair of claims from different
 * articles within a point is related by relateInPoint() (relate()'s reading of
 * the texts with what compare() knows of each claim: date, source, modality,
 * numbers, times), and the reasons' spans are moved from claim-relative to
 * article offsets. Within a large point only the strongest pairs are related.
 *
 * @module
 */
import { relateInPoint } from '../relate/in-point';
import type { Article, Claim, Reason, Relation } from '../types';

function toArticleSpans(reasons: readonly Reason[], a: Claim, b: Claim): Reason[] {
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
 * Relations between the claims of different articles inside each point.
 * `a` is always the claim of the article that comes first in input order.
 *
 * @example
 * relateClaims(report.claims, [['a1:c1', 'a2:c1']], report.articles)[0]?.label; // 'contradict'
 */
export function relateClaims(claims: readonly Claim[], clusters: readonly (readonly string[])[], articles: readonly Article[]): Relation[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const out: Relation[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        let x = members[i]!;
        let y = members[j]!;
        if (x.articleId === y.articleId) continue;
        if ((order.get(x.articleId) ?? 0) > (order.get(y.articleId) ?? 0)) [x, y] = [y, x];
        const r = relateInPoint({ claim: x, publishedAt: articleOf.get(x.articleId)?.publishedAt ?? null }, { claim: y, publishedAt: articleOf.get(y.articleId)?.publishedAt ?? null });
        out.push({ a: x.id, b: y.id, label: r.label, score: Math.round(r.score * 1e4) / 1e4, reasons: toArticleSpans(r.reasons, x, y) });
      }
    }
  }
  return out;
}
