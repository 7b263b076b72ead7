/**
 * The store's compact claim vectors and re-ranking.
 */
import { claimVector, rerank, retrievalTerms, VECTOR_KIND, type StoredCandidate } from '../../src/store/rerank';
import type { Claim } from '../../src/types';

function claim(id: string, text: string): Claim {
  return { id, articleId: id.split(':')[0]!, text, span: { start: 0, end: text.length }, sentenceIndex: 0, polarity: 'positive', modality: 'asserted', condition: null, attribution: null, numbers: [], times: [], entities: [] };
}

function candidate(id: string, text: string, retrieval = 1, kind = VECTOR_KIND): StoredCandidate {
  return { claim: claim(id, text), vector: claimVector(text), vectorKind: kind, retrieval };
}

describe('claimVector', () => {
  test.each([
    ['a claim', 'The bridge will reopen on Monday', 3],
    ['repeated words count once as a key', 'bridge bridge bridge', 1],
    ['stopwords only', 'the of and it', 0],
    ['empty text', '', 0],
  ])('%s: 5 bytes a distinct content word', (_label, text, words) => {
    expect(claimVector(text).length).toBe(words * 5);
  });

  test('is deterministic and does not depend on word order', () => {
    expect(claimVector('bridge reopen Monday')).toEqual(claimVector('Monday reopen bridge'));
  });
});

describe('retrievalTerms', () => {
  test.each([
    ['content words, rarest first, no stopwords', 'The mayor ruled out reopening the bridge', ['mayor', 'reopening', 'bridge', 'ruled']],
    ['punctuation and quotes are split off, safe for FTS', '"Cosmetic" cracks (north-side)', ['cosmetic', 'cracks', 'north', 'side']],
    ['nothing but stopwords', 'it is what it is', []],
  ])('%s', (_label, text, expected) => {
    expect(new Set(retrievalTerms(text))).toEqual(new Set(expected));
    for (const t of retrievalTerms(text)) expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  test('keeps at most max terms', () => {
    expect(retrievalTerms('alpha bravo charlie delta echo foxtrot golf hotel', 3)).toHaveLength(3);
  });
});

describe('rerank', () => {
  test('the candidate sharing the rare words ranks first, whatever the retrieval order', () => {
    const cands = [
      candidate('a:c1', 'The weather was mild in the city on Monday', 5),
      candidate('b:c1', 'Inspectors found cracks in two support beams of the bridge', 1),
      candidate('c:c1', 'A football club signed a new coach', 4),
    ];
    const ranked = rerank('Cracks were found in the support beams', cands);
    expect(ranked[0]?.index).toBe(1);
    expect(ranked.map((r) => r.index).sort()).toEqual([0, 1, 2]);
    for (const r of ranked) expect(r.score).toBeGreaterThanOrEqual(0);
  });

  test('a stored vector of another kind is scored from the claim text', () => {
    const stale = { ...candidate('b:c1', 'Inspectors found cracks in the beams'), vector: new Uint8Array(0), vectorKind: 'glove-100-int8' };
    expect(rerank('cracks in the beams', [stale])[0]!.score).toBeGreaterThan(0.5);
  });

  test('no candidates, no results; an empty query scores only by retrieval', () => {
    expect(rerank('anything', [])).toEqual([]);
    expect(rerank('the', [candidate('a:c1', 'bridge', 2)])[0]?.score).toBeCloseTo(0.15);
  });
});
