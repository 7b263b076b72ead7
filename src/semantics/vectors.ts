/**
 * Reads the word-vector table (GloVe 6B 100-d, about 40k news words, int8) that
 * scripts/build-vectors.ts writes beside this file, lazily on first use, and
 * answers unit vectors and frequency ranks by word. If the table cannot be
 * found (a bundler that did not copy it), every lookup answers null and the
 * vector features fall back to neutral values; nothing throws.
 *
 * The table stores FNV-1a hashes of the words ({@link hashKey}), never the
 * words themselves, so no name ships in the package as text.
 *
 * Layout (little-endian): a 16-byte header (magic `CDV1`, word count, dimensions,
 * 0), the common direction (float32 × dimensions), the word hashes (uint32,
 * ascending), each word's GloVe frequency rank (uint32, 0 = most frequent), then
 * the vectors (int8 × dimensions per word, each scaled so its largest component is ±127).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashKey } from '../text/hash';

/**
 * The table's file name, beside this module in src/semantics and beside the bundles in dist/.
 *
 * @example
 * VECTOR_TABLE_FILE; // 'vectors.generated.bin'
 */
export const VECTOR_TABLE_FILE = 'vectors.generated.bin';

/**
 * The table's first four bytes.
 *
 * @example
 * VECTOR_TABLE_MAGIC; // 'CDV1'
 */
export const VECTOR_TABLE_MAGIC = 'CDV1';

/**
 * Bytes before the common direction.
 *
 * @example
 * VECTOR_TABLE_HEADER_BYTES; // 16
 */
export const VECTOR_TABLE_HEADER_BYTES = 16;

/**
 * A decoded vector table.
 *
 * @example
 * const t = vectorTable();
 * if (t) t.count; // 40,000
 */
export interface VectorTable {
  /** Number of words. */
  readonly count: number;
  /** Dimensions of each vector. */
  readonly dims: number;
  /** Unit vector of the direction most word vectors share (removed from claim vectors). */
  readonly common: Float32Array;
  /** FNV-1a hashes of the words, ascending. */
  readonly hashes: Uint32Array;
  /** GloVe frequency rank of each word (0 = most frequent), aligned with `hashes`. */
  readonly ranks: Uint32Array;
  /** The largest rank in the table (the rarest word kept). */
  readonly maxRank: number;
  /** Quantised vectors, `dims` per word, aligned with `hashes`. */
  readonly values: Int8Array;
}

/**
 * Decodes a table from its bytes; null when they are not a table of this format.
 *
 * @example
 * decodeVectorTable(new Uint8Array(4)); // null
 */
export function decodeVectorTable(bytes: Uint8Array): VectorTable | null {
  if (bytes.length < VECTOR_TABLE_HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
  if (magic !== VECTOR_TABLE_MAGIC) return null;
  const count = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const hashAt = VECTOR_TABLE_HEADER_BYTES + 4 * dims;
  const rankAt = hashAt + 4 * count;
  const valueAt = rankAt + 4 * count;
  if (dims === 0 || bytes.length !== valueAt + count * dims) return null;
  const common = new Float32Array(dims);
  for (let i = 0; i < dims; i++) common[i] = view.getFloat32(VECTOR_TABLE_HEADER_BYTES + 4 * i, true);
  const hashes = uint32s(bytes, view, hashAt, count);
  const ranks = uint32s(bytes, view, rankAt, count);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valueAt, count * dims);
  let maxRank = 0;
  for (let i = 0; i < count; i++) maxRank = Math.max(maxRank, ranks[i] ?? 0);
  return { count, dims, common, hashes, ranks, maxRank, values };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `count` little-endian uint32 values from byte `at`: one copy on little-endian machines. */
function uint32s(bytes: Uint8Array, view: DataView, at: number, count: number): Uint32Array {
  // Uint8Array's slice copies (a Node Buffer's own slice would share memory, unaligned).
  if (LITTLE_ENDIAN) return new Uint32Array(Uint8Array.prototype.slice.call(bytes, at, at + 4 * count).buffer);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(at + 4 * i, true);
  return out;
}

let table: VectorTable | null | undefined;

/**
 * The shipped table, read once on first call; null when it is missing or unreadable.
 *
 * @example
 * vectorTable()?.dims; // 100
 */
export function vectorTable(): VectorTable | null {
  if (table !== undefined) return table;
  table = null;
  try {
    if (typeof __dirname === 'string') table = decodeVectorTable(readFileSync(join(__dirname, VECTOR_TABLE_FILE)));
  } catch {
    table = null;
  }
  return table;
}

/**
 * Index of a word's hash in the table, or -1.
 *
 * @example
 * wordIndex(vectorTable()!, 'talks') >= 0; // true
 */
export function wordIndex(t: VectorTable, word: string): number {
  const h = parseInt(hashKey(word), 36);
  const hs = t.hashes;
  let lo = 0;
  let hi = hs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hs[mid] ?? 0;
    if (v < h) lo = mid + 1;
    else if (v > h) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const cache = new Map<string, Float32Array | null>();
const CACHE_LIMIT = 100_000;

/**
 * The unit vector of a lower-case word, or null when the word is not in the
 * table (or the table is missing). The same array is returned on every call:
 * treat it as read-only.
 *
 * @example
 * const v = wordVector('minister'); // Float32Array(100), length 1
 * wordVector('qzxv'); // null
 */
export function wordVector(word: string): Float32Array | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const t = vectorTable();
  let out: Float32Array | null = null;
  const i = t ? wordIndex(t, word) : -1;
  if (t && i >= 0) {
    const d = t.dims;
    out = new Float32Array(d);
    let norm = 0;
    for (let k = 0; k < d; k++) {
      const x = t.values[i * d + k] ?? 0;
      out[k] = x;
      norm += x * x;
    }
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) * s;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * A lower-case word's GloVe frequency rank (0 = most frequent), or null when it
 * is not in the table.
 *
 * @example
 * (wordRank('government') ?? Infinity) < (wordRank('ceasefire') ?? Infinity); // true
 */
export function wordRank(word: string): number | null {
  const t = vectorTable();
  const i = t ? wordIndex(t, word) : -1;
  return t && i >= 0 ? (t.ranks[i] ?? null) : null;
}
