/**
 * Turns lemma phrases from the lexicons ("rule out", "call for") into regular
 * expressions that match their inflected forms ("ruled out", "calls for").
 *
 * @module
 */

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  be: ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'done', 'doing'],
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  withdraw: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  forgo: ['forgo', 'forgoes', 'forwent', 'forgone', 'forgoing'],
  make: ['make', 'makes', 'made', 'making'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  hold: ['hold', 'holds', 'held', 'holding'],
  put: ['put', 'puts', 'putting'],
  shut: ['shut', 'shuts', 'shutting'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  stand: ['stand', 'stands', 'stood', 'standing'],
  bring: ['bring', 'brings', 'brought', 'bringing'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  lead: ['lead', 'leads', 'led', 'leading'],
  pull: ['pull', 'pulls', 'pulled', 'pulling'],
  will: ['will', "'ll"],
};

const DOUBLING = new Set(['stop', 'bar', 'ban', 'scrap', 'plan', 'veto', 'drop', 'admit', 'commit', 'permit', 'refer', 'prefer', 'regret', 'rebut', 'submit', 'quip', 'blog']);

/**
 * The inflected forms of one lemma (regular English morphology plus a table of irregular verbs).
 *
 * @example
 * inflections('deny'); // ['deny', 'denies', 'denied', 'denying']
 */
export function inflections(lemma: string): readonly string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = new Set<string>([lemma]);
  if (/[^aeiou]y$/.test(lemma)) {
    const b = lemma.slice(0, -1);
    forms.add(b + 'ies').add(b + 'ied').add(lemma + 'ing');
  } else if (lemma.endsWith('e')) {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma.slice(0, -1) + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(lemma + 'es').add(lemma + 'ed').add(lemma + 'ing');
  } else {
    forms.add(lemma + 's').add(lemma + 'ed').add(lemma + 'ing');
    if (DOUBLING.has(lemma)) {
      const last = lemma.slice(-1);
      forms.add(lemma + last + 'ed').add(lemma + last + 'ing');
    }
  }
  return [...forms];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive, global regular expression that matches any of the given
 * phrases; the first word of each phrase is inflected when `inflect` is true.
 * Words must stand whole (no match inside a longer word).
 *
 * @example
 * phraseRegex(['rule out']).test('They ruled out talks'); // true
 */
export function phraseRegex(phrases: readonly string[], inflect = true): RegExp {
  const alternatives = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const heads = inflect ? inflections(words[0]!) : [words[0]!];
    const tail = words.slice(1).map(escape).join('\\s+');
    for (const head of heads) alternatives.add(tail ? `${escape(head)}\\s+${tail}` : escape(head));
  }
  // Longest first, so "rule out" wins over "rule".
  const sorted = [...alternatives].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${sorted.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

/**
 * The words a match of phraseRegex(phrases, inflect) can start with, lower
 * case: a text holding none of them as a word holds no match, so the regular
 * expression need not run.
 *
 * @example
 * phraseHeads(['rule out'], true).has('ruled'); // true
 */
export function phraseHeads(phrases: readonly string[], inflect = true): ReadonlySet<string> {
  const heads = new Set<string>();
  for (const phrase of phrases) {
    const first = phrase.toLowerCase().split(/\s+/).filter(Boolean)[0];
    if (first !== undefined) for (const h of inflect ? inflections(first) : [first]) heads.add(h);
  }
  return heads;
}
