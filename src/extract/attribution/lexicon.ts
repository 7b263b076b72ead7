/**
 * The cue lexicons of src/lexicon/reporting, indexed for the hot path: cue verbs
 * by inflected form (hand lists, then cues learned from PolNeAR train), phrasal cues
 * by their head word, source prepositions and non-reporting phrases by first word.
 *
 * @module
 */
import { inflections } from '../../lexicon/inflect';
import { ACT_VERBS, CLAUSAL_VERBS, CUE_INTERVENERS, NOMINAL_CUES, NON_REPORTING_PHRASES, PHRASAL_CUES, ROLE_NOUNS, SOURCE_PREPOSITIONS, SPEECH_VERBS, UNNAMED_ADVERBS } from '../../lexicon/reporting';
import { LEARNED_CUES } from '../../lexicon/reporting.generated';

interface VerbEntry {
  readonly lemma: string;
  readonly cls: 'speech' | 'clausal' | 'act';
  /** Learned from PolNeAR rather than listed by hand: trusted only where the tagger calls it a verb. */
  readonly learned?: boolean;
}

/**
 * Source prepositions ("according to", "in the words of") by their first word, split once.
 *
 * @example
 * PREP_WORDS.get('according'); // [['according', 'to']]
 */
export const PREP_WORDS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, string[][]>();
  for (const p of SOURCE_PREPOSITIONS) {
    const words = p.split(' ');
    m.set(words[0]!, [...(m.get(words[0]!) ?? []), words]);
  }
  return m;
})();

/**
 * Fixed expressions in which a saying verb reports nothing ("that said"), by each of their words with its position.
 *
 * @example
 * NON_REPORTING.get('said')?.some((p) => p.words.join(' ') === 'that said'); // true
 */
export const NON_REPORTING: ReadonlyMap<string, readonly { words: readonly string[]; at: number }[]> = (() => {
  const m = new Map<string, { words: string[]; at: number }[]>();
  for (const phrase of NON_REPORTING_PHRASES) {
    const words = phrase.split(' ');
    words.forEach((w, at) => m.set(w, [...(m.get(w) ?? []), { words, at }]));
  }
  return m;
})();

/**
 * Forms of "be" in an impersonal passive ("it is understood that").
 *
 * @example
 * BE_FORMS.has('was'); // true
 */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s"]);

/**
 * Forms of "be" that make a participle passive ("was charged").
 *
 * @example
 * PASSIVE_BE.has('been'); // true
 */
export const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'re", "'m", 'am']);

/**
 * Words that may stand between a subject and its verb (auxiliaries, negation, "also").
 *
 * @example
 * INTERVENERS.has('also'); // true
 */
export const INTERVENERS: ReadonlySet<string> = CUE_INTERVENERS;

/**
 * Role nouns ("spokesman", "minister"), aliased so that hot loops read a plain binding.
 *
 * @example
 * ROLES.has('spokesman'); // true
 */
export const ROLES: ReadonlySet<string> = ROLE_NOUNS;

/**
 * Nouns that extend a verb cue ("said in a statement").
 *
 * @example
 * NOMINALS.has('statement'); // true
 */
export const NOMINALS: ReadonlySet<string> = NOMINAL_CUES;

/**
 * Adverbs that attribute to no one named ("reportedly").
 *
 * @example
 * UNNAMED_ADVS.has('reportedly'); // true
 */
export const UNNAMED_ADVS: ReadonlySet<string> = UNNAMED_ADVERBS;
function buildVerbIndex(): { verbs: Map<string, VerbEntry>; phrasal: Map<string, { tail: readonly string[]; lemma: string }[]> } {
  const verbs = new Map<string, VerbEntry>();
  const add = (lemma: string, cls: VerbEntry['cls'], learned = false): void => {
    for (const form of inflections(lemma)) if (!verbs.has(form)) verbs.set(form, learned ? { lemma, cls, learned } : { lemma, cls });
  };
  // Order sets the class when a verb is in several lists: speech beats act beats belief.
  for (const v of SPEECH_VERBS) add(v, 'speech');
  for (const v of ACT_VERBS) add(v, 'act');
  for (const v of CLAUSAL_VERBS) add(v, 'clausal');
  for (const c of LEARNED_CUES) add(c.lemma, c.cls, true);
  for (const [form, lemma] of IRREGULAR_EXTRA) {
    const e = verbs.get(lemma);
    if (e) verbs.set(form, e);
  }
  const phrasal = new Map<string, { tail: readonly string[]; lemma: string }[]>();
  for (const phrase of PHRASAL_CUES) {
    const words = phrase.split(/\s+/);
    if (words.length < 2) {
      add(phrase, 'act');
      continue;
    }
    for (const head of inflections(words[0]!)) {
      const list = phrasal.get(head) ?? [];
      list.push({ tail: words.slice(1), lemma: phrase });
      phrasal.set(head, list);
    }
  }
  for (const list of phrasal.values()) list.sort((a, b) => b.tail.length - a.tail.length);
  return { verbs, phrasal };
}

// Irregular forms the shared inflection table lacks.
const IRREGULAR_EXTRA: readonly (readonly [string, string])[] = [
  ['knew', 'know'], ['known', 'know'], ['saw', 'see'], ['seen', 'see'], ['heard', 'hear'], ['understood', 'understand'],
  ['spoke', 'speak'], ['spoken', 'speak'], ['forecast', 'forecast'], ['foresaw', 'foresee'], ['swore', 'swear'],
  ['sworn', 'swear'], ['taught', 'teach'], ['meant', 'mean'], ['proven', 'prove'], ['led', 'lead'], ['wrote', 'write'],
  ['written', 'write'], ['thought', 'think'], ['found', 'find'], ['felt', 'feel'], ['read', 'read'],
];

let verbIndexCache: ReturnType<typeof buildVerbIndex> | null = null;

/**
 * The cue verbs by inflected form (hand lists, then learned cues) and the phrasal cues by their head, built once.
 *
 * @example
 * verbIndex().verbs.get('told')?.lemma; // 'tell'
 */
export function verbIndex(): ReturnType<typeof buildVerbIndex> {
  verbIndexCache ??= buildVerbIndex();
  return verbIndexCache;
}
