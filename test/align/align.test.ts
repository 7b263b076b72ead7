import { align, alignmentCandidates } from '../../src/align/align';
import { POINT_FEATURES } from '../../src/align/pair-features';
import { extractClaims } from '../../src/extract/claims';
import type { Claim } from '../../src/types';

const claimsOf = (texts: readonly string[]): Claim[] => texts.flatMap((text, i) => extractClaims({ id: `d${i + 1}`, text }));

describe('align', () => {
  test('paraphrases across articles share a cluster', () => {
    const claims = claimsOf([
      'Mayor Ana Ruiz has ruled out reopening the Harbor Bridge this week.',
      'Mayor Ana Ruiz turned down calls to reopen the Harbor Bridge this week.',
      'The city zoo welcomed a baby giraffe named Lulu.',
    ]);
    const { clusters } = align(claims);
    expect(clusters).toEqual([['d1:c1', 'd2:c1']]);
  });

  test('a similar event with other people and places does not join', () => {
    const claims = claimsOf([
      'A magnitude 6.1 earthquake struck Northtown on Monday, killing 12 people, officials in Northtown said.',
      'A magnitude 6.1 earthquake struck Northtown on Monday and killed 12, Northtown officials said.',
      'A magnitude 5.8 earthquake struck Southvale in 2019, killing 40 people, officials in Southvale said.',
    ]);
    const { clusters } = align(claims);
    expect(clusters.flat()).not.toContain('d3:c1');
  });

  test('a surname alone names the person another article names in full', () => {
    const claims = claimsOf([
      'Maria Okafor rejected the housing plan on Friday.',
      'Okafor and Paul Grant rejected the housing plan on Friday.',
      'The city zoo welcomed a baby giraffe named Lulu.',
    ]);
    expect(align(claims).clusters).toEqual([['d1:c1', 'd2:c1']]);
  });

  test('a title-case headline scores as its sentence-case form does: its capitals are style, not names', () => {
    const score = (headline: string): number | undefined => {
      const claims = claimsOf([
        `${headline}\n\nThe governor spoke on Friday.`,
        'Governor Maria Okafor rejected the housing plan, tenants said.',
        'The city zoo welcomed a baby giraffe named Lulu.',
      ]);
      return align(claims).pairs.find((p) => p.a === 'd1:c1' && p.b === 'd2:c1')?.score;
    };
    const sentenceCase = score('Okafor rejection of housing plan angers tenants');
    expect(sentenceCase).toBeGreaterThan(0.5);
    expect(score('Okafor Rejection Of Housing Plan Angers Tenants')).toBe(sentenceCase);
  });

  test('one shared word is thin evidence: the lexical score of such a pair counts half', () => {
    const lexical = (a: string, b: string): number => {
      const claims = claimsOf([a, b]);
      const pair = alignmentCandidates(claims).candidates.find((c) => c.i === 0 && c.j === 1)!;
      return pair.x[POINT_FEATURES.indexOf('lexical')]!;
    };
    const one = lexical('"I am also a father."', 'He told the father to be patient.');
    const two = lexical('"I am also a father of three."', 'He told the father of three to be patient.');
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one * 1.5);
  });

  test('claims of one article alone never form a cluster', () => {
    const claims = claimsOf(['The bridge closed. The bridge closed again.']);
    expect(align(claims).clusters).toEqual([]);
  });

  test('empty input gives empty output', () => {
    expect(align([])).toEqual({ clusters: [], pairs: [], links: [], stories: [[]] });
  });

  test('a strong pair that clustering keeps apart is a link; a pair inside a point is not', () => {
    const claims = claimsOf([
      'Mayor Ana Ruiz has ruled out reopening the Harbor Bridge this week.',
      'Mayor Ana Ruiz turned down calls to reopen the Harbor Bridge this week.',
    ]);
    const together = align(claims);
    expect(together.clusters).toEqual([['d1:c1', 'd2:c1']]);
    expect(together.links).toEqual([]);
    // No linkage can be met, so the pair stays apart and, scoring above the link threshold, is linked.
    const score = together.pairs.find((p) => p.a === 'd1:c1' && p.b === 'd2:c1')!.score;
    const apart = align(claims, { linkage: 1.01, linkThreshold: score - 1e-4 });
    expect(apart.clusters).toEqual([]);
    expect(apart.links).toEqual([{ a: 'd1:c1', b: 'd2:c1', score }]);
    expect(align(claims, { linkage: 1.01, linkThreshold: score + 0.01 }).links).toEqual([]);
  });
});
