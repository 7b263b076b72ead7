/**
 * Named entities by rule: runs of proper nouns (wink-nlp POS), with "of",
 * "and" or "&" allowed inside a name ("Bank of England"), typed by cue words.
 * The lite model has no person/organisation tagger; this is the fallback the
 * wink-nlp docs suggest.
 *
 * @module
 */
import type { TaggedToken } from '../text/tokens';
import type { EntityKind, EntityMention } from '../types';

const ORG_WORDS = /\b(?:ministry|union|council|party|bank|agency|organi[sz]ation|corp|corporation|inc|ltd|company|committee|court|police|army|navy|forces|government|parliament|congress|senate|assembly|commission|department|office|institute|university|nations|alliance|league|association|federation|group|fund|times|post|news|press|reuters|network|board|bureau|service|authority|administration|cabinet|delegation)\b/i;
const PLACE_WORDS = /\b(?:city|county|province|state|region|river|mountain|mount|island|islands|republic|kingdom|street|road|avenue|square|valley|sea|ocean|gulf|bay|lake|district|airport|port|bridge|tower|station|park|stadium|hospital|church|cathedral|mosque|temple|palace|hall|center|centre|plaza|harbor|harbour|beach|coast|peninsula|desert|forest|canal|dam|highway)\b/i;
const PERSON_TITLES = /^(?:mr|mrs|ms|dr|president|minister|secretary|senator|governor|mayor|spokesperson|spokesman|spokeswoman|chancellor|king|queen|prince|pope|general|judge|professor|prof|sen|rep|gov|gen|chief|leader|ambassador|envoy|sir|dame|lord|lady)\.?$/i;
const DEMONYM = /(?:ian|ean|an|ese|ish|i)$/;
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'la', 'du', 'von', 'van', 'al', 'bin']);

/**
 * Matching key of an entity word: lower case, no possessive, and its first five
 * letters, so a demonym meets its country ("Brazilian"/"Brazil") and spelling variants meet ("Gadhafi"/"Gadhaffi").
 *
 * @example
 * entityKey("Britain's"); // 'brita'
 */
export function entityKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 5);
}

/**
 * Entities among tagged tokens (from tagTokens()) that lie inside [start, end).
 *
 * @example
 * extractEntities(tagTokens('The Red Cross met officials in Geneva.'), 0, 38).map((e) => e.text); // ['Red Cross', 'Geneva']
 */
export function extractEntities(tokens: readonly TaggedToken[], start: number, end: number, text?: string): EntityMention[] {
  const out: EntityMention[] = [];
  let run: TaggedToken[] = [];
  for (const t of tokens) {
    if (t.start < start || t.end > end) {
      if (run.length > 0) {
        pushEntity(out, run, text);
        run = [];
      }
      continue;
    }
    const proper = t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
    if (proper) run.push(t);
    // "and" joins two names ("Ana Ruiz and Li Wei") more often than it sits inside one;
    // it stays inside a name only in organisations ("Bank of Commerce and Industry").
    else if (run.length > 0 && CONNECTORS.has(t.lower) && (t.lower !== 'and' && t.lower !== '&' || ORG_WORDS.test(run.map((r) => r.text).join(' ')))) run.push(t);
    else if (run.length > 0) {
      pushEntity(out, run, text);
      run = [];
    }
  }
  if (run.length > 0) pushEntity(out, run, text);
  return out;
}

/** The entity a run of name tokens makes, without the connectors that end it, pushed to `out` (`run` is consumed). */
function pushEntity(out: EntityMention[], run: TaggedToken[], text: string | undefined): void {
  while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.lower)) run.pop();
  if (run.length === 0) return;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const surface = text !== undefined ? text.slice(first.start, last.end) : run.map((t) => t.text).join(' ');
  const words = run.filter((t) => !CONNECTORS.has(t.lower) && !PERSON_TITLES.test(t.text));
  if (words.length > 0) {
    out.push({ text: surface, span: { start: first.start, end: last.end }, kind: kindOf(run), key: words.map((t) => entityKey(t.text)).join(' ') });
  }
}

function kindOf(run: readonly TaggedToken[]): EntityKind {
  const words = run.map((t) => t.text).join(' ');
  if (ORG_WORDS.test(words)) return 'organization';
  if (PLACE_WORDS.test(words)) return 'place';
  if (run.some((t) => PERSON_TITLES.test(t.text)) || (run.length >= 2 && run.length <= 3 && run.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)))) return 'person';
  if (run.length === 1 && DEMONYM.test(run[0]!.lower)) return 'group';
  return 'other';
}
