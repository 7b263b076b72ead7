/**
 * Alignment: which claims of different articles speak about the same thing.
 *
 * 1. Blocking: an inverted index over stems, entity keys and predicate classes
 *    proposes candidate pairs (never all pairs).
 * 2. Scoring: stemmed tf-idf cosine, entity overlap and predicate-class
 *    agreement, with penalties when the two claims name different places,
 *    people or dates (two different earthquakes must not meet).
 * 3. Clustering: average linkage over the scored pairs, so one strong link
 *    cannot chain unrelated claims together.
 *
 * @module
 */
import { stopwords } from '../lexicon/stopwords';
import { PREDICATE_CLASSES } from '../lexicon/predicates';
import { entityKey } from '../extract/entities';
import { stem, tokenize } from '../text/tokens';
import type { Claim } from '../types';

/**
 * Options of align().
 *
 * @example
 * const o: AlignOptions = { threshold: 0.3 };
 */
export interface AlignOptions {
  /** Lowest pair score for two claims to be linked. */
  readonly threshold?: number;
  /** Lowest average score for two groups of claims to merge into one cluster. */
  readonly linkage?: number;
  /** Terms held by more than this share of claims are too common to block on. */
  readonly maxDocFrequency?: number;
  /** Lowest average name-and-number similarity for two articles to report the same event. */
  readonly storyLinkage?: number;
  /** Factor applied to the score of a pair whose articles report different events. */
  readonly crossStoryFactor?: number;
}

/**
 * Default alignment options (tuned on ECB+ dev topics, see eval/align.ts).
 *
 * @example
 * align([], defaultAlignOptions).clusters; // []
 */
export const defaultAlignOptions: Required<AlignOptions> = Object.freeze({
  threshold: 0.24,
  linkage: 0.17,
  maxDocFrequency: 0.2,
  storyLinkage: 0.12,
  crossStoryFactor: 0.3,
});

/**
 * A scored candidate pair.
 *
 * @example
 * const p: AlignedPair = { a: 'a1:c1', b: 'a2:c3', score: 0.52 };
 */
export interface AlignedPair {
  readonly a: string;
  readonly b: string;
  readonly score: number;
}

/**
 * Result of align(): clusters of claim ids (each with claims from at least two articles) and the scored pairs.
 *
 * @example
 * const a: Alignment = { clusters: [['a1:c1', 'a2:c3']], pairs: [{ a: 'a1:c1', b: 'a2:c3', score: 0.52 }], stories: [['a1', 'a2']] };
 */
export interface Alignment {
  readonly clusters: readonly (readonly string[])[];
  readonly pairs: readonly AlignedPair[];
  /** Articles grouped by the event they report, judged by the names and numbers they share. */
  readonly stories: readonly (readonly string[])[];
}

interface Profile {
  readonly claim: Claim;
  readonly terms: ReadonlyMap<string, number>;
  readonly entities: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly years: ReadonlySet<string>;
  /** Keys of the words of multi-word names and titled persons ("Reggie Bush"). */
  readonly names: ReadonlySet<string>;
  /** Keys of every capitalised word, to test whether a name is mentioned at all. */
  readonly capitals: ReadonlySet<string>;
  /** A headline in title case: its capitals are style, not names. */
  readonly titleCase: boolean;
  /** Name keys the claim mentions, each with the other words of its full names (see resolveNames). */
  readonly mentions: ReadonlySet<string>;
}

const CLASS_OF = buildClassIndex();
const STORY_IDF_FLOOR = 0.4;
const CLASS_WEIGHT = 2;
const SINGLE_WORD_FACTOR = 0.5;


function buildClassIndex(): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(PREDICATE_CLASSES)) {
    for (const w of words) {
      const key = w.split(/\s+/).map(stem).join(' ');
      const list = map.get(key) ?? [];
      if (!list.includes(cls)) list.push(cls);
      map.set(key, list);
    }
  }
  return map;
}

function profile(claim: Claim): Profile {
  const tokens = tokenize(claim.text).filter((t) => /\p{L}/u.test(t.text));
  const terms = new Map<string, number>();
  const classes = new Set<string>();
  const stems = tokens.map((t) => t.stem);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!stopwords.has(t.lower) && t.lower.length > 1) terms.set(t.stem, (terms.get(t.stem) ?? 0) + 1);
    for (const n of [3, 2, 1]) {
      const key = stems.slice(i, i + n).join(' ');
      for (const cls of CLASS_OF.get(key) ?? []) classes.add(cls);
    }
  }
  // A predicate class counts as several shared words (weighted by rarity like any other):
  // it is what paraphrases share when their words differ.
  for (const cls of classes) terms.set(`C:${cls}`, CLASS_WEIGHT);

  const entities = new Set(claim.entities.flatMap((e) => e.key.split(' ')).filter((k) => k.length >= 3));
  const years = new Set(claim.times.map((t) => t.date?.slice(0, 4)).filter((y): y is string => y !== undefined));
  const names = new Set(
    claim.entities
      .filter((e) => e.kind === 'person' || (e.kind === 'other' && e.key.includes(' ')))
      .flatMap((e) => e.key.split(' '))
      .filter((k) => k.length >= 3),
  );
  // Capitalised words after the first, minus function words: the names a claim mentions.
  const capitals = new Set(tokens.slice(1).filter((t) => /^\p{Lu}/u.test(t.text) && !stopwords.has(t.lower)).map((t) => entityKey(t.text)));
  const titleCase = tokens.length > 0 && tokens.filter((t) => /^\p{Lu}/u.test(t.text)).length / tokens.length > 0.6;
  return { claim, terms, entities, classes, years, names, capitals, titleCase, mentions: new Set([...capitals, ...entities]) };
}

/**
 * Reads the names of all claims together:
 * - in a title-case headline every word is capitalised, so a capitalised word
 *   counts as a name only when some sentence-case claim of the input also
 *   capitalises it ("Okafor's Rejection of … Plan": "Rejection" is not a name);
 * - the words of one full name stand for each other ("Maria Okafor" makes
 *   "Maria" and "Okafor" one person), so a claim that says "Okafor" mentions
 *   the person another calls "Maria Okafor".
 */
function resolveNames(profiles: readonly Profile[]): Profile[] {
  const known = new Set<string>();
  for (const p of profiles) if (!p.titleCase) for (const k of p.capitals) known.add(k);
  const alias = new Map<string, Set<string>>();
  for (const p of profiles) {
    for (const e of p.claim.entities) {
      if (e.kind !== 'person') continue;
      const words = e.key.split(' ').filter((k) => k.length >= 3);
      if (words.length < 2) continue;
      for (const w of words) {
        const set = alias.get(w) ?? new Set<string>();
        for (const o of words) set.add(o);
        alias.set(w, set);
      }
    }
  }
  const widen = (keys: ReadonlySet<string>): Set<string> => {
    const out = new Set<string>();
    for (const k of keys) for (const a of alias.get(k) ?? [k]) out.add(a);
    return out;
  };
  return profiles.map((p) => {
    const keep = (keys: ReadonlySet<string>): Set<string> => (p.titleCase && known.size > 0 ? new Set([...keys].filter((k) => known.has(k))) : new Set(keys));
    const capitals = keep(p.capitals);
    const entities = keep(p.entities);
    return { ...p, entities, names: keep(p.names), capitals, mentions: widen(new Set([...capitals, ...entities])) };
  });
}

function idfTable(profiles: readonly Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profiles.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

function cosine(a: Profile, b: Profile, idf: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, f] of a.terms) {
    const w = f * (idf.get(t) ?? 0);
    na += w * w;
    const g = b.terms.get(t);
    if (g !== undefined) dot += w * g * (idf.get(t) ?? 0);
  }
  for (const [t, f] of b.terms) {
    const w = f * (idf.get(t) ?? 0);
    nb += w * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function sharedWords(a: Profile, b: Profile): number {
  let n = 0;
  for (const t of a.terms.keys()) if (!t.startsWith('C:') && b.terms.has(t)) n++;
  return n;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function unmatchedName(a: Profile, b: Profile): boolean {
  for (const n of a.names) if (!b.mentions.has(n)) return true;
  return false;
}

/**
 * Similarity of two claims for alignment, between 0 and 1.
 *
 * @example
 * // Both name the same event with different verbs:
 * // scorePair(profile('X turned down the invitation'), profile('X declined the invitation'), idf) > 0.3
 */
function scorePair(a: Profile, b: Profile, idf: ReadonlyMap<string, number>): number {
  let score = cosine(a, b, idf);
  // Different named things or different years: likely a similar but different event.
  if (a.entities.size > 0 && b.entities.size > 0 && jaccard(a.entities, b.entities) === 0) score *= 0.5;
  if (a.years.size > 0 && b.years.size > 0 && jaccard(a.years, b.years) === 0) score *= 0.5;
  // Each names someone the other never mentions: a similar event with other people.
  if (unmatchedName(a, b) && unmatchedName(b, a)) score *= 0.35;
  // One shared word is thin evidence however short the claims ("I am a man" / "told him to man up").
  if (sharedWords(a, b) < 2) score *= SINGLE_WORD_FACTOR;
  return Math.min(1, score);
}

/**
 * Groups the claims of different articles that speak about the same thing.
 * Claims of one article may share a cluster (a headline and its body), but a
 * cluster is reported only when it spans at least two articles.
 *
 * @example
 * align(report.claims).clusters; // [['a1:c1', 'a2:c4'], …]
 */
export function align(claims: readonly Claim[], options: AlignOptions = defaultAlignOptions): Alignment {
  const opts = { ...defaultAlignOptions, ...options };
  const profiles = resolveNames(claims.map(profile));
  const idf = idfTable(profiles);
  const { stories, storyOf } = storyGroups(profiles, opts.storyLinkage);
  const pairs = candidatePairs(profiles, opts.maxDocFrequency, idf)
    .map(([i, j]) => {
      const same = storyOf.get(profiles[i]!.claim.articleId) === storyOf.get(profiles[j]!.claim.articleId);
      return { i, j, score: scorePair(profiles[i]!, profiles[j]!, idf) * (same ? 1 : opts.crossStoryFactor) };
    })
    .filter((p) => p.score >= opts.threshold);
  const clusters = averageLinkage(profiles.length, pairs, opts.linkage)
    .filter((members) => new Set(members.map((i) => claims[i]!.articleId)).size >= 2)
    .map((members) => members.map((i) => claims[i]!.id));
  return {
    clusters,
    pairs: pairs.map((p) => ({ a: claims[p.i]!.id, b: claims[p.j]!.id, score: round(p.score) })),
    stories,
  };
}

/**
 * Groups articles by the event they report. Articles about one event share
 * names, places and numbers; articles about a similar event (another
 * earthquake) share the vocabulary but not the names. Average linkage over the
 * idf-weighted cosine of each article's capitalised words and numbers.
 */
function storyGroups(profiles: readonly Profile[], linkage: number): { stories: string[][]; storyOf: Map<string, number> } {
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

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Most candidate partners kept per claim: bounds the work on large inputs. */
const MAX_NEIGHBOURS = 200;

function candidatePairs(profiles: readonly Profile[], maxDf: number, idf: ReadonlyMap<string, number>): [number, number][] {
  const n = profiles.length;
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

/**
 * Average-linkage agglomerative clustering over sparse scored pairs (a missing
 * pair scores 0). A max-heap of candidate merges with lazy invalidation keeps
 * it near O(E log E). Deterministic: ties break by the lower indices.
 */
function averageLinkage(n: number, pairs: readonly { i: number; j: number; score: number }[], linkage: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const version = new Array<number>(n).fill(0);
  for (const p of pairs) {
    sums[p.i]!.set(p.j, (sums[p.i]!.get(p.j) ?? 0) + p.score);
    sums[p.j]!.set(p.i, (sums[p.j]!.get(p.i) ?? 0) + p.score);
  }
  const heap = new MergeHeap();
  const push = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const avg = sums[a]!.get(b)! / (members[a]!.length * members[b]!.length);
    if (avg >= linkage) heap.push({ avg, a, b, va: version[a]!, vb: version[b]! });
  };
  for (let i = 0; i < n; i++) for (const j of sums[i]!.keys()) if (j > i) push(i, j);
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const { a, b } = top;
    if (members[a] === null || members[b] === null || version[a] !== top.va || version[b] !== top.vb) continue;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = null;
    version[a]!++;
    for (const [k, s] of sums[b]!) {
      if (k === a) continue;
      sums[a]!.set(k, (sums[a]!.get(k) ?? 0) + s);
      sums[k]!.delete(b);
      sums[k]!.set(a, (sums[k]!.get(a) ?? 0) + s);
    }
    sums[a]!.delete(b);
    sums[b] = new Map();
    for (const k of sums[a]!.keys()) push(a, k);
  }
  return members.filter((m): m is number[] => m !== null && m.length > 1);
}

interface Merge {
  readonly avg: number;
  readonly a: number;
  readonly b: number;
  readonly va: number;
  readonly vb: number;
}

/** A binary max-heap of merges: highest average first, then the lowest indices. */
class MergeHeap {
  private readonly items: Merge[] = [];

  private static before(x: Merge, y: Merge): boolean {
    return x.avg > y.avg + 1e-12 || (Math.abs(x.avg - y.avg) <= 1e-12 && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  push(m: Merge): void {
    const h = this.items;
    h.push(m);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!MergeHeap.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Merge | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && MergeHeap.before(h[l]!, h[best]!)) best = l;
        if (r < h.length && MergeHeap.before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}
