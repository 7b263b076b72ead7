/**
 * One statement read for relate(): words with lemma keys, negation scope,
 * modality and condition cues, time limits, numbers, dates and quantifiers.
 * Pure and cached by text, because compare() relates one claim to many.
 *
 * @module
 */
import { tokenize } from '../text/tokens';
import { NEGATORS, NEGATIVE_PREDICATES, STOPPING_PREDICATES, ABSENCE_WORDS, LITOTES } from '../lexicon/negation';
import { POSSIBILITY_WORDS, HEDGE_WORDS, CONDITION_MARKERS, INTENT_PREDICATES } from '../lexicon/modality';
import { lemmaKey, STOPWORDS } from './lexical';
import { NEGATIVE_EVALUATION, POSITIVE_EVALUATION, senticonPolarity } from './evaluative';
import { countCues } from './cues';
import type { Span } from '../types';

/**
 * A word of a statement, with what relate() needs to know about it.
 *
 * @example
 * const w: Word = { text: 'Talks', start: 0, end: 5, lower: 'talks', key: 'talk', content: true, negated: false, index: 0 };
 */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly key: string;
  /** A content word: not punctuation, not a function word, not a cue read elsewhere. */
  readonly content: boolean;
  /** Inside the scope of an odd number of negation cues. */
  readonly negated: boolean;
  /** Position among all tokens. */
  readonly index: number;
}

/**
 * A cue word or phrase with its span.
 *
 * @example
 * const c: Cue = { text: 'ruled out', span: { start: 4, end: 13 } };
 */
export interface Cue {
  readonly text: string;
  readonly span: Span;
}

/**
 * Whether the word at `span` of `text` is "May" the month rather than the modal:
 * capitalised inside a sentence, after a preposition of time ("in May"), or
 * before a number ("May 3", "May 2024").
 *
 * @example
 * isMonthMay('Work starts in May.', { start: 15, end: 18 }); // true
 * isMonthMay('Work may start soon.', { start: 5, end: 8 }); // false
 */
export function isMonthMay(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  if (word.toLowerCase() !== 'may') return false;
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/.test(before);
  return (word === 'May' && !sentenceStart) || /\b(?:in|on|since|until|by|early|late|mid|last|next|this|of|from|through)\s+$/i.test(before) || /^\s*\d/.test(after);
}

/**
 * A number with its unit (the next content word) and bound.
 *
 * @example
 * const n: NumberCue = { text: '90', span: { start: 14, end: 16 }, value: 90, unit: 'peopl', bound: 'exact' };
 */
export interface NumberCue extends Cue {
  readonly value: number;
  readonly unit: string | null;
  readonly bound: 'exact' | 'lower' | 'upper';
}

/**
 * A quantifier, by the logical force it carries.
 *
 * @example
 * const q: QuantCue = { text: 'all', span: { start: 0, end: 3 }, force: 'all' };
 */
export interface QuantCue extends Cue {
  readonly force: 'all' | 'some' | 'none' | 'most' | 'few';
}

/**
 * Everything relate() reads from one statement.
 *
 * @example
 * analyze('Officials did not confirm the deal.').negations[0]?.text; // 'not'
 */
export interface Analysis {
  readonly text: string;
  readonly words: readonly Word[];
  readonly negations: readonly Cue[];
  readonly possible: readonly Cue[];
  readonly hedges: readonly Cue[];
  readonly intents: readonly Cue[];
  /** Condition cue and the clause it opens. */
  readonly condition: Cue | null;
  /** Time limits that make a claim provisional ("for now", "not yet", "so far"). */
  readonly limits: readonly Cue[];
  readonly numbers: readonly NumberCue[];
  /** Day, month or year words, keyed so "May 16" and "16 May" match. */
  readonly dates: readonly (Cue & { readonly key: string })[];
  readonly quantifiers: readonly QuantCue[];
  readonly contrast: number;
  /** Share of words that are capitalised mid-sentence: names, the mark of news prose. */
  readonly capsRatio: number;
  /** Lower-cased capitalised words after the first: names and titles. */
  readonly names: ReadonlySet<string>;
  /** A passive clause ("is being eaten by"), which reverses the order of agent and patient. */
  readonly passive: boolean;
  /** Praise minus fault words (evaluative.ts), with negated ones flipped. */
  readonly evaluation: number;
  /** Holds a quotation mark: a direct quote. */
  readonly quoted: boolean;
  /** Stance cue counts (lexicon/stance.ts), indexed like STANCE_CUE_CATEGORIES: denials, doubt, hearsay, … */
  readonly stanceCues: readonly number[];
  /** Words naming the other side of a dispute ("critics", "opponents", "skeptics"). */
  readonly opponents: number;
}

// Only predicates that nearly always negate their complement; ambiguous nouns
// from the shared list ("bar", "block", "question") would fire on captions.
const STRONG_NEG_PREDICATES = new Set(
  [...NEGATIVE_PREDICATES, ...STOPPING_PREDICATES].filter((p) =>
    ['rule out', 'turn down', 'refuse', 'decline', 'reject', 'deny', 'dismiss', 'fail', 'avoid', 'refrain', 'rebuff',
      'spurn', 'veto', 'call off', 'back out', 'pull out', 'walk away', 'hold off', 'put off', 'repudiate', 'disavow',
      'forgo', 'neglect', 'lack', 'cancel', 'abandon', 'scrap', 'halt', 'doubt'].includes(p)),
);
const SINGLE_NEG_KEYS = new Set([...STRONG_NEG_PREDICATES].filter((p) => !p.includes(' ')).map(lemmaKey));
const PHRASAL_NEG = [...STRONG_NEG_PREDICATES].filter((p) => p.includes(' ')).map((p) => p.split(' ') as [string, string]);
const PHRASAL_HEAD_KEY = new Map(PHRASAL_NEG.map(([h]) => [h, lemmaKey(h)] as const));
const PHRASAL_NEG_HEADS = new Set(PHRASAL_HEAD_KEY.values());
// Adjectives of absence; nouns such as "failure" or "decline" are kept out because
// "a decline in sales" is not a negated statement.
const ABSENCE = new Set(
  [...ABSENCE_WORDS].filter((w) => ['absent', 'lacking', 'silent', 'unwilling', 'unable', 'impossible', 'unlikely'].includes(w)),
);
// Litotes ("not opposed to", "no doubt") read as plain assertions: their words are no cues.
const LITOTES_BY_FIRST = byFirst(LITOTES.map((p) => p.split(' ')));
const NEGATOR_SET = new Set([...NEGATORS, 'nobody', 'nothing', 'none', 'no']);
const POSSIBLE = new Set([...POSSIBILITY_WORDS].filter((w) => w !== 'can'));
// The pair features keep the word lists their weights were trained with: claim modality reads "signal" as
// no hedge and "offer", "recommend" as intents, but in a sentence pair they did not help (retrained with
// the claim lists: MSRP 76.2% → 74.8%, ClaimDiff macro-F1 40.8% → 40.6%).
const HEDGES = new Set([...HEDGE_WORDS, 'signal', 'signals'].filter((w) => w !== 'thought'));
const INTENT_KEYS = new Set(INTENT_PREDICATES.filter((p) => !p.includes(' ') && p !== 'will' && p !== 'offer' && p !== 'recommend').map(lemmaKey));
const CONDITIONS = CONDITION_MARKERS.filter((c) => c.split(' ').length <= 3).map((c) => c.split(' '));
const LIMITS = [
  ['for', 'now'], ['for', 'the', 'time', 'being'], ['at', 'the', 'moment'], ['at', 'this', 'stage'], ['at', 'present'],
  ['so', 'far'], ['not', 'yet'], ['yet'], ['currently'], ['for', 'the', 'moment'], ['at', 'this', 'point'], ['as', 'of', 'now'],
  ['until', 'further', 'notice'], ['temporarily'], ['no', 'longer'], ['anymore'], ['still'],
];
// Backward negation scope stops at the verb of saying: "X said a meeting was ruled out".
const SAY_KEYS = new Set(['say', 'said', 'tell', 'told', 'state', 'announce', 'report', 'add', 'claim', 'confirm', 'insist', 'note', 'write'].map(lemmaKey));
const CONDITIONS_BY_FIRST = byFirst(CONDITIONS);
const LIMITS_BY_FIRST = byFirst(LIMITS);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '—', '–', 'but', 'although', 'though', 'while', 'whereas', 'however', 'because']);
const OPPONENT_KEYS = new Set(['critic', 'critics', 'opponent', 'opponents', 'skeptic', 'skeptics', 'sceptic', 'detractor', 'detractors', 'rival', 'rivals', 'adversary', 'naysayer', 'naysayers'].map(lemmaKey));
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'despite', 'yet', 'nevertheless', 'whereas', 'instead', 'contrary']);
const QUANT: Readonly<Record<string, QuantCue['force']>> = {
  all: 'all', every: 'all', each: 'all', entire: 'all', whole: 'all', always: 'all', everyone: 'all', everybody: 'all',
  some: 'some', several: 'some', sometimes: 'some', someone: 'some', somebody: 'some', few: 'few', little: 'few',
  many: 'most', most: 'most', majority: 'most', none: 'none', nobody: 'none', never: 'none', nothing: 'none',
};
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, thousand: 1000, million: 1e6, billion: 1e9,
};
const SCALE: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, percent: 1 };
const LOWER_BOUND = new Set(['least', 'over', 'more', 'above', 'exceeding', 'nearly', 'almost']);
const UPPER_BOUND = new Set(['most', 'under', 'below', 'fewer', 'less', 'up']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SET = new Set(MONTHS);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow']);
const MONTH_ABBR: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
const NOT_CONTENT = new Set([...NEGATOR_SET, ...POSSIBLE, 'will', 'would', 'should', 'must', 'can', 'shall', 'if', 'unless', 'not', "n't"]);

const NEG_EVAL = new Set(NEGATIVE_EVALUATION);
const POS_EVAL = new Set(POSITIVE_EVALUATION);
const evalMemo = new Map<string, number>();
/** +1, -1 or 0 for a stem; long entries also match as prefixes ("critic" → "criticis"). */
function evaluate(key: string): number {
  let v = evalMemo.get(key);
  if (v !== undefined) return v;
  v = POS_EVAL.has(key) ? 1 : NEG_EVAL.has(key) ? -1 : 0;
  for (let len = Math.min(key.length - 1, 9); v === 0 && len >= 5; len--) {
    const p = key.slice(0, len);
    if (POS_EVAL.has(p)) v = 1;
    else if (NEG_EVAL.has(p)) v = -1;
  }
  if (v === 0) v = senticonPolarity(key);
  if (evalMemo.size > 50_000) evalMemo.clear();
  evalMemo.set(key, v);
  return v;
}

/** Phrases indexed by their first word, so each token tries only the phrases it can open. */
function byFirst(seqs: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const m = new Map<string, (readonly string[])[]>();
  for (const q of seqs) {
    const f = q[0] ?? '';
    const list = m.get(f) ?? [];
    list.push(q);
    m.set(f, list);
  }
  return m;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Own-property lookup, so words such as "constructor" never hit Object.prototype. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function isWordLike(t: string): boolean {
  return /[\p{L}\p{N}]/u.test(t);
}

const cache = new Map<string, Analysis>();
const CACHE_MAX = 4096;

/**
 * Reads one statement. Results are cached by text (bounded), so relating one
 * claim to many others reads it once.
 *
 * @example
 * analyze('They refused to rule out talks.').words.find((w) => w.lower === 'talks')?.negated; // false
 */
export function analyze(text: string): Analysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const a = analyzeUncached(text);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, a);
  return a;
}

function analyzeUncached(text: string): Analysis {
  const toks = tokenize(text);
  const n = toks.length;
  const lowers = toks.map((t) => t.lower);
  const keys = lowers.map((l) => lemmaKey(l));
  const spanOf = (i: number, j: number): Span => ({ start: toks[i]?.start ?? 0, end: toks[j]?.end ?? 0 });
  const cue = (i: number, j: number): Cue => ({ text: text.slice(toks[i]?.start ?? 0, toks[j]?.end ?? 0), span: spanOf(i, j) });
  const matchAt = (i: number, seq: readonly string[]): boolean => seq.every((w, k) => lowers[i + k] === w);
  const wordLike = lowers.map(isWordLike);

  // Negation cues: each toggles the words after it up to the end of its clause.
  const negations: Cue[] = [];
  const negStart: number[] = [];
  const isNegCueWord = new Array<boolean>(n).fill(false);
  const litotes = new Array<boolean>(n).fill(false);
  // In a litotes the negator negates its one word ("not opposed": opposed is denied),
  // but what follows is asserted ("not opposed to talks": talks are welcome).
  const litotesWord: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const seq of LITOTES_BY_FIRST.get(lowers[i] ?? '') ?? []) {
      if (!matchAt(i, seq)) continue;
      for (let j = i; j < i + seq.length; j++) litotes[j] = true;
      litotesWord.push(i + seq.length - 1);
      // "not ruled out": the particle belongs to the litotes too.
      if (lowers[i + seq.length] === 'out' && seq[seq.length - 1]?.startsWith('rul')) litotes[i + seq.length] = true;
    }
  }
  for (let i = 0; i < n; i++) {
    const l = lowers[i] ?? '';
    const k = keys[i] ?? '';
    let end = -1;
    if (litotes[i]) continue;
    if (NEGATOR_SET.has(l) || ABSENCE.has(l) || SINGLE_NEG_KEYS.has(k)) end = i;
    else if (PHRASAL_NEG_HEADS.has(k)) {
      // "rule out", "ruled it out", "turned the offer down": particle within three tokens.
      for (const [h, p] of PHRASAL_NEG) {
        if (lemmaKey(h) !== k) continue;
        for (let j = i + 1; j <= Math.min(n - 1, i + 4); j++) if (lowers[j] === p) { end = j; break; }
        if (end >= 0) break;
      }
    }
    if (end < 0) continue;
    // "no longer", "not yet" are time limits as much as negations; both readings are kept.
    negations.push(cue(i, end));
    negStart.push(i);
    for (let j = i; j <= end; j++) isNegCueWord[j] = true;
  }
  const negParity = new Array<number>(n).fill(0);
  for (const s of negStart) {
    for (let j = s + 1; j < n; j++) {
      if (CLAUSE_BREAK.has(lowers[j] ?? '')) break;
      negParity[j] = (negParity[j] ?? 0) ^ 1;
    }
    // A passive refusal denies its subject: "a meeting was ruled out", "the offer was rejected".
    // Plain negators ("is not") keep their forward scope only.
    const prev = lowers[s - 1] ?? '';
    const cueWord = lowers[s] ?? '';
    const predicate = !NEGATOR_SET.has(cueWord) && !ABSENCE.has(cueWord);
    if (predicate && (BE_FORMS.has(prev) || ((prev === 'been' || prev === 'being') && BE_FORMS.has(lowers[s - 2] ?? '')))) {
      for (let j = s - 1; j >= 0; j--) {
        const w = lowers[j] ?? '';
        if (CLAUSE_BREAK.has(w) || w === 'that' || SAY_KEYS.has(keys[j] ?? '')) break;
        negParity[j] = (negParity[j] ?? 0) ^ 1;
      }
    }
  }
  for (const w of litotesWord) negParity[w] = (negParity[w] ?? 0) ^ 1;

  const possible: Cue[] = [];
  const hedges: Cue[] = [];
  const intents: Cue[] = [];
  const limits: Cue[] = [];
  let condition: Cue | null = null;
  const numbers: NumberCue[] = [];
  const dates: (Cue & { key: string })[] = [];
  const quantifiers: QuantCue[] = [];
  let contrast = 0;
  let caps = 0;
  let wordCount = 0;
  const names = new Set<string>();
  let passive = false;
  let evaluation = 0;
  let opponents = 0;

  for (let i = 0; i < n; i++) {
    const l = lowers[i] ?? '';
    const k = keys[i] ?? '';
    const tok = toks[i];
    if (!tok) continue;
    if (POSSIBLE.has(l)) possible.push(cue(i, i));
    if (HEDGES.has(l)) hedges.push(cue(i, i));
    if (INTENT_KEYS.has(k) && (lowers[i + 1] === 'to' || lowers[i + 1] === 'for' || lowers[i + 1] === 'that')) intents.push(cue(i, i));
    if (CONTRAST.has(l)) contrast++;
    if (OPPONENT_KEYS.has(k)) opponents++;
    if (condition === null) {
      for (const seq of CONDITIONS_BY_FIRST.get(l) ?? []) {
        if (!matchAt(i, seq)) continue;
        // "as if", "even if" do not set a condition on the claim.
        if (seq.length === 1 && seq[0] === 'if' && (lowers[i - 1] === 'as' || lowers[i - 1] === 'even' || lowers[i - 1] === 'see' || lowers[i - 1] === 'asked')) continue;
        let j = i + seq.length;
        while (j < n && !/^[.;!?]$/.test(lowers[j] ?? '')) j++;
        condition = cue(i, Math.max(i + seq.length - 1, j - 1));
        break;
      }
    }
    for (const seq of LIMITS_BY_FIRST.get(l) ?? []) {
      if (!matchAt(i, seq)) continue;
      // "yet" opening a clause is contrast ("Yet they met"), not a time limit.
      if (seq.length === 1 && seq[0] === 'yet' && (i === 0 || lowers[i - 1] === ',' || lowers[i - 1] === 'and')) continue;
      limits.push(cue(i, i + seq.length - 1));
      break;
    }
    const q = own(QUANT, l);
    if (q) quantifiers.push({ ...cue(i, i), force: q });
    if (l === 'no' && i + 1 < n && wordLike[i + 1]) quantifiers.push({ ...cue(i, i), force: 'none' });
    if ((l === 'at' && (lowers[i + 1] === 'least' || lowers[i + 1] === 'most'))) {
      quantifiers.push({ ...cue(i, i + 1), force: lowers[i + 1] === 'least' ? 'some' : 'few' });
    }

    // Numbers: digits or number words, scaled ("2.5 billion"), with a bound from the word before.
    let value: number | null = null;
    let last = i;
    if (/^\d/.test(l)) {
      const clean = l.replace(/,/g, '').replace(/(st|nd|rd|th|s|%)$/, '');
      const v = Number(clean);
      if (Number.isFinite(v)) value = v;
      if (/^\d{1,2}:\d{2}$/.test(l)) value = null;
    } else if (l !== 'one') value = own(NUMBER_WORDS, l) ?? null;
    if (value !== null) {
      const nextL = lowers[i + 1] ?? '';
      const scale = own(SCALE, nextL);
      if (scale !== undefined && nextL !== 'percent') { value *= scale; last = i + 1; }
      const year = /^(1[89]|20)\d\d$/.test(l) && value >= 1800 && value <= 2099;
      const monthBefore = MONTH_SET.has(lowers[i - 1] ?? '') || own(MONTH_ABBR, lowers[i - 1] ?? '') !== undefined;
      const monthAfter = MONTH_SET.has(nextL);
      if (year) dates.push({ ...cue(i, i), key: `y${l}` });
      else if (monthBefore || monthAfter) {
        const m = monthBefore ? lowers[i - 1] ?? '' : nextL;
        dates.push({ ...cue(monthBefore ? i - 1 : i, monthBefore ? i : i + 1), key: `d${m.slice(0, 3)}${value}` });
      } else {
        let unit: string | null = l.endsWith('%') || nextL === '%' || nextL === 'percent' ? 'percent' : null;
        if (unit === null) {
          for (let j = last + 1; j < Math.min(n, last + 3); j++) {
            const w = lowers[j] ?? '';
            if (!wordLike[j]) break;
            if (STOPWORDS.has(w) && w !== 'people') continue;
            unit = keys[j] ?? null;
            break;
          }
        }
        if (/^\$/.test(text.slice((tok.start) - 1, tok.start))) unit = unit ?? 'usd';
        const before = lowers[i - 1] ?? '';
        const bound: NumberCue['bound'] = LOWER_BOUND.has(before) ? 'lower' : UPPER_BOUND.has(before) ? 'upper' : 'exact';
        numbers.push({ ...cue(i, last), value, unit, bound });
      }
    }
    if (WEEKDAYS.has(l)) dates.push({ ...cue(i, i), key: `w${l}` });
    else if (MONTH_SET.has(l) && !/^\d/.test(lowers[i + 1] ?? '') && !/^\d/.test(lowers[i - 1] ?? '') && (l !== 'may' || /^[A-Z]/.test(tok.text))) {
      dates.push({ ...cue(i, i), key: `m${l.slice(0, 3)}` });
    }
    if (wordLike[i]) {
      wordCount++;
      if (i > 0 && /^\p{Lu}/u.test(tok.text) && lowers[i - 1] !== '.' && lowers[i - 1] !== '"') { caps++; names.add(l); }
      const e = evaluate(k);
      if (e !== 0) evaluation += negParity[i] === 1 ? -e : e;
    }
    // "is being eaten by", "was struck by": a participle after a form of "be", then "by".
    if (!passive && BE_FORMS.has(l) && i + 2 < n) {
      let j = i + 1;
      if (lowers[j] === 'being' || lowers[j] === 'been') j++;
      const part = lowers[j] ?? '';
      if (/(?:ed|en|wn|ne|ht|uck|ung|unk|ot|ld|id)$/.test(part)) {
        for (let q = j + 1; q < Math.min(n, j + 8); q++) if (lowers[q] === 'by') { passive = true; break; }
      }
    }
  }

  const words: Word[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t) continue;
    const l = lowers[i] ?? '';
    if (!wordLike[i]) continue;
    const content = !STOPWORDS.has(l) && !NOT_CONTENT.has(l) && !isNegCueWord[i] && own(QUANT, l) === undefined && l.length > 1;
    words.push({ text: t.text, start: t.start, end: t.end, lower: l, key: keys[i] ?? l, content, negated: negParity[i] === 1, index: i });
  }
  return {
    text, words, negations, possible, hedges, intents, condition, limits, numbers, dates, quantifiers, contrast,
    capsRatio: wordCount > 1 ? caps / (wordCount - 1) : 0,
    names, passive, evaluation, quoted: /["“”]/.test(text), stanceCues: countCues(lowers), opponents,
  };
}
