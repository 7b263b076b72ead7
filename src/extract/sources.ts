/**
 * Source names: a description split into name and role, vague sources told
 * apart, and one canonical name across articles (spelling variants such as
 * "Navalny" / "Navalnyy" merge into one name). Resolution within one article
 * ("Health Minister Ana Ruiz" … "Ruiz" … "she") is in ./attribution/mentions.
 *
 * Why rules and string similarity rather than a coreference model: sources in
 * news are introduced once with a full name and role and then shortened to a
 * surname or a pronoun (AP style), so a recency-based resolver with a few
 * agreement checks gets most of them, runs fast and explains itself. Pronouns
 * that fit nothing stay unresolved rather than guessed.
 *
 * @module
 */
import { HONORIFICS, ROLE_NOUNS, SOURCE_PRONOUNS, VAGUE_SOURCE_HEADS } from '../lexicon/reporting';
import type { Attribution } from '../types';
import { NAME_SUFFIXES, NICKNAMES, TITLE_TAILS } from '../lexicon/names';
import { similarity } from '../vendor/similarity';

const PARTY_TAG = /^\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]*)\)[,;:]?$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'some', 'many', 'several', 'two', 'three']);
// Words that make a capitalised name an organisation or a place rather than a person.
const ORG_WORDS = new Set([
  'post', 'times', 'news', 'committee', 'party', 'department', 'ministry', 'office', 'agency', 'union', 'council',
  'association', 'institute', 'university', 'campaign', 'government', 'house', 'senate', 'congress', 'court',
  'bureau', 'foundation', 'group', 'inc', 'corp', 'company', 'network', 'journal', 'press', 'service',
  'administration', 'commission', 'fund', 'bank', 'organization', 'organisation', 'center', 'centre', 'board',
  'police', 'army', 'force', 'forces', 'team', 'club', 'church', 'school', 'college', 'states', 'nations',
  'republic', 'kingdom', 'federation', 'coalition', 'alliance', 'review', 'magazine', 'tribune', 'herald',
  'gazette', 'telegraph', 'guardian', 'reuters', 'ap', 'cnn', 'bbc', 'npr', 'poll', 'survey', 'study', 'report',
  'statement', 'caucus', 'movement', 'cabinet', 'parliament', 'assembly', 'delegation', 'embassy',
  'weekly', 'daily', 'courier', 'chronicle', 'observer', 'examiner', 'register', 'globe', 'inquirer', 'bulletin',
  'street', 'avenue', 'county', 'city', 'state', 'island', 'airport', 'hospital', 'hotel', 'capitol', 'statehouse',
  'law', 'amendment',
]);

// Lowercase prepositions that open a modifier of a source's head, and determiners that may follow them.
const PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'to', 'near', 'inside', 'within']);
const PP_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/**
 * Whether the name run starting at word `k` is the object of a preposition: right
 * after it ("in Lima", "for Mr. Lee"), after "the" and capitalised words ("of the
 * Lima State Highway Patrol"), or after capitalised words that follow a lowercase
 * head ("doctor at Lima General Hospital"); "Secretary of State Lee Kim" keeps its name.
 */
function insidePhrase(words: readonly string[], k: number): boolean {
  let q = k - 1;
  while (q > 0 && !PREPOSITIONS.has(words[q]!)) q--;
  if (q <= 0 || !PREPOSITIONS.has(words[q]!)) return false;
  if (q === k - 1) return true;
  // Capitalised words, perhaps two names joined ("for Lima and Wei").
  if (!words.slice(q + 2, k).every((w) => isCapitalized(w) || w === 'and' || w === '&')) return false;
  // After "the", or after a lowercase head ("doctor at Lima General Hospital"), the capitals are the object's.
  return PP_DETERMINERS.has(words[q + 1]!) || (isCapitalized(words[q + 1]!) && !isCapitalized(words[q - 1]!));
}

/** Index where the trailing run of capitalised words that are not role words (the name) starts. */
function nameStart(words: readonly string[]): number {
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]!;
    const lower = w.toLowerCase();
    if (!isCapitalized(w) || ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/\.$/, '')) || TITLE_TAILS.has(lower)) break;
    // "Acme's Jo Lee": a possessive before the name is an affiliation, not part of it.
    if (k < words.length && /['’]s?$/.test(w)) break;
    k--;
  }
  return k;
}

/**
 * A source description split into a name and a role.
 *
 * @example
 * const p: NameRole = { name: 'Ana Ruiz', role: 'Health Minister' };
 */
export interface NameRole {
  readonly name: string;
  readonly role: string | null;
}

function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function hasCapitalAfterFirst(name: string): boolean {
  for (let i = 1; i < name.length; i++) {
    const c = name[i]!;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  }
  return false;
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** Whether a name joins two sources ("Ana Lima and Li Wei", "Lee & Kim"). */
function isCoordinated(name: string): boolean {
  return /\s(?:and|&)\s/.test(name);
}

/**
 * "Senator Ana Lima and Governor Li Wei": two named sources as one subject. The data
 * model holds one source per attribution, so the pair is one source whose name is the
 * two names joined by the conjunction as written and which has no role (each role
 * belongs to one of them). One side may be a common noun ("state lawmakers and Gov.
 * Li Wei"). Null when neither side has capitals, when a preposition comes before the
 * conjunction ("a spokesman for Lima and Wei" is one person), or when one side is a
 * common noun and a preposition follows it ("prosecutors and lawyers for Lima").
 */
function splitCoordinated(words: readonly string[]): NameRole | null {
  const c = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (w === 'and' || w === '&'));
  if (c < 0 || words.slice(0, c).some((w) => PREPOSITIONS.has(w))) return null;
  const left = splitNameRole(words.slice(0, c).join(' '));
  const right = splitNameRole(words.slice(c + 1).join(' '));
  const named = Number(isCapitalized(left.name)) + Number(isCapitalized(right.name));
  // One side may be a common noun ("state lawmakers and Gov. Li Wei"), if no preposition on the right ties a name into a phrase.
  if (named === 0 || (named === 1 && words.slice(c + 1).some((w) => PREPOSITIONS.has(w)))) return null;
  return { name: `${left.name} ${words[c]!} ${right.name}`, role: null };
}

/**
 * Splits a source description into a canonical name and a role: the trailing
 * run of capitalised words that are not role words is the name, what comes
 * before it the role. Honorifics and leading determiners are dropped.
 *
 * @example
 * splitNameRole('Health Minister Ana Ruiz'); // { name: 'Ana Ruiz', role: 'Health Minister' }
 * splitNameRole('Mr. Hill'); // { name: 'Hill', role: null }
 * splitNameRole('officials'); // { name: 'officials', role: null }
 * splitNameRole('Senator Ana Lima and Governor Li Wei'); // { name: 'Ana Lima and Li Wei', role: null }
 * splitNameRole('Rep. Jo Lee (D-N.C.)'); // { name: 'Jo Lee', role: 'Rep.' }
 */
export function splitNameRole(text: string): NameRole {
  // A party tag set off after a name ("Rep. Jo Lee (D-N.C.)", "Gov. Ana Ruiz (R)") is neither name nor role.
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0 && !PARTY_TAG.test(w));
  // "several of the people", "one of the aides": a quantifier and its "of" are not part of the name.
  while (words.length > 1 && (DETERMINERS.has(words[0]!.toLowerCase()) || (words[0] === 'of' && words.length > 1))) words.shift();
  if (words.length === 0) return { name: text.trim(), role: null };
  const coordinated = splitCoordinated(words);
  if (coordinated) return coordinated;
  const k = nameStart(words);
  // A name inside a prepositional phrase ("spokesman for the U.S. attorney in Lima", "Ana Ruiz
  // of the University of Lima", "Jo Lee in December") names what the head is related to, not the head.
  if (k < words.length && insidePhrase(words, k)) {
    const p = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    const head = splitNameRole(words.slice(0, p).join(' '));
    if (isCapitalized(head.name) || hasCapitalAfterFirst(head.name)) return head;
    // No name of its own: an unnamed source, named by its head and described by the whole phrase.
    return { name: head.name.toLowerCase(), role: words.join(' ') };
  }
  let nameWords = words.slice(k).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  if (nameWords.length === 0) {
    // No proper name: the whole description is the name ("officials", "the spokesperson").
    // A capital on the first word only is the sentence's, not a name's: "Senior officials" is "senior officials".
    const plain = words.join(' ');
    // A possessive first word is a name ("Ruiz's office") and keeps its capital.
    const keep = hasCapitalAfterFirst(plain) || /['’]s?$/.test(words[0]!);
    return { name: keep ? plain : plain.toLowerCase(), role: null };
  }
  nameWords = nameWords.map((w, i) => (i === nameWords.length - 1 ? stripPossessive(w) : w));
  const roleWords = words.slice(0, k).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  const role = roleWords.length > 0 ? roleWords.join(' ').replace(/[,;:]+$/, '') : null;
  return { name: nameWords.join(' '), role };
}

/**
 * Whether a source name is vague ("officials", "a source familiar with the talks").
 *
 * @example
 * isVagueSource('senior officials'); // true
 * isVagueSource('Ana Ruiz'); // false
 */
export function isVagueSource(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (hasCapitalAfterFirst(name)) return false;
  return words.some((w) => VAGUE_SOURCE_HEADS.has(w));
}

/**
 * Whether a name reads as a person's: up to four capitalised words, none an organisation word.
 *
 * @example
 * isPersonName('Ana Ruiz'); // true
 * isPersonName('Health Ministry'); // false
 */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  if (!words.every((w) => isCapitalized(w) || /^(?:de|van|von|der|da|bin|al|la|le)$/.test(w))) return false;
  return !words.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/**
 * Whether a name stands for a group: a plural, a vague source, an organisation, or two names joined.
 *
 * @example
 * isGroupName('officials'); // true
 * isGroupName('Ana Ruiz'); // false
 */
export function isGroupName(name: string): boolean {
  if (isCoordinated(name)) return true;
  const lower = name.toLowerCase();
  // A final "s" makes a plural ("officials", "Democrats"), not in a person's full name ("Ana Reyes").
  const fullName = isPersonName(name) && name.split(/\s+/).length > 1;
  if (isVagueSource(lower) || (!fullName && /s$/.test(lower.split(/\s+/).pop() ?? ''))) return true;
  return name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/** A role's words before its first preposition: "spokesman for the prosecutor" → "spokesman". *
 * @example
 * roleHead('spokesman for the prosecutor'); // 'spokesman'
 */
export function roleHead(role: string): string {
  return role.toLowerCase().split(/\s(?:for|of|at|in|with|from|to|on)\s/)[0]!;
}

/**
 * The last word of a name, lower-cased: the key a surname is looked up by.
 *
 * @example
 * lastWord('Ana Ruiz'); // 'ruiz'
 */
export function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  // "Jo Lee Jr." is looked up by "lee".
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  return words[words.length - 1]!.replace(/,$/, '');
}

/**
 * Whether a word makes a capitalised name an organisation, a publication or a
 * place rather than a person ("Lima Post", "Shelton Weekly").
 *
 * @example
 * isOrgWord('Ministry'); // true
 * isOrgWord('Ruiz'); // false
 */
export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase());
}

function isResolvable(name: string): boolean {
  return name.length > 0 && !SOURCE_PRONOUNS.has(name.toLowerCase()) && (isCapitalized(name) || hasCapitalAfterFirst(name));
}

/**
 * Rewrites `source.name` so that one source has one name across articles:
 * spelling variants ("Navalny" / "Navalnyy") and surname-only mentions of a
 * full name used elsewhere merge. The canonical form is the most frequent full
 * name, then the longest, then the first in alphabetical order, so the result
 * does not depend on article order. Inputs are not mutated.
 *
 * @example
 * const a = { kind: 'direct' as const, source: { text: 'Navalny', span: { start: 0, end: 7 }, name: 'Navalny', role: null }, cue: null, content: { start: 10, end: 20 } };
 * const b = { ...a, source: { ...a.source, text: 'Alexei Navalnyy', name: 'Alexei Navalnyy' } };
 * unifySources([[a], [b]])[0]?.[0]?.source?.name; // 'Alexei Navalnyy'
 */
export function unifySources(perArticle: readonly (readonly Attribution[])[]): Attribution[][] {
  const counts = new Map<string, number>();
  for (const atts of perArticle) {
    for (const a of atts) {
      const n = a.source?.name;
      if (n !== undefined && isResolvable(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  // Longest names first, so that surnames and variants attach to full forms.
  const names = [...counts.keys()].sort((x, y) => y.split(/\s+/).length - x.split(/\s+/).length || (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || y.length - x.length || (x < y ? -1 : 1));
  const groups: string[][] = [];
  const groupOf = new Map<string, number>();
  for (const n of names) {
    const matches: number[] = [];
    for (let g = 0; g < groups.length; g++) if (groups[g]!.some((m) => sameSource(n, m))) matches.push(g);
    // A bare surname that fits two different people ("Lee" with "Ana Lee" and "Bo Lee") stays apart.
    const found = matches.length === 1 ? matches[0]! : -1;
    if (found < 0) {
      groups.push([n]);
      groupOf.set(n, groups.length - 1);
    } else {
      groups[found]!.push(n);
      groupOf.set(n, found);
    }
  }
  const canonical = groups.map((members) => {
    const words = Math.max(...members.map((m) => m.split(/\s+/).length));
    const full = members.filter((m) => m.split(/\s+/).length === words);
    return full.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || y.length - x.length || (x < y ? -1 : 1))[0]!;
  });
  return perArticle.map((atts) =>
    atts.map((a) => {
      const s = a.source;
      if (!s) return a;
      const g = groupOf.get(s.name);
      const name = g === undefined ? s.name : canonical[g]!;
      return name === s.name ? a : { ...a, source: { ...s, name } };
    }),
  );
}

/** Whether two names denote one source. */
function sameSource(x: string, y: string): boolean {
  if (x === y) return true;
  // "Ana Lima and Li Wei" is neither of them alone.
  if (isCoordinated(x) || isCoordinated(y)) return x.toLowerCase() === y.toLowerCase();
  // The longer name (in words) is `a`.
  const [a, b] = x.split(/\s+/).length >= y.split(/\s+/).length ? [x, y] : [y, x];
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return true;
  // Suffixes aside ("Jo Lee Jr." is "Jo Lee"), and first names by their full form ("Mike" is "Michael").
  const words = (l: string): string[] => {
    const w = l.split(/\s+/);
    while (w.length > 1 && NAME_SUFFIXES.has(w[w.length - 1]!.replace(/,$/, ''))) w.pop();
    if (w.length > 1) w[0] = NICKNAMES.get(w[0]!) ?? w[0]!;
    return w;
  };
  const wa = words(la);
  const wb = words(lb);
  const lastA = wa[wa.length - 1]!;
  const lastB = wb[wb.length - 1]!;
  const orgA = wa.some((w) => ORG_WORDS.has(w));
  const orgB = wb.some((w) => ORG_WORDS.has(w));
  if (orgA !== orgB) return false;
  // Surnames must be near-identical (a letter of transliteration apart) and long enough to be distinctive.
  const lastSim = lastA === lastB ? 1 : Math.min(lastA.length, lastB.length) >= 5 ? similarity(lastA, lastB) : 0;
  if (lastSim < 0.8) return false;
  if (wa.length === wb.length) {
    if (wa.length === 1) return true;
    // Same number of words: every word must match closely ("Alexei Navalny" / "Alexei Navalnyy").
    return wa.every((w, i) => w === wb[i] || similarity(w, wb[i]!) >= 0.7 || (w.length <= 2 && wb[i]!.startsWith(w[0]!)));
  }
  // A shorter name must be a surname or initial-plus-surname of the longer one.
  if (wb.length === 1) return !orgA && wa.length <= 4;
  return wb.slice(0, -1).every((w) => wa.some((x) => x === w || (w.replace(/\.$/, '').length === 1 && x.startsWith(w[0]!))));
}
