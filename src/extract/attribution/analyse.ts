/**
 * One cue to one attribution: chooses the source (subject, inversion, appositive,
 * relative pronoun, shared subject of a series) and the content for each cue class.
 *
 * @module
 */
import { ACT_COMPLEMENTS, ADDRESSEE_VERBS, SELF_REPORTING_ACTS, ADVERBIAL_OPENERS, ALWAYS_ADDRESSEE, ASPECTUAL, PARTICIPLE_LINKS } from '../../lexicon/reporting';
import type { Span } from '../../types';
import { clausal, clauseAround, contentAfter, contentBefore, leadingContentStart, mergeSpans, objectOf, readsAsClause, relativeClauseEnd, reportFollows, trimEnd } from './content';
import type { Cue } from './cue';
import { DOCUMENT_VERBS, TIME_CLAUSE, abstractHead, genericPronoun, mediaHead } from './filters';
import { NOMINALS, ROLES } from './lexicon';
import { appositiveAfter, clauseSubject, commonHead, headOfParticiples, nameAfter, nameBeforeDescription, NAME_TAG, nearestFiniteVerb, npLeft, npRight, reducedRelative, roleOf, WEEKDAY, withoutTime } from './source';
import { CLAUSE_STARTERS, isDeterminer, isNominal, isPunct, isQuoteMark, skipLeft, spanOf, tokenRange, type Tok } from './tokens';
import { insideQuote, isQuoteStartAt, sentenceAt, topQuotes, type UnitContext } from './units';

// "I", "we", "you", also as the tagger leaves them joined to a contraction ("I'm").
const FIRST_PERSON = /^(?:i|we|you)(?:'m|'re|'ve|'d|'ll)?$/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
// Prepositions that open an adverbial between a subject and its verb ("don't for a moment believe").
const POSSESSORS = /^(?:'s|’s|his|her|its|their|our|my|your)$/;
const RELATIVES = new Set(['that', 'who', 'which', 'whom', 'whose']);
const CLAUSE_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until']);
const PP_OPENERS = new Set(['for', 'at', 'with', 'from', 'in', 'on', 'by', 'during', 'after', 'before', 'since', 'over', 'under', 'without', 'despite', 'through', 'until']);

// Prepositions that open an adverbial of the speech act after an inverted source ("said Jo Lee in a statement").
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'with', 'during']);
const ADJUNCT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * An inverted source without the adverbial that follows its name: in "…," says Lee in the
 * new ad' or "said Jo Lee at a rally", the phrase tells where or how the words were said,
 * not who said them. Only after a proper noun and before a determiner: "a spokesman at the
 * embassy" and "Lee in Lima" keep their phrase.
 */
function withoutAdjunct(toks: readonly Tok[], np: [number, number]): [number, number] {
  for (let i = np[0] + 1; i < np[1] - 1; i++) {
    if (ADJUNCT_PREPOSITIONS.has(toks[i]!.lower) && toks[i - 1]!.pos === 'PROPN' && ADJUNCT_DETERMINERS.has(toks[i + 1]!.lower)) return [np[0], i];
  }
  return np;
}

/**
 * An attribution found in one unit, before it is placed in the text: cue, source and content spans.
 *
 * @example
 * const d: Draft | null = analyseCue(ctx, cue, []);
 * d?.content; // { start, end } of what was reported
 */
export interface Draft {
  readonly cue: Cue;
  readonly source: Span | null;
  readonly role: string | null;
  readonly content: Span;
  readonly unnamed: boolean;
  /** For a relative pronoun source ("who"), the noun phrase it stands for. */
  readonly antecedent?: Span | null;
}

/**
 * analyseCue
 *
 * @example
 * const ctx = unitContext('Officials said the bridge was closed.');
 * analyseCue(ctx, findCues(ctx)[0]!, [])?.source; // the span of 'Officials'
 */
export function analyseCue(ctx: UnitContext, cue: Cue, done: readonly Draft[]): Draft | null {
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
    // "according to records": the tagger reads a plural noun after "to" as an infinitive; no verb follows a source preposition.
    const first = toks[cue.e];
    source = npRight(first?.pos === 'VERB' ? toks.map((t, i) => (i === cue.e ? { ...t, pos: 'NOUN' } : t)) : toks, cue.e, hi);
    if (!source) return null;
    afterStart = source[1];
    // "according to statements made": a kind of statement, not a source.
    // "according to records", "according to officials": a bare plural with no name names no one either.
    const named = toks.slice(source[0], source[1]).some((t) => t.pos === 'PROPN' || t.cap);
    const nominalOnly = !named && (NOMINALS.has(toks[source[1] - 1]!.lower) || (!isDeterminer(toks[source[0]]!) && /[^s]s$/.test(toks[source[1] - 1]!.lower) && source[1] - source[0] <= 2));
    const app = appositiveAfter(toks, source[1], hi);
    if (app) {
      role = app;
      afterStart = app[1];
    }
    // "according to X, Y" or "Y, according to X" or "Y, according to X, Z".
    const before = contentBefore(ctx, cue.s, cue);
    // "Y, according to an analysis by X, a former aide": what follows the source only extends it; Y is the content.
    let k = afterStart;
    while (toks[k]?.text === ',') k++;
    const extendsSource = before !== null && toks[k] !== undefined && !isQuoteStartAt(ctx, k) && (toks[k]!.pos === 'ADP' || toks[afterStart]?.text === ',') && !readsAsClause(ctx, k);
    const rest = extendsSource ? null : contentAfter(ctx, afterStart, true);
    const content = mergeSpans(before, rest);
    if (!content) return null;
    if (nominalOnly) return finish(ctx, cue, source, null, content, true);
    return finish(ctx, cue, source, role, content, false);
  }

  // Verb cues: the source is the subject on the left, or an inverted subject on the right.
  let j = skipLeft(toks, cue.s - 1, lo);
  // "X continues to urge …": the subject stands before the aspectual verb.
  if (toks[j]?.lower === 'to' && ASPECTUAL.has(toks[j - 1]?.lower ?? '')) j = skipLeft(toks, j - 2, lo);
  // "X went on to praise …".
  else if (toks[j]?.lower === 'to' && toks[j - 1]?.lower === 'on' && /^(?:went|go|goes|going)$/.test(toks[j - 2]?.lower ?? '')) j = skipLeft(toks, j - 3, lo);
  // 'X "asserts his innocence"': a quotation that opens at the verb leaves the subject before it.
  if (j >= lo && isQuoteMark(toks[j]) && (ctx.quoteStarts.get(toks[j]!.start)?.span.end ?? 0) > toks[cue.s]!.start) j = skipLeft(toks, j - 1, lo);
  const left = j >= lo ? toks[j] : undefined;
  const reduced = reducedRelative(toks, cue, j, lo, hi);
  if (reduced) return finish(ctx, cue, reduced.agent, null, spanOf(toks, reduced.head), false);
  if (cue.cls === 'passive') {
    unnamed = true;
    // "was first reported Saturday by X": a day word may stand between the participle and its agent.
    const by = toks[cue.e]?.lower === 'by' ? cue.e : WEEKDAY.test(toks[cue.e]?.lower ?? '') && toks[cue.e + 1]?.lower === 'by' ? cue.e + 1 : -1;
    if (by >= 0) {
      source = npRight(toks, by + 1, hi);
      if (source) {
        // "reported by X, a news site.": the appositive describes the agent and reports nothing.
        afterStart = appositiveAfter(toks, source[1], hi)?.[1] ?? source[1];
        unnamed = false;
        // "The plan was rejected by the board": with nothing reported after the agent, the subject is the content.
        const subject = j >= lo ? npLeft(toks, j + 1, lo) : null;
        // A relative clause on the agent (", which said …") is a report of its own.
        const relative = toks[afterStart]?.text === ',' && /^(?:which|who|whose|whom)$/.test(toks[afterStart + 1]?.lower ?? '');
        if (subject && (relative || contentAfter(ctx, afterStart, true) === null)) return finish(ctx, cue, source, null, spanOf(toks, subject), false);
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
    // A possessive apostrophe ("veterans' families") is no quotation mark.
    const quoteMarkAt = (x: number): boolean => isQuoteMark(toks[x]) && (ctx.quoteStarts.has(toks[x]!.start) || ctx.quoteEnds.has(toks[x]!.end));
    while (k >= lo && j - k <= 30 && toks[k]!.text !== ',' && !quoteMarkAt(k)) k--;
    // "The Register on July 20, 2006, described …": a dated adjunct holds a comma of its own; the
    // source stands before its preposition.
    const dated = datedAdjunct(toks, k, j, lo);
    if (dated >= 0) {
      const np = npLeft(toks, dated, lo);
      if (np) source = np;
    }
    const chunkFirst = dated >= 0 ? undefined : toks[k + 1];
    if (k > lo && toks[k]!.text === ',' && chunkFirst && k + 1 < j) {
      const fl = chunkFirst.lower;
      const chunk = toks.slice(k + 1, j);
      const relative = fl === 'who' || fl === 'whose' || fl === 'which';
      // "X, speaking on Monday, said", "X, caught on video, apologized": a participle right after the comma;
      // an infinitive ("in an interview to air Tuesday") is no finite verb.
      const participle = chunkFirst.pos === 'VERB';
      // A relative clause inside a description ("the agency that oversees X") and a tagger's verb that
      // is a name or a noun's modifier ("the Hoover Institution", "a later press gaggle") make no clause.
      const rel = chunkFirst.pos === 'DET' ? chunk.findIndex((t, n) => n > 1 && RELATIVES.has(t.lower)) : -1;
      const clause = rel > 0 ? chunk.slice(0, rel) : chunk;
      const finite = clause.some((t, n) => (t.pos === 'AUX' || (t.pos === 'VERB' && !(participle && n === 0) && !/(?:ing|ed)$/.test(t.lower) && !modifierVerb(clause, n))) && clause[n - 1]?.lower !== 'to');
      const nominal = !finite && !participle && chunkFirst.pos !== 'ADP' && chunkFirst.pos !== 'ADV' && chunkFirst.pos !== 'SCONJ' && chunk.some((t) => ROLES.has(t.lower) || t.pos === 'NOUN' || t.pos === 'PROPN');
      // "The state's campaign chairman, Phil Lovas, said", "A lawyer for X, Jo Lee of Acme, said":
      // the name comes second, perhaps with an affiliation after it.
      let nameEnd = 0;
      while (nameEnd < chunk.length && (chunk[nameEnd]!.pos === 'PROPN' || chunk[nameEnd]!.cap || chunk[nameEnd]!.text === '.')) nameEnd++;
      const affiliation = nameEnd < chunk.length && chunk[nameEnd]!.pos === 'ADP' && !chunk.slice(nameEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      const nameSecond = nominal && nameEnd >= 1 && nameEnd <= 5 && (nameEnd === chunk.length || affiliation);
      // "The union, for its part, called for …": an adverbial or participial aside.
      // A participle's phrase may hold a clause of its own ("moving to address a law that critics say …"); an age is an aside too.
      const age = chunk.length === 1 && NAME_TAG.test(chunkFirst.text);
      const aside = !nominal && !relative && (participle || age || (!finite && (chunkFirst.pos === 'ADP' || chunkFirst.pos === 'ADV')));
      const found = relative || nominal || aside ? npLeft(toks, k, lo) : null;
      // "Jo Lee, 31, who …, said", "Sen. Jo Lee, R-Texas, who …, said": an age or a party tag stands for the name before it;
      // "X, on Saturday, in Lima, Ohio, said": a place after a preposition is no subject either.
      const np = found ? nameBehindTag(toks, found, lo) : null;
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
        if (nominal && np === found) role = [k + 1, j];
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
    source = npLeft(toks, j + 1, lo) ?? taggedVerbName(toks, j, lo);
    if (source) source = withoutTime(toks, source, lo);
    // "A letter signed by 40 senators opposing the bill says": a finite verb's subject is the noun the participles modify.
    if (source && !/ing$/.test(toks[cue.s]!.lower)) source = headOfParticiples(toks, source, lo);
    // "She issued a statement saying …": the statement is a verb's object; who says is that verb's subject.
    if (source && /ing$/.test(toks[cue.s]!.lower) && NOMINALS.has(toks[source[1] - 1]!.lower) && toks[source[0] - 1]?.pos === 'VERB') source = clauseSubject(toks, source[0], lo) ?? source;
    // "I don't for a moment believe": the noun phrase is a preposition's object; the subject stands before it.
    // "shortly after Santorum told voters": a conjunction opens a clause, and the noun phrase is its subject.
    if (source && source[0] - 1 > lo && PP_OPENERS.has(toks[source[0] - 1]!.lower) && !CLAUSE_CONJUNCTIONS.has(toks[source[0] - 1]!.lower)) {
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
      const found = npRight(toks, cue.e, hi);
      const np = found && withoutAdjunct(toks, found);
      if (np && (np[1] >= hi - 1 || toks[np[1]]!.text === ',' || isPunct(toks[np[1]]!) || ADJUNCT_PREPOSITIONS.has(toks[np[1]]!.lower))) {
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
    // "He paused, then added": "then" after a comma links a second verb as "and" does.
    const thenLink = left !== undefined && left.text === ',' && toks[j + 1]?.lower === 'then' && j + 1 < cue.s;
    // "…, but don't expect him to …": an imperative after the conjunction has no subject to share.
    const imperative = /^don['’]t$/.test(toks[j + 1]?.lower ?? '') || (toks[j + 1]?.lower === 'do' && /^(?:n['’]t|not)$/.test(toks[j + 2]?.lower ?? ''));
    const coordinated = left !== undefined && !imperative && (left.lower === 'and' || left.lower === 'but' || left.lower === 'or' || thenLink || (ing && PARTICIPLE_LINKS.has(left.lower)));
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
  // "can be seen on the video asking …": a recording is no speaker ("the video shows that …" keeps it as evidence).
  if (source && cue.cls !== 'clausal' && mediaHead(toks, source)) return null;
  // "if he or she believes …": a generic person, never a speaker.
  if (source && source[1] - source[0] === 1 && genericPronoun(toks, source[0])) return null;
  // "Governor Says Legislators May Clarify Law": a source never holds an earlier cue; what follows it is the subject.
  const holding = source ? done.find((d) => d.cue.s >= source![0] && d.cue.e <= source![1]) : undefined;
  if (source && holding) source = holding.cue.e < source[1] ? [holding.cue.e, source[1]] : null;
  // '"We will join in opposing this law"': a speech act inside a quotation, with its actor inside it too, is the quoted speaker's.
  if (source && cue.cls === 'act' && source[0] < cue.s && insideQuote(ctx, toks[source[0]]!.start) && sameQuote(ctx, source[0], cue.s)) return null;
  const sourceSpan = source ? spanOf(toks, source) : null;
  const roleText = role ? roleOf(ctx, role) : null;
  const anteSpan = antecedent ? spanOf(toks, antecedent) : null;
  // "I say", "you tell me" inside a quotation are the quoted speaker's own words, not a new report.
  if (source && source[1] - source[0] === 1 && FIRST_PERSON.test(toks[source[0]]!.lower) && insideQuote(ctx, toks[cue.s]!.start)) return null;
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
    if (source && source[1] - source[0] === 1 && FIRST_PERSON.test(toks[source[0]]!.lower)) return null;
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
    // "apologized for the remark", "joked about the incident": the act's prepositional phrase is its content.
    const pp = before ? null : complementOf(ctx, cue, afterStart, hi);
    if (pp) return finishSpan(cue, sourceSpan, roleText, pp, unnamed, anteSpan);
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
 *
 * @example
 * // 'A report warning that prices will rise says …': the participle's content ends before 'says'.
 * cutAtMainVerb(ctx, drafts);
 */
export function cutAtMainVerb(ctx: UnitContext, done: readonly Draft[]): Draft[] {
  return done.map((d) => {
    const main = done.find((m) => m !== d && m.source !== null && participleHost(ctx, d, m.cue) && m.source.end <= ctx.toks[d.cue.s]!.start);
    if (!main) return d;
    const toks = ctx.toks;
    const s = tokenRange(toks, d.content)[0];
    const e = trimEnd(toks, s, main.cue.s, ctx.quoteEndSet);
    return e > s ? { ...d, content: { start: d.content.start, end: toks[e - 1]!.end } } : d;
  });
}

/**
 * "The Register described him as X, and on April 6, 2007, said that Y": a verb
 * cue with no subject of its own after "and" (and at most a time or place
 * adjunct) shares the subject of the cue before it in the sentence, whose
 * content then ends before the "and".
 *
 * @example
 * // 'Lee denied it and later said that …': 'said' gets Lee as its source.
 * shareCoordinatedSubject(ctx, drafts);
 */
export function shareCoordinatedSubject(ctx: UnitContext, done: readonly Draft[]): Draft[] {
  const toks = ctx.toks;
  const out = [...done];
  for (let n = 1; n < out.length; n++) {
    const d = out[n]!;
    if (d.source !== null || !VERB_CLASSES.has(d.cue.cls)) continue;
    const p = out[n - 1]!;
    if (p.source === null || p.cue.e > d.cue.s || sentenceAt(ctx, p.cue.s)[0] !== sentenceAt(ctx, d.cue.s)[0]) continue;
    let k = d.cue.s - 1;
    while (k > p.cue.e && toks[k]!.lower !== 'and' && ADJUNCT_TOKEN(toks[k]!)) k--;
    if (k <= p.cue.e || toks[k]!.lower !== 'and') continue;
    let e = k;
    while (e > p.cue.e && toks[e - 1]!.text === ',') e--;
    const cut = p.content.end > toks[k]!.start && p.content.start < toks[e - 1]!.end ? { ...p, content: { start: p.content.start, end: toks[e - 1]!.end } } : p;
    out[n - 1] = cut;
    out[n] = { ...d, source: p.source, role: p.role, antecedent: p.antecedent ?? null, unnamed: p.unnamed };
  }
  return out;
}

/**
 * "Defending the law, the governor pointed to …": a participle that opens its
 * sentence with no source of its own has the main clause's subject as its
 * source, and its content ends at the comma before that subject.
 *
 * @example
 * // 'Responding to the report, the ministry said …': 'Responding' gets the ministry.
 * shareOpeningParticiple(ctx, drafts);
 */
export function shareOpeningParticiple(ctx: UnitContext, done: readonly Draft[]): Draft[] {
  const toks = ctx.toks;
  return done.map((d) => {
    if (d.source !== null || !VERB_CLASSES.has(d.cue.cls) || !/ing$/.test(toks[d.cue.s]!.lower)) return d;
    const lo = sentenceAt(ctx, d.cue.s)[0];
    let first = lo;
    while (first < d.cue.s && isQuoteMark(toks[first])) first++;
    if (first !== d.cue.s) return d;
    const main = done.find((m) => m !== d && m.source !== null && m.cue.s > d.cue.e && sentenceAt(ctx, m.cue.s)[0] === lo && !/ing$/.test(toks[m.cue.s]!.lower));
    if (!main?.source) return d;
    const [subject] = tokenRange(toks, main.source);
    if (toks[subject - 1]?.text !== ',' || subject - 1 <= d.cue.e) return d;
    const content = d.content.end > toks[subject - 1]!.start ? { start: d.content.start, end: toks[subject - 2]!.end } : d.content;
    return { ...d, source: main.source, role: main.role, antecedent: main.antecedent ?? null, unnamed: main.unnamed, content };
  });
}

const VERB_CLASSES: ReadonlySet<string> = new Set(['speech', 'act', 'clausal']);
const ADJUNCT_WORDS = /^(?:,|on|in|at|later|then|also|again|separately|subsequently|afterward|afterwards|last|this|next|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,4})$/;
/** Whether a token may stand in a time adjunct between "and" and a coordinated verb. */
const ADJUNCT_TOKEN = (t: Tok): boolean => ADJUNCT_WORDS.test(t.lower) || t.lower === 'and' || (t.pos === 'ADV' && /ly$/.test(t.lower));

function withContentAfter(ctx: UnitContext, cue: Cue, source: Span, role: string | null, afterStart: number, unnamed: boolean): Draft | null {
  const after = contentAfter(ctx, afterStart, cue.cls === 'speech');
  if (!after) return null;
  const content = cue.cls === 'act' ? objectOf(ctx, afterStart, after) : after;
  return { cue, source, role, content, unnamed };
}

function finish(ctx: UnitContext, cue: Cue, source: [number, number] | null, role: [number, number] | null, content: Span, unnamed: boolean): Draft {
  return { cue, source: source ? spanOf(ctx.toks, source) : null, role: role ? roleOf(ctx, role) : null, content, unnamed };
}

function finishSpan(cue: Cue, source: Span | null, role: string | null, content: Span, unnamed: boolean, antecedent: Span | null = null): Draft {
  return { cue, source, role, content, unnamed, antecedent };
}

/**
 * The content of a communicative act listed in ACT_COMPLEMENTS: its prepositional
 * phrase ("apologized on Monday for the remark" → "for the remark"), which runs to
 * the end of its clause, or the act itself when nothing follows it ("Lee
 * Apologizes"); null otherwise.
 */
function complementOf(ctx: UnitContext, cue: Cue, from: number, hi: number): Span | null {
  const preps = ACT_COMPLEMENTS.get(cue.lemma);
  if (!preps) return null;
  const toks = ctx.toks;
  // "Lee Apologizes": with nothing after it, an apology itself is what is reported.
  if (SELF_REPORTING_ACTS.has(cue.lemma) && toks.slice(from, hi).every((t) => t.punct)) return spanOf(toks, [cue.s, cue.e]);
  // Past a short adjunct: "apologized on Monday for …".
  let i = from;
  while (i < hi && i - from < 5 && !preps.has(toks[i]!.lower) && !toks[i]!.punct) i++;
  if (i >= hi || !preps.has(toks[i]!.lower)) return null;
  let e = i + 1;
  while (e < hi && toks[e]!.text !== ',' && toks[e]!.text !== ';') e++;
  e = trimEnd(toks, i, e, ctx.quoteEndSet);
  return e > i + 1 ? { start: toks[i]!.start, end: toks[e - 1]!.end } : null;
}

/**
 * The subject a comma-delimited chunk before a cue describes, when the noun
 * phrase `np` right before that chunk is no subject itself: an age or a party tag
 * after a name ("Jo Lee, 31, …") gives the name before it, and a noun phrase
 * after a preposition ("…, in Lima, Ohio, …") gives the noun phrase that opens the
 * sentence before a comma ("Mr. Lee, at a rally on Saturday, in Lima, Ohio, said").
 */
/**
 * A token tagged a verb that is a capitalised name word, or a noun after a determiner or a possessor
 * ("a later press gaggle", "Pyongyang's only ally"): no finite verb follows those.
 */
function modifierVerb(chunk: readonly Tok[], n: number): boolean {
  const t = chunk[n]!;
  if (n > 0 && t.cap) return true;
  let k = n - 1;
  while (k >= 0 && (chunk[k]!.pos === 'ADJ' || chunk[k]!.pos === 'ADV')) k--;
  const p = chunk[k];
  if (p === undefined || p.lower === 'that') return false;
  return p.pos === 'DET' || POSSESSORS.test(p.lower) || (k < n - 1 && chunk[n + 1] !== undefined && (chunk[n + 1]!.pos === 'NOUN' || chunk[n + 1]!.pos === 'PROPN'));
}

/** "Lynch said": a capitalised word that opens the clause, tagged a verb, right before the cue is a name. */
function taggedVerbName(toks: readonly Tok[], j: number, lo: number): [number, number] | null {
  const t = toks[j]!;
  if (!t.cap || t.pos !== 'VERB') return null;
  let b = j;
  while (b - 1 >= lo && toks[b - 1]!.cap && !isPunct(toks[b - 1]!)) b--;
  return b === lo || isPunct(toks[b - 1]!) ? [b, j + 1] : null;
}

function nameBehindTag(toks: readonly Tok[], np: [number, number], lo: number): [number, number] | null {
  const text = toks.slice(np[0], np[1]).map((t) => t.text).join('');
  if (NAME_TAG.test(text) && toks[np[0] - 1]?.text === ',') return npLeft(toks, np[0] - 1, lo) ?? np;
  if (toks[np[0] - 1]?.pos !== 'ADP') return np;
  const s = lo + leadingContentStart(toks.slice(lo));
  const opening = npRight(toks, s, np[0]);
  return opening && toks[opening[1]]?.text === ',' ? opening : np;
}

/** Whether tokens `a` and `b` lie inside one top-level quotation. */
function sameQuote(ctx: UnitContext, a: number, b: number): boolean {
  const quoteOf = topQuotes(ctx);
  const q = quoteOf[a];
  return q !== null && q !== undefined && quoteOf[b] === q;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

/**
 * Where the preposition of a dated adjunct "on July 20, 2006," stands, when the
 * tokens between the commas at `k` and `j` are its year; -1 otherwise.
 */
function datedAdjunct(toks: readonly Tok[], k: number, j: number, lo: number): number {
  if (j !== k + 2 || !/^(?:1[89]|20)\d\d$/.test(toks[k + 1]!.text)) return -1;
  const day = toks[k - 1];
  const month = toks[k - 2];
  const prep = toks[k - 3];
  if (!day || !month || !prep || k - 3 <= lo || !/^\d{1,2}$/.test(day.text) || !MONTHS.test(month.lower) || !/^(?:on|in)$/.test(prep.lower)) return -1;
  return k - 3;
}
