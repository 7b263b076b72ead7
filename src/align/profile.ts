/**
 * What alignment reads of one claim: its weighted terms (stems and predicate
 * classes), the names, entities and years it mentions, and the lexical pair
 * score built on them (idf-weighted cosine with penalties for different names,
 * places and years).
 *
 * @module
 */
import { stopwords } from '../lexicon/stopwords';
import { PREDICATE_CLASSES } from '../lexicon/predicates';
import { entityKey } from '../extract/entities';
import { stem, tokenize } from '../text/tokens';
import type { Claim } from '../types';

/**
 * One claim as alignment reads it.
 *
 * @example
 * const p: Profile = profile(claim); p.terms.get('bridg'); // 1
 */
export interface Profile {
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

export function profile(claim: Claim): Profile {
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
export function resolveNames(profiles: readonly Profile[]): Profile[] {
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

export function idfTable(profiles: readonly Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profiles.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

export function cosine(a: Profile, b: Profile, idf: ReadonlyMap<string, number>): number {
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

export function sharedWords(a: Profile, b: Profile): number {
  let n = 0;
  for (const t of a.terms.keys()) if (!t.startsWith('C:') && b.terms.has(t)) n++;
  return n;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function unmatchedName(a: Profile, b: Profile): boolean {
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
export function scorePair(a: Profile, b: Profile, idf: ReadonlyMap<string, number>): number {
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

