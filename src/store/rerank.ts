/**
 * The store's "same point" scorer: the compact claim vector written with each
 * stored claim, and the re-ranking of the candidates that full-text retrieval
 * (FTS5 bm25 / tsvector) proposes.
 *
 * SWAP POINT: this file is the one place the store scores whether two claims
 * address the same point. {@link claimVector} (with {@link VECTOR_KIND}) and
 * {@link rerank} are what the backends call; replacing them with the align
 * stage's learned pair scorer and an idf-weighted word-vector claim vector
 * changes nothing else. A new vector kind is written by new `add`s; stored
 * vectors of another kind are recomputed from the stored claim text on read.
 *
 * Today's vector: a sparse tf-idf sketch. Each content word (relate()'s lemma
 * key, relate()'s committed idf) becomes a 32-bit hash and an 8-bit weight,
 * sorted by hash: 5 bytes a word, about 60 bytes a claim, and an exact cosine
 * (up to hash collisions at 2^-32).
 *
 * @module
 */
import { hashKey } from '../text/hash';
import { tokenize } from '../text/tokens';
import { defaultIdf } from '../relate/features';
import { lemmaKey } from '../relate/lexical';
import { stopwords as STOPWORDS } from '../lexicon/stopwords';
import type { Claim } from '../types';

/**
 * The kind (and version) of the vectors {@link claimVector} writes; stored beside each vector.
 *
 * @example
 * VECTOR_KIND; // 'tfidf-sparse-1'
 */
export const VECTOR_KIND = 'tfidf-sparse-1';

/**
 * A claim as a stored candidate: the claim, its vector blob, its vector kind, and its retrieval score (higher is better).
 *
 * @example
 * const c: StoredCandidate = { claim, vector: claimVector(claim.text), vectorKind: VECTOR_KIND, retrieval: 3.2 };
 */
export interface StoredCandidate {
  readonly claim: Claim;
  readonly vector: Uint8Array;
  readonly vectorKind: string;
  /** The full-text engine's score (bm25 negated, or ts_rank): higher is better. */
  readonly retrieval: number;
}

/**
 * A re-ranked candidate: the index into the candidates given and its same-point score in [0, 1].
 *
 * @example
 * const r: Reranked = { index: 0, score: 0.62 };
 */
export interface Reranked {
  readonly index: number;
  readonly score: number;
}

/** Words the store indexes and scores: letters or digits, not stopwords. */
function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.lower)
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && w.length > 1 && !STOPWORDS.has(w));
}

/**
 * The query words for full-text retrieval: distinct content words, rarest
 * first (by the committed idf), at most `max`. Plain letters and digits only,
 * so they are safe inside an FTS5 or tsquery expression.
 *
 * @example
 * retrievalTerms('The mayor ruled out reopening the bridge'); // ['reopening', 'mayor', 'bridge', 'ruled'] (rarest first)
 */
export function retrievalTerms(text: string, max = 8): string[] {
  const seen = new Map<string, { word: string; idf: number }>();
  for (const raw of contentWords(text)) {
    for (const word of raw.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      const key = lemmaKey(word);
      if (!seen.has(key)) seen.set(key, { word, idf: defaultIdf(key) });
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.idf - a.idf || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, max)
    .map((x) => x.word);
}

function weights(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const w of contentWords(text)) {
    const key = lemmaKey(w);
    const h = parseInt(hashKey(key), 36) >>> 0;
    out.set(h, (out.get(h) ?? 0) + defaultIdf(key));
  }
  return out;
}

/**
 * The compact vector of a claim's text (kind {@link VECTOR_KIND}): sorted
 * (uint32 hash, uint8 weight) pairs, little-endian, 5 bytes a word.
 *
 * @example
 * claimVector('The bridge will reopen on Monday').length % 5; // 0
 */
export function claimVector(text: string): Uint8Array {
  const w = [...weights(text).entries()].sort((a, b) => a[0] - b[0]);
  const max = w.reduce((m, [, v]) => Math.max(m, v), 0);
  const out = new Uint8Array(w.length * 5);
  const view = new DataView(out.buffer);
  w.forEach(([h, v], i) => {
    view.setUint32(i * 5, h, true);
    out[i * 5 + 4] = Math.max(1, Math.round((v / max) * 255));
  });
  return out;
}

interface Sparse {
  readonly keys: Uint32Array;
  readonly values: Float64Array;
  readonly norm: number;
}

function decode(vector: Uint8Array): Sparse {
  const n = Math.floor(vector.length / 5);
  const view = new DataView(vector.buffer, vector.byteOffset, vector.byteLength);
  const keys = new Uint32Array(n);
  const values = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    keys[i] = view.getUint32(i * 5, true);
    const v = vector[i * 5 + 4] ?? 0;
    values[i] = v;
    norm += v * v;
  }
  return { keys, values, norm: Math.sqrt(norm) };
}

function cosine(a: Sparse, b: Sparse): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) dot += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** Share of the retrieval score blended into the same-point score (ties and near-ties follow bm25). */
const RETRIEVAL_SHARE = 0.15;

/**
 * Re-ranks the candidates full-text retrieval found for a query claim, best
 * first: the cosine of the claim vectors, with a small share of the
 * retrieval score (scaled to the best candidate's). A candidate whose vector
 * is of another kind is scored from its claim text.
 *
 * @example
 * rerank('The bridge reopened', [cand1, cand2]); // [{ index: 1, score: 0.71 }, { index: 0, score: 0.12 }]
 */
export function rerank(query: string | Claim, candidates: readonly StoredCandidate[]): Reranked[] {
  const q = decode(claimVector(typeof query === 'string' ? query : query.text));
  const best = candidates.reduce((m, c) => Math.max(m, c.retrieval), 0);
  return candidates
    .map((c, index) => {
      const v = decode(c.vectorKind === VECTOR_KIND ? c.vector : claimVector(c.claim.text));
      const r = best > 0 ? Math.max(0, c.retrieval) / best : 0;
      return { index, score: Math.round(((1 - RETRIEVAL_SHARE) * cosine(q, v) + RETRIEVAL_SHARE * r) * 1e4) / 1e4 };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
