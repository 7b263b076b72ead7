/**
 * Polarity and modality of a clause, with the cue words that decided them and
 * the span of any condition. Rule-based: every decision points at its words.
 *
 * @module
 */
import { ABSENCE_WORDS, LITOTES, NEGATIVE_PHRASES, NEGATIVE_PREDICATES, NEGATORS, NON_NEGATING_PHRASES, STOPPING_PREDICATES } from '../lexicon/negation';
import { CONDITION_MARKERS, HEDGE_PHRASES, HEDGE_WORDS, INTENT_NOUNS, INTENT_PREDICATES, NOUN_LIKE_INTENTS, POSSIBILITY_WORDS } from '../lexicon/modality';
import { phraseHeads, phraseRegex } from '../lexicon/inflect';
import { SPEECH_VERBS } from '../lexicon/reporting';
import { hasLetterOrDigit } from '../text/letters';
import { cleanView } from '../text/normalize';
import type { TaggedToken } from '../text/tokens';
import type { Modality, Polarity, TextSpan } from '../types';

/**
 * Kind of a modality or polarity cue.
 *
 * @example
 * const k: CueKind = 'negation';
 */
export type CueKind = 'negation' | 'litotes' | 'condition' | 'possible' | 'hedge' | 'intent';

/**
 * A word or phrase that sets a clause's polarity or modality.
 *
 * @example
 * const c: ModalityCue = { kind: 'negation', text: 'ruled out', span: { start: 4, end: 13 } };
 */
export interface ModalityCue extends TextSpan {
  readonly kind: CueKind;
}

/**
 * What analyzeClause() finds in one clause.
 *
 * @example
 * const a: ClauseAnalysis = { polarity: 'negative', modality: 'asserted', condition: null, cues: [] };
 */
export interface ClauseAnalysis {
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly condition: TextSpan | null;
  readonly cues: readonly ModalityCue[];
}

// Each phrase list as a regular expression, with the words a match can start with (see quick()).
// Every list has a bit of its own: headBits() reads a clause's words once and says which lists may match.
let nextBit = 1;
const HEAD_BITS = new Map<string, number>();
// The longest head word, and which three-letter starts (a to z) head words have: most words of a clause
// are longer than every head or start as none does, and need no lookup.
let maxHead = 0;
const HEAD_STARTS = new Uint8Array(26 * 26 * 26);
function phrases(re: RegExp, heads: ReadonlySet<string>): Phrases {
  const bit = nextBit;
  nextBit <<= 1;
  for (const h of heads) {
    HEAD_BITS.set(h, (HEAD_BITS.get(h) ?? 0) | bit);
    maxHead = Math.max(maxHead, h.length);
    const at = startIndex(h, 0);
    if (at >= 0) HEAD_STARTS[at] = 1;
  }
  return { re, sticky: new RegExp(re.source, 'iuy'), bit };
}

/** The index in HEAD_STARTS of the three letters from `at`, or -1 unless they are all a to z. */
function startIndex(s: string, at: number): number {
  const a = s.charCodeAt(at) - 97;
  const b = s.charCodeAt(at + 1) - 97;
  const c = s.charCodeAt(at + 2) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? (a * 26 + b) * 26 + c : -1;
}
const word = (list: Iterable<string>): Phrases => phrases(phraseRegex([...list], false), phraseHeads([...list], false));
const inflected = (list: readonly string[]): Phrases => phrases(phraseRegex(list), phraseHeads(list));
interface Phrases {
  readonly re: RegExp;
  /** `re` anchored where it starts (flag y), to try it at one offset. */
  readonly sticky: RegExp;
  /** This list's bit in headBits(). */
  readonly bit: number;
}
const RE = {
  negator: word([...NEGATORS].filter((w) => w !== 'without')),
  negPredicate: inflected(NEGATIVE_PREDICATES),
  stopPredicate: inflected(STOPPING_PREDICATES),
  absence: word(ABSENCE_WORDS),
  negPhrase: word(NEGATIVE_PHRASES),
  litotes: word(LITOTES),
  nonNegating: word(NON_NEGATING_PHRASES),
  condition: word(CONDITION_MARKERS),
  possible: word(POSSIBILITY_WORDS),
  hedge: word(HEDGE_WORDS),
  hedgePhrase: word(HEDGE_PHRASES),
  intent: inflected(INTENT_PREDICATES),
  intentNoun: word(INTENT_NOUNS),
  speech: inflected([...SPEECH_VERBS, 'according to']),
};
const INNER_GAP = /['-]+/;
// "appeared on the show", "appears before the committee": a person appearing somewhere, not a claim that seems so.
const APPEARS_SOMEWHERE = /^\s+(?:on|at|in|before|with|alongside|together|onstage|during|live|in front of)\b/i;

/**
 * Whether a hedge word stands as a noun or an adjective and softens nothing: "without fear of",
 * "the expected indictment", "regions claimed by the rebels" (a participle that names its claimant).
 */
function hedgeNoun(view: string, s: { readonly start: number; readonly end: number }): boolean {
  const w = view.slice(s.start, s.end);
  const before = view.slice(Math.max(0, s.start - 10), s.start);
  if (/^fears?$/.test(w) && /\b(?:without|of|the|a|no|his|her|their|its|our)\s+$/.test(before)) return true;
  if (w === 'expected' && /\b(?:the|an|a|its|his|her|their)\s+$/.test(before)) return true;
  return w === 'claimed' && /^\s+by\b/.test(view.slice(s.end, s.end + 4));
}

/** Whether a hedge match is "appear" in the sense of showing up somewhere ("appeared on the show"). */
function appearance(view: string, s: { readonly start: number; readonly end: number }): boolean {
  return /^appear/i.test(view.slice(s.start, s.end)) && APPEARS_SOMEWHERE.test(view.slice(s.end, s.end + 20));
}
// The letters a case-insensitive Unicode expression matches to an ASCII letter of another spelling ("ſ" to "s"):
// a word holding one can match a phrase it does not spell.
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
/** Whether the code point is a letter, a digit, an apostrophe or a hyphen: a character of a whole word. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  return hasLetterOrDigit(String.fromCodePoint(cp));
}
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 ? 1 : 0));

/** What headBits() reads from a view: which lists may match, and where. */
interface Heads {
  /** The bits of the lists some word of the view can start. */
  readonly bits: number;
  /**
   * The word starts where a match may begin, ascending, with the bits of the lists whose match may begin
   * there; null when the view holds a letter of FOLDS_TO_ASCII, and a list is then read over the whole view.
   */
  readonly at: readonly number[] | null;
  readonly atBits: readonly number[];
}

/**
 * The bits of the phrase lists some word of a lower-case view can start: its words
 * whole ("don't", "long-term") and split at apostrophes and hyphens ("don", "t").
 * One scan of the view (a regular-expression split is several times slower here).
 * A match begins at a word start (nothing of a word stands before it) and ends at the
 * word's end or at an apostrophe in it, so each word start is listed with the bits of
 * the word and of its parts before each apostrophe.
 */
function headBits(view: string): Heads {
  let bits = 0;
  let start = -1;
  // Whether the word being read holds an apostrophe or a hyphen.
  let inner = false;
  const at: number[] = [];
  const atBits: number[] = [];
  for (let i = 0; i <= view.length; i++) {
    const c = i < view.length ? view.charCodeAt(i) : 32;
    const cp = c < 128 ? c : view.codePointAt(i)!;
    if (isWordChar(cp)) {
      if (start < 0) {
        start = i;
        inner = false;
      }
      if (c === 39 || c === 45) inner = true;
    } else if (start >= 0) {
      let here = 0;
      if (inner) {
        const w = view.slice(start, i);
        here = HEAD_BITS.get(w) ?? 0;
        bits |= here;
        for (const part of w.split(INNER_GAP)) bits |= HEAD_BITS.get(part) ?? 0;
        for (let k = w.indexOf("'", 1); k > 0; k = w.indexOf("'", k + 1)) here |= HEAD_BITS.get(w.slice(0, k)) ?? 0;
      } else if (i - start <= maxHead) {
        const three = i - start >= 3 ? startIndex(view, start) : -1;
        if (three < 0 || HEAD_STARTS[three] === 1) here = HEAD_BITS.get(view.slice(start, i)) ?? 0;
        bits |= here;
      }
      if (here !== 0) {
        at.push(start);
        atBits.push(here);
      }
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  return { bits, at: FOLDS_TO_ASCII.test(view) ? null : at, atBits };
}

/**
 * matches() of a phrase list, skipped when no word of the view can start a
 * match, and tried only at the word starts that may begin one: the big
 * alternations are the slow part of clause analysis, and most clauses hold no
 * word of most lists. Same results as running the expression over the view.
 */
function quick(p: Phrases, view: string, heads: Heads): { start: number; end: number }[] {
  if ((heads.bits & p.bit) === 0) return [];
  if (heads.at === null) return matches(p.re, view);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let j = 0; j < heads.at.length; j++) {
    const start = heads.at[j]!;
    if (start < from || (heads.atBits[j]! & p.bit) === 0) continue;
    p.sticky.lastIndex = start;
    const m = p.sticky.exec(view);
    if (m === null) continue;
    from = start + m[0].length;
    out.push({ start, end: from });
  }
  return out;
}

// "if" after these verbs opens an embedded question, not a condition ("to see if", "asked if").
const EMBEDDED_IF = /\b(?:see|ask|asks|asked|asking|wonder|wonders|wondered|know|knows|knew|unclear|unknown|whether|check|decide|determine|watch|watching)\s+(?:\w+\s+)?$/i;
// "require schools to conduct", "is required to undergo": an obligation put on someone, not a condition.
const OBLIGATION_AFTER = /^\s+(?:[\p{L}'-]+\s+){0,3}?to\s+\p{L}/u;
// A concessive lead ("despite X", "while X,", "although X,") is background, not the claim's own polarity or modality.
const CONCESSIVE = /(?:^|[,;]\s*|\s)(?:although|though|even though|even as|while|whereas)\b[^,;]*(?:,|$)/gi;
// "despite X" is background wherever it stands.
const DESPITE = /\b(?:despite|in spite of|notwithstanding)\b[^,;.]*/gi;
// A relative clause ("a reporter who tried to question him") describes a noun, not the claim.
const RELATIVE = /\b(?:who|whom|whose|which)\b/gi;
// "It was the mayor who refused": a cleft puts the claim itself in the relative clause.
const CLEFT_BEFORE = /\bit\s+(?:is|was|were|has been|had been|'s)\s+[^,;]*$/;
// Auxiliaries and copulas: past the relative clause's own verb group, one opens the main clause again.
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|should|must|shall)$/;
const DETERMINER = /^(?:the|a|an|this|that|these|those|some|many|most|all|any|every|each|no|several|few|both|\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
const RELATIVE_END = /[,;:!?]| — | – /;
// "n't" hangs on its host ("won't", "can't"), so it has no word boundary before it.
const CONTRACTED_NOT = /n't\b|\bcannot\b/gi;
// Verbs of saying and believing end a condition: "if X, he said" keeps "he said" out of it.
const CONDITION_END = /[.;!?]|,\s+(?:but|and|while|which|as|he|she|they|it)\b| — | – /;

function matches(re: RegExp, view: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(view)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function masked(view: string): boolean[] {
  const mask = new Array<boolean>(view.length).fill(false);
  CONCESSIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONCESSIVE.exec(view)) !== null) {
    // Only a concession followed by its main clause is background; "X, while Y" at the end is kept.
    const rest = view.slice(m.index + m[0].length);
    if (m[0].endsWith(',') && /\p{L}/u.test(rest)) for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  for (const d of matches(DESPITE, view)) for (let i = d.start; i < d.end; i++) mask[i] = true;
  for (const r of relativeClauses(view)) for (let i = r.start; i < r.end; i++) mask[i] = true;
  return mask;
}

/**
 * Spans of relative clauses that modify a noun inside the clause. One runs
 * from its pronoun to the next comma or dash, or to an auxiliary past its own
 * verb group, where the main clause resumes ("The man who refused to pay was
 * not arrested": only "who refused to pay"). A pronoun that opens the clause
 * (a question) or follows a cleft ("it was X who …") is left alone, and so is a
 * relative clause that ends the subject ("The lawyers who met on Monday want …") with no auxiliary to end it.
 */
function relativeClauses(view: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const r of matches(RELATIVE, view)) {
    const before = view.slice(0, r.start);
    if (!/\p{L}/u.test(before) || CLEFT_BEFORE.test(before)) continue;
    const rest = view.slice(r.end);
    const stop = rest.search(RELATIVE_END);
    const region = stop < 0 ? rest : rest.slice(0, stop);
    // Where a relative clause in subject position ("The lawyers who met on Monday want …")
    // ends cannot be told without a parse, unless an auxiliary marks it: it is left alone then.
    const lead = before.match(/[\p{L}'\d]+/gu) ?? [];
    const early = !/,\s*$/.test(before) && (lead.length <= 2 || (lead.length <= 5 && DETERMINER.test(lead[0] ?? '')));
    let end = early ? -1 : r.end + region.length;
    const words = [...region.matchAll(/[\p{L}']+/gu)];
    let k = 0;
    // The relative clause's own auxiliaries and adverbs ("who has not yet been paid").
    while (k < words.length && (AUXILIARY.test(words[k]![0]) || /^(?:not|never|also|yet|already|been|being|\w+ly)$/.test(words[k]![0]))) k++;
    for (k++; k < words.length; k++) {
      if (AUXILIARY.test(words[k]![0])) {
        end = r.end + words[k]!.index;
        break;
      }
    }
    if (end > r.start) out.push({ start: r.start, end });
  }
  return out;
}

/**
 * Polarity, modality and condition of one clause. Offsets in the result are
 * `offset` plus offsets into `text`, so a caller passing a claim's start gets
 * spans into its article.
 *
 * @example
 * analyzeClause('A meeting could happen, but only if written agreements are reached.').modality; // 'conditional'
 * analyzeClause('The minister ruled out a meeting for now.').polarity; // 'negative'
 * analyzeClause('The ministry is not opposed to talks.').polarity; // 'positive'
 * analyzeClause('She confronted a reporter who tried to question her.').modality; // 'asserted'
 */
export function analyzeClause(text: string, offset = 0): ClauseAnalysis {
  const view = cleanView(text).toLowerCase();
  const words = headBits(view);
  const r: Reading = { text, view, offset, mask: null };
  const cues: ModalityCue[] = [];

  // Polarity: any live negative cue makes the clause negative, unless it sits inside a litotes.
  const litotes = quick(RE.litotes, view, words).filter((s) => live(r, s));
  const neutral = quick(RE.nonNegating, view, words);
  const negatives = [
    ...quick(RE.negator, view, words),
    ...matches(CONTRACTED_NOT, view),
    ...quick(RE.negPredicate, view, words),
    ...quick(RE.absence, view, words),
    ...quick(RE.negPhrase, view, words),
  ].filter((s) => live(r, s) && ![...litotes, ...neutral].some((l) => s.start >= l.start && s.end <= l.end) && !questionNoun(view, s) && !contrastiveNot(view, s) && !failedAdjective(view, s));
  for (const l of litotes) cues.push(cueAt(r, 'litotes', l));
  for (const n of dedupe(negatives)) cues.push(cueAt(r, 'negation', n));
  // "halted its plans to expand": what a stopping predicate governs is no intent, though the claim stays positive.
  const stops = quick(RE.stopPredicate, view, words).filter((s) => live(r, s));

  // Condition: the first live marker that is not an embedded question; it runs to the end of its clause.
  let condition: TextSpan | null = null;
  for (const c of quick(RE.condition, view, words)) {
    if (!live(r, c)) continue;
    const marker = view.slice(c.start, c.end);
    if (/^if$/.test(marker) && EMBEDDED_IF.test(view.slice(0, c.start))) continue;
    if (/^requir/.test(marker) && OBLIGATION_AFTER.test(view.slice(c.end))) continue;
    const rest = view.slice(c.end);
    const stop = rest.search(CONDITION_END);
    const end = c.end + (stop < 0 ? rest.length : stop);
    const raw = text.slice(c.start, attributionStart(view, c.end, end));
    const trimmedEnd = c.start + raw.replace(/[\s,"'”’)]+$/u, '').length;
    if (trimmedEnd - c.end < 3 && !/without conditions/.test(marker)) continue;
    condition = { text: text.slice(c.start, trimmedEnd), span: { start: offset + c.start, end: offset + trimmedEnd } };
    cues.push(cueAt(r, 'condition', c));
    break;
  }
  const possible = quick(RE.possible, view, words).filter((s) => live(r, s) && !notPossibility(text, view, s));
  const hedges = [...quick(RE.hedge, view, words), ...quick(RE.hedgePhrase, view, words)].filter((s) => live(r, s) && !appearance(view, s) && !hedgeNoun(view, s));
  const intents = [...quick(RE.intent, view, words).filter((s) => verbal(view, s)), ...quick(RE.intentNoun, view, words).filter((s) => !legalPlea(view, s))].filter((s) => live(r, s) && !refused(view, negatives, s) && !refused(view, stops, s));
  for (const p of possible) cues.push(cueAt(r, 'possible', p));
  for (const h of hedges) cues.push(cueAt(r, 'hedge', h));
  for (const i of intents) cues.push(cueAt(r, 'intent', i));

  const modality: Modality = condition
    ? 'conditional'
    : possible.length > 0
      ? 'possible'
      : hedges.length > 0
        ? 'hedged'
        : intents.length > 0
          ? 'reported-intent'
          : 'asserted';
  cues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : 1));
  return { polarity: negatives.length > 0 ? 'negative' : 'positive', modality, condition, cues };
}

/** One clause as analyzeClause() reads it. */
interface Reading {
  readonly text: string;
  /** The clean lower-case view of `text`. */
  readonly view: string;
  readonly offset: number;
  /** The background mask (see masked()), built only when a cue was found to test against it. */
  mask: boolean[] | null;
}

/** Whether a cue stands outside the clause's background (concessions, "despite …", relative clauses). */
function live(r: Reading, s: { start: number }): boolean {
  return !(r.mask ??= masked(r.view))[s.start];
}

/** A cue of the clause, with offsets into the article. */
function cueAt(r: Reading, kind: CueKind, s: { start: number; end: number }): ModalityCue {
  return { kind, text: r.text.slice(s.start, s.end), span: { start: r.offset + s.start, end: r.offset + s.end } };
}

/**
 * A wish or proposal that is the object of a refusal ("dismissed the proposal") is not the
 * claim's own intent: the claim asserts the refusal.
 */
function refused(view: string, negatives: readonly { start: number; end: number }[], s: { start: number }): boolean {
  return negatives.some((n) => n.end <= s.start && /^\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|any|every|all|such)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(view.slice(n.end, s.start)));
}

// "asked him to leave" is a request; "asked about the law", "when asked whether …" put a question.
const ASK = /^ask(?:s|ed|ing)?$/i;
const REQUEST_AFTER = /^(?:\s+[\p{L}'’.-]+){0,3}?\s+(?:to\s+\p{L}|for\b)/u;
// "threatened to sue" is an intent; "threatened a reporter" an act.
const THREATEN = /^threaten(?:s|ed|ing)?$/i;

// "questioned the figures", "questions whether …" doubt; "the question of", "photo in question", "asking
// questions", "was questioned by police" do not.
const QUESTION = /^question(?:s|ed|ing)?$/;
const NOT_BEFORE_DOUBT = /\b(?:the|a|an|in|of|to|his|her|their|its|our|your|my|this|that|any|no|some|many|several|valid|opening|provocative|asking|answer|answering|asked|is|are|was|were|be|been|being)\s+$/;

/** Whether a negative cue is "question" as a noun or a passive, not a verb that doubts. */
function questionNoun(view: string, s: { readonly start: number; readonly end: number }): boolean {
  return QUESTION.test(view.slice(s.start, s.end)) && NOT_BEFORE_DOUBT.test(view.slice(Math.max(0, s.start - 14), s.start));
}

/** "…, not the federal government", "and not an independent search": "not" sets a noun phrase against another, the clause stays positive. */
function contrastiveNot(view: string, s: { readonly start: number; readonly end: number }): boolean {
  return view.slice(s.start, s.end) === 'not' && /(?:,|\band|\bcertainly)\s+$/.test(view.slice(Math.max(0, s.start - 12), s.start)) && /^\s+(?:the|a|an|his|her|their|its|our)\b/.test(view.slice(s.end, s.end + 8));
}

/** "the failed policies", "the president's failed plan": an evaluative adjective, not a report of failure. */
function failedAdjective(view: string, s: { readonly start: number; readonly end: number }): boolean {
  return view.slice(s.start, s.end) === 'failed' && /(?:\b(?:the|a|an|his|her|their|its|our)|['’]s)\s+$/.test(view.slice(Math.max(0, s.start - 8), s.start));
}

/**
 * A possibility word that states none: the month ("on May 26", "in May"), a past inability ("could not
 * confirm"), and a possibility denied ("not possible", "can't possibly know").
 */
function notPossibility(text: string, view: string, s: { readonly start: number; readonly end: number }): boolean {
  const w = view.slice(s.start, s.end);
  const before = view.slice(Math.max(0, s.start - 14), s.start);
  if (w === 'may' && text[s.start] === 'M' && (/^\s+\d/.test(view.slice(s.end, s.end + 3)) || /\b(?:in|on|since|by|until|of|early|late|mid|last|next|this|through)[\s-]+$/.test(before))) return true;
  if (w === 'could' && /^\s*(?:not\b|n['’]t)/.test(view.slice(s.end, s.end + 5))) return true;
  return /^possib/.test(w) && /(?:\bnot|n['’]t|\bcannot|\bhow\s+(?:that|it|this)['’]s)\s+$/.test(before);
}

/** "a guilty plea", "the plea agreement": a plea in court, not an appeal. */
function legalPlea(view: string, s: { start: number; end: number }): boolean {
  return /^plea$/i.test(view.slice(s.start, s.end)) && (/\b(?:guilty|contest)\s+$/i.test(view.slice(Math.max(0, s.start - 12), s.start)) || /^\s+(?:agreement|deal|bargain|hearing|of)\b/i.test(view.slice(s.end, s.end + 12)));
}

/** "plan", "aim", "hope": a noun as often as a verb ("the budget plan was approved"); as a verb of intent it takes "to", "that" or "for". */
function verbal(view: string, s: { start: number; end: number }): boolean {
  const w = view.slice(s.start, s.end);
  const after = view.slice(s.end, s.end + 60);
  if (ASK.test(w)) return REQUEST_AFTER.test(after) && !/^\s+(?:about|whether|if|why|how|what|when|where|who)\b/i.test(after);
  if (THREATEN.test(w)) return /^\s+(?:to|that)\b/.test(after);
  return !NOUN_LIKE_INTENTS.has(w) || /^\s+(?:to|that|for)\b/.test(after);
}

/**
 * Where a closing attribution (", Mayor Ana Ruiz said", ", according to the city")
 * starts inside [from, end): its comma, when at most six words with a verb of
 * saying follow it; otherwise `end`. A condition never takes in who said it.
 *
 * @example
 * attributionStart('Cracks were found in two beams, the city said.', 0, 46); // 30
 * attributionStart('Cracks were found in two beams, and one pier.', 0, 45); // 45
 */
export function attributionStart(view: string, from: number, end: number): number {
  const comma = view.lastIndexOf(',', end - 1);
  if (comma < from) return end;
  const tail = view.slice(comma + 1, end);
  const words = tail.match(/[\p{L}'’.-]+/gu) ?? [];
  RE.speech.re.lastIndex = 0;
  return words.length > 0 && words.length <= 6 && RE.speech.re.test(tail) ? comma : end;
}

function dedupe(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * Whether tagged tokens open with a command ("Tell me who you are", "Act
 * accordingly", "And certainly don't make faces"): after quotation marks, a
 * conjunction and adverbs, a verb in its base form with no subject before it, or
 * "don't" and a verb. A command is a demand, so a claim that is one reports an
 * intent. "Look, …" (a verb before a comma) is a discourse marker, not a command.
 *
 * @example
 * imperativeMood(tagTokens('Stop the war now.')); // true
 * imperativeMood(tagTokens('They stop the war.')); // false
 */
export function imperativeMood(tokens: readonly TaggedToken[]): boolean {
  let i = 0;
  while (i < tokens.length && (tokens[i]!.pos === 'PUNCT' || tokens[i]!.pos === 'CCONJ' || (tokens[i]!.pos === 'ADV' && tokens[i]!.lower !== 'not'))) i++;
  // "At least respect the part you play".
  if (tokens[i]?.lower === 'at' && tokens[i + 1]?.lower === 'least') i += 2;
  const first = tokens[i];
  if (first === undefined) return false;
  if (first.lower === 'do' && (tokens[i + 1]?.lower === "n't" || tokens[i + 1]?.lower === 'not') && tokens[i + 2]?.pos === 'VERB') return true;
  const next = tokens[i + 1];
  // "Josh Earnest said", "UPDATE: …": a name or a label the tagger reads as a verb.
  if (next === undefined || next.text === ',' || next.pos === 'PUNCT' || next.pos === 'PROPN' || first.text === first.text.toUpperCase()) return false;
  return first.pos === 'VERB' && first.lower === first.lemma;
}
