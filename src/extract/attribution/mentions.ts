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
import { GENDERED_TITLES, ROLE_NOUNS, SOURCE_PRONOUNS } from '../../lexicon/reporting';
import type { Attribution, Source } from '../../types';
import { isGroupName, isPersonName, lastWord, roleHead } from '../sources';

interface Known {
  readonly name: string;
  readonly role: string | null;
  readonly person: boolean;
  readonly group: boolean;
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
 * Canonical names within one article. Surnames ("Ruiz", "Ms. Ruiz") take the
 * full name introduced elsewhere in the article and its role; "he"/"she" take
 * the most recent person named before them whose gender does not disagree (gender
 * is known from a title, "Ms. Ruiz", "the spokesman", or from an earlier "he" or
 * "she" that referred to the same person), "they" the most recent group, and
 * "the spokesperson" the most recent source with that role. What fits nothing
 * keeps its own words as its name.
 *
 * @example
 * const out = resolveArticleSources([
 *   { kind: 'indirect', source: { text: 'Health Minister Ana Ruiz', span: { start: 0, end: 24 }, name: 'Ana Ruiz', role: 'Health Minister' }, cue: null, content: { start: 30, end: 40 } },
 *   { kind: 'indirect', source: { text: 'she', span: { start: 50, end: 53 }, name: 'she', role: null }, cue: null, content: { start: 60, end: 70 } },
 * ]);
 * out[1]?.source?.name; // 'Ana Ruiz'
 */
export function resolveArticleSources(atts: readonly Attribution[], resolvePronouns = true): Attribution[] {
  // Full names of the article, so that a surname can be expanded wherever it appears.
  const fullBySurname = new Map<string, Known>();
  const ambiguous = new Set<string>();
  for (const a of atts) {
    const s = a.source;
    if (!s || !isPersonName(s.name) || s.name.split(/\s+/).length < 2) continue;
    const key = lastWord(s.name);
    const prev = fullBySurname.get(key);
    // Two people with one surname ("Ana Lee", "Bo Lee"): a bare "Lee" could be either, so it stays as written.
    if (prev && prev.name !== s.name) ambiguous.add(key);
    if (!prev || (prev.name === s.name && prev.role === null && s.role !== null)) fullBySurname.set(key, { name: s.name, role: s.role ?? prev?.role ?? null, person: true, group: false });
  }
  for (const key of ambiguous) fullBySurname.delete(key);
  const history: Known[] = [];
  // What is known of each resolved name's gender: from a title, or from a "he"/"she" that referred to it.
  const genders = new Map<string, Gender>();
  const out: Attribution[] = [];
  for (const a of atts) {
    const s = a.source;
    if (!s) {
      out.push(a);
      continue;
    }
    let resolved: Source = s;
    const lower = s.text.trim().toLowerCase();
    const pronoun = SOURCE_PRONOUNS.get(lower);
    if (pronoun !== undefined) {
      const wanted: Gender | null = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
      // "it" stands for an organisation or a thing, never a named person.
      const agrees = (k: Known): boolean => (lower === 'it' ? !k.person : wanted === null || (genders.get(k.name) ?? wanted) === wanted);
      const fit = resolvePronouns ? findAntecedent(history, pronoun, agrees) : undefined;
      resolved = fit ? { ...s, name: fit.name, role: s.role ?? fit.role } : { ...s, name: lower };
      if (fit && wanted && !genders.has(fit.name)) genders.set(fit.name, wanted);
    } else if (/^(?:the|this|that)\s/i.test(s.text) && s.name === s.name.toLowerCase()) {
      // "the spokesperson added": a role noun standing for someone named before.
      const head = lastWord(s.name);
      let fit: Known | undefined;
      // Look back a bounded distance: a role noun refers to someone recent, and a long article must stay linear.
      for (let i = history.length - 1; ROLE_NOUNS.has(head) && resolvePronouns && i >= 0 && i >= history.length - 20 && !fit; i--) {
        const k = history[i]!;
        // The role's own head, not a noun in its phrase: "the prosecutor" is not "spokesman for the prosecutor".
        if (k.role !== null && roleHead(k.role).includes(head)) fit = k;
      }
      if (fit) resolved = { ...s, name: fit.name, role: fit.role };
    } else {
      const full = fullBySurname.get(lastWord(s.name));
      if (full && (s.name.split(/\s+/).length === 1 || full.name.endsWith(s.name))) {
        resolved = { ...s, name: full.name, role: s.role ?? full.role };
      }
    }
    const told = pronoun === undefined ? titleGender(s.text, resolved.role) : null;
    if (told && !genders.has(resolved.name)) genders.set(resolved.name, told);
    if (pronoun === undefined || resolved.name !== lower) {
      history.push({ name: resolved.name, role: resolved.role, person: isPersonName(resolved.name), group: isGroupName(resolved.name) });
    }
    out.push(resolved === s ? a : { ...a, source: resolved });
  }
  return out;
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
