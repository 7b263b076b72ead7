/**
 * Lexicon-driven filters: forms that look like cues or sources and are not
 * ("that said", "did not comment, and left", "the decision signals", "he or she").
 *
 * @module
 */
import { ABSTRACT_NON_AGENTS, MEDIA_NOUNS, NAMING_VERBS, PARTICIPLE_OPENERS, PHYSICAL_ACTS, PHYSICAL_OBJECTS, QUESTION_PARTICIPLES, REFUSAL_VERBS, REFUSED_SPEECH, UNSAID_REPORTS } from '../../lexicon/reporting';
import { INTERVENERS, NON_REPORTING, verbIndex } from './lexicon';
import { phraseHead } from './source';
import { isQuoteMark, type Tok } from './tokens';

/**
 * Conjunctions that open a time or reason clause, which is no reported matter ("said before he died").
 *
 * @example
 * TIME_CLAUSE.has('before'); // true
 */
export const TIME_CLAUSE = new Set(['before', 'after', 'when', 'as', 'while', 'because', 'since', 'during', 'until', 'once', 'amid']);
/**
 * Whether the cue at tokens [i, e) is a negated verb of saying with no complement
 * ("could not confirm, deny or comment on the case", "did not comment, and left"): a refusal
 * to report, not a report whose content is the next verb of the series.
 * ("did not say that X" is caught by negatedReport below.)
 *
 * @example
 * const toks = withFlags(posTag('He did not comment, and left.'));
 * isRefusal(toks, 3, 4); // true
 */
export function isRefusal(toks: readonly Tok[], i: number, e: number): boolean {
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
 * Fixed expressions where a saying verb reports nothing ("that said,", "needless to say").
 *
 * @example
 * isNonReporting(withFlags(posTag('That said, it rained.')), 1); // true
 */
export function isNonReporting(toks: readonly Tok[], i: number): boolean {
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

/**
 * Whether the head of the noun phrase `np` (see phraseHead) is an abstract
 * non-agent noun (lowercase, unless it opens the phrase): a decision, a feeling
 * or a trend reports nothing.
 *
 * @example
 * const toks = withFlags(posTag('The decision signals a shift.'));
 * abstractHead(toks, [0, 2]); // true
 */
export function abstractHead(toks: readonly Tok[], np: readonly [number, number]): boolean {
  const h = phraseHead(toks, np);
  const head = toks[h]!;
  return ABSTRACT_NON_AGENTS.has(head.lower) && (!head.cap || h === np[0]);
}

/**
 * Verbs by which a document speaks: "the decision says", "the ruling states".
 *
 * @example
 * DOCUMENT_VERBS.has('state'); // true
 */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['say', 'state', 'read', 'write']);
/**
 * Whether the pronoun at `i` is one of a generic pair: "he or she", "she or he", "he/she".
 *
 * @example
 * genericPronoun(withFlags(posTag('if he or she says')), 1); // true
 */
export function genericPronoun(toks: readonly Tok[], i: number): boolean {
  return gendered(toks[i]) && ((joins(toks[i - 1]) && gendered(toks[i - 2])) || (joins(toks[i + 1]) && gendered(toks[i + 2])));
}

function gendered(t: Tok | undefined): boolean {
  return t !== undefined && (t.lower === 'he' || t.lower === 'she');
}

function joins(t: Tok | undefined): boolean {
  return t !== undefined && (t.lower === 'or' || t.text === '/');
}

/**
 * Whether a refusal verb at the token before `e` governs an action rather than
 * speech or a proposal: "refuses to let go" (true), "refused to comment",
 * "declined to discuss it", "refused the offer" (false).
 *
 * @example
 * const toks = withFlags(posTag('He refuses to let go.'));
 * refusesAction(toks, 'refuse', 2); // true
 */
export function refusesAction(toks: readonly Tok[], lemma: string, e: number): boolean {
  if (!REFUSAL_VERBS.has(lemma) || toks[e]?.lower !== 'to') return false;
  const v = toks[e + 1];
  if (!v) return false;
  return !REFUSED_SPEECH.has(v.lower) && !verbIndex().verbs.has(v.lower);
}

/**
 * Whether a verb that names both a speech act and a physical one ("slam",
 * "hit") has a thing as its object, so it names the physical act: "slammed the
 * door" (true), "slammed the plan" (false).
 *
 * @example
 * const toks = withFlags(posTag('Lee slammed the door.'));
 * physicalAct(toks, 'slam', 2); // true
 */
export function physicalAct(toks: readonly Tok[], lemma: string, e: number): boolean {
  if (!PHYSICAL_ACTS.has(lemma)) return false;
  for (let k = e; k < toks.length && k - e < 4; k++) {
    const t = toks[k]!;
    if (PHYSICAL_OBJECTS.has(t.lower)) return true;
    if (t.punct || t.pos === 'VERB' || t.pos === 'ADP') return false;
  }
  return false;
}

/**
 * Whether the noun phrase `np` is headed (see phraseHead) by a recording or an
 * image ("the video", "a photo", "the photo in question"), which shows events and
 * reports nothing.
 *
 * @example
 * mediaHead(withFlags(posTag('The video shows')), [0, 2]); // true
 */
export function mediaHead(toks: readonly Tok[], np: readonly [number, number]): boolean {
  return MEDIA_NOUNS.has(toks[phraseHead(toks, np)]!.lower);
}

/**
 * Whether the participle at `i` opens its sentence (from token `lo`), alone or
 * after "when", "if", … ("Asked about the rally, Lee said …", "When asked if
 * …"): a question put to the main clause's subject, whose own cue reports.
 * "He was asked" and "Lee asked" are not such openers.
 *
 * @example
 * const toks = withFlags(posTag('Asked about it, Lee said no.'));
 * openingQuestion(toks, 0, 0); // true
 */
export function openingQuestion(toks: readonly Tok[], i: number, lo: number): boolean {
  if (!QUESTION_PARTICIPLES.has(toks[i]!.lower)) return false;
  let k = lo;
  while (k < i && isQuoteMark(toks[k]!)) k++;
  if (k < i && PARTICIPLE_OPENERS.has(toks[k]!.lower)) k++;
  return k === i;
}

/**
 * Whether the saying verb (lemma `lemma`, UNSAID_REPORTS) at `i` is negated by
 * "did not" / "does not" / "didn't" (with adverbs between): "did not say that …",
 * "did not directly answer whether …" tell what was not said, in the article's
 * own voice. "has not said", "never said" and "did not rule out" are not caught.
 *
 * @example
 * const toks = withFlags(posTag('Lee did not say it was over.'));
 * negatedReport(toks, 3, 'say'); // true
 */
export function negatedReport(toks: readonly Tok[], i: number, lemma: string): boolean {
  if (!UNSAID_REPORTS.has(lemma)) return false;
  let k = i - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV' && /ly$/.test(toks[k]!.lower)) k--;
  if (toks[k]?.lower !== 'not' && toks[k]?.lower !== "n't") return false;
  return /^(?:did|does|do)$/.test(toks[k - 1]?.lower ?? '');
}

/**
 * Whether the naming verb at `i` is a participle that gives the noun before it a
 * name ("a stream called Miracle Run", "the program, called EB-5,"): a common
 * noun (or its comma) before it, one name after it, and no second noun phrase.
 *
 * @example
 * namingParticiple(withFlags(posTag('a stream called Miracle Run.')), 2, 'call'); // true
 */
export function namingParticiple(toks: readonly Tok[], i: number, lemma: string): boolean {
  if (!NAMING_VERBS.has(lemma) || !/ed$/.test(toks[i]!.lower)) return false;
  let p = i - 1;
  if (toks[p]?.text === ',') p--;
  const before = toks[p];
  if (!before || before.pos !== 'NOUN' || before.cap) return false;
  let k = i + 1;
  if (isQuoteMark(toks[k])) k++;
  const first = k;
  while (k < toks.length && k - first < 5 && (toks[k]!.cap || toks[k]!.text === '-') && !isQuoteMark(toks[k])) k++;
  if (k === first) return false;
  if (isQuoteMark(toks[k])) k++;
  const next = toks[k];
  return next === undefined || next.punct || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'CCONJ';
}
