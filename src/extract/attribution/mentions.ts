/**
 * Mention tracking and resolution within one article: "Health Minister Ana
 * Ruiz" … "Ruiz" … "she" … "the minister" is one source with one name and role.
 *
 * Why rules rather than a coreference model: sources in news are introduced once
 * with a full name and role and then shortened to a surname or a pronoun (AP
 * style), so a recency-based resolver with a few agreement checks gets most of
 * them, runs fast and explains itself. Pronouns that fit nothing stay unresolved
 * rather than guessed.
 *
 * @module
 */
import { firstNameGender, NAME_SUFFIXES, NICKNAMES, NOT_SURNAMES, PLACE_WORDS, TITLE_ROLES, TITLE_TAILS } from '../../lexicon/names';
import { GENDERED_TITLES, ROLE_NOUNS, SOURCE_PRONOUNS } from '../../lexicon/reporting';
import type { Attribution, Source } from '../../types';
import { isGroupName, isOrgWord, isPersonName, lastWord, roleHead } from '../sources';

interface Known {
  readonly name: string;
  readonly role: string | null;
  readonly person: boolean;
  readonly group: boolean;
  /** Where the article names it (a source's span start), when known. */
  readonly at?: number;
}

type Gender = 'male' | 'female';

/** The gender a source's words tell by a title ("Mr. Tan", "the spokeswoman"), or null. */
function titleGender(text: string, role: string | null): Gender | null {
  for (const w of `${text} ${role ?? ''}`.toLowerCase().split(/[\s,]+/)) {
    const g = GENDERED_TITLES.get(w);
    if (g) return g;
  }
  return null;
}

/**
 * A person the article names: the name without title or honorific, where it
 * stands, the gender its title or first name tells, and the role nouns its title
 * allows ("Rep." → "congressman", "lawmaker").
 *
 * @example
 * const [m] = trackPeople('Rep. Jo Lee said.');
 * m?.name; // 'Jo Lee'
 */
export interface PersonMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly gender: Gender | null;
  readonly roles: ReadonlySet<string>;
}

const NO_ROLES: ReadonlySet<string> = new Set();
// Capitalised words, initials ("D.") and titles with their period; a lower-case word between two of them
// stands in the gap and ends the run. A surname prefix with a capital after it ("McAllister", "MacLeod",
// "DeLuca", "LaRue", "O'Neil") is part of its word.
const WORD = /[A-Z][a-z]{0,3}\.|(?:Mc|Mac|De|Di|La|Le|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]+/g;
const PERSONAL_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rep', 'sen', 'gov', 'gen', 'prof', 'rev', 'representative', 'senator', 'governor', 'president',
  'congressman', 'congresswoman', 'mayor', 'judge', 'justice', 'speaker', 'secretary', 'sheriff', 'chairman', 'chairwoman',
]);

/**
 * The people an article names, in text order: a run of capitalised words is a
 * person when a personal title precedes it ("Mr. Lee", "Gov. Jo Lee") or when it
 * has two to four words, the first a known first name that is no place word and
 * none an organisation word ("Jo Lee", not "Lima Post" or "North Carolina").
 * A title inside a run starts a new run ("Republican Gov. Jo Lee"). Cheap: one
 * pass of a regular expression over the text, no tagging.
 *
 * @example
 * trackPeople('Gov. Jo Lee met Ana Ruiz. Mr. Lee left.').map((m) => m.name); // ['Jo Lee', 'Ana Ruiz', 'Lee']
 */
export function trackPeople(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  let title: string | null = null;
  let titleAt = -1;
  let run: { text: string; start: number; end: number }[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      const m = personOf(run, title, titleAt);
      if (m) out.push(withAppositiveRole(text, m));
    }
    run = [];
    title = null;
  };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = WORD.exec(text)) !== null) {
    const w = m[0];
    const gap = text.slice(lastEnd, m.index);
    lastEnd = m.index + w.length;
    // A run continues over single spaces (and the comma before a suffix) only.
    const joined = /^ $/.test(gap) || (/^, $/.test(gap) && NAME_SUFFIXES.has(w.toLowerCase()));
    if (!joined || !/^[A-Z]/.test(w)) flush();
    if (!/^[A-Z]/.test(w)) continue;
    const bare = w.replace(/\.$/, '').toLowerCase();
    if (PERSONAL_TITLES.has(bare) && (w.endsWith('.') ? w.length <= 5 : true) && text[lastEnd] !== ',' ) {
      flush();
      title = bare;
      titleAt = m.index;
      continue;
    }
    // A period ends a run ("… Mr. Lee.") unless it closes an initial or a suffix ("D.", "Jr.").
    if (w.endsWith('.') && !(w.length === 2 || NAME_SUFFIXES.has(w.toLowerCase()))) {
      run.push({ text: w.slice(0, -1), start: m.index, end: lastEnd - 1 });
      flush();
      continue;
    }
    run.push({ text: w, start: m.index, end: lastEnd });
  }
  flush();
  return out;
}

/** A person mention from a run of capitalised words and the title before it, or null. */
function personOf(run: readonly { text: string; start: number; end: number }[], title: string | null, titleAt: number): PersonMention | null {
  // Without a title a person needs a first name and a surname (most runs are one capitalised word).
  if (title === null && run.length < 2) return null;
  // "President Lee’s": the possessive is no part of the name; "President Pro Tem Jo Lee": nor is a title's Latin tail.
  let words = run.map((r, i) => (i === run.length - 1 ? r.text.replace(/['’]s?$/, '') : r.text));
  while (words.length > 1 && TITLE_TAILS.has(words[0]!.toLowerCase())) words = words.slice(1);
  let n = words.length;
  while (n > 1 && NAME_SUFFIXES.has(words[n - 1]!.toLowerCase())) n--;
  const core = words.slice(0, n);
  if (core.some((w) => isOrgWord(w)) || core.length > 4 || core.every((w) => w.length === 2 && w.endsWith('.'))) return null;
  // "Even Friday", "Marshall Islands": a first name before a weekday or a place's last word is no person.
  if (NOT_SURNAMES.has(core[core.length - 1]!.toLowerCase())) return null;
  // The first name's gender counts only when a surname follows it.
  const first = core.length < 2 || PLACE_WORDS.has(core[0]!.toLowerCase()) ? null : firstNameGender(core[0]!);
  if (title === null && (core.length < 2 || first === null)) return null;
  words = [...core, ...words.slice(n)];
  const gender = (title !== null ? GENDERED_TITLES.get(title) : undefined) ?? (core.length >= 2 ? first : null);
  const roles = title !== null ? TITLE_ROLES.get(title) ?? NO_ROLES : NO_ROLES;
  return { name: words.join(' '), start: title !== null ? titleAt : run[0]!.start, end: run[run.length - 1]!.end, gender: gender ?? null, roles };
}

// "the aide, Jo Lee," and "Jo Lee, a spokeswoman for …": a role noun set off by a comma next to a name.
// After the name, the noun ends the appositive (a mark, a modifier, a relative, the text's end follow it):
// in "With Mr. Lee, the governor pointed to …" the noun is the subject of a new clause.
const ROLE_BEFORE = /\b(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?([a-z]+),\s*$/;
const ROLE_AFTER = /^,\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?([a-z]+)(?=\s*[,.;:)—–]|\s+(?:of|for|at|in|from|with|on|to|and|who|whose|since)\b|\s*$)/;

/** The mention with the role noun of an appositive next to it, if one is there ("the aide, Jo Lee"). */
function withAppositiveRole(text: string, m: PersonMention): PersonMention {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[1];
  const after = ROLE_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
  const roles = [before, after].filter((r): r is string => r !== undefined && ROLE_NOUNS.has(r));
  return roles.length === 0 ? m : { ...m, roles: new Set([...m.roles, ...roles]) };
}

/** Full name, gender and role nouns of each person the article names, by surname key. */
interface Person {
  readonly name: string;
  gender: Gender | null;
  readonly roles: Set<string>;
  /** Where the full name first stands. */
  readonly at: number;
}

/**
 * One entry per person: full names, then title-and-surname mentions ("Mr. Lee",
 * "Rep. Lee") merged into the one full name they fit, which takes their gender
 * and role nouns.
 */
function peopleOf(mentions: readonly PersonMention[]): Map<string, Person[]> {
  const bySurname = new Map<string, Person[]>();
  const full = mentions.filter((m) => m.name.split(/\s+/).length >= 2);
  for (const m of full) {
    const key = lastWord(m.name);
    const list = bySurname.get(key) ?? [];
    let p = list.find((x) => sameFirstName(x.name, m.name));
    if (!p) {
      p = { name: m.name, gender: m.gender, roles: new Set(m.roles), at: m.start };
      list.push(p);
      bySurname.set(key, list);
    }
    if (p.gender === null) p.gender = m.gender;
    for (const r of m.roles) p.roles.add(r);
  }
  for (const m of mentions) {
    if (m.name.split(/\s+/).length >= 2) continue;
    const list = bySurname.get(lastWord(m.name));
    // Only a full name introduced before: "President Lee" then "his daughter, Ana Lee" are two people.
    const fits = list?.filter((p) => p.at < m.start && (m.gender === null || p.gender === null || p.gender === m.gender)) ?? [];
    if (fits.length !== 1) continue;
    const p = fits[0]!;
    if (p.gender === null) p.gender = m.gender;
    for (const r of m.roles) p.roles.add(r);
  }
  return bySurname;
}

/** Whether two full names of one surname have the same first name, a nickname of it, or an initial of it. */
function sameFirstName(a: string, b: string): boolean {
  const fa = a.split(/\s+/)[0]!.toLowerCase();
  const fb = b.split(/\s+/)[0]!.toLowerCase();
  return fa === fb || (NICKNAMES.get(fa) ?? fa) === (NICKNAMES.get(fb) ?? fb);
}

/**
 * Whether a source name may be a person a pronoun refers to: a person-like name
 * whose first word is a known first name, a single surname, or a name the
 * article gives a personal title.
 */
function personLike(name: string, people: ReadonlyMap<string, readonly Person[]>): boolean {
  if (!isPersonName(name)) return false;
  const words = name.split(/\s+/);
  // A single word is a surname, unless it reads as a plural no person of the article bears ("Legislators").
  if (words.length === 1) return people.has(lastWord(name)) || !/s$/i.test(name);
  if (firstNameGender(words[0]!) !== null) return true;
  return people.get(lastWord(name))?.some((p) => p.name === name) === true;
}

/**
 * Canonical names within one article. Surnames ("Ruiz", "Ms. Ruiz") take the
 * full name introduced elsewhere in the article and its role; "he"/"she" take
 * a person the article names earlier in their own sentence ("after Lee arrived,
 * he said"), else the most recent speaker before them whose gender does not disagree, else the
 * nearest person the text names before them (gender is known from a title, "Ms.
 * Ruiz", "the spokesman", from a first name, or from an earlier "he" or "she"
 * that referred to the same person); "they" the most recent group, or two people
 * the text names together ("Lee and Rep. Kim") since it, in its sentence or the one before; "the
 * spokesperson" the most recent source with that role, and "the congressman" the
 * one person whose title allows it ("Rep. Jo Lee"). A source named inside a direct
 * quotation is no antecedent for what follows it. A pronoun that fits nothing
 * keeps its own words and is marked `unnamed`: it names no one.
 *
 * @example
 * const out = resolveArticleSources([
 *   { kind: 'indirect', source: { text: 'Health Minister Ana Ruiz', span: { start: 0, end: 24 }, name: 'Ana Ruiz', role: 'Health Minister' }, cue: null, content: { start: 30, end: 40 } },
 *   { kind: 'indirect', source: { text: 'she', span: { start: 50, end: 53 }, name: 'she', role: null }, cue: null, content: { start: 60, end: 70 } },
 * ]);
 * out[1]?.source?.name; // 'Ana Ruiz'
 */
export function resolveArticleSources(atts: readonly Attribution[], resolvePronouns = true, text = ''): Attribution[] {
  const mentions = text === '' ? [] : trackPeople(text);
  const people = peopleOf(mentions);
  // Full names of the article, so that a surname can be expanded wherever it appears.
  const fullBySurname = new Map<string, Known>();
  const ambiguous = new Set<string>();
  for (const a of atts) {
    const s = a.source;
    if (!s || !isPersonName(s.name) || s.name.split(/\s+/).length < 2) continue;
    const key = lastWord(s.name);
    const prev = fullBySurname.get(key);
    // Two people with one surname ("Ana Lee", "Bo Lee"): a bare "Lee" could be either, so it stays as written.
    if (prev && prev.name !== s.name && !sameFirstName(prev.name, s.name)) ambiguous.add(key);
    if (!prev || (prev.name === s.name && prev.role === null && s.role !== null)) fullBySurname.set(key, { name: s.name, role: s.role ?? prev?.role ?? null, person: true, group: false });
  }
  for (const [key, list] of people) {
    if (list.length > 1) ambiguous.add(key);
    else if (!fullBySurname.has(key)) fullBySurname.set(key, { name: list[0]!.name, role: null, person: true, group: false });
    else if (!sameFirstName(fullBySurname.get(key)!.name, list[0]!.name)) ambiguous.add(key);
  }
  const history: Known[] = [];
  // What is known of each resolved name's gender: from a title, a first name, or a "he"/"she" that referred to it.
  const genders = new Map<string, Gender>();
  for (const list of people.values()) for (const p of list) if (p.gender) genders.set(p.name, p.gender);
  // Direct quotations: a source named inside one is the quoted speaker's word, not a referent for what follows.
  const quoted = atts.filter((a) => a.kind === 'direct' && a.content !== null).map((a) => a.content!);
  const out: Attribution[] = [];
  for (const a of atts) {
    const s = a.source;
    if (!s) {
      out.push(a);
      continue;
    }
    let resolved: Source = s;
    let unresolved = false;
    const lower = s.text.trim().toLowerCase();
    const pronoun = SOURCE_PRONOUNS.get(lower);
    const surname = lastWord(s.name);
    if (pronoun !== undefined) {
      const wanted: Gender | null = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
      // "it" stands for an organisation or a thing, never a named person.
      const agrees = (k: Known): boolean => (lower === 'it' ? !k.person : wanted === null || (genders.get(k.name) ?? wanted) === wanted);
      // "After Lee arrived, he said": a person named earlier in the pronoun's own sentence comes before the last speaker.
      let fit = resolvePronouns && wanted ? personEarlierInSentence(text, people, s.span.start, wanted, genders) : undefined;
      if (!fit) fit = resolvePronouns ? findAntecedent(history, pronoun, agrees) : undefined;
      // "Lee and Rep. Kim held a press conference. They said …": two people named together since the last group source.
      if (resolvePronouns && lower === 'they') {
        const pair = namedPairBefore(text, mentions, people, s.span.start);
        if (pair && (fit === undefined || (fit.at ?? -1) < pair.at)) fit = pair;
      }
      if (!fit && resolvePronouns && wanted) fit = nearestPerson(mentions, people, s.span.start, wanted, genders);
      resolved = fit ? { ...s, name: fit.name, role: s.role ?? fit.role } : { ...s, name: lower };
      unresolved = !fit && pronoun === 'person';
      if (fit && wanted && !genders.has(fit.name)) genders.set(fit.name, wanted);
    } else if (ROLE_NOUNS.has(surname) && !personLike(s.name, people)) {
      // "the spokesperson added", "the congressman said": a role noun standing for someone named in the article.
      const fit = resolvePronouns ? byRole(history, people, surname, /^(?:the|this|that)\s/i.test(s.text) || s.name !== s.name.toLowerCase()) : undefined;
      if (fit) resolved = { ...s, name: fit.name, role: fit.role ?? s.name };
    } else {
      const full = fullBySurname.get(surname);
      const hint = titleGender(s.text, null);
      const byGender = ambiguous.has(surname) && hint ? people.get(surname)?.filter((p) => p.gender === hint) : undefined;
      // Several people share the surname and no title tells them apart: a bare surname is the one the
      // article named first, its principal (AP style names a relative by first name: "his wife, Ana Lee").
      const principal = ambiguous.has(surname) && !hint ? people.get(surname)?.[0] : undefined;
      // "President Lee" before the article names "Ana Lee" is someone else: a titled surname takes only a full name named before it.
      const later = full !== undefined && /^\S+\.?\s/.test(s.text) && TITLE_ROLES.has(s.text.split(/\s+/)[0]!.toLowerCase()) && (people.get(surname)?.find((p) => p.name === full.name)?.at ?? -1) > s.span.start;
      if (byGender?.length === 1 && s.name.split(/\s+/).length === 1) resolved = { ...s, name: byGender[0]!.name };
      else if (principal && s.name.split(/\s+/).length === 1) resolved = { ...s, name: principal.name };
      else if (full && !later && !ambiguous.has(surname) && (hint === null || (genders.get(full.name) ?? hint) === hint) && (s.name.split(/\s+/).length === 1 || full.name.endsWith(s.name) || sameFirstName(full.name, s.name))) {
        resolved = { ...s, name: full.name, role: s.role ?? full.role };
      }
    }
    const told = pronoun === undefined ? titleGender(s.text, resolved.role) : null;
    if (told && !genders.has(resolved.name)) genders.set(resolved.name, told);
    const insideQuote = quoted.some((q) => q !== a.content && q.start <= s.span.start && s.span.end <= q.end);
    if ((pronoun === undefined || resolved.name !== lower) && !insideQuote) {
      // "according to The Ledger": one capitalised word after "the" names a paper or a body, not a person.
      const person = personLike(resolved.name, people) && !(resolved === s && THE_NAME.test(s.text.trim()));
      history.push({ name: resolved.name, role: resolved.role, person, group: isGroupName(resolved.name), at: s.span.start });
    }
    const next = resolved === s ? a : { ...a, source: resolved };
    out.push(unresolved && next.unnamed !== true ? { ...next, unnamed: true } : next);
  }
  return out;
}

/**
 * The person a role noun stands for: the most recent source whose role has that
 * head ("the spokesperson"), else the one person of the article whose title
 * allows it ("the congressman" for "Rep. Jo Lee"); none when several do.
 */
function byRole(history: readonly Known[], people: ReadonlyMap<string, readonly Person[]>, head: string, definite: boolean): Known | undefined {
  // Look back a bounded distance: a role noun refers to someone recent, and a long article must stay linear.
  for (let i = history.length - 1; definite && i >= 0 && i >= history.length - 20; i--) {
    const k = history[i]!;
    // The role's own head, not a noun in its phrase: "the prosecutor" is not "spokesman for the prosecutor".
    if (k.role !== null && roleHead(k.role).includes(head)) return k;
  }
  const titled = [...people.values()].flat().filter((p) => p.roles.has(head));
  return titled.length === 1 ? { name: titled[0]!.name, role: null, person: true, group: false } : undefined;
}

/** One capitalised word after "the" ("The Ledger"): the name of a paper or a body, not of a person. */
const THE_NAME = /^[Tt]he\s+\p{Lu}[\p{L}'’-]*$/u;
/** Characters that end the stretch a pronoun's sentence-mates are looked for in: ! ? ; : a line break, quotation marks. */
const STOPS: ReadonlySet<number> = new Set([...'!?;:\n"“”'].map((c) => c.charCodeAt(0)));

/** A word whose period ends a sentence: a lower-case word, a number or a parenthesis, not a title or an initial. */
const SENTENCE_END_WORD = /(?:^|\s)(?:\p{Ll}[\p{Ll}'’-]*|\S*[\d)])$/u;

/**
 * The person an article names, by surname or full name, earlier in the sentence that holds offset `at`,
 * when one person of the article bears the name and the gender agrees: the first such name, as a
 * sentence's subject comes first ("Lee, the lawyer of Rep. Kim, said he" is Lee).
 */
function personEarlierInSentence(text: string, people: ReadonlyMap<string, readonly Person[]>, at: number, wanted: Gender, genders: ReadonlyMap<string, Gender>): Known | undefined {
  let from = at;
  // Back to the sentence's start, a quotation mark or a line break: a name quoted or in another sentence is out of
  // reach. The period of a title or an initial ("Rep.", "J.") ends no sentence.
  while (from > 0 && at - from < 300 && !STOPS.has(text.charCodeAt(from - 1)) && !(text.charCodeAt(from - 1) === 46 && SENTENCE_END_WORD.test(text.slice(Math.max(0, from - 30), from - 1)))) from--;
  const words = text.slice(from, at).match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  for (const word of words) {
    const list = people.get(lastWord(word.replace(/['’]s$/, '')));
    if (list?.length !== 1) continue;
    const p = list[0]!;
    if ((genders.get(p.name) ?? p.gender) === wanted) return { name: p.name, role: null, person: true, group: false };
  }
  return undefined;
}

/**
 * The index of the last mention that ends at or before offset `at` (-1 if none). Mentions are in text order,
 * so a binary search finds it: a long article with many pronouns stays linear-logarithmic.
 */
function lastBefore(mentions: readonly PersonMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** What may stand between two people named together: "and", with a title of the second ("and House Speaker"). */
const PAIR_JOIN = /^,?\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The last two people named together ("Jo Lee and Rep. Ana Kim") before offset `at`, in its sentence or the
 * one before, as one group (each by the full name the article gives it); undefined when there is none.
 */
function namedPairBefore(text: string, mentions: readonly PersonMention[], people: ReadonlyMap<string, readonly Person[]>, at: number): (Known & { readonly at: number }) | undefined {
  const full = (m: PersonMention): string => (people.get(lastWord(m.name)) ?? []).find((p) => sameFirstName(p.name, m.name) || m.name.split(/\s+/).length === 1)?.name ?? m.name;
  for (let i = lastBefore(mentions, at); i > 0; i--) {
    const b = mentions[i]!;
    // In the pronoun's sentence or the one before: at most one sentence end between the pair and the pronoun.
    const gap = text.slice(b.end, at);
    if (gap.length > 400 || (gap.match(/[.!?]["”’)]*\s+(?=\p{Lu}|["“])/gu)?.length ?? 0) > 1) return undefined;
    const a = mentions[i - 1]!;
    if (!PAIR_JOIN.test(text.slice(a.end, b.start))) continue;
    const na = full(a);
    const nb = full(b);
    if (na !== nb) return { name: `${na} and ${nb}`, role: null, person: false, group: true, at: a.start };
  }
  return undefined;
}

/** The nearest person named before offset `at` (within a few paragraphs) whose gender agrees. */
function nearestPerson(mentions: readonly PersonMention[], people: ReadonlyMap<string, readonly Person[]>, at: number, wanted: Gender, genders: ReadonlyMap<string, Gender>): Known | undefined {
  for (let i = lastBefore(mentions, at); i >= 0; i--) {
    const m = mentions[i]!;
    if (at - m.end > 1500) break;
    const list = people.get(lastWord(m.name)) ?? [];
    const p = m.name.split(/\s+/).length >= 2 ? list.find((x) => sameFirstName(x.name, m.name)) : list.length === 1 ? list[0] : undefined;
    const name = p?.name ?? m.name;
    const g = genders.get(name) ?? p?.gender ?? m.gender;
    if (g === wanted) return { name, role: null, person: true, group: false };
  }
  return undefined;
}

/**
 * The nearest source a pronoun may refer to, among the last few: a person for
 * "he"/"she" whose known gender agrees (`agrees`), a group for "they".
 */
function findAntecedent(history: readonly Known[], kind: 'person' | 'group' | 'speaker', agrees: (k: Known) => boolean): Known | undefined {
  if (kind === 'speaker') return undefined;
  for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i--) {
    const k = history[i]!;
    if (kind === 'person' && k.person && agrees(k)) return k;
    if (kind === 'group' && k.group) return k;
  }
  return undefined;
}
