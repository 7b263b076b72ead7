/**
 * `npm run gen:senticon`: turns natural's ML-SentiCon lexicon into a compact
 * committed table of Porter stem → mean polarity (only |polarity| ≥ 0.5), so the
 * library never loads a JSON file at run time (a runtime `require` fails in the
 * ESM build). Deterministic: the same input gives a byte-identical file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '../src/text/tokens';

const SOURCE = join(__dirname, '..', 'node_modules', 'natural', 'lib', 'natural', 'sentiment', 'English', 'senticon_en.json');
const OUT = join(__dirname, '..', 'src', 'lexicon', 'senticon.generated.json');

const raw = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, { pol: string }>;
const sums = new Map<string, [number, number]>();
for (const [word, e] of Object.entries(raw)) {
  if (!/^[a-z]+$/.test(word)) continue;
  const pol = Number(e.pol);
  if (!Number.isFinite(pol)) continue;
  const k = stem(word);
  const cur = sums.get(k) ?? [0, 0];
  sums.set(k, [cur[0] + pol, cur[1] + 1]);
}
const out: Record<string, number> = {};
for (const k of [...sums.keys()].sort()) {
  const [sum, n] = sums.get(k)!;
  const avg = sum / n;
  // Weak polarities are mostly noise from rare senses.
  if (Math.abs(avg) >= 0.5) out[k] = avg;
}
const json = JSON.stringify(out);
writeFileSync(OUT, `${json}\n`);
process.stdout.write(`wrote ${OUT}: ${Object.keys(out).length} stems, ${(json.length / 1024).toFixed(0)} KB\n`);
