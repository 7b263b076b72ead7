/**
 * The relation stage of compare(): every pair of claims from different
 * articles within a cluster is related with relate(), given what compare()
 * knows about each claim (date, source, modality), and the reasons' spans are
 * moved from claim-relative to article offsets.
 *
 * @module
 */
import { relate, type ClaimContext } from '../relate/relate';
import type { Article, Claim, Reason, Relation } from '../types';

/**
 * What compare() tells relate() about a claim: its article's date, its speaker, polarity and modality.
 *
 * @example
 * contextOf(claim, article); // { publishedAt: '2024-05-16', source: 'Ana Ruiz', polarity: 'negative', modality: 'asserted' }
 */
export function contextOf(claim: Claim, article: Article | undefined): ClaimContext {
  return {
    publishedAt: article?.publishedAt ?? null,
    source: claim.attribution?.source?.name ?? null,
    polarity: claim.polarity,
    modality: claim.modality,
  };
}

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
 * Relations between the claims of different articles inside each cluster.
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
        const r = relate(x.text, y.text, { a: contextOf(x, articleOf.get(x.articleId)), b: contextOf(y, articleOf.get(y.articleId)), aligned: true });
        out.push({ a: x.id, b: y.id, label: r.label, score: Math.round(r.score * 1e4) / 1e4, reasons: toArticleSpans(r.reasons, x, y) });
      }
    }
  }
  return out;
}
