/**
 * extractAttributions(): every attribution in a text (who said what, through
 * which cue, quoted or paraphrased), claim or not.
 *
 * The approach follows the cue-anchored attribution extractors of the PARC /
 * PolNeAR line of work (Pareti 2016; Newell, Margolin & Ruths 2018) and
 * textacy's `direct_quotations`: find the cue first (a reporting verb, "according
 * to", a colon or dash next to a quote, "reportedly"), then the source around
 * it (subject, inverted subject, appositive) and the content (the clause or
 * quote on the cue's other side). Rules and lexicons, no learned model, so that
 * each result can be explained and the whole runs above 1 MB/s: only sentences
 * holding a cue candidate are tagged, and with wink-nlp's POS stage only.
 *
 * Limits: no syntactic parse, so content ends at punctuation-marked clause
 * boundaries (", adding …", ", who …", ", but …", ";") and can run long on a
 * comma-less sentence; pronoun resolution is recency-based, with gender known
 * only from titles and earlier pronouns (no first-name lexicon);
 * an orphan quote with no cue in its sentence or the sentence before is not
 * attributed; verbs of perception ("seemed", "appears") and desire ("wants")
 * are not cues. PolNeAR dev, with the definitions in eval/attribution.ts:
 * found F1 ≈ 72%, content F1 ≈ 74%, source ≈ 86%, cue ≈ 91%.
 *
 * @module
 */
import { inflections } from '../lexicon/inflect';
import {
  ABSTRACT_NON_AGENTS,
  ACT_VERBS,
  ADDRESSEE_VERBS,
  ADVERBIAL_OPENERS,
  ALWAYS_ADDRESSEE,
  ASPECTUAL,
  BARE_PARTICIPLES,
  CLAUSAL_VERBS,
  HEADLINE_LABELS,
  NOMINAL_LINKS,
  PARTICIPLE_LINKS,
  POSSESSIVE_CUE_NOUNS,
  TAIL_ONLY,
  CUE_INTERVENERS,
  IMPERSONAL_PASSIVES,
  LEGAL_FRAMES,
  NOMINAL_CUES,
  NON_REPORTING_PHRASES,
  PHRASAL_CUES,
  POSSESSIVE_SOURCE_FRAMES,
  ROLE_NOUNS,
  SOURCE_PREPOSITIONS,
  SPEECH_VERBS,
  UNNAMED_ADVERBS,
} from '../lexicon/reporting';
import { LEARNED_CUES } from '../lexicon/reporting.generated';
import { cleanView } from '../text/normalize';
import { findQuotes, type Quote } from '../text/quotes';
import { posTag, type PosToken } from '../vendor/wink-pos';
import type { ArticleInput, Attribution, QuoteKind, Source, Span, TextSpan } from '../types';
import { isVagueSource, resolveArticleSources, splitNameRole } from './sources';

/**
 * Options of extractAttributions().
 *
 * @example
 * const o: AttributionOptions = { resolvePronouns: false };
 */
export interface AttributionOptions {
  /** Resolve "he", "they", "the spokesperson" and surnames to a named source of the article. */
  readonly resolvePronouns?: boolean;
  /** Count verbs of belief and evidence ("X believes that Y", "polls show Y") as cues. */
  readonly beliefs?: boolean;
  /** Count speech acts whose content is their object ("X rejected the offer") as cues. */
  readonly speechActs?: boolean;
}

/**
 * Default attribution options.
 *
 * @example
 * extractAttributions('He said it rained.', defaultAttributionOptions);
 */
export const defaultAttributionOptions: AttributionOptions = Object.freeze({ resolvePronouns: true, beliefs: true, speechActs: true });

type CueClass = 'speech' | 'clausal' | 'act' | 'nominal' | 'turn' | 'label' | 'prep' | 'viewpoint' | 'adverb' | 'impersonal' | 'colon' | 'dash' | 'passive';

interface VerbEntry {
  readonly lemma: string;
  readonly cls: 'speech' | 'clausal' | 'act';
  /** Learned from PolNeAR rather than listed by hand: trusted only where the tagger calls it a verb. */
  readonly learned?: boolean;
}

// Source prepositions by first word, split once.
const PREP_WORDS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, string[][]>();
  for (const p of SOURCE_PREPOSITIONS) {
    const words = p.split(' ');
    m.set(words[0]!, [...(m.get(words[0]!) ?? []), words]);
  }
  return m;
})();
// Fixed expressions by each of their words, with the word's position in the phrase.
const NON_REPORTING: ReadonlyMap<string, readonly { words: readonly string[]; at: number }[]> = (() => {
  const m = new Map<string, { words: string[]; at: number }[]>();
  for (const phrase of NON_REPORTING_PHRASES) {
    const words = phrase.split(' ');
    words.forEach((w, at) => m.set(w, [...(m.get(w) ?? []), { words, at }]));
  }
  return m;
})();
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const TIME_CLAUSE = new Set(['before', 'after', 'when', 'as', 'while', 'because', 'since', 'during', 'until', 'once', 'amid']);
const WH_STARTERS = new Set(['how', 'whether', 'why', 'what', 'when', 'where']);
const CONTENT_BREAKERS = new Set(['which', 'who', 'whom', 'whose', 'but', 'though', 'although', 'while', 'whereas']);
const DASHES = new Set(['—', '–', '―', '--', '-']);
// Possessive determiners, which the tagger calls pronouns: "according to his doctor".
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const SUBJECT_QUANTIFIERS = new Set(['many', 'some', 'most', 'others', 'few', 'several', 'both', 'all', 'critics', 'supporters']);
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to']);
// Prepositions that open an adverbial between a subject and its verb ("don't for a moment believe").
const PP_OPENERS = new Set(['for', 'at', 'with', 'from', 'in', 'on', 'by', 'during', 'after', 'before', 'since', 'over', 'under', 'without', 'despite', 'through', 'until']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s"]);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'re", "'m", 'am']);
const CLAUSE_STARTERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
const CLOSERS = /^[.!?;:,)\]}]+$/;
// Longest unit analysed at once (UTF-16 units); longer sentence-free stretches are cut.
const MAX_UNIT = 4000;
// Module-level aliases: hot loops read these sets often, and an imported binding can be a getter once compiled.
const INTERVENERS: ReadonlySet<string> = CUE_INTERVENERS;
const ROLES: ReadonlySet<string> = ROLE_NOUNS;
const NOMINALS: ReadonlySet<string> = NOMINAL_CUES;
const UNNAMED_ADVS: ReadonlySet<string> = UNNAMED_ADVERBS;
const ABBREV = /^(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Rev|Hon|Capt|Cmdr|Adm|Maj|Ave|Blvd|Mt|Ft|approx|est|etc|al|cf|e\.g|i\.e)$/;

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

let index: ReturnType<typeof buildVerbIndex> | null = null;
function verbIndex(): ReturnType<typeof buildVerbIndex> {
  index ??= buildVerbIndex();
  return index;
}

let cueWords: ReadonlySet<string> | null = null;
const IMPERSONAL_RE = /\bit\s+(?:is|was)\s+(?:\w+\s+)?\w+(?:ed|wn|ood)\s+that\b/i;
const WORD_OR_MARK = /[\p{L}][\p{L}'-]*|[:\u2014\u2013\u2015]|--/gu;
/**
 * A cheap test for sentences that may hold a cue, so that only those are tagged.
 * A word-set lookup rather than one big alternation regex: V8 would try every
 * alternative at every position.
 */
function mayHoldCue(body: string): boolean {
  if (!cueWords) {
    const words = new Set<string>([...verbIndex().verbs.keys(), ...verbIndex().phrasal.keys(), ...UNNAMED_ADVS, ...POSSESSIVE_CUE_NOUNS, 'according', 'words', 'view', 'eyes', 'perspective', 'opinion']);
    cueWords = words;
  }
  WORD_OR_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_OR_MARK.exec(body)) !== null) {
    const w = m[0];
    if (w.length === 1 || w === '--') {
      // A colon before a quote or a dash after one can be a cue; elsewhere they are punctuation.
      const around = body.slice(Math.max(0, m.index - 2), m.index + 3);
      if (/["']|^[A-Za-z]{2}:/.test(around)) return true;
      continue;
    }
    if (cueWords.has(w.toLowerCase())) return true;
  }
  return IMPERSONAL_RE.test(body);
}

/** A tagged token with the two flags the rules test most, computed once. */
interface Tok extends PosToken {
  readonly cap: boolean;
  readonly punct: boolean;
  /** No space on either side (a hyphen inside a word). */
  readonly attached: boolean;
}

function isUpperInitial(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function withFlags(toks: readonly PosToken[]): Tok[] {
  const out: Tok[] = new Array<Tok>(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const punct = t.pos === 'PUNCT' || t.pos === 'SYM' || !LETTER_OR_DIGIT.test(t.text);
    const attached = i > 0 && i + 1 < toks.length && toks[i - 1]!.end === t.start && toks[i + 1]!.start === t.end;
    out[i] = { text: t.text, lower: t.lower, pos: t.pos, start: t.start, end: t.end, cap: !punct && isUpperInitial(t.text), punct, attached };
  }
  return out;
}

interface Unit {
  readonly start: number;
  readonly end: number;
  /** Offsets where a sentence starts inside the unit (units joined across a quotation hold several). */
  readonly breaks: readonly number[];
}

/**
 * Sentence-like units: split at sentence punctuation and line breaks, then
 * joined wherever a quotation runs across a boundary, so that a quote and the
 * cue after it are seen together.
 */
function units(view: string, quotes: readonly Quote[]): Unit[] {
  const raw: Unit[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(view[s]!)) s++;
    while (e > s && /\s/.test(view[e - 1]!)) e--;
    if (e > s) raw.push({ start: s, end: e, breaks: [] });
  };
  for (let i = 0; i < view.length; i++) {
    const ch = view[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < view.length && (view[j] === '.' || view[j] === '!' || view[j] === '?')) j++;
    while (j < view.length && /["')\]]/.test(view[j]!)) j++;
    if (j < view.length && view[j] !== ' ' && view[j] !== '\t' && view[j] !== '\n') continue;
    let k = j;
    while (k < view.length && (view[k] === ' ' || view[k] === '\t')) k++;
    if (k < view.length && view[k] !== '\n' && !/[\p{Lu}\d"'(\[]/u.test(view[k]!)) continue;
    if (ch === '.') {
      const before = /([A-Za-z.]+)$/.exec(view.slice(Math.max(0, i - 12), i));
      const word = before?.[1] ?? '';
      if (word !== '' && (ABBREV.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word))) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, view.length);
  // Join units that a top-level quotation crosses (multi-sentence and multi-paragraph quotes).
  const top = quotes.filter((q) => q.depth === 0);
  const out: Unit[] = [];
  let q = 0;
  for (let u = 0; u < raw.length; u++) {
    let cur = raw[u]!;
    for (;;) {
      while (q < top.length && top[q]!.span.end <= cur.start) q++;
      let reach = cur.end;
      for (let k = q; k < top.length && top[k]!.span.start < cur.end; k++) reach = Math.max(reach, top[k]!.span.end);
      const next = raw[u + 1];
      if (reach <= cur.end || next === undefined || next.start >= reach + 0 && reach <= cur.end) break;
      if (next.start >= reach) break;
      if (next.end - cur.start > MAX_UNIT) break;
      cur = { start: cur.start, end: next.end, breaks: [...cur.breaks, next.start] };
      u++;
    }
    // Work per cue is linear in its unit, so a unit without sentence breaks (one giant
    // line) is cut into bounded pieces: the whole stays linear in the text.
    while (cur.end - cur.start > MAX_UNIT) {
      let cut = view.lastIndexOf(' ', cur.start + MAX_UNIT);
      if (cut <= cur.start) cut = cur.start + MAX_UNIT;
      const rest = cut + (view[cut] === ' ' ? 1 : 0);
      out.push({ start: cur.start, end: cut, breaks: cur.breaks.filter((b) => b < cut) });
      cur = { start: rest, end: cur.end, breaks: cur.breaks.filter((b) => b > rest) };
    }
    if (cur.end > cur.start) out.push(cur);
  }
  return out;
}

interface Cue {
  readonly cls: CueClass;
  readonly lemma: string;
  /** Token range of the cue words, [start, end). */
  readonly s: number;
  readonly e: number;
}

interface Draft {
  readonly cue: Cue;
  readonly source: Span | null;
  readonly role: string | null;
  readonly content: Span;
  readonly unnamed: boolean;
  /** For a relative pronoun source ("who"), the noun phrase it stands for. */
  readonly antecedent?: Span | null;
}

interface Located extends Draft {
  readonly cueSpan: Span;
}

function isPunct(t: Tok): boolean {
  return t.punct;
}

function isQuoteMark(t: Tok | undefined): boolean {
  return t !== undefined && (t.text === '"' || t.text === "'");
}

function isNominal(t: Tok): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && PERSONAL_PRONOUNS.has(t.lower));
}

function isDeterminer(t: Tok): boolean {
  return t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVES.has(t.lower));
}

function isNpToken(t: Tok): boolean {
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || isDeterminer(t)) return true;
  if (t.lower === "'s" || t.lower === "'") return true;
  if (t.text === '.' || t.text === '&') return true;
  // A hyphen joins a name ("Lloyd-Jones"); a spaced dash ends it ("WASHINGTON - Ana Ruiz").
  if (t.text === '-') return t.attached;
  // Capitalised words wink mis-tags inside names ("Will Hurd", "Said Ahmed").
  return t.cap && t.pos !== 'PRON' && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'ADP';
}

/** The noun phrase that ends just before token `end`, as a token range, or null. */
function npLeft(toks: readonly Tok[], end: number, min: number): [number, number] | null {
  let j = end - 1;
  if (j < min) return null;
  const last = toks[j]!;
  if (last.text === ')') {
    // A party or place tag after a name: "Rep. Jo Lee (D-Ore.) said".
    let k = j - 1;
    while (k > min && j - k <= 8 && toks[k]!.text !== '(') k--;
    const inner = k > min && toks[k]!.text === '(' ? npLeft(toks, k, min) : null;
    return inner ? [inner[0], end] : null;
  }
  if (last.pos === 'PRON' && PERSONAL_PRONOUNS.has(last.lower)) return [j, end];
  // "Many believe", "Some say": a quantifier stands for its people; other pronouns ("who", "this") are no source here.
  if (SUBJECT_QUANTIFIERS.has(last.lower) && (last.pos === 'PRON' || last.pos === 'ADJ' || last.pos === 'DET')) return [j, end];
  if (last.pos === 'PRON' && !POSSESSIVES.has(last.lower)) return null;
  if (!isNpToken(last) || isDeterminer(last)) return null;
  let start = end;
  while (j >= min && end - j <= 14) {
    const t = toks[j]!;
    if (isNpToken(t)) {
      start = j;
      if (isDeterminer(t)) {
        const p = toks[j - 1];
        const pp = toks[j - 2];
        // An NP begins at its determiner unless a preposition ties it to a noun before it ("a source familiar with the talks").
        if (!(p && j - 1 >= min && NP_PREPOSITIONS.has(p.lower) && pp && (pp.pos === 'NOUN' || pp.pos === 'PROPN' || pp.pos === 'ADJ'))) break;
      }
      j--;
      continue;
    }
    const p = toks[j - 1];
    // "six in 10", "two of three voters": a proportion is one phrase.
    if (NP_PREPOSITIONS.has(t.lower) && p && j - 1 >= min && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'ADJ' || p.pos === 'NUM')) {
      j--;
      continue;
    }
    // A parenthetical inside a name: "Sen. Jo Lee (D-Ore.)".
    if (t.text === ')') {
      let k = j - 1;
      while (k >= min && j - k <= 8 && toks[k]!.text !== '(') k--;
      if (k > min && toks[k]!.text === '(' && isNpToken(toks[k - 1]!)) {
        j = k - 1;
        continue;
      }
    }
    if (t.lower === 'and' && p && j - 1 >= min && p.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN') {
      j--;
      continue;
    }
    break;
  }
  if (start >= end) return null;
  // Trim leading prepositions and conjunctions that the walk may have stopped on.
  while (start < end && (NP_PREPOSITIONS.has(toks[start]!.lower) || toks[start]!.lower === 'and' || isPunct(toks[start]!))) start++;
  if (start >= end) return null;
  if (!toks.slice(start, end).some(isNominal) && !SUBJECT_QUANTIFIERS.has(toks[end - 1]!.lower)) return null;
  return [start, end];
}

/** The noun phrase that starts at token `start`, as a token range, or null. */
function npRight(toks: readonly Tok[], start: number, max: number): [number, number] | null {
  const first = toks[start];
  if (!first || start >= max) return null;
  if (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.lower)) return [start, start + 1];
  const second = toks[start + 1];
  if (!isNpToken(first) && !(first.pos === 'VERB' && !/(?:ing|ed)$/.test(first.lower) && second !== undefined && (second.pos === 'NOUN' || second.pos === 'PROPN'))) return null;
  let j = start;
  while (j < max && j - start < 14) {
    const t = toks[j]!;
    // "by the ministry that talks …": a clause starter, or a determiner not after a preposition, opens something new.
    if (j > start && t.pos !== 'PROPN' && (CLAUSE_STARTERS.has(t.lower) || (isDeterminer(t) && toks[j - 1]!.pos !== 'ADP'))) break;
    if (isNpToken(t)) {
      j++;
      continue;
    }
    const n = toks[j + 1];
    // "a new poll", "state law": the tagger sometimes calls a modifier before a noun an adverb or a verb.
    if ((t.pos === 'ADV' || t.pos === 'VERB') && (j === start || toks[j - 1]!.pos === 'DET') && n && (n.pos === 'NOUN' || n.pos === 'PROPN' || (j > start && isNpToken(n) && n.pos !== 'DET'))) {
      j++;
      continue;
    }
    if (NP_PREPOSITIONS.has(t.lower) && n && j + 1 < max && (n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NOUN' || n.pos === 'ADJ') && toks[j - 1]?.pos !== 'DET') {
      j++;
      continue;
    }
    if (t.lower === 'and' && toks[j - 1]?.pos === 'PROPN' && n?.pos === 'PROPN') {
      j++;
      continue;
    }
    break;
  }
  let end = j;
  while (end > start && (isDeterminer(toks[end - 1]!) || toks[end - 1]!.pos === 'ADP' || isPunct(toks[end - 1]!))) end--;
  if (end <= start || !toks.slice(start, end).some(isNominal)) return null;
  return [start, end];
}

/**
 * Whether the head of the noun phrase `np` (its last word before any preposition)
 * is a common noun or a role, so that a name after it is an appositive naming it:
 * "A lawyer for Mr. Lee, …", "Lee's lawyer, …", but not "Ana Ruiz, …".
 */
function commonHead(toks: readonly Tok[], np: readonly [number, number]): boolean {
  let h = np[0];
  while (h < np[1] && toks[h]!.pos !== 'ADP') h++;
  const head = toks[h - 1];
  if (!head || h - 1 < np[0]) return false;
  return ROLES.has(head.lower) || (head.pos === 'NOUN' && !head.cap) || !toks.slice(np[0], np[1]).some((t) => t.pos === 'PROPN');
}

/**
 * The proper name that the description `np` is set off from by a comma at the start
 * of the sentence ("Ana Ruiz, the majority leader, …" → "Ana Ruiz"), or null when
 * `np` is no description or no such name stands before it. A name after a
 * preposition or a verb ("In Lima, the mayor, …") is no subject.
 */
function nameBeforeDescription(toks: readonly Tok[], np: readonly [number, number], lo: number): [number, number] | null {
  if (!commonHead(toks, np) || toks[np[0] - 1]?.text !== ',') return null;
  const name = npLeft(toks, np[0] - 1, lo);
  if (!name || commonHead(toks, name) || !toks.slice(name[0], name[1]).some((t) => t.pos === 'PROPN')) return null;
  const p = name[0] > lo ? toks[name[0] - 1]! : undefined;
  return p === undefined || isQuoteMark(p) || p.pos === 'CCONJ' ? name : null;
}

/** A comma-delimited appositive after token `at` (", a doctor at X,"), as a token range, or null. */
function appositiveAfter(toks: readonly Tok[], at: number, max: number): [number, number] | null {
  if (toks[at]?.text !== ',') return null;
  const first = toks[at + 1];
  if (!first) return null;
  const lower = first.lower;
  const det = lower === 'a' || lower === 'an' || lower === 'the';
  if (!det && !ROLES.has(lower) && !(first.pos === 'PROPN' || first.pos === 'ADJ')) return null;
  let j = at + 1;
  while (j < max && j - at <= 14 && toks[j]!.text !== ',' && !isQuoteMark(toks[j]) && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX') j++;
  // An appositive is closed by a comma or the end of the sentence; a verb after it makes it a clause subject.
  if (j < max && toks[j]!.text !== ',' && !toks.slice(j, max).every(isPunct)) return null;
  while (j > at + 1 && isPunct(toks[j - 1]!)) j--;
  const chunk = toks.slice(at + 1, j);
  if (chunk.length === 0 || !chunk.some((t) => t.pos === 'NOUN' || ROLES.has(t.lower))) return null;
  if (!det && !chunk.some((t) => ROLES.has(t.lower))) return null;
  return [at + 1, j];
}

/** A proper name set off by the comma at `at` and closed by a comma or the sentence end (", Jo Tan."), as a token range, or null. */
function nameAfter(toks: readonly Tok[], at: number, max: number): [number, number] | null {
  if (toks[at]?.text !== ',') return null;
  let j = at + 1;
  for (; j < max && j - at <= 5; j++) {
    const t = toks[j]!;
    // Capitalised words, and the period of an initial ("Jo T. Tan").
    if (!(t.cap && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ')) && !(j > at + 1 && t.text === '.' && toks[j + 1]?.cap === true)) break;
  }
  if (j === at + 1 || toks.slice(at + 1, j).every((t) => t.pos !== 'PROPN')) return null;
  const t = toks[j];
  if (t !== undefined && t.text !== ',' && !toks.slice(j, max).every(isPunct)) return null;
  return [at + 1, j];
}

function skipLeft(toks: readonly Tok[], i: number, min: number): number {
  let j = i;
  while (j >= min && (INTERVENERS.has(toks[j]!.lower) || (toks[j]!.pos === 'ADV' && /ly$/.test(toks[j]!.lower)))) j--;
  return j;
}

function spanOf(toks: readonly Tok[], r: readonly [number, number]): Span {
  return { start: toks[r[0]]!.start, end: toks[r[1] - 1]!.end };
}

/** Trailing sentence punctuation that content leaves out. */
function trimEnd(toks: readonly Tok[], s: number, e: number, quoteEnds: ReadonlySet<number>): number {
  let end = e;
  while (end > s) {
    const t = toks[end - 1]!;
    if (CLOSERS.test(t.text) || DASHES.has(t.text)) {
      end--;
      continue;
    }
    // Keep a closing quote mark; drop a stray one.
    if (isQuoteMark(t) && !quoteEnds.has(t.end)) {
      end--;
      continue;
    }
    break;
  }
  return end;
}

interface UnitContext {
  readonly toks: readonly Tok[];
  readonly quoteStarts: ReadonlyMap<number, Quote>;
  readonly quoteEnds: ReadonlyMap<number, Quote>;
  readonly quoteEndSet: ReadonlySet<number>;
  readonly prevQuoteOnly: Quote | null;
  readonly options: AttributionOptions;
  /** The text view, for transcript turns that run over sentences to the end of their line. */
  readonly view: string;
  /** Token indices where a sentence starts inside the unit, ascending (0 left out). */
  readonly sentStarts: readonly number[];
}

const NO_BREAKS: readonly number[] = Object.freeze([]);

/** Token indices of the sentence starts at character offsets `breaks` (both ascending). */
function sentenceStarts(toks: readonly Tok[], breaks: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  for (const b of breaks) {
    while (i < toks.length && toks[i]!.start < b) i++;
    if (i > 0 && i < toks.length && out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/** The sentence holding token `i`, as a token range [lo, hi): source and role spans stay inside it. */
function sentenceAt(ctx: UnitContext, i: number): readonly [number, number] {
  let lo = 0;
  for (const b of ctx.sentStarts) {
    if (b > i) return [lo, b];
    lo = b;
  }
  return [lo, ctx.toks.length];
}

function findCues(ctx: UnitContext): Cue[] {
  const { toks, options } = ctx;
  const { verbs, phrasal } = verbIndex();
  const cues: Cue[] = [];
  let nWords = 0;
  let nCaps = 0;
  for (const t of toks) {
    if (t.punct) continue;
    nWords++;
    if (t.cap) nCaps++;
  }
  const titleCase = nWords >= 3 && nCaps >= 0.7 * nWords && !/[.!?]$/.test(toks[toks.length - 1]!.text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const lw = t.lower;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // "according to", "in the words of", …
    const prep = PREP_WORDS.get(lw)?.find((words) => words.every((w, k) => toks[i + k]?.lower === w));
    if (prep) {
      cues.push({ cls: 'prep', lemma: prep.join(' '), s: i, e: i + prep.length });
      i += prep.length - 1;
      continue;
    }
    // "from X's perspective", "in X's view": a possessive prepositional cue, whose possessor is the source.
    const frame = POSSESSIVE_SOURCE_FRAMES.get(lw);
    if (frame) {
      let k = i + 1;
      while (k < toks.length && k - i <= 5 && toks[k]!.lower !== "'s" && toks[k]!.lower !== "'" && isNpToken(toks[k]!)) k++;
      const noun = toks[k + 1];
      if (k > i + 1 && (toks[k]?.lower === "'s" || toks[k]?.lower === "'") && noun && frame.has(noun.lower)) {
        cues.push({ cls: 'viewpoint', lemma: `${lw} ${noun.lower}`, s: i, e: k + 2 });
        i = k + 1;
        continue;
      }
    }
    // "X's rejection of the offer", "X's call for talks": a possessor and a speech-act noun.
    if (POSSESSIVE_CUE_NOUNS.has(lw) && (prev?.lower === "'s" || prev?.lower === "'") && toks[i - 2] && isNominal(toks[i - 2]!) && next && NOMINAL_LINKS.has(next.lower) && options.speechActs !== false) {
      cues.push({ cls: 'nominal', lemma: lw, s: i, e: i + 1 });
      continue;
    }
    if (UNNAMED_ADVS.has(lw)) {
      cues.push({ cls: 'adverb', lemma: lw, s: i, e: i + 1 });
      continue;
    }
    // "it is understood that", "it was reported that"
    if (lw === 'it' && next && BE_FORMS.has(next.lower)) {
      let k = i + 2;
      while (toks[k] && (toks[k]!.lower === 'widely' || toks[k]!.lower === 'also' || toks[k]!.lower === 'generally' || toks[k]!.lower === 'now')) k++;
      const v = toks[k];
      const entry = v ? verbs.get(v.lower) : undefined;
      if (v && entry && IMPERSONAL_PASSIVES.has(entry.lemma) && /(?:ed|wn|ld|ood|id)$/.test(v.lower) && toks[k + 1]?.lower === 'that') {
        cues.push({ cls: 'impersonal', lemma: entry.lemma, s: i, e: k + 1 });
        i = k;
        continue;
      }
    }
    if (t.text === ':' && i > 0 && isQuoteStartAt(ctx, i + 1)) {
      const lo = sentenceAt(ctx, i)[0];
      const np = npLeft(toks, i, lo);
      if (np && np[0] === lo) cues.push({ cls: 'colon', lemma: ':', s: i, e: i + 1 });
      continue;
    }
    // A transcript turn: "SMITH: We will …" (a speaker in capitals opening the line).
    if (t.text === ':' && i > 0 && i <= 4 && toks.length > i + 3 && speakerLabel(toks, i)) {
      cues.push({ cls: 'turn', lemma: ':', s: i, e: i + 1 });
      continue;
    }
    // A headline that names its source before a colon: "Ruiz: Talks Will Resume", "Poll: Lee Leads".
    if (t.text === ':' && i > 0 && i <= 4 && toks.length > i + 2 && atLineStart(ctx) && toks.slice(0, i).every((x) => (x.cap && x.pos !== 'VERB' && !/ing$/.test(x.lower)) || x.text === '.') && !HEADLINE_LABELS.has(toks[0]!.lower)) {
      cues.push({ cls: 'label', lemma: ':', s: i, e: i + 1 });
      continue;
    }
    if (DASHES.has(t.text) && prev && ctx.quoteEnds.has(prev.end)) {
      const np = npRight(toks, i + 1, toks.length);
      if (np && trimEnd(toks, np[1], toks.length, new Set()) <= np[1]) cues.push({ cls: 'dash', lemma: '—', s: i, e: i + 1 });
      continue;
    }
    const entry = verbs.get(lw);
    const phr = phrasal.get(lw)?.find((p) => p.tail.every((w, k) => toks[i + 1 + k]?.lower === w));
    if (!entry && !phr) continue;
    // Headlines capitalise every word and the tagger then calls verbs nouns: "Minister Rejects Offer".
    const handListed = entry !== undefined && entry.learned !== true;
    const headlineVerb = titleCase && t.cap && i > 0 && handListed && ((/s$/.test(lw) && prev !== undefined && isNominal(prev)) || (/ing$/.test(lw) && prev?.text === ','));
    // The tagger reads "records show …", "polls say …" as noun compounds; a clause after the form says it is a verb.
    const nounTagged = t.pos === 'NOUN' && !phr && handListed && entry.cls !== 'act' && prev !== undefined && isNominal(prev) && next !== undefined && (isDeterminer(next) || next.pos === 'PROPN' || next.pos === 'NUM' || next.lower === 'that' || (next.pos === 'PRON' && PERSONAL_PRONOUNS.has(next.lower))) && readsAsClause(ctx, i + 1);
    if (t.pos !== 'VERB' && !headlineVerb && !nounTagged && !(t.pos === 'AUX' && lw.startsWith('sa')) && !(lw === 'said' || lw === 'says' || lw === 'told' || (lw === 'say' && prev !== undefined && isNominal(prev)))) continue;
    if (isNonReporting(toks, i)) continue;
    // An infinitive ("refused to say") reports nothing yet; a bare participle ("a letter written by") is a modifier.
    if (lw === (phr ? phr.lemma.split(' ')[0] : entry!.lemma) && prev?.lower === 'to' && !ASPECTUAL.has(toks[i - 2]?.lower ?? '')) continue;
    // A bare base form right after a modal or at the head of a clause ("will tell", "Tell them") is a plan
    // or an order, not a report; "say" is kept ("would say" reports an opinion).
    if (!phr && lw === entry!.lemma && lw !== 'say' && !titleCase && (prev === undefined || prev.punct || /^(?:will|would|could|can|may|might|should|must|'ll|wo)$/.test(prev.lower))) continue;
    // Gerunds of belief verbs ("thinking", "knowing") describe a state of mind, rarely a report.
    if (!phr && entry!.cls === 'clausal' && /ing$/.test(lw)) continue;
    // "won't endorse": a future refusal is not yet a speech act.
    if ((phr || entry!.cls === 'act') && (prev?.lower === "n't" || prev?.lower === 'not') && /^(?:wo|will|would|wouldn't|won't)$/.test(toks[i - 2]?.lower ?? '')) continue;
    if (!phr && BARE_PARTICIPLES.has(lw) && !/^(?:has|have|had|is|are|was|were|been|be|being)$/.test(toks[skipLeft(toks, i - 1, 0)]?.lower ?? '')) continue;
    let e = i + 1 + (phr ? phr.tail.length : 0);
    if (isRefusal(toks, i, e)) continue;
    // "pleaded guilty", "was charged with fraud": a legal act, not a report.
    if (!phr && LEGAL_FRAMES.get(entry!.lemma)?.has(toks[e]?.lower ?? '')) continue;
    const lemma = phr ? phr.lemma : entry!.lemma;
    // Verbs that report only after their content ("…, he continued.").
    if (!phr && TAIL_ONLY.has(lemma) && !toks.slice(e).every((x) => isPunct(x) || isNominal(x) || x.pos === 'DET')) continue;
    let cls: CueClass = phr ? 'act' : entry!.cls;
    if (cls === 'clausal' && options.beliefs === false) continue;
    if (cls === 'act' && options.speechActs === false) continue;
    // Passive: "was asked", "is said to", "had not been formally announced"; the agent, if any, follows "by".
    if (/(?:ed|wn|ld|id|ght|ken|ten|ood)$/.test(lw) && (lw !== 'said' || next?.lower === 'to') && (passiveAuxiliary(toks, i) || coordinatedPassive(toks, i))) cls = 'passive';
    // "said in a statement", "said in an interview": the nominal cue extends the verb.
    if (toks[e]?.lower === 'in' && (toks[e + 1]?.lower === 'a' || toks[e + 1]?.lower === 'an') && toks[e + 2] && NOMINALS.has(toks[e + 2]!.lower)) e += 3;
    cues.push({ cls, lemma, s: i, e });
    i = e - 1;
  }
  return cues;
}

/**
 * Whether the cue at tokens [i, e) is a negated verb of saying with no complement
 * ("could not confirm, deny or comment on the case", "did not comment, and left"): a refusal
 * to report, not a report whose content is the next verb of the series.
 * "did not say that X" has a complement and stays a (negated) report.
 */
function isRefusal(toks: readonly Tok[], i: number, e: number): boolean {
  let negated = false;
  for (let k = i - 1; k >= 0 && i - k <= 4 && INTERVENERS.has(toks[k]!.lower); k--) {
    if (toks[k]!.lower === 'not' || toks[k]!.lower === "n't" || toks[k]!.lower === 'never') negated = true;
  }
  if (!negated) return false;
  const next = toks[e];
  if (!next) return false;
  // ", deny or comment …", "or comment …", ", and left": the next verb of a series, not content.
  const k = next.text === ',' ? e + 1 : e;
  const conj = toks[k] !== undefined && /^(?:or|and|nor|but)$/.test(toks[k]!.lower);
  if (k === e && !conj) return false;
  const verb = toks[conj ? k + 1 : k];
  return verb !== undefined && verb.pos === 'VERB' && !/ing$/.test(verb.lower) && (conj || verbIndex().verbs.has(verb.lower));
}

/**
 * Whether a form of "be" stands in the auxiliaries and adverbs right before the
 * participle at `i` ("was charged", "had not been formally announced", "is said"),
 * which makes it passive; "has said" is perfect.
 */
function passiveAuxiliary(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = toks[k]!;
    if (PASSIVE_BE.has(t.lower)) return true;
    // "he's been told" is caught by "been"; a bare "'s" is "is" only after a pronoun ("it's said"), else a possessive.
    if (t.lower === "'s") return toks[k - 1]?.pos === 'PRON';
    if (!INTERVENERS.has(t.lower) && !(t.pos === 'ADV' && /ly$/.test(t.lower))) return false;
  }
  return false;
}

/**
 * Whether the participle at `i` is the second of two coordinated passives, which
 * share their auxiliary: "he was stopped twice and accused of speeding". Its object
 * is missing (a preposition or "to" follows), which tells it from an active verb
 * ("he was elected and accused his rival of fraud").
 */
function coordinatedPassive(toks: readonly Tok[], i: number): boolean {
  const conj = toks[skipLeft(toks, i - 1, 0)];
  const next = toks[i + 1];
  if (!conj || !/^(?:and|or)$/.test(conj.lower) || !next || !(next.pos === 'ADP' || next.lower === 'to')) return false;
  for (let k = i - 2; k >= 0 && i - k <= 12; k--) {
    const t = toks[k]!;
    if (t.punct || t.pos === 'SCONJ' || t.pos === 'AUX') return false;
    if (t.pos === 'VERB') return /(?:ed|wn|en|ght|ld|id)$/.test(t.lower) && passiveAuxiliary(toks, k);
  }
  return false;
}

/** Whether the unit opens its line (after spaces or a stray quotation mark). */
function atLineStart(ctx: UnitContext): boolean {
  let k = ctx.toks[0]!.start - 1;
  while (k >= 0 && (ctx.view[k] === ' ' || ctx.view[k] === '\t' || ctx.view[k] === '"' || ctx.view[k] === "'")) k--;
  return k < 0 || ctx.view[k] === '\n';
}

/** Whether tokens before the colon at `colon` are a speaker label in capitals ("SMITH", "SEN. LEE"). */
function speakerLabel(toks: readonly Tok[], colon: number): boolean {
  const first = isQuoteMark(toks[0]) ? 1 : 0;
  if (colon - first < 1 || colon - first > 3) return false;
  // "UPDATE:", "CORRECTION:" label the text; they do not speak it.
  if (colon - first === 1 && HEADLINE_LABELS.has(toks[first]!.lower)) return false;
  for (let k = first; k < colon; k++) {
    const w = toks[k]!.text;
    if (!/^[A-Z][A-Z.'-]+$/.test(w)) return false;
  }
  return true;
}

function isQuoteStartAt(ctx: UnitContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && ctx.quoteStarts.has(t.start);
}

/** Fixed expressions where a saying verb reports nothing ("that said,", "needless to say"). */
function isNonReporting(toks: readonly Tok[], i: number): boolean {
  const p1 = toks[i - 1]?.lower ?? '';
  // A determiner or possessive makes the form an adjective or noun ("the said property", "his stated aim").
  if (p1 === 'the' || p1 === 'a' || p1 === 'an' || p1 === "'s" || p1 === 'his' || p1 === 'her' || p1 === 'their' || p1 === 'its' || p1 === 'our') return true;
  // "so-called", "self-described": a label, not a report.
  if (p1 === '-' || p1 === 'so' || /^(?:so|self)-/.test(toks[i]!.lower)) return true;
  for (const { words, at } of NON_REPORTING.get(toks[i]!.lower) ?? []) {
    if (i - at < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = toks[i - at + k]?.lower === words[k];
    if (ok) return true;
  }
  return false;
}

function analyseCue(ctx: UnitContext, cue: Cue, done: readonly Draft[]): Draft | null {
  const { toks } = ctx;
  const n = toks.length;
  // Source and role spans never cross a sentence end (a unit joined across a quotation holds several).
  const [lo, hi] = sentenceAt(ctx, cue.s);
  let source: [number, number] | null = null;
  let role: [number, number] | null = null;
  let antecedent: [number, number] | null = null;
  let relativeEnd = -1;
  let afterStart = cue.e;
  let unnamed = false;

  if (cue.cls === 'adverb' || cue.cls === 'impersonal') {
    // Another cue in the sentence carries the attribution ("X reportedly said").
    if (cue.cls === 'adverb' && done.some((d) => d.cue.cls !== 'adverb' && d.cue.s > cue.s - 2 && d.cue.s <= cue.s + 2)) return null;
    const s = cue.cls === 'impersonal' ? cue.e : 0;
    const e = trimEnd(toks, s, n, ctx.quoteEndSet);
    if (e <= s) return null;
    const startTok = cue.cls === 'adverb' ? leadingContentStart(toks) : s;
    return { cue, source: null, role: null, content: { start: toks[startTok]!.start, end: toks[e - 1]!.end }, unnamed: true };
  }

  if (cue.cls === 'turn') {
    const first = isQuoteMark(toks[0]) ? 1 : 0;
    // The turn runs to the end of its line, over sentence breaks (looked up here only: rare).
    const nl = ctx.view.indexOf('\n', toks[0]!.start);
    let end = nl < 0 ? ctx.view.length : nl;
    while (end > toks[cue.e]!.start && /[\s"'.]/.test(ctx.view[end - 1]!)) end--;
    return finish(ctx, cue, [first, cue.s], null, { start: toks[cue.e]!.start, end: Math.max(end, toks[cue.e]!.end) }, false);
  }
  if (cue.cls === 'label') {
    // A headline or a transcript turn with a name: what follows runs to the end of the line.
    const nl = ctx.view.indexOf('\n', toks[0]!.start);
    let end = nl < 0 ? ctx.view.length : nl;
    while (end > toks[cue.e]!.start && /[\s"'.]/.test(ctx.view[end - 1]!)) end--;
    if (end <= toks[cue.e]!.start) return null;
    return finish(ctx, cue, [0, cue.s], null, { start: toks[cue.e]!.start, end }, false);
  }
  if (cue.cls === 'colon') {
    source = npLeft(toks, cue.s, lo);
    const q = ctx.quoteStarts.get(toks[cue.e]!.start)!;
    return finish(ctx, cue, source, null, { start: q.span.start, end: q.span.end }, false);
  }
  if (cue.cls === 'dash') {
    source = npRight(toks, cue.e, hi);
    const q = ctx.quoteEnds.get(toks[cue.s - 1]!.end)!;
    return finish(ctx, cue, source, null, { start: q.span.start, end: q.span.end }, false);
  }

  if (cue.cls === 'nominal') {
    source = npLeft(toks, cue.s - 1, lo);
    const start = toks[cue.e]!.lower === 'of' ? cue.e + 1 : cue.e;
    const after = contentAfter(ctx, start, false);
    if (!source || !after) return null;
    return finish(ctx, cue, source, null, objectOf(ctx, start, after), false);
  }

  if (cue.cls === 'viewpoint') {
    // The possessor between the preposition and "'s"; the content follows, or else precedes ("Y, in X's view").
    const possessor = npLeft(toks, cue.e - 2, cue.s + 1);
    const content = contentAfter(ctx, cue.e, true) ?? contentBefore(ctx, cue.s, cue);
    if (!possessor || !content) return null;
    return finish(ctx, cue, possessor, null, content, false);
  }

  if (cue.cls === 'prep') {
    source = npRight(toks, cue.e, hi);
    if (!source) return null;
    afterStart = source[1];
    // "according to statements made": a kind of statement, not a source.
    const nominalOnly = !toks.slice(source[0], source[1]).some((t) => t.pos === 'PROPN') && NOMINALS.has(toks[source[1] - 1]!.lower);
    const app = appositiveAfter(toks, source[1], hi);
    if (app) {
      role = app;
      afterStart = app[1];
    }
    // "according to X, Y" or "Y, according to X" or "Y, according to X, Z".
    const rest = contentAfter(ctx, afterStart, true);
    const before = contentBefore(ctx, cue.s, cue);
    const content = mergeSpans(before, rest);
    if (!content) return null;
    if (nominalOnly) return finish(ctx, cue, null, null, content, true);
    return finish(ctx, cue, source, role, content, false);
  }

  // Verb cues: the source is the subject on the left, or an inverted subject on the right.
  let j = skipLeft(toks, cue.s - 1, lo);
  // "X continues to urge …": the subject stands before the aspectual verb.
  if (toks[j]?.lower === 'to' && ASPECTUAL.has(toks[j - 1]?.lower ?? '')) j = skipLeft(toks, j - 2, lo);
  // 'X "asserts his innocence"': a quotation that opens at the verb leaves the subject before it.
  if (j >= lo && isQuoteMark(toks[j]) && (ctx.quoteStarts.get(toks[j]!.start)?.span.end ?? 0) > toks[cue.s]!.start) j = skipLeft(toks, j - 1, lo);
  const left = j >= lo ? toks[j] : undefined;
  const reduced = reducedRelative(toks, cue, j, lo, hi);
  if (reduced) return finish(ctx, cue, reduced.agent, null, spanOf(toks, reduced.head), false);
  if (cue.cls === 'passive') {
    unnamed = true;
    if (toks[cue.e]?.lower === 'by') {
      source = npRight(toks, cue.e + 1, hi);
      if (source) {
        afterStart = source[1];
        unnamed = false;
        // "The plan was rejected by the board": with nothing reported after the agent, the subject is the content.
        const subject = j >= lo ? npLeft(toks, j + 1, lo) : null;
        if (subject && contentAfter(ctx, afterStart, true) === null) return finish(ctx, cue, source, null, spanOf(toks, subject), false);
      }
    }
    if (cue.lemma === 'say' && toks[cue.e]?.lower === 'to') {
      // "X is said to have …": X is what the content is about, not a source.
      const s0 = lo + leadingContentStart(toks.slice(lo, hi));
      const e = trimEnd(toks, s0, hi, ctx.quoteEndSet);
      if (e <= s0) return null;
      return { cue, source: null, role: null, content: { start: toks[s0]!.start, end: toks[e - 1]!.end }, unnamed: true };
    }
    // Without an agent the subject is who was told, accused or asked, never a source; what follows
    // is content when it is reported matter ("was told that …") or the act's complement ("was
    // accused of fraud"), and nothing is reported in "had not been announced and they …".
    if (!source && !reportFollows(ctx, cue.e) && !(toks[cue.e]?.pos === 'ADP' && toks[cue.e]!.lower !== 'by')) return null;
  } else if (left && left.text === ',' && j > lo && !/ing$/.test(toks[cue.s]!.lower)) {
    // "X, a doctor at Y, said" / "X, who …, said" / "X, speaking on Monday, said": the chunk
    // between two commas describes the source or is an aside; the source stands before it.
    let k = j - 1;
    while (k >= lo && j - k <= 30 && toks[k]!.text !== ',' && !isQuoteMark(toks[k])) k--;
    const chunkFirst = toks[k + 1];
    if (k > lo && toks[k]!.text === ',' && chunkFirst && k + 1 < j) {
      const fl = chunkFirst.lower;
      const chunk = toks.slice(k + 1, j);
      const relative = fl === 'who' || fl === 'whose' || fl === 'which';
      const participle = chunkFirst.pos === 'VERB' && /ing$/.test(fl);
      const finite = chunk.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower)));
      const nominal = !finite && !participle && chunkFirst.pos !== 'ADP' && chunkFirst.pos !== 'ADV' && chunkFirst.pos !== 'SCONJ' && chunk.some((t) => ROLES.has(t.lower) || t.pos === 'NOUN' || t.pos === 'PROPN');
      // "The state's campaign chairman, Phil Lovas, said", "A lawyer for X, Jo Lee of Acme, said":
      // the name comes second, perhaps with an affiliation after it.
      let nameEnd = 0;
      while (nameEnd < chunk.length && (chunk[nameEnd]!.pos === 'PROPN' || chunk[nameEnd]!.cap || chunk[nameEnd]!.text === '.')) nameEnd++;
      const affiliation = nameEnd < chunk.length && chunk[nameEnd]!.pos === 'ADP' && !chunk.slice(nameEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      const nameSecond = nominal && nameEnd >= 1 && nameEnd <= 5 && (nameEnd === chunk.length || affiliation);
      // "The union, for its part, called for …": an adverbial or participial aside.
      const aside = !nominal && !relative && !finite && (participle || chunkFirst.pos === 'ADP' || chunkFirst.pos === 'ADV');
      const np = relative || nominal || aside ? npLeft(toks, k, lo) : null;
      // "Ana Ruiz, the majority leader, Democrat of Lima, said": a chain of descriptions after a name; the name is the source.
      const chained = np && nominal ? nameBeforeDescription(toks, np, lo) : null;
      if (np && chained) {
        source = chained;
        role = np;
      } else if (np && nameSecond && commonHead(toks, np)) {
        source = [k + 1, j];
        role = np;
      } else if (np) {
        source = np;
        if (nominal) role = [k + 1, j];
      }
    }
  } else if (left && (left.lower === 'who' || left.lower === 'which') && left.pos === 'PRON') {
    // "an architect who said …": the relative pronoun is the source's mention, its antecedent the
    // name; a pronoun whose antecedent is not found names no one, and the source stays unknown.
    antecedent = npLeft(toks, toks[j - 1]?.text === ',' ? j - 1 : j, lo);
    if (antecedent) source = [j, j + 1];
    // "X, who was asking about Y, protested": the relative clause ends before the main verb.
    relativeEnd = relativeClauseEnd(ctx, cue.e);
  } else if (left && (!isPunct(left) || left.text === ')')) {
    source = npLeft(toks, j + 1, lo);
    if (source) source = withoutTime(toks, source, lo);
    // "A letter signed by 40 senators opposing the bill says": a finite verb's subject is the noun the participles modify.
    if (source && !/ing$/.test(toks[cue.s]!.lower)) source = headOfParticiples(toks, source, lo);
    // "I don't for a moment believe": the noun phrase is a preposition's object; the subject stands before it.
    if (source && source[0] - 1 > lo && PP_OPENERS.has(toks[source[0] - 1]!.lower)) {
      const k = skipLeft(toks, source[0] - 2, lo);
      const subject = k >= lo && k < source[0] - 2 && !isPunct(toks[k]!) ? npLeft(toks, k + 1, lo) : null;
      if (subject) source = subject;
    }
    // A lone determiner-less common noun that is really the end of a clause ("… the plan, officials said") is fine; a verb is not.
  }
  if (!source && cue.cls !== 'passive' && left !== undefined && !isPunct(left) && !/ing$/.test(toks[cue.s]!.lower)) {
    // "A report warning that prices will rise says …": the verb after a participle's clause is the main verb, and its
    // subject the noun the participle modifies.
    const host = done.find((d) => participleHost(ctx, d, cue));
    if (host?.source) source = tokenRange(toks, host.source);
  }
  if (!source && cue.cls !== 'passive') {
    // Inversion: "…," said Hugh Hill, a doctor at X. Never after a participle: "…, reiterating its demand".
    const ing = /ing$/.test(toks[cue.s]!.lower);
    const invertedOk = cue.cls === 'speech' && !ing && (left === undefined || left.text === ',' || ctx.quoteEnds.has(left.end));
    if (invertedOk && toks[cue.e] && !CLAUSE_STARTERS.has(toks[cue.e]!.lower)) {
      const np = npRight(toks, cue.e, hi);
      if (np && (np[1] >= hi - 1 || toks[np[1]]!.text === ',' || isPunct(toks[np[1]]!) || toks[np[1]]!.lower === 'in' || toks[np[1]]!.lower === 'on')) {
        source = np;
        afterStart = np[1];
        const app = appositiveAfter(toks, np[1], hi);
        const name = app ? null : nameAfter(toks, np[1], hi);
        if (app) {
          role = app;
          afterStart = app[1];
        } else if (name && commonHead(toks, np)) {
          // 'said the statement from her attorney, Jo Tan': the name after the description is the speaker.
          source = name;
          role = np;
          afterStart = name[1];
        }
      }
    }
    // A participle after a comma ("…, saying that …") or a coordinated verb ("… and says …") shares the subject of its clause.
    const coordinated = left !== undefined && (left.lower === 'and' || left.lower === 'but' || left.lower === 'or' || (ing && PARTICIPLE_LINKS.has(left.lower)));
    // American style puts the comma inside the quotation: 'on "This Week," adding that …'.
    const commaBefore = left !== undefined && (left.text === ',' || (ctx.quoteEnds.has(left.end) && toks[j - 1]?.text === ','));
    if (!source && ((commaBefore && ing) || coordinated)) {
      // The earlier report shares the subject unless a relative clause with a subject and verb of
      // its own stands between them: in "X proposed a truce, which Y rejected, reiterating …" Y reiterates.
      const verb = nearestFiniteVerb(toks, cue.s, lo);
      const relativeBetween = (from: number): boolean =>
        toks.slice(from + 1, verb).some((t, k, arr) => /^(?:which|who|whom)$/.test(t.lower) && (arr[k - 1]?.text ?? toks[from]?.text) === ',' && arr[k + 1]?.pos !== 'VERB' && arr[k + 1]?.pos !== 'AUX');
      const prevDraft = [...done].reverse().find((d) => d.source !== null && d.cue.s < cue.s && (verb < 0 || d.cue.s >= verb || !relativeBetween(d.cue.s)));
      // A relative pronoun ("X, who was asking …, protested, saying …") is shared as the noun phrase it stands for.
      if (prevDraft?.source) return withContentAfter(ctx, cue, prevDraft.antecedent ?? prevDraft.source, prevDraft.role, afterStart, prevDraft.unnamed);
      source = clauseSubject(toks, j, lo);
    }
  }
  // The addressee is not content: "told reporters that …".
  if (ADDRESSEE_VERBS.has(cue.lemma) && toks[afterStart] && !CLAUSE_STARTERS.has(toks[afterStart]!.lower) && !isQuoteStartAt(ctx, afterStart)) {
    const obj = OBJECT_PRONOUNS.has(toks[afterStart]!.lower) ? ([afterStart, afterStart + 1] as [number, number]) : npRight(toks, afterStart, hi);
    // "urged restraint": with nothing after it, the object is the content, not an addressee.
    if (obj && obj[1] - obj[0] <= 6 && (ALWAYS_ADDRESSEE.has(cue.lemma) || contentAfter(ctx, obj[1], true) !== null)) afterStart = obj[1];
  }

  // "The stance signals that …", "The decision suggests …": an abstract event or stance is no speaker, and the
  // sentence reads an inference off it rather than reporting; documents ("the decision says") still speak.
  if (source && source[0] < cue.s && !DOCUMENT_VERBS.has(cue.lemma) && abstractHead(toks, source)) return null;
  // "if he or she believes …": a generic person, never a speaker.
  if (source && source[1] - source[0] === 1 && genericPronoun(toks, source[0])) return null;
  const sourceSpan = source ? spanOf(toks, source) : null;
  const roleText = role ? roleOf(ctx, role) : null;
  const anteSpan = antecedent ? spanOf(toks, antecedent) : null;
  // "I say", "you tell me" inside a quotation are the quoted speaker's own words, not a new report.
  if (source && source[1] - source[0] === 1 && /^(?:i|we|you)$/.test(toks[source[0]]!.lower) && insideQuote(ctx, toks[cue.s]!.start)) return null;
  // "When he asked about X, Mr. Lee stormed off": a cue in an opening subordinate clause reports up to
  // its comma; "As X pointed out, Y" is a parenthetical whose content is the main clause.
  const opener = toks[lo]!.lower;
  if (relativeEnd < 0 && cue.s > lo && opener !== 'as' && (TIME_CLAUSE.has(opener) || opener === 'if' || opener === 'although' || opener === 'though')) {
    const quoteOf = topQuotes(ctx);
    for (let k = lo + 1; k < hi; k++) {
      const q = quoteOf[k];
      // A comma inside a closing quote ('said "we tried, we failed," the crowd …') ends the clause too.
      const closing = q !== null && q !== undefined && toks[k + 1]?.end === q.span.end;
      if (toks[k]!.text !== ',' || (q && !closing)) continue;
      if (k > cue.e) relativeEnd = closing ? k + 2 : k;
      break;
    }
  }
  const around = source && cue.cls !== 'passive' ? clauseAround(ctx, source, cue, lo, hi) : null;
  if (around) return finishSpan(cue, sourceSpan, roleText, around, unnamed, anteSpan);
  const runOn = contentAfter(ctx, afterStart, cue.cls !== 'speech' && cue.cls !== 'passive' ? false : true);
  const rawAfter = runOn && relativeEnd >= 0 && toks[relativeEnd]!.start > runOn.start && toks[relativeEnd]!.start < runOn.end ? { start: runOn.start, end: toks[relativeEnd - 1]!.end } : runOn;
  // "said before he died", "said when she resigned": a time or reason clause, not what was said.
  const after = rawAfter && TIME_CLAUSE.has(toks[afterStart]?.lower ?? '') ? null : rawAfter;
  const adjunctOnly = after === null;
  if (cue.cls === 'clausal') {
    if (!after || !(clausal(ctx, afterStart) || readsAsClause(ctx, afterStart))) return null;
    // "I think", "you know" inside a quote hedge the speaker's own words; they are not a new attribution.
    if (source && source[1] - source[0] === 1 && /^(?:i|we|you)$/.test(toks[source[0]]!.lower)) return null;
    return finishSpan(cue, sourceSpan, roleText, after, unnamed, anteSpan);
  }
  // "…, which the council rejected, reiterating …": with no object, what follows is not the act's content.
  if (cue.cls === 'act' && toks[afterStart]?.text === ',') return null;
  if (!adjunctOnly && cue.cls === 'act') {
    return finishSpan(cue, sourceSpan, roleText, objectOf(ctx, afterStart, after), unnamed, anteSpan);
  }
  const leftEdge = source && source[0] < cue.s ? source[0] : cue.s;
  const before = contentBefore(ctx, leftEdge, cue);
  if (adjunctOnly) {
    if (!before) return null;
    return finishSpan(cue, sourceSpan, roleText, before, unnamed, anteSpan);
  }
  if (before && after) {
    // What follows the cue is content only when it reads as reported matter: a clause,
    // a quote, "that …". "“A,” she said on Friday at the gala" keeps the quote alone.
    let k = afterStart;
    while (toks[k] && (toks[k]!.text === ',' || toks[k]!.text === ':')) k++;
    const quoteNext = isQuoteStartAt(ctx, k);
    const beforeIsQuote = ctx.quoteEnds.has(before.end);
    // "In a statement, X said …", "Asked about it, X said …", "After the vote, X said …": an
    // adverbial before the source is not content; a clause or a quote may be.
    const firstBefore = toks.find((t) => t.start >= before.start);
    const adverbial = firstBefore !== undefined && !ctx.quoteStarts.has(firstBefore.start) && (firstBefore.pos === 'ADP' || firstBefore.pos === 'SCONJ' || ADVERBIAL_OPENERS.has(firstBefore.lower) || (firstBefore.pos === 'VERB' && /(?:ing|ed)$/.test(firstBefore.lower)));
    const beforeIsClause = beforeIsQuote || (!adverbial && toks.some((t) => t.start >= before.start && t.end <= before.end && (t.pos === 'VERB' || t.pos === 'AUX')));
    if (!beforeIsClause) return finishSpan(cue, sourceSpan, roleText, after, unnamed, anteSpan);
    if (!quoteNext && !readsAsClause(ctx, k)) return finishSpan(cue, sourceSpan, roleText, before, unnamed, anteSpan);
    // Content on both sides only for a parenthetical cue: "“A,” he said, “B.”"
    if (toks[afterStart]?.text === ',' && (quoteNext || !ctx.quoteEnds.has(before.end))) return finishSpan(cue, sourceSpan, roleText, mergeSpans(before, after)!, unnamed, anteSpan);
    if (ctx.quoteEnds.has(before.end) && !quoteNext) return finishSpan(cue, sourceSpan, roleText, before, unnamed, anteSpan);
  }
  return finishSpan(cue, sourceSpan, roleText, after ?? before!, unnamed, anteSpan);
}

/**
 * A participle that modifies the noun before it, with its agent after "by":
 * "Cuts recommended by the board would take effect", "the plan — endorsed by
 * the mayor — will fail". The agent is the source and the modified noun phrase
 * the content; undefined when the cue is no such participle. `j` is the token
 * left of the cue, adverbs skipped.
 */
function reducedRelative(toks: readonly Tok[], cue: Cue, j: number, lo: number, hi: number): { agent: [number, number]; head: [number, number] } | undefined {
  if (cue.cls === 'passive' || cue.e - cue.s !== 1 || toks[cue.e]?.lower !== 'by' || !/(?:ed|wn|en)$/.test(toks[cue.s]!.lower) || j < lo) return undefined;
  const l = toks[j]!;
  const aside = l.text === ',' || DASHES.has(l.text);
  if (l.punct && !aside) return undefined;
  const head = npLeft(toks, aside ? j : j + 1, lo);
  if (!head) return undefined;
  // "responded by using …": a gerund after "by" is a manner adjunct, no agent.
  const agent = npRight(toks, cue.e + 1, hi);
  if (!agent) return undefined;
  // The sentence's own verb, or the end of the aside, follows the agent: "… by the board would …".
  const t = toks[agent[1]];
  const closes = t === undefined || t.text === ',' || DASHES.has(t.text) || /^[.!?;]$/.test(t.text);
  if (aside ? !closes : !(t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))))) return undefined;
  return { agent, head };
}

const TIME_NOUN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_MODIFIER = /^(?:this|last|next|early|late|earlier|later|on|in|that)$/;
const PAST_PARTICIPLE = /(?:ed|en|wn|ne|ut|nt)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?$/;

/**
 * Where a time phrase that ends the noun phrase `np` starts ("on Friday", "this
 * month", "Jan. 5", "Wednesday"), or np[1] when the phrase ends in no time phrase.
 * A month name alone needs a modifier ("in May"): "Ana May" keeps its name.
 */
function timeTail(toks: readonly Tok[], np: readonly [number, number]): number {
  let e = np[1];
  const last = toks[e - 1]!;
  if (last.pos === 'NUM' && e - 2 >= np[0]) {
    // "Jan. 5", "May 12": a date.
    let m = e - 2;
    if (toks[m]!.text === '.' && m - 1 >= np[0]) m--;
    if (!MONTH.test(toks[m]!.lower)) return np[1];
    e = m;
  } else {
    if (!TIME_NOUN.test(last.lower)) return np[1];
    const modified = e - 2 >= np[0] && TIME_MODIFIER.test(toks[e - 2]!.lower);
    if (!modified && !WEEKDAY.test(last.lower)) return np[1];
    e -= modified ? 2 : 1;
  }
  // "early this month", "on Friday".
  while (e > np[0] && TIME_MODIFIER.test(toks[e - 1]!.lower)) e--;
  return e;
}

/**
 * The subject without a time phrase between it and the verb: "The firm this month
 * announced" → "The firm", "Maria Okafor on Friday said" → "Maria Okafor". A time
 * phrase is never a source: when the noun phrase is nothing but the time phrase,
 * the subject is the noun phrase before it, past a participle that the time phrase
 * modifies ("A poll released Wednesday shows" → "A poll"), or there is none.
 */
function withoutTime(toks: readonly Tok[], np: [number, number], lo: number): [number, number] | null {
  const e = timeTail(toks, np);
  if (e >= np[1]) return np;
  if (e > np[0]) return npLeft(toks, e, np[0]) ?? np;
  let k = np[0] - 1;
  while (k >= lo && TIME_MODIFIER.test(toks[k]!.lower)) k--;
  k = skipLeft(toks, k, lo);
  // "A poll released Wednesday", "the report published last week": a participle modifying the noun before it.
  if (k > lo && toks[k]!.pos === 'VERB' && PAST_PARTICIPLE.test(toks[k]!.lower) && isNominal(toks[k - 1]!)) k = skipLeft(toks, k - 1, lo);
  return k >= lo && !isPunct(toks[k]!) ? npLeft(toks, k + 1, lo) : null;
}

/**
 * The noun that a chain of reduced relatives modifies, when the noun phrase `np`
 * before a finite verb is the object of a participle: "A letter signed by 40
 * senators opposing the bill says" → "A letter", "People living near the plant say"
 * → "People". `np` itself when no participle stands right before it.
 */
function headOfParticiples(toks: readonly Tok[], np: [number, number], lo: number): [number, number] {
  let cur = np;
  for (let step = 0; step < 3; step++) {
    const k = cur[0] - 1;
    if (k - 1 < lo) break;
    const t = toks[k]!;
    let head: [number, number] | null = null;
    // "senators opposing the bill": an -ing participle right after a noun.
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && isNominal(toks[k - 1]!)) head = npLeft(toks, k, lo);
    // "a letter signed by 40 senators", "people living near the plant", "a group based in Lima": a participle and its
    // agent or its prepositional complement.
    else if (t.pos === 'ADP' && k - 2 >= lo && toks[k - 1]!.pos === 'VERB' && (PAST_PARTICIPLE.test(toks[k - 1]!.lower) || /ing$/.test(toks[k - 1]!.lower)) && isNominal(toks[k - 2]!)) head = npLeft(toks, k - 1, lo);
    if (!head) break;
    cur = head;
  }
  return cur;
}

/** The token range of a character span of the unit. */
function tokenRange(toks: readonly Tok[], span: Span): [number, number] {
  let s = 0;
  while (s < toks.length - 1 && toks[s]!.end <= span.start) s++;
  let e = s;
  while (e < toks.length && toks[e]!.start < span.end) e++;
  return [s, Math.max(e, s + 1)];
}

/**
 * Whether draft `d` is an -ing participle that modifies its source with no comma
 * between them ("A report warning that …") and whose content runs over the finite
 * cue `cue`: that cue is then the main verb of the sentence the participle's noun is
 * the subject of. Quotations are left alone.
 */
function participleHost(ctx: UnitContext, d: Draft, cue: Cue): boolean {
  const toks = ctx.toks;
  if (!d.source || d.cue.e - d.cue.s !== 1 || d.cue.s <= 0 || d.cue.s >= cue.s || !/ing$/.test(toks[d.cue.s]!.lower)) return false;
  const before = toks[d.cue.s - 1]!;
  if (before.punct || d.source.end > before.end || !isNominal(before)) return false;
  const at = toks[cue.s]!.start;
  return d.content.start < at && d.content.end > at && !insideQuote(ctx, at);
}

/**
 * Drafts whose content swallowed the main verb of the sentence they are a
 * modifier in ("A report warning that prices will rise says …") end before it.
 */
function cutAtMainVerb(ctx: UnitContext, done: readonly Draft[]): Draft[] {
  return done.map((d) => {
    const main = done.find((m) => m !== d && m.source !== null && participleHost(ctx, d, m.cue) && m.source.end <= ctx.toks[d.cue.s]!.start);
    if (!main) return d;
    const toks = ctx.toks;
    const s = tokenRange(toks, d.content)[0];
    const e = trimEnd(toks, s, main.cue.s, ctx.quoteEndSet);
    return e > s ? { ...d, content: { start: d.content.start, end: toks[e - 1]!.end } } : d;
  });
}

/** Whether the head of the noun phrase `np` (its last word, lowercase unless it opens the phrase) is an abstract non-agent noun. */
function abstractHead(toks: readonly Tok[], np: readonly [number, number]): boolean {
  const head = toks[np[1] - 1]!;
  return ABSTRACT_NON_AGENTS.has(head.lower) && (!head.cap || np[1] - 1 === np[0]);
}

// Verbs by which a document speaks: "the decision says", "the ruling states".
const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['say', 'state', 'read', 'write']);
const RELATIVES = new Set(['which', 'who', 'that']);

/**
 * The clause a parenthetical cue sits in, when the words after the cue are a
 * predicate whose subject stands before the source: "The plan, the minister said,
 * will fail", "the cafe, which, the people said, was a focus of the inquiry,",
 * "the cafe that the people said was a focus of the inquiry". The content runs
 * from the clause's subject (or its relative pronoun) to the end of the predicate.
 * Null when the cue is no such parenthetical.
 */
function clauseAround(ctx: UnitContext, source: readonly [number, number], cue: Cue, lo: number, hi: number): Span | null {
  const toks = ctx.toks;
  const s0 = source[0];
  if (s0 >= cue.s || s0 - 1 <= lo || RELATIVES.has(toks[s0]!.lower)) return null;
  const comma = toks[s0 - 1]!.text === ',';
  const rel = comma ? s0 - 2 : s0 - 1;
  const relative = RELATIVES.has(toks[rel]!.lower) && toks[rel]!.pos !== 'DET' ? rel : -1;
  // "The plan, the minister said, will fail": a bare subject, no verb of its own.
  const subject = relative < 0 && comma && toks[cue.e]?.text === ',' && toks.slice(lo, s0 - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !t.punct && !isQuoteMark(t));
  if (relative < 0 && !subject) return null;
  if (relative >= 0 && toks[cue.e]?.text !== ',' && comma) return null;
  // The predicate: a finite verb right after the cue (and its comma).
  const p = toks[cue.e]?.text === ',' ? cue.e + 1 : cue.e;
  const v = toks[p];
  if (!v || !(v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower))) || isQuoteStartAt(ctx, p)) return null;
  let end = hi;
  for (let k = p + 1; k < hi; k++) {
    const t = toks[k]!;
    const nx = toks[k + 1];
    if (t.text === ';' || (t.text === ',' && nx !== undefined && (nx.pos === 'VERB' || nx.pos === 'AUX'))) {
      end = k;
      break;
    }
    // "… was a focus of the inquiry was on Main Street": a second finite verb after a noun is the main clause's.
    if (relative >= 0 && !comma && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) {
      end = k;
      break;
    }
  }
  end = trimEnd(toks, p, end, ctx.quoteEndSet);
  if (end <= p) return null;
  const start = relative >= 0 ? relative : lo + leadingContentStart(toks.slice(lo, hi));
  return { start: toks[start]!.start, end: toks[end - 1]!.end };
}

/** Whether the pronoun at `i` is one of a generic pair: "he or she", "she or he", "he/she". */
function genericPronoun(toks: readonly Tok[], i: number): boolean {
  const gendered = (t: Tok | undefined): boolean => t !== undefined && (t.lower === 'he' || t.lower === 'she');
  const joins = (t: Tok | undefined): boolean => t !== undefined && (t.lower === 'or' || t.text === '/');
  return gendered(toks[i]) && ((joins(toks[i - 1]) && gendered(toks[i - 2])) || (joins(toks[i + 1]) && gendered(toks[i + 2])));
}

/**
 * Where a non-restrictive relative clause that holds token `from` ends: the
 * comma before the main clause's verb ("X, who was asking about Y, protested"),
 * or -1. Quotations are skipped.
 */
function relativeClauseEnd(ctx: UnitContext, from: number): number {
  const toks = ctx.toks;
  for (let k = from; k < toks.length - 1; k++) {
    const q = ctx.quoteStarts.get(toks[k]!.start);
    if (q && q.depth === 0) {
      while (k + 1 < toks.length && toks[k + 1]!.start < q.span.end) k++;
      continue;
    }
    const nx = toks[k + 1]!;
    if (toks[k]!.text === ',' && (nx.pos === 'VERB' || nx.pos === 'AUX') && !/ing$/.test(nx.lower)) return k;
  }
  return -1;
}

/** Index of the nearest finite verb (not an "-ing" form) before token `before`, or -1. */
function nearestFiniteVerb(toks: readonly Tok[], before: number, min: number): number {
  for (let k = before - 1; k > min; k--) {
    const t = toks[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) return k;
  }
  return -1;
}

/**
 * The subject of the nearest finite verb before token `before`: who a participle
 * or a coordinated cue belongs to. Verbs in a series share the first one's subject
 * ("X stormed back, leaned in and said"), and a relative clause or appositive
 * between subject and verb is passed over ("X, who was at the event, protested").
 */
function clauseSubject(toks: readonly Tok[], before: number, min: number): [number, number] | null {
  let b = before;
  // A few verbs in a series at most: each step moves left, so this ends.
  for (let step = 0; step < 4; step++) {
    const k = nearestFiniteVerb(toks, b, min);
    if (k < 0) return null;
    const j = skipLeft(toks, k - 1, min);
    if (j < min) return null;
    const t = toks[j]!;
    if (t.lower === 'and' || t.lower === 'or' || t.lower === 'but') {
      b = j;
      continue;
    }
    if (t.text !== ',') return npLeft(toks, j + 1, min);
    // ", who was at the event, protested" / ", a doctor, said": the subject stands before the aside.
    let c = j - 1;
    while (c > min && j - c <= 30 && toks[c]!.text !== ',') c--;
    const first = toks[c + 1];
    if (c > min && toks[c]!.text === ',' && first && (first.lower === 'who' || first.lower === 'whose' || first.lower === 'which')) return npLeft(toks, c, min);
    // ", leaned in and said": a verb in a series; its subject is the first verb's.
    b = j;
  }
  return null;
}

function withContentAfter(ctx: UnitContext, cue: Cue, source: Span, role: string | null, afterStart: number, unnamed: boolean): Draft | null {
  const after = contentAfter(ctx, afterStart, cue.cls === 'speech');
  if (!after) return null;
  const content = cue.cls === 'act' ? objectOf(ctx, afterStart, after) : after;
  return { cue, source, role, content, unnamed };
}

function roleOf(ctx: UnitContext, r: readonly [number, number]): string | null {
  const toks = ctx.toks;
  let s = r[0];
  if (/^(?:a|an|the)$/.test(toks[s]!.lower) && s + 1 < r[1]) s++;
  const text = toks.slice(s, r[1]).map((t, i, arr) => t.text + (i < arr.length - 1 && arr[i + 1]!.start > t.end ? ' ' : '')).join('');
  return text.length > 0 ? text : null;
}

function finish(ctx: UnitContext, cue: Cue, source: [number, number] | null, role: [number, number] | null, content: Span, unnamed: boolean): Draft {
  return { cue, source: source ? spanOf(ctx.toks, source) : null, role: role ? roleOf(ctx, role) : null, content, unnamed };
}

function finishSpan(cue: Cue, source: Span | null, role: string | null, content: Span, unnamed: boolean, antecedent: Span | null = null): Draft {
  return { cue, source, role, content, unnamed, antecedent };
}

/** Index of the first token of the sentence proper, after a leading conjunction. */
function leadingContentStart(toks: readonly Tok[]): number {
  let i = 0;
  while (i < toks.length - 1 && (toks[i]!.pos === 'CCONJ' || (toks[i]!.text === ',' && i > 0))) i++;
  return i;
}

/**
 * What token `i` alone says about reported matter starting there: true for
 * "that …", a quote or a colon, false past the end, null when the words after it must decide.
 */
function opensReport(ctx: UnitContext, i: number): boolean | null {
  const t = ctx.toks[i];
  if (!t) return false;
  return CLAUSE_STARTERS.has(t.lower) || isQuoteStartAt(ctx, i) || t.text === ':' ? true : null;
}

/** Whether what follows a belief verb is a clause ("that …", "the plan will fail", a quote). */
function clausal(ctx: UnitContext, i: number): boolean {
  const toks = ctx.toks;
  const opening = opensReport(ctx, i);
  if (opening !== null) return opening;
  for (let k = i; k < Math.min(toks.length, i + 5); k++) {
    const x = toks[k]!;
    if (isPunct(x)) return false;
    if ((x.pos === 'AUX' || x.pos === 'VERB') && k > i) return toks[k - 1]!.pos !== 'DET' && toks.slice(i, k).some(isNominal);
  }
  return false;
}

/** Whether reported matter follows token `i` (after commas): a quote, "that …", a colon, or a clause not opened by a conjunction. */
function reportFollows(ctx: UnitContext, i: number): boolean {
  let k = i;
  while (ctx.toks[k]?.text === ',') k++;
  const t = ctx.toks[k];
  if (!t) return false;
  return opensReport(ctx, k) === true || (t.pos !== 'CCONJ' && readsAsClause(ctx, k));
}

/**
 * Whether the words from token `i` read as reported matter rather than an
 * adjunct: a quote, "that …", or a clause with its own verb before the next comma.
 */
function readsAsClause(ctx: UnitContext, i: number): boolean {
  const toks = ctx.toks;
  const opening = opensReport(ctx, i);
  if (opening !== null) return opening;
  const t = toks[i]!;
  // "agreed to a swap", "called for talks": a prepositional or infinitive phrase, not a clause.
  if (t.pos === 'ADP' || t.pos === 'PART') return false;
  for (let k = i; k < Math.min(toks.length, i + 16); k++) {
    const x = toks[k]!;
    if (x.text === '(') {
      // A parenthetical tag ("(D-Ore.)") does not end the clause.
      while (k + 1 < toks.length && toks[k]!.text !== ')') k++;
      continue;
    }
    if (x.punct && !isQuoteMark(x) && x.text !== '-' && x.text !== "'") return false;
    if ((x.pos === 'AUX' || x.pos === 'VERB') && k > i) return toks[k - 1]!.pos !== 'DET';
  }
  return false;
}

/**
 * Content after the cue, from token `i` to the end of the unit; null when
 * nothing but adjuncts ("on Monday", "in a statement") follows.
 */
function contentAfter(ctx: UnitContext, i: number, allowThatJump: boolean): Span | null {
  const toks = ctx.toks;
  const n = toks.length;
  let s = i;
  // Skip adjuncts up to a "that" or an opening quote: "said on Monday in a statement that …".
  if (allowThatJump) {
    // A "that" wins over an earlier quote: "said on “Meet the Press,” that …" quotes a show's name.
    let firstQuote = -1;
    for (let k = i; k < Math.min(n, i + 20); k++) {
      const t = toks[k]!;
      if (t.lower === 'that' || (k > i && WH_STARTERS.has(t.lower))) {
        s = k;
        break;
      }
      const q = ctx.quoteStarts.get(t.start);
      if (q) {
        if (firstQuote < 0) firstQuote = k;
        while (k + 1 < n && toks[k + 1]!.start < q.span.end) k++;
        continue;
      }
      if (t.text === ',' && !isQuoteStartAt(ctx, k + 1)) break;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') break;
      // 'said Okafor "asserts …"': a subject whose predicate is quoted, not an adjunct to skip.
      if ((t.pos === 'PROPN' || t.pos === 'NOUN') && !TIME_WORD.test(t.lower) && isQuoteStartAt(ctx, k + 1) && !toks.slice(i, k).some((x) => x.pos === 'ADP')) break;
    }
    if (s === i && firstQuote >= 0) s = firstQuote;
  }
  while (s < n && (toks[s]!.text === ',' || toks[s]!.text === ':')) s++;
  // Content ends where the reported clause does: before a following cue of the same
  // speaker (", adding that …", "and said …"), a non-restrictive relative (", who …")
  // or a contrasting clause (", but …"). Quotations are never cut.
  let e = n;
  // A quotation that opens the content is never cut either.
  const opening = toks[s] ? ctx.quoteStarts.get(toks[s]!.start) : undefined;
  let from = s + 1;
  if (opening && opening.depth === 0) while (from < n && toks[from]!.start < opening.span.end) from++;
  for (let k = from; k < n - 1; k++) {
    const t = toks[k]!;
    const q = ctx.quoteStarts.get(t.start);
    if (q && q.depth === 0) {
      while (k + 1 < n && toks[k + 1]!.start < q.span.end) k++;
      continue;
    }
    const nx = toks[k + 1]!;
    if (t.text === ';' || (k > s && (t.lower === 'while' || t.lower === 'whereas') && toks[k - 1]!.text !== ',' && toks[k - 1]!.lower !== 'that')) {
      e = k;
      break;
    }
    if ((t.text === '—' || t.text === '–' || t.text === '--') && (nx.lower === 'and' || nx.lower === 'but')) {
      e = k;
      break;
    }
    const nx2 = toks[k + 2];
    // ", and he …", ", but the firm …": a new clause with its own subject; ", referring to …": a participial adjunct.
    const newClause = nx.pos === 'CCONJ' && nx2 !== undefined && ((nx2.pos === 'PRON' && PERSONAL_PRONOUNS.has(nx2.lower)) || nx2.pos === 'PROPN' || nx2.pos === 'DET' || nextAct(toks, s, k + 2));
    if (t.text === ',' && (CONTENT_BREAKERS.has(nx.lower) || newClause || (nx.pos === 'VERB' && /ing$/.test(nx.lower)) || (/ing$/.test(nx.lower) && verbIndex().verbs.has(nx.lower)))) {
      e = k;
      break;
    }
    if (t.text === ',' && newCueClause(toks, k + 1)) {
      e = k;
      break;
    }
    if (t.text === ',' && isQuoteEndBefore(ctx, k) && nx.pos === 'PRON' && toks[k + 2] && verbIndex().verbs.has(toks[k + 2]!.lower)) {
      e = k;
      break;
    }
    // '"We tried," and left': after the quotation, the subject's next act.
    if ((t.lower === 'and' || t.lower === 'but') && isQuoteEndBefore(ctx, k) && nextAct(toks, s, k + 1)) {
      e = k;
      break;
    }
    if ((t.lower === 'and' || t.lower === 'but') && nx.pos === 'VERB' && verbIndex().verbs.has(nx.lower) && !/ing$/.test(nx.lower) && nx.lower !== verbIndex().verbs.get(nx.lower)!.lemma) {
      e = k;
      break;
    }
  }
  e = Math.min(e, quoteBoundAfter(ctx, s, i - 1));
  e = trimEnd(toks, s, e, ctx.quoteEndSet);
  if (e <= s) return null;
  const body = toks.slice(s, e);
  if (!isQuoteStartAt(ctx, s) && !body.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') && adjunctLike(body)) return null;
  return { start: toks[s]!.start, end: toks[e - 1]!.end };
}

const MODAL_OR_TO = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", 'to']);

/**
 * Whether the verb at `v`, right after a conjunction, starts the source's next act
 * rather than continuing the content that began at `s`: "said the talks had
 * stalled, and left". A bare verb continues a modal or infinitive of the content
 * ("would cut jobs, and raise prices", 'told him to "man up" and make'), unless
 * its "-ed" shows it is past.
 */
function nextAct(toks: readonly Tok[], s: number, v: number): boolean {
  const t = toks[v];
  if (!t || t.pos !== 'VERB' || /ing$/.test(t.lower)) return false;
  if (/ed$/.test(t.lower)) return true;
  // From the word before the content: 'told him to "man up" and make a decision'.
  for (let k = Math.max(0, s - 1); k < v; k++) if (MODAL_OR_TO.has(toks[k]!.lower)) return false;
  return true;
}

/** Whether a new clause with its own reporting verb starts at `i`: "…, the minister countered that …". */
function newCueClause(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  if (!first || !(first.pos === 'PROPN' || first.pos === 'DET' || (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.lower)))) return false;
  for (let k = i; k < Math.min(toks.length, i + 7); k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' && verbIndex().verbs.has(t.lower) && k > i) return !/ing$/.test(t.lower);
    if (!isNpToken(t) && !(t.pos === 'PRON' && k === i) && !INTERVENERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Where content that follows the cue at token `cue` must end, at the latest: at
 * the end of the cue's own quotation ('X "asserts his innocence" and …'), or at
 * the next sentence start in that quotation, or outside quotations when the cue
 * is outside too; sentences inside a quotation that the cue introduces run on.
 * The unit's length when nothing bounds it.
 */
function quoteBoundAfter(ctx: UnitContext, s: number, cue: number): number {
  const toks = ctx.toks;
  const n = toks.length;
  const quoteOf = topQuotes(ctx);
  const own = quoteOf[Math.max(0, cue)] ?? null;
  let bound = n;
  if (own) {
    // Up to the closing mark of the cue's quotation.
    let k = Math.max(s, cue);
    while (k < n && toks[k]!.end < own.span.end) k++;
    bound = k;
  }
  for (const b of ctx.sentStarts) if (b > s && b < bound && (quoteOf[b] ?? null) === own) return b;
  return bound;
}

const TOP_QUOTES = new WeakMap<readonly Tok[], readonly (Quote | null)[]>();

/** The top-level quotation each token of the unit lies in (its marks included), computed once per unit. */
function topQuotes(ctx: UnitContext): readonly (Quote | null)[] {
  const cached = TOP_QUOTES.get(ctx.toks);
  if (cached) return cached;
  const out: (Quote | null)[] = new Array<Quote | null>(ctx.toks.length).fill(null);
  let cur: Quote | null = null;
  ctx.toks.forEach((t, i) => {
    if (cur && t.start >= cur.span.end) cur = null;
    const q = ctx.quoteStarts.get(t.start);
    if (!cur && q && q.depth === 0) cur = q;
    out[i] = cur;
  });
  TOP_QUOTES.set(ctx.toks, out);
  return out;
}

/** Whether offset `at` lies inside a top-level quotation. */
function insideQuote(ctx: UnitContext, at: number): boolean {
  for (const t of ctx.toks) {
    if (t.start >= at) break;
    const q = ctx.quoteStarts.get(t.start);
    if (q && q.span.end > at) return true;
  }
  return false;
}

function isQuoteEndBefore(ctx: UnitContext, k: number): boolean {
  const p = ctx.toks[k - 1];
  return p !== undefined && ctx.quoteEnds.has(p.end);
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|earlier|later)$/;

/** Short prepositional or time phrases that cannot be content ("on Monday", "to reporters"). */
function adjunctLike(body: readonly Tok[]): boolean {
  if (body.length === 0) return true;
  const first = body[0]!;
  if (first.pos === 'ADP' || first.pos === 'ADV' || TIME_WORD.test(first.lower)) {
    return body.length <= 12;
  }
  return false;
}

/** The object of a speech-act verb: up to the next comma or semicolon outside quotes. */
function objectOf(ctx: UnitContext, i: number, after: Span): Span {
  const toks = ctx.toks;
  let depth = 0;
  let end = after.end;
  for (let k = i; k < toks.length && toks[k]!.start < after.end; k++) {
    const t = toks[k]!;
    const q = ctx.quoteStarts.get(t.start);
    if (q) {
      depth++;
      end = Math.max(end, 0);
      // Jump over the quote: a comma inside it does not end the object.
      while (k + 1 < toks.length && toks[k + 1]!.start < q.span.end) k++;
      depth--;
      continue;
    }
    if (depth === 0 && k > i && (t.text === ',' || t.text === ';') && toks[k + 1] && (toks[k + 1]!.pos === 'VERB' || toks[k + 1]!.pos === 'SCONJ' || toks[k + 1]!.pos === 'CCONJ' || toks[k + 1]!.pos === 'ADP' || /ing$/.test(toks[k + 1]!.lower) || toks[k + 1]!.lower === 'which')) {
      end = toks[k - 1]!.end;
      break;
    }
  }
  return { start: after.start, end: Math.min(end, after.end) };
}

/**
 * Content before the cue: the quote or clause that ends with a comma (or a
 * closing quote) just before the source and cue; null when there is none.
 */
function contentBefore(ctx: UnitContext, leftEdge: number, cue: Cue): Span | null {
  const toks = ctx.toks;
  let k = leftEdge - 1;
  if (k < 0) {
    // "“…” Smith said." split by the sentence splitter: the quote-only sentence before is the content.
    if (ctx.prevQuoteOnly && cue.cls !== 'act') return ctx.prevQuoteOnly.span;
    return null;
  }
  const t = toks[k]!;
  const q = ctx.quoteEnds.get(t.end);
  if (q) return { start: q.span.start, end: q.span.end };
  if (t.text !== ',' && t.text !== '—' && t.text !== '–') return null;
  const q2 = toks[k - 1] ? ctx.quoteEnds.get(toks[k - 1]!.end) : undefined;
  if (q2) return { start: q2.span.start, end: q2.span.end };
  k--;
  if (k < 0) return null;
  const s = 0;
  return { start: toks[s]!.start, end: toks[k]!.end };
}

function mergeSpans(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function kindOf(content: Span, quotes: readonly Quote[], text: string): QuoteKind {
  // Quotes are sorted by start: binary-search the first that starts inside the content.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < content.start) lo = mid + 1;
    else hi = mid;
  }
  let covered = 0;
  let any = false;
  let last = content.start;
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < content.end; k++) {
    const q = quotes[k]!;
    if (q.span.end > content.end) continue;
    any = true;
    const s = Math.max(q.span.start, last);
    if (q.span.end > s) covered += q.span.end - s;
    last = Math.max(last, q.span.end);
  }
  if (!any) return 'indirect';
  let body = 0;
  for (let i = content.start; i < content.end; i++) if (text.charCodeAt(i) > 32) body++;
  return covered >= 0.85 * body || covered >= body - 3 ? 'direct' : 'mixed';
}

/**
 * Every attribution in a text, claim or not, in document order. Each has its
 * kind (direct, indirect, mixed), its source (or null for "reportedly" and
 * impersonal passives), its cue and its content, all as exact spans into the
 * original text. Vague sources ("officials", "a source familiar with the
 * talks") and sourceless cues carry `unnamed: true`.
 *
 * @example
 * const [a] = extractAttributions('“We will rebuild,” Health Minister Ana Ruiz said on Monday.');
 * a?.kind; // 'direct'
 * a?.source?.name; // 'Ana Ruiz'
 * a?.source?.role; // 'Health Minister'
 * a?.cue?.text; // 'said'
 * extractAttributions('Officials said the bridge was closed.')[0]?.unnamed; // true
 */
export function extractAttributions(article: ArticleInput | string, options: AttributionOptions = defaultAttributionOptions): Attribution[] {
  const text = typeof article === 'string' ? article : article?.text;
  if (typeof text !== 'string' || text.trim() === '') return [];
  const opts: AttributionOptions = { ...defaultAttributionOptions, ...options };
  const view = cleanView(text);
  const { quotes } = findQuotes(text);
  const quoteStarts = new Map<number, Quote>();
  const quoteEnds = new Map<number, Quote>();
  for (const q of quotes) {
    if (!quoteStarts.has(q.span.start) || q.depth === 0) quoteStarts.set(q.span.start, q);
    if (!quoteEnds.has(q.span.end) || q.depth === 0) quoteEnds.set(q.span.end, q);
  }
  const quoteEndSet = new Set(quoteEnds.keys());
  const drafts: Located[] = [];
  let prevUnit: Unit | null = null;
  const all = units(view, quotes);
  for (let ui = 0; ui < all.length; ui++) {
    const u = all[ui]!;
    const body = view.slice(u.start, u.end);
    const prev: Unit | null = prevUnit;
    prevUnit = u;
    if (!mayHoldCue(body)) continue;
    const toks = withFlags(posTag(body, u.start));
    if (toks.length === 0) continue;
    const pq = prev ? quoteStarts.get(prev.start) : undefined;
    const prevQuoteOnly = pq && prev && pq.span.end >= prev.end - 1 && /^[ \t]*$/.test(view.slice(prev.end, u.start)) ? pq : null;
    const sentStarts = u.breaks.length === 0 ? NO_BREAKS : sentenceStarts(toks, u.breaks);
    const ctx: UnitContext = { view, toks, quoteStarts, quoteEnds, prevQuoteOnly, options: opts, quoteEndSet, sentStarts };
    const done: Draft[] = [];
    for (const cue of findCues(ctx)) {
      const d = analyseCue(ctx, cue, done);
      // Content is words: '."' left over after an addressee is none.
      if (d && d.content.end > d.content.start && LETTER_OR_DIGIT.test(view.slice(d.content.start, d.content.end))) done.push(d);
    }
    for (const d of cutAtMainVerb(ctx, done)) {
      const cueSpan = spanOf(toks, [d.cue.s, d.cue.e]);
      const content = d.content.end <= cueSpan.start && quoteEnds.has(d.content.end) ? extendWithFollowingQuotes(view, all, ui, d.content, quoteStarts) : d.content;
      drafts.push({ ...d, content, cueSpan });
    }
  }
  const atts = drafts.map((d) => build(text, d, quotes));
  atts.sort((a, b) => a.content.start - b.content.start || (a.cue?.span.start ?? 0) - (b.cue?.span.start ?? 0));
  return resolveArticleSources(dedupe(atts), opts.resolvePronouns !== false);
}

/**
 * "“A,” she said. “B.”": quote-only sentences that follow a quote-then-cue
 * sentence in the same paragraph continue what the source said.
 */
function extendWithFollowingQuotes(view: string, all: readonly Unit[], ui: number, content: Span, quoteStarts: ReadonlyMap<number, Quote>): Span {
  let end = content.end;
  for (let k = ui + 1; k < all.length; k++) {
    const u = all[k]!;
    if (view.slice(all[k - 1]!.end, u.start).includes('\n')) break;
    const q = quoteStarts.get(u.start);
    if (!q || q.span.end < u.end - 1) break;
    end = q.span.end;
  }
  return end === content.end ? content : { start: content.start, end };
}

function dedupe(atts: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return atts.filter((a) => {
    const key = `${a.content.start}:${a.content.end}:${a.source?.span.start ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function build(text: string, d: Located, quotes: readonly Quote[]): Attribution {
  const cue: TextSpan = { text: text.slice(d.cueSpan.start, d.cueSpan.end), span: d.cueSpan };
  let source: Source | null = null;
  let unnamed = d.unnamed;
  if (d.source) {
    const stext = text.slice(d.source.start, d.source.end);
    const nr = splitNameRole(d.antecedent ? text.slice(d.antecedent.start, d.antecedent.end) : stext);
    source = { text: stext, span: d.source, name: nr.name, role: d.role ?? nr.role };
    // "officials", and an indefinite description with no name ("a spokesman for the ministry"), are unnamed.
    if (isVagueSource(nr.name) || (/^(?:an?|another)\s/i.test(stext) && nr.name === nr.name.toLowerCase())) unnamed = true;
  }
  // A transcript turn is verbatim speech although it carries no quotation marks.
  const base = { kind: d.cue.cls === 'turn' ? 'direct' as const : kindOf(d.content, quotes, text), source, cue, content: d.content };
  return unnamed ? { ...base, unnamed: true } : base;
}
