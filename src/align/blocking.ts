/**
 * Blocking: which claims are worth scoring against each other. Articles are
 * first grouped by the event they report (names and numbers they share), then
 * candidate pairs are proposed: every pair on a small input, and on a large
 * one only pairs inside one event group, through an inverted index over stems,
 * entity keys and predicate classes with a bounded number of partners per
 * claim (never all pairs). Both steps cost about linear time in the input.
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
 * idf-weighted cosine of each article's capitalised words and numbers
 * (on many articles, only over the pairs that share a name or number: see articlePairs).
 *
 * @example
 * storyGroups(profiles, 0.12).stories; // [['a1', 'a2'], ['a3']]
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
  const pairs = articlePairs(vectors);
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

/** Up to this many articles, every pair of articles is compared. */
const ALL_ARTICLE_PAIRS_MAX = 100;

/** A name or number held by more articles than this proposes, for each of them, only this many partners (its neighbours in input order). */
const STORY_KEY_MAX_DF = 100;

/** Most partner articles compared per article on a large input. */
const STORY_NEIGHBOURS = 100;

/**
 * The scored article pairs that story grouping links: every pair on a few
 * articles; on many, each article's STORY_NEIGHBOURS partners that share the
 * most weight in names and numbers, found through an inverted index (a name
 * held by more than STORY_KEY_MAX_DF articles proposes only that many
 * neighbours of each), so the cost grows with the input, not its square. A
 * pair that shares no name or number scores 0, as a missing pair does.
 */
function articlePairs(vectors: readonly ReadonlyMap<string, number>[]): { i: number; j: number; score: number }[] {
  const n = vectors.length;
  const pairs: { i: number; j: number; score: number }[] = [];
  if (n <= ALL_ARTICLE_PAIRS_MAX) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push({ i, j, score: vectorCosine(vectors[i]!, vectors[j]!) });
    return pairs;
  }
  const index = new Map<string, number[]>();
  const place = vectors.map(() => new Map<string, number>());
  vectors.forEach((v, i) => {
    for (const k of v.keys()) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      place[i]!.set(k, list.length);
      list.push(i);
    }
  });
  const half = STORY_KEY_MAX_DF / 2;
  const chosen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    for (const [k, w] of vectors[i]!) {
      const list = index.get(k)!;
      const add = (j: number): void => {
        if (j !== i) shared.set(j, (shared.get(j) ?? 0) + w * (vectors[j]!.get(k) ?? 0));
      };
      if (list.length <= STORY_KEY_MAX_DF) list.forEach(add);
      else {
        const at = place[i]!.get(k)!;
        for (let d = -half; d <= half; d++) add(list[(at + d + list.length) % list.length]!);
      }
    }
    const best = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, STORY_NEIGHBOURS);
    for (const [j] of best) chosen.add(i < j ? i * n + j : j * n + i);
  }
  for (const key of [...chosen].sort((x, y) => x - y)) {
    const i = Math.floor(key / n);
    const j = key % n;
    pairs.push({ i, j, score: vectorCosine(vectors[i]!, vectors[j]!) });
  }
  return pairs;
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

/**
 * The sizes at which blocking changes regime (see candidatePairs()).
 *
 * @example
 * const limits: BlockingLimits = { ...BLOCKING_LIMITS, moderateMax: 500 };
 */
export interface BlockingLimits {
  /** Up to this many claims, every pair is a candidate. */
  readonly allPairsMax: number;
  /** Up to this many claims (a few dozen articles), blocking reads the whole input at once. */
  readonly moderateMax: number;
  /** Partners proposed per claim on such an input. */
  readonly moderateNeighbours: number;
  /** On a large input, an event group of up to this many claims has every pair scored. */
  readonly groupAllPairsMax: number;
  /** Most candidate partners proposed per claim in a larger event group: bounds the work per claim. */
  readonly maxNeighbours: number;
}

/**
 * The limits align() uses.
 *
 * @example
 * BLOCKING_LIMITS.allPairsMax; // 200
 */
export const BLOCKING_LIMITS: BlockingLimits = Object.freeze({
  allPairsMax: 200,
  moderateMax: 2000,
  moderateNeighbours: 200,
  groupAllPairsMax: 40,
  maxNeighbours: 24,
});

/**
 * Candidate pairs of claims, as index pairs [i, j] with i < j in ascending
 * order. On a small input every pair; up to `moderateMax` claims each claim's
 * `moderateNeighbours` best partners by shared rare keys. On a large input only
 * pairs whose articles report the same event (`storyOf`): every pair of a small
 * event group (`groupAllPairsMax` claims), and in
 * a large group each claim's `maxNeighbours` partners that share the most (rarest)
 * stems, entity keys and predicate classes. An event reported by one article
 * alone yields no pair: a point needs two articles.
 *
 * @example
 * candidatePairs(profiles, 0.2, idf, storyOf); // [[0, 3], [0, 7], …]
 */
export function candidatePairs(
  profiles: readonly Profile[],
  maxDf: number,
  idf: ReadonlyMap<string, number>,
  storyOf?: ReadonlyMap<string, number>,
  limits: BlockingLimits = BLOCKING_LIMITS,
): [number, number][] {
  const n = profiles.length;
  // A few articles' worth of claims: every pair is cheap to score, and claims about
  // one point often share no word at all ("hinted at an early exit" / "is not quitting").
  if (n <= limits.allPairsMax) return allPairs(profiles.map((_, i) => i));
  // A few dozen articles: each claim's `moderateNeighbours` best partners over the whole input
  // (pairs across event groups stay candidates; the scorer reads the groups as a feature).
  if (n <= limits.moderateMax) return indexedPairs(profiles, profiles.map((_, i) => i), maxDf, idf, limits.moderateNeighbours).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const groups = new Map<number, number[]>();
  profiles.forEach((p, i) => {
    const story = storyOf?.get(p.claim.articleId) ?? 0;
    const list = groups.get(story);
    if (list) list.push(i);
    else groups.set(story, [i]);
  });
  const out: [number, number][] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((i) => profiles[i]!.claim.articleId)).size < 2) continue;
    for (const pair of members.length <= limits.groupAllPairsMax ? allPairs(members) : indexedPairs(profiles, members, maxDf, idf, limits.maxNeighbours)) out.push(pair);
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function allPairs(members: readonly number[]): [number, number][] {
  const all: [number, number][] = [];
  for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) all.push([members[x]!, members[y]!]);
  return all;
}

/** Pairs among `members` (ascending claim indices) proposed by an inverted index, deduplicated. */
function indexedPairs(profiles: readonly Profile[], members: readonly number[], maxDf: number, idf: ReadonlyMap<string, number>, neighbours: number): [number, number][] {
  const n = members.length;
  const index = new Map<string, number[]>();
  const keysOf = new Map<number, string[]>();
  for (const i of members) {
    const p = profiles[i]!;
    const keys = [...new Set<string>([...p.terms.keys(), ...[...p.entities].map((e) => `E:${e}`), ...[...p.classes].map((c) => `C:${c}`)])];
    keysOf.set(i, keys);
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  }
  // Very common keys block nothing useful; predicate classes may be a little more common.
  const limit = Math.max(8, Math.min(150, Math.ceil(n * maxDf)));
  const chosen = new Set<number>();
  const width = profiles.length;
  for (const i of members) {
    const shared = new Map<number, number>();
    for (const k of keysOf.get(i)!) {
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
    const best = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, neighbours);
    for (const [j] of best) chosen.add(i < j ? i * width + j : j * width + i);
  }
  return [...chosen].map((key): [number, number] => [Math.floor(key / width), key % width]);
}
