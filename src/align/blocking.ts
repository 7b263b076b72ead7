/**
 * Blocking: which claims are worth scoring against each other. Articles are
 * first grouped by the event they report (names and numbers they share), then
 * an inverted index over stems, entity keys and predicate classes proposes a
 * bounded number of candidate partners per claim (never all pairs).
 *
 * @module
 */
import { averageLinkage } from './cluster';
import type { Profile } from './profile';

const STORY_IDF_FLOOR = 0.4;

/**
 * Groups articles by the event they report. Articles about one event share
 * names, places and numbers; articles about a similar event (another
 * earthquake) share the vocabulary but not the names. Average linkage over the
 * idf-weighted cosine of each article's capitalised words and numbers.
 */
export function storyGroups(profiles: readonly Profile[], linkage: number): { stories: string[][]; storyOf: Map<string, number> } {
  const ids: string[] = [];
  const bags = new Map<string, Map<string, number>>();
  for (const p of profiles) {
    const id = p.claim.articleId;
    let bag = bags.get(id);
    if (!bag) {
      bag = new Map();
      bags.set(id, bag);
      ids.push(id);
    }
    if (!p.titleCase) for (const k of p.capitals) bag.set(k, (bag.get(k) ?? 0) + 1);
    for (const n of p.claim.numbers) if (n.value !== null) bag.set(`#${n.value}`, (bag.get(`#${n.value}`) ?? 0) + 1);
  }
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const k of bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = ids.length;
  const vectors = ids.map((id) => {
    const v = new Map<string, number>();
    // A floor keeps a name shared by every article weighty: with few articles it is the best evidence of one story.
    for (const [k, f] of bags.get(id)!) v.set(k, f * Math.max(STORY_IDF_FLOOR, Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5))));
    return v;
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push({ i, j, score: vectorCosine(vectors[i]!, vectors[j]!) });
  const groups = averageLinkage(n, pairs, linkage);
  const grouped = new Set(groups.flat());
  for (let i = 0; i < n; i++) if (!grouped.has(i)) groups.push([i]);
  groups.sort((a, b) => a[0]! - b[0]!);
  const storyOf = new Map<string, number>();
  groups.forEach((g, k) => g.forEach((i) => storyOf.set(ids[i]!, k)));
  // With fewer than three articles there is too little to tell events apart: keep one story.
  if (n < 3) return { stories: [ids], storyOf: new Map(ids.map((id) => [id, 0])) };
  return { stories: groups.map((g) => g.map((i) => ids[i]!)), storyOf };
}

function vectorCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    dot += w * (b.get(k) ?? 0);
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Up to this many claims, every pair is a candidate. */
const ALL_PAIRS_MAX = 200;

/** Most candidate partners kept per claim: bounds the work on large inputs. */
const MAX_NEIGHBOURS = 200;

export function candidatePairs(profiles: readonly Profile[], maxDf: number, idf: ReadonlyMap<string, number>): [number, number][] {
  const n = profiles.length;
  // A few articles' worth of claims: every pair is cheap to score, and claims about
  // one point often share no word at all ("hinted at an early exit" / "is not quitting").
  if (n <= ALL_PAIRS_MAX) {
    const all: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push([i, j]);
    return all;
  }
  const index = new Map<string, number[]>();
  const keysOf = profiles.map((p) => [...new Set<string>([...p.terms.keys(), ...[...p.entities].map((e) => `E:${e}`), ...[...p.classes].map((c) => `C:${c}`)])]);
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  // Very common keys block nothing useful; predicate classes may be a little more common.
  const limit = Math.max(8, Math.min(150, Math.ceil(n * maxDf)));
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    for (const k of keysOf[i]!) {
      const list = index.get(k)!;
      if (list.length > (k.startsWith('C:') ? 4 * limit : limit)) continue;
      const w = idf.get(k) ?? 1;
      for (const j of list) {
        if (j === i) continue;
        shared.set(j, (shared.get(j) ?? 0) + w);
      }
    }
    // Keep the partners sharing the most (rarest) keys; ties go to the earlier claim.
    // Claims of the same article stay candidates: a headline and its body may share a cluster.
    const best = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_NEIGHBOURS);
    for (const [j] of best) out.push(i < j ? [i, j] : [j, i]);
  }
  out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return out.filter((p, k) => k === 0 || p[0] !== out[k - 1]![0] || p[1] !== out[k - 1]![1]);
}

