/**
 * The source noun phrase: the subject left of a cue, an inverted subject or
 * agent right of it, appositives and names set off by commas, roles, time phrases
 * and participles that are no part of the source.
 *
 * @module
 */
import type { Cue } from './cue';
import { ROLES } from './lexicon';
import { CLAUSE_STARTERS, DASHES, PERSONAL_PRONOUNS, POSSESSIVES, isDeterminer, isNominal, isNpToken, isPunct, isQuoteMark, skipLeft, type Tok } from './tokens';
import type { UnitContext } from './units';

const SUBJECT_QUANTIFIERS = new Set(['many', 'some', 'most', 'others', 'few', 'several', 'both', 'all', 'critics', 'supporters']);
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to']);

/**
 * An age ("31") or a party and state tag ("R-Texas", "D-N.Y.") set off by commas after a name, its tokens joined.
 *
 * @example
 * NAME_TAG.test('D-N.Y.'); // true
 * NAME_TAG.test('Democrat'); // false
 */
export const NAME_TAG = /^(?:\d{1,3}|[RDI]-[A-Z][A-Za-z.]*)$/;

/**
 * The noun phrase that ends just before token `end`, as a token range, or null.
 *
 * @example
 * const toks = withFlags(posTag('Health Minister Ana Ruiz said'));
 * npLeft(toks, 4, 0); // [0, 4]
 */
export function npLeft(toks: readonly Tok[], end: number, min: number): [number, number] | null {
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
    // Coordinated subjects: "Lee and Kim", "state lawmakers and Gov. Li Wei", "police and prosecutors".
    const n = toks[j + 1];
    if (t.lower === 'and' && p && j - 1 >= min && (p.pos === 'PROPN' || p.pos === 'NOUN') && (n?.pos === 'PROPN' || n?.pos === 'NOUN' || n?.pos === 'ADJ')) {
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

/**
 * The noun phrase that starts at token `start`, as a token range, or null.
 *
 * @example
 * const toks = withFlags(posTag('according to the ministry'));
 * npRight(toks, 2, toks.length); // [2, 4]
 */
export function npRight(toks: readonly Tok[], start: number, max: number): [number, number] | null {
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
 * The head of the noun phrase `np`: its last word before a preposition that
 * follows at least one word ("the photo in question" → "photo", "their disdain
 * for the jokes" → "disdain"), else its last word.
 *
 * @example
 * const toks = withFlags(posTag('The photo in question showed it.'));
 * toks[phraseHead(toks, [0, 4])]!.lower; // 'photo'
 */
export function phraseHead(toks: readonly Tok[], np: readonly [number, number]): number {
  for (let k = np[0] + 1; k < np[1]; k++) if (toks[k]!.pos === 'ADP') return k - 1;
  return np[1] - 1;
}

/**
 * Whether the head of the noun phrase `np` (see phraseHead)
 * is a common noun or a role, so that a name after it is an appositive naming it:
 * "A lawyer for Mr. Lee, …", "Lee's lawyer, …", but not "Ana Ruiz, …".
 *
 * @example
 * commonHead(withFlags(posTag('A lawyer for Lee')), [0, 4]); // true
 */
export function commonHead(toks: readonly Tok[], np: readonly [number, number]): boolean {
  if (np[1] <= np[0] || toks[np[0]]!.pos === 'ADP') return false;
  const head = toks[phraseHead(toks, np)];
  if (!head) return false;
  return ROLES.has(head.lower) || (head.pos === 'NOUN' && !head.cap) || !toks.slice(np[0], np[1]).some((t) => t.pos === 'PROPN');
}

/**
 * The proper name that the description `np` is set off from by a comma at the start
 * of the sentence ("Ana Ruiz, the majority leader, …" → "Ana Ruiz"), or null when
 * `np` is no description or no such name stands before it. A name after a
 * preposition or a verb ("In Lima, the mayor, …") is no subject.
 *
 * @example
 * // 'Ana Ruiz, the majority leader, said': the range of 'Ana Ruiz'
 * nameBeforeDescription(toks, [3, 6], 0);
 */
export function nameBeforeDescription(toks: readonly Tok[], np: readonly [number, number], lo: number): [number, number] | null {
  if (!commonHead(toks, np) || toks[np[0] - 1]?.text !== ',') return null;
  const name = npLeft(toks, np[0] - 1, lo);
  if (!name || commonHead(toks, name) || !toks.slice(name[0], name[1]).some((t) => t.pos === 'PROPN')) return null;
  const p = name[0] > lo ? toks[name[0] - 1]! : undefined;
  return p === undefined || isQuoteMark(p) || p.pos === 'CCONJ' ? name : null;
}

/**
 * A comma-delimited appositive after token `at` (", a doctor at X,"), as a token range, or null.
 *
 * @example
 * const toks = withFlags(posTag('said Hugh Hill, a doctor at the clinic.'));
 * appositiveAfter(toks, 3, toks.length); // [4, 9]
 */
export function appositiveAfter(toks: readonly Tok[], at: number, max: number): [number, number] | null {
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

/**
 * A proper name set off by the comma at `at` and closed by a comma or the sentence end (", Jo Tan."), as a token range, or null.
 *
 * @example
 * const toks = withFlags(posTag('said her attorney, Jo Tan.'));
 * nameAfter(toks, 3, toks.length); // [4, 6]
 */
export function nameAfter(toks: readonly Tok[], at: number, max: number): [number, number] | null {
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

/**
 * A participle that modifies the noun before it, with its agent after "by":
 * "Cuts recommended by the board would take effect", "the plan — endorsed by
 * the mayor — will fail". The agent is the source and the modified noun phrase
 * the content; undefined when the cue is no such participle. `j` is the token
 * left of the cue, adverbs skipped.
 *
 * @example
 * // 'Cuts recommended by the board would take effect': agent 'the board', head 'Cuts'
 * reducedRelative(toks, cue, 0, 0, toks.length);
 */
export function reducedRelative(toks: readonly Tok[], cue: Cue, j: number, lo: number, hi: number): { agent: [number, number]; head: [number, number] } | undefined {
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
/**
 * A day word: a weekday, "today", "yesterday" or "tonight".
 *
 * @example
 * WEEKDAY.test('saturday'); // true
 */
export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

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
    // "over the weekend", "during the week": a preposition and "the" make a time phrase ("The week said" keeps its subject).
    if (e - 3 >= np[0] - 1 && toks[e - 2]?.lower === 'the' && /^(?:over|during)$/.test(toks[e - 3]?.lower ?? '')) return Math.max(np[0], e - 3);
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
 *
 * @example
 * const toks = withFlags(posTag('The firm this month announced'));
 * withoutTime(toks, [0, 4], 0); // [0, 2]
 */
export function withoutTime(toks: readonly Tok[], np: [number, number], lo: number): [number, number] | null {
  const e = timeTail(toks, np);
  if (e >= np[1]) return np;
  if (e > np[0]) return npLeft(toks, e, np[0]) ?? np;
  let k = np[0] - 1;
  while (k >= lo && (TIME_MODIFIER.test(toks[k]!.lower) || /^(?:over|during)$/.test(toks[k]!.lower))) k--;
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
 *
 * @example
 * const toks = withFlags(posTag('A letter signed by 40 senators says'));
 * headOfParticiples(toks, [4, 6], 0); // [0, 2]
 */
export function headOfParticiples(toks: readonly Tok[], np: [number, number], lo: number): [number, number] {
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

/**
 * Index of the nearest finite verb (not an "-ing" form) before token `before`, or -1.
 *
 * @example
 * nearestFiniteVerb(withFlags(posTag('He left, saying')), 3, 0); // 1
 */
export function nearestFiniteVerb(toks: readonly Tok[], before: number, min: number): number {
  for (let k = before - 1; k > min; k--) {
    const t = toks[k]!;
    // "filed a motion to unseal the records, arguing …": an infinitive is no finite verb; nor is a
    // capitalised word the tagger reads as a verb after a quotation mark (the first word of a quoted
    // title: 'appeared on "Meet the Press," urging …') or at the end of a name ("a letter from Rep.
    // Ana Welch, calling …"; in a title-case headline the next word is capitalised too, and a verb stays one).
    const before = toks[k - 1];
    const titleWord = t.cap && before !== undefined && (isQuoteMark(before) || (before.cap && toks[k + 1]?.cap !== true));
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && before?.lower !== 'to' && !titleWord) return k;
  }
  return -1;
}

/**
 * When the noun phrase `np` is the object of a relative clause ("the
 * congressman who represents parts of the city was …"), the phrase the clause
 * belongs to ("the congressman"); else null.
 *
 * @example
 * const toks = withFlags(posTag('The mayor who runs the city was there'));
 * relativeAntecedent(toks, [4, 6], 0); // [0, 2]
 */
export function relativeAntecedent(toks: readonly Tok[], np: readonly [number, number], min: number): [number, number] | null {
  const verb = toks[np[0] - 1];
  const rel = toks[np[0] - 2];
  if (!verb || !rel || np[0] - 2 <= min || verb.pos !== 'VERB' || !RELATIVES.has(rel.lower)) return null;
  return npLeft(toks, np[0] - 2, min);
}

const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * The subject of the nearest finite verb before token `before`: who a participle
 * or a coordinated cue belongs to. Verbs in a series share the first one's subject
 * ("X stormed back, leaned in and said"), and a relative clause or appositive
 * between subject and verb is passed over ("X, who was at the event, protested").
 *
 * @example
 * const toks = withFlags(posTag('The mayor left, saying'));
 * clauseSubject(toks, 4, 0); // [0, 2]
 */
export function clauseSubject(toks: readonly Tok[], before: number, min: number): [number, number] | null {
  let b = before;
  // A few verbs in a series at most: each step moves left, so this ends.
  for (let step = 0; step < 4; step++) {
    const k = nearestFiniteVerb(toks, b, min);
    if (k < 0) return null;
    let j = skipLeft(toks, k - 1, min);
    if (j < min) return null;
    const t = toks[j]!;
    if (t.lower === 'and' || t.lower === 'or' || t.lower === 'but') {
      b = j;
      continue;
    }
    if (t.text !== ',') {
      // "A group of doctors in 2015 sent …": a time phrase between subject and verb is no subject.
      const found = npLeft(toks, j + 1, min);
      const np = found ? relativeAntecedent(toks, found, min) ?? found : null;
      const subject = np ? withoutTime(toks, np, min) : null;
      // "X, D-NJ, Tuesday offered": a time word alone after an aside; the subject stands before it.
      if (subject || !np || toks[np[0] - 1]?.text !== ',') return subject;
      j = np[0] - 1;
    }
    // ", who was at the event, protested" / ", a doctor, said": the subject stands before the aside.
    let c = j - 1;
    while (c > min && j - c <= 30 && toks[c]!.text !== ',') c--;
    const first = toks[c + 1];
    if (c > min && toks[c]!.text === ',' && first && (first.lower === 'who' || first.lower === 'whose' || first.lower === 'which')) return npLeft(toks, c, min);
    const aside = toks.slice(c + 1, j);
    // ", a doctor, said", ", 31, said", ", D-NJ, said": a description, an age or a party tag.
    const tag = aside.length <= 3 && NAME_TAG.test(aside.map((x) => x.text).join(''));
    if (c > min && toks[c]!.text === ',' && first && (tag || first.pos === 'DET' || first.pos === 'NUM' || ROLES.has(first.lower)) && !aside.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return npLeft(toks, c, min);
    // ", leaned in and said": a verb in a series; its subject is the first verb's.
    b = j;
  }
  return null;
}

/**
 * The words of a role range as written, without a leading article.
 *
 * @example
 * // ', a doctor at the clinic,': 'doctor at the clinic'
 * roleOf(ctx, [4, 9]);
 */
export function roleOf(ctx: UnitContext, r: readonly [number, number]): string | null {
  const toks = ctx.toks;
  let s = r[0];
  if (/^(?:a|an|the)$/.test(toks[s]!.lower) && s + 1 < r[1]) s++;
  const text = toks.slice(s, r[1]).map((t, i, arr) => t.text + (i < arr.length - 1 && arr[i + 1]!.start > t.end ? ' ' : '')).join('');
  return text.length > 0 ? text : null;
}
