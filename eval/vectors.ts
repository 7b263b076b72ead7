/**
 * `npm run eval:vectors`: a quick check that the word-vector features separate
 * claims about one point from other claims. On each dev story gold
 * (../shared/corpus/stories/*.gold.json and seeds.gold.json), every pair of
 * claims from different articles is a positive when one gold cluster holds both,
 * else a negative; each score's ROC AUC is printed per story and as the mean.
 *
 * - tf-idf: cosine of stemmed content words, idf over the story's claims (as align() does);
 * - soft: {@link softMatch} with the table's rank weights;
 * - vec: {@link claimCosine}, common direction from the table; vec/claims: computed over
 *   the story's claim vectors; vec/none: nothing removed;
 * - tf-idf+vec, tf-idf+soft: the mean of the two scores (no fitting).
 *
 * Prints only; no floor (the lead's pair scorer is what CI gates).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stopwords } from '../src/lexicon/stopwords';
import { tokenize } from '../src/text/tokens';
import { vectorProfile, type VectorProfile } from '../src/semantics/profile';
import { softMatch } from '../src/semantics/soft-match';
import { claimCosine, claimVector, commonDirection } from '../src/semantics/claim-vector';

const corpus = resolve(__dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  process.stderr.write(`eval:vectors needs ${corpus} (the shared data beside this repository); it was not found.\n`);
  process.exit(1);
}

interface Gold {
  readonly claims: readonly { readonly id: string; readonly article: string; readonly text: string }[];
  readonly clusters: readonly { readonly claims: readonly string[] }[];
}

/** ROC AUC with ties counted half (Mann–Whitney). */
function auc(pos: readonly number[], neg: readonly number[]): number {
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += mid;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

function tfidf(texts: readonly string[]): (i: number, j: number) => number {
  const bags = texts.map((t) => {
    const m = new Map<string, number>();
    for (const w of tokenize(t)) if (/\p{L}/u.test(w.lower) && w.lower.length > 1 && !stopwords.has(w.lower)) m.set(w.stem, (m.get(w.stem) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = bags.length;
  const vecs = bags.map((b) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, f] of b) {
      const x = f * Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5));
      v.set(k, x);
      norm += x * x;
    }
    for (const [k, x] of v) v.set(k, x / (Math.sqrt(norm) || 1));
    return v;
  });
  return (i, j) => {
    let s = 0;
    for (const [k, x] of vecs[i]!) s += x * (vecs[j]!.get(k) ?? 0);
    return s;
  };
}

const files = [join(corpus, 'seeds.gold.json'), ...readdirSync(join(corpus, 'stories')).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(corpus, 'stories', f))];
const names = ['tf-idf', 'soft', 'vec', 'vec/claims', 'vec/none', 'tf-idf+vec', 'tf-idf+soft'] as const;
const sums = new Map<string, number>(names.map((n) => [n, 0]));
process.stdout.write(`${'story'.padEnd(22)} ${'pos'.padStart(5)} ${'neg'.padStart(6)} ${names.map((n) => n.padStart(11)).join(' ')}\n`);
const t0 = performance.now();
let pairs = 0;
for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const claims = gold.claims;
  const clusterOf = new Map<string, Set<number>>();
  gold.clusters.forEach((c, k) => c.claims.forEach((id) => clusterOf.set(id, (clusterOf.get(id) ?? new Set()).add(k))));
  const tf = tfidf(claims.map((c) => c.text));
  const profiles: VectorProfile[] = claims.map((c) => vectorProfile(c.text));
  const vecTable = profiles.map((p) => claimVector(p));
  const raw = profiles.map((p) => claimVector(p, null));
  const u = commonDirection(raw.filter((v): v is Float32Array => v !== null));
  const vecClaims = profiles.map((p) => claimVector(p, u));
  const scores = new Map<string, { pos: number[]; neg: number[] }>(names.map((n) => [n, { pos: [], neg: [] }]));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i]!.article === claims[j]!.article) continue;
      pairs++;
      const ki = clusterOf.get(claims[i]!.id);
      const same = ki !== undefined && [...(clusterOf.get(claims[j]!.id) ?? [])].some((k) => ki.has(k));
      const t = tf(i, j);
      const s = softMatch(profiles[i]!, profiles[j]!);
      const v = claimCosine(vecTable[i]!, vecTable[j]!);
      const row: Record<(typeof names)[number], number> = {
        'tf-idf': t, soft: s, vec: v, 'vec/claims': claimCosine(vecClaims[i]!, vecClaims[j]!), 'vec/none': claimCosine(raw[i]!, raw[j]!),
        'tf-idf+vec': (t + v) / 2, 'tf-idf+soft': (t + s) / 2,
      };
      for (const n of names) (same ? scores.get(n)!.pos : scores.get(n)!.neg).push(row[n]);
    }
  }
  const first = scores.get('tf-idf')!;
  const cells = names.map((n) => {
    const a = auc(scores.get(n)!.pos, scores.get(n)!.neg);
    sums.set(n, (sums.get(n) ?? 0) + a);
    return a.toFixed(3).padStart(11);
  });
  const name = file.split('/').pop()!.replace('.gold.json', '');
  process.stdout.write(`${name.padEnd(22)} ${String(first.pos.length).padStart(5)} ${String(first.neg.length).padStart(6)} ${cells.join(' ')}\n`);
}
process.stdout.write(`${'mean'.padEnd(22)} ${''.padStart(5)} ${''.padStart(6)} ${names.map((n) => ((sums.get(n) ?? 0) / files.length).toFixed(3).padStart(11)).join(' ')}\n`);
process.stdout.write(`${pairs} cross-article pairs over ${files.length} stories in ${((performance.now() - t0) / 1000).toFixed(1)} s (all scores, table load included)\n`);
