import { relateClaims } from '../../src/align/relations';
import { extractClaims } from '../../src/extract/claims';
import type { Article, Claim } from '../../src/types';

const articleOf = (id: string): Article => ({ id, text: '', title: null, outlet: null, url: null, publishedAt: null });

const VERBS = ['closed', 'shut', 'sealed', 'blocked', 'barred'];

/** One claim per article, `m` articles, all about one point. */
function point(m: number): { claims: Claim[]; articles: Article[] } {
  const claims = Array.from({ length: m }, (_, i) => extractClaims({ id: `a${i}`, text: `Officials ${VERBS[i % VERBS.length]} the harbor bridge on Monday.` })[0]!);
  return { claims, articles: claims.map((c) => articleOf(c.articleId)) };
}

const key = (a: string, b: string): string => [a, b].sort().join(' ');

describe('relateClaims', () => {
  test.each([
    ['a point of 2 claims: its one pair', 2, 1],
    ['a point of 7 claims: every cross-article pair (21 ≤ 3 × 7)', 7, 21],
    ['a point of 8 claims: 3 pairs per claim (24 of 28)', 8, 24],
  ])('%s', (_label, m, expected) => {
    const { claims, articles } = point(m);
    expect(relateClaims(claims, [claims.map((c) => c.id)], articles)).toHaveLength(expected);
  });

  test('a larger point relates 3 pairs per claim: the strongest, and every claim at least once', () => {
    const { claims, articles } = point(40);
    const ids = claims.map((c) => c.id);
    // Claim 0 is strongly tied to everyone; claim 39's best pair is weak but still its best.
    const pairs = [
      ...ids.slice(1).map((id, k) => ({ a: ids[0]!, b: id, score: 0.9 - k * 0.001 })),
      ...ids.slice(2, 30).map((id) => ({ a: ids[1]!, b: id, score: 0.8 })),
      { a: ids[38]!, b: ids[39]!, score: 0.01 },
    ];
    const out = relateClaims(claims, [ids], articles, pairs);
    expect(out).toHaveLength(3 * 40);
    const kept = new Set(out.map((r) => key(r.a, r.b)));
    for (const p of pairs.slice(0, 39 + 28)) expect(kept.has(key(p.a, p.b))).toBe(true);
    expect(kept.has(key(ids[38]!, ids[39]!))).toBe(true);
    for (const id of ids) expect(out.some((r) => r.a === id || r.b === id)).toBe(true);
    // Relations keep input order: `a` from the earlier article.
    expect(out.every((r) => Number(r.a.slice(1, r.a.indexOf(':'))) < Number(r.b.slice(1, r.b.indexOf(':'))))).toBe(true);
  });

  test('links are related once, as pairs inside a point are; a link inside one article is not', () => {
    const { claims, articles } = point(3);
    const [x, y, z] = claims.map((c) => c.id) as [string, string, string];
    const out = relateClaims(claims, [[x, y]], articles, [], [{ a: z, b: x }, { a: x, b: y }, { a: z, b: z }]);
    // The pair inside the point, then the link z–x with `a` from the earlier article; x–y is not related twice.
    expect(out.map((r) => [r.a, r.b])).toEqual([[x, y], [x, z]]);
  });

  test('claims of one article are never related to each other', () => {
    const claims = extractClaims({ id: 'a0', text: 'Officials closed the harbor bridge on Monday. Officials shut the harbor bridge on Monday.' });
    expect(relateClaims(claims, [claims.map((c) => c.id)], [articleOf('a0')])).toEqual([]);
  });
});
