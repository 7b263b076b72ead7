/**
 * Finding cues: reporting and speech-act verbs, "according to", viewpoint
 * frames ("in X's view"), "reportedly", impersonal passives, colons and dashes
 * next to quotations, transcript turns and headline labels; and the cheap test that
 * keeps untagged the sentences that cannot hold one.
 *
 * @module
 */
import { ASPECTUAL, BARE_PARTICIPLES, PERSON_SUBJECT_CUES, QUOTE_INTRODUCERS, HEADLINE_LABELS, IMPERSONAL_PASSIVES, LEGAL_FRAMES, NOMINAL_LINKS, NON_SPEECH_PARTICLES, POSSESSIVE_CUE_NOUNS, POSSESSIVE_SOURCE_FRAMES, TAIL_ONLY } from '../../lexicon/reporting';
import type { Cue, CueClass } from './cue';
import { readsAsClause, trimEnd } from './content';
import { isNonReporting, isRefusal, namingParticiple, negatedReport, openingQuestion, physicalAct, refusesAction } from './filters';
import { BE_FORMS, INTERVENERS, NOMINALS, PASSIVE_BE, PREP_WORDS, ROLES, UNNAMED_ADVS, verbIndex } from './lexicon';
import { npLeft, npRight } from './source';
import { DASHES, PERSONAL_PRONOUNS, isDeterminer, isNominal, isNpToken, isPunct, isQuoteMark, skipLeft, type Tok } from './tokens';
import { atLineStart, isQuoteStartAt, sentenceAt, type UnitContext } from './units';


let cueWords: ReadonlySet<string> | null = null;
const IMPERSONAL_RE = /\bit\s+(?:is|was)\s+(?:\w+\s+)?\w+(?:ed|wn|ood)\s+that\b/i;
const WORD_OR_MARK = /[\p{L}][\p{L}'-]*|[:\u2014\u2013\u2015]|--/gu;
/**
 * A cheap test for sentences that may hold a cue, so that only those are tagged.
 * A word-set lookup rather than one big alternation regex: V8 would try every
 * alternative at every position.
 *
 * @example
 * mayHoldCue('Officials said it rained.'); // true
 * mayHoldCue('It rained.'); // false
 */
export function mayHoldCue(body: string): boolean {
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


/**
 * Every cue in a unit, left to right: reporting verbs (with the filters of ./filters applied), "according to", viewpoint frames, "reportedly", impersonal passives, colons and dashes next to quotations, transcript turns and headline labels.
 *
 * @example
 * findCues(unitContext('Officials said it rained.')).map((c) => c.lemma); // ['say']
 */
export function findCues(ctx: UnitContext): Cue[] {
  const { toks, options } = ctx;
  const { verbs, phrasal } = verbIndex();
  const heads = cueHeads();
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
    // Most tokens open no cue: one lookup rules out every lexicon read below.
    if (!heads.has(lw) && t.text !== ':' && !DASHES.has(t.text)) continue;
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
    // A headline that names its source before a colon: "Ruiz: Talks Will Resume", "Poll: Lee Leads"; not one
    // that reports an act before it ("Lee Attacks Student: …").
    if (t.text === ':' && i > 0 && i <= 4 && toks.length > i + 2 && atLineStart(ctx) && toks.slice(0, i).every((x, k) => (x.cap && x.pos !== 'VERB' && !/ing$/.test(x.lower) && (k === 0 || !verbs.has(x.lower))) || x.text === '.') && !HEADLINE_LABELS.has(toks[0]!.lower) && !HEADLINE_LABELS.has(toks[i - 1]!.lower)) {
      cues.push({ cls: 'label', lemma: ':', s: i, e: i + 1 });
      continue;
    }
    if (DASHES.has(t.text) && prev && ctx.quoteEnds.has(prev.end)) {
      const np = npRight(toks, i + 1, toks.length);
      if (np && trimEnd(toks, np[1], toks.length, new Set()) <= np[1]) cues.push({ cls: 'dash', lemma: '—', s: i, e: i + 1 });
      continue;
    }
    const entry = verbs.get(lw);
    let phrEnd = -1;
    const phr = phrasal.get(lw)?.find((p) => (phrEnd = tailEnd(toks, i + 1, p.tail)) >= 0);
    if (!entry && !phr) continue;
    // Headlines capitalise every word and the tagger then calls verbs nouns: "Minister Rejects Offer".
    const handListed = entry !== undefined && entry.learned !== true;
    const headlineVerb = titleCase && t.cap && i > 0 && handListed && ((/s$/.test(lw) && prev !== undefined && isNominal(prev)) || (/ing$/.test(lw) && prev?.text === ','));
    // The tagger reads "records show …", "polls say …" as noun compounds; a clause after the form says it is a verb.
    const nounTagged = t.pos === 'NOUN' && !phr && handListed && entry.cls !== 'act' && prev !== undefined && isNominal(prev) && next !== undefined && (isDeterminer(next) || next.pos === 'PROPN' || next.pos === 'NUM' || next.lower === 'that' || (next.pos === 'PRON' && PERSONAL_PRONOUNS.has(next.lower))) && readsAsClause(ctx, i + 1);
    // '"Who are you?" the congressman demands.': a speech verb that ends an inverted report after a quotation.
    const tailTagged = t.pos === 'NOUN' && !phr && handListed && entry.cls === 'speech' && /s$/.test(lw) && prev !== undefined && isNominal(prev) && (next === undefined || next.punct) && quotedBefore(ctx, i);
    if (t.pos !== 'VERB' && !headlineVerb && !nounTagged && !tailTagged && !(t.pos === 'AUX' && lw.startsWith('sa')) && !(lw === 'said' || lw === 'says' || lw === 'told' || (lw === 'say' && prev !== undefined && isNominal(prev)))) continue;
    if (isNonReporting(toks, i)) continue;
    if (openingQuestion(toks, i, sentenceAt(ctx, i)[0])) continue;
    if (!phr && negatedReport(toks, i, entry!.lemma)) continue;
    // An infinitive ("refused to say") reports nothing yet; a bare participle ("a letter written by") is a modifier.
    // "went on to praise" is aspectual too.
    const aspect = ASPECTUAL.has(toks[i - 2]?.lower ?? '') || (toks[i - 2]?.lower === 'on' && /^(?:went|go|goes|going)$/.test(toks[i - 3]?.lower ?? ''));
    if (lw === (phr ? phr.lemma.split(' ')[0] : entry!.lemma) && prev?.lower === 'to' && !aspect) continue;
    // A bare base form right after a modal or at the head of a clause ("will tell", "Tell them") is a plan
    // or an order, not a report; "say" is kept ("would say" reports an opinion).
    if (!phr && lw === entry!.lemma && lw !== 'say' && !titleCase && (prev === undefined || prev.punct || /^(?:will|would|could|can|may|might|should|must|'ll|wo)$/.test(prev.lower))) continue;
    // Gerunds of belief verbs ("thinking", "knowing") describe a state of mind, rarely a report.
    if (!phr && entry!.cls === 'clausal' && /ing$/.test(lw)) continue;
    // "won't endorse": a future refusal is not yet a speech act.
    if ((phr || entry!.cls === 'act') && (prev?.lower === "n't" || prev?.lower === 'not') && /^(?:wo|will|would|wouldn't|won't)$/.test(toks[i - 2]?.lower ?? '')) continue;
    if (!phr && BARE_PARTICIPLES.has(lw) && !/^(?:has|have|had|is|are|was|were|been|be|being)$/.test(toks[skipLeft(toks, i - 1, 0)]?.lower ?? '')) continue;
    let e = phr ? phrEnd : i + 1;
    // "referred to X as": a name, a pronoun or a role noun stands before the verb.
    if (phr && PERSON_SUBJECT_CUES.has(phr.lemma) && !(prev && (prev.pos === 'PROPN' || PERSONAL_PRONOUNS.has(prev.lower) || ROLES.has(prev.lower)))) continue;
    if (phr && QUOTE_INTRODUCERS.has(phr.lemma) && !((toks[e]?.text === ',' || toks[e]?.text === ':') && isQuoteStartAt(ctx, e + 1))) continue;
    if (isRefusal(toks, i, e)) continue;
    if (!phr && refusesAction(toks, entry!.lemma, e)) continue;
    if (physicalAct(toks, phr ? phr.lemma : entry!.lemma, e)) continue;
    // "pleaded guilty", "was charged with fraud": a legal act, not a report.
    if (!phr && LEGAL_FRAMES.get(entry!.lemma)?.has(toks[e]?.lower ?? '')) continue;
    // "called into a radio program", "called up reserves": a phone call or a summons, not a report.
    if (!phr && NON_SPEECH_PARTICLES.get(entry!.lemma)?.has(toks[e]?.lower ?? '')) continue;
    if (!phr && namingParticiple(toks, i, entry!.lemma)) continue;
    const lemma = phr ? phr.lemma : entry!.lemma;
    // Verbs that report only after their content ("…, he continued.").
    // A parenthetical ("That view, Lee continued, suggests …") reports as well.
    const parenthetical = toks[e]?.text === ',' && !/^(?:and|but|or|nor|so|then)$/.test(toks[e + 1]?.lower ?? '') && parentheticalSubject(toks, i, sentenceAt(ctx, i)[0]);
    if (!phr && TAIL_ONLY.has(lemma) && !parenthetical && !toks.slice(e).every((x) => isPunct(x) || isNominal(x) || x.pos === 'DET')) continue;
    let cls: CueClass = phr ? (QUOTE_INTRODUCERS.has(phr.lemma) ? 'speech' : 'act') : entry!.cls;
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

const TAIL_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Where the tail of a phrasal cue that starts at token `at` ends, or -1: its words
 * in order, and before the noun of a tail that ends in an article and a noun
 * ("issue a statement") up to two adjectives ("issued a brief statement", "released
 * a written statement").
 */
function tailEnd(toks: readonly Tok[], at: number, tail: readonly string[]): number {
  let j = at;
  for (let k = 0; k < tail.length; k++) {
    if (k === tail.length - 1 && k > 0 && TAIL_ARTICLES.has(tail[k - 1]!)) {
      for (let skipped = 0; skipped < 2 && toks[j]?.pos === 'ADJ' && toks[j]!.lower !== tail[k]; skipped++) j++;
    }
    if (toks[j]?.lower !== tail[k]) return -1;
    j++;
  }
  return j;
}

let cueHeadSet: ReadonlySet<string> | null = null;

/**
 * Every word a cue of findCues() can start with, other than a colon or a dash: the first words of
 * source prepositions and viewpoint frames, speech-act nouns, unnamed-source adverbs, "it" (of "it
 * is understood that"), cue verb forms and the heads of phrasal cues.
 */
function cueHeads(): ReadonlySet<string> {
  if (cueHeadSet === null) {
    const { verbs, phrasal } = verbIndex();
    cueHeadSet = new Set<string>([...PREP_WORDS.keys(), ...POSSESSIVE_SOURCE_FRAMES.keys(), ...POSSESSIVE_CUE_NOUNS, ...UNNAMED_ADVS, 'it', ...verbs.keys(), ...phrasal.keys()]);
  }
  return cueHeadSet;
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

/**
 * Whether the noun phrase that ends right before token `i` opens right after a
 * closing quotation (and perhaps a comma): '"Who are you?" the congressman demands'.
 */
function quotedBefore(ctx: UnitContext, i: number): boolean {
  const np = npLeft(ctx.toks, i, 0);
  if (!np) return false;
  let k = np[0] - 1;
  if (ctx.toks[k]?.text === ',') k--;
  const q = ctx.toks[k];
  return q !== undefined && ctx.quoteEnds.has(q.end);
}

/** Whether a short name or pronoun between a comma and the verb at `i` is its subject, as in ", Lee continued,". */
function parentheticalSubject(toks: readonly Tok[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k > lo && i - k <= 4 && (isNominal(toks[k]!) || toks[k]!.text === '.')) k--;
  // The subject is a name or a pronoun ('After the vote, talks continued, and …' reports nothing).
  return k > lo && k < i - 1 && toks[k]!.text === ',' && toks.slice(k + 1, i).some((t) => t.pos === 'PROPN' || PERSONAL_PRONOUNS.has(t.lower));
}

