/**
 * Learns reporting-verb cues from PolNeAR/train and writes
 * src/lexicon/reporting.generated.ts (`npx tsx scripts/learn-attribution-cues.ts`).
 *
 * For every word form that heads a gold cue (the last word of a one- or
 * two-word cue span), the script groups forms by lemma (regular inflection,
 * checked against src/lexicon/inflect), counts how often the lemma's forms are
 * a cue against how often they occur at all, and keeps lemmas that are cues
 * often enough and are not in the hand lexicons already (nor editorial verbs
 * such as "highlight", which carry the writer's voice). The class comes from
 * where the gold content sits: before the cue often enough → `speech`; mostly a
 * "that" clause after it → `clausal`; otherwise its object → `act`.
 *
 * Only statistics (lemma, class, rate, count) are written; no dataset text. No
 * sampling is involved, and every list is sorted, so the output is the same on
 * every run (no seed needed). Reads ../shared relative to the repository.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflections } from '../src/lexicon/inflect';
import { ACT_VERBS, CLAUSAL_VERBS, EDITORIAL_VERBS, PHRASAL_CUES, SPEECH_VERBS, type LearnedCue } from '../src/lexicon/reporting';

const MIN_CUES = 8;
const MIN_RATE = 0.35;

const train = path.resolve(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'train');
if (!existsSync(train)) {
  process.stderr.write(`learn-attribution-cues needs PolNeAR/train in ${train}; it is not there.\n`);
  process.exit(1);
}

interface Stat {
  cue: number;
  before: number;
  that: number;
  /** Gold cues with no source: perception verbs ("seemed") and titles the extractor would wrongly give one. */
  noSource: number;
}

const cueStats = new Map<string, Stat>();
const formCount = new Map<string, number>();
const WORD = /[\p{L}][\p{L}'’-]*/gu;

const texts = new Set<string>();
for (const file of readdirSync(path.join(train, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
  const base = file.replace(/_[^_]+\.ann$/, '');
  const textPath = path.join(train, 'text', `${base}.txt`);
  if (!existsSync(textPath)) continue;
  const text = readFileSync(textPath, 'utf8');
  // Each article is counted once for occurrences, however many annotators it has.
  if (!texts.has(base)) {
    texts.add(base);
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      formCount.set(w, (formCount.get(w) ?? 0) + 1);
    }
  }
  const spans = new Map<string, [number, number][]>();
  for (const line of readFileSync(path.join(train, 'attributions', file), 'utf8').split('\n')) {
    const t = /^(T\d+)\t(\w+) ([\d; ]+)\t/.exec(line);
    if (t) {
      spans.set(t[1]!, t[3]!.split(';').map((p) => p.trim().split(/\s+/).map(Number) as [number, number]));
      continue;
    }
    if (!line.startsWith('E')) continue;
    const fields = new Map((line.split('\t')[1] ?? '').split(' ').map((x) => x.split(':') as [string, string]));
    const cue = spans.get(fields.get('Cue') ?? '');
    const content = spans.get(fields.get('Content') ?? '');
    if (!cue || !content) continue;
    const words = [...text.slice(cue[0]![0], cue[cue.length - 1]![1]).matchAll(WORD)].map((m) => m[0].toLowerCase());
    if (words.length === 0 || words.length > 2) continue;
    const head = words[words.length - 1]!;
    const s = cueStats.get(head) ?? { cue: 0, before: 0, that: 0, noSource: 0 };
    s.cue++;
    if (!fields.has('Source')) s.noSource++;
    if (content[0]![0] < cue[0]![0]) s.before++;
    else if (/^that\b/i.test(text.slice(content[0]![0], content[0]![0] + 5))) s.that++;
    cueStats.set(head, s);
  }
}

/**
 * The lemma whose regular inflections include `form`, or null. Several stems can
 * produce one form ("declined": "decline" or "declin"); the one the corpus uses
 * as a word wins.
 */
function lemmaOf(form: string): string | null {
  const candidates = [form.replace(/s$/, ''), form.replace(/es$/, ''), form.replace(/ed$/, ''), form.replace(/d$/, ''),
    form.replace(/ing$/, ''), form.replace(/ing$/, 'e'), form.replace(/ies$/, 'y'), form.replace(/ied$/, 'y'), form.replace(/(.)\1ed$/, '$1'), form.replace(/(.)\1ing$/, '$1')];
  const fits = candidates.filter((c) => c !== form && c.length > 2 && inflections(c).includes(form));
  fits.sort((a, b) => (formCount.get(b) ?? 0) - (formCount.get(a) ?? 0) || (a < b ? -1 : 1));
  if (fits.length > 0 && (formCount.get(fits[0]!) ?? 0) > 0) return fits[0]!;
  // A base form stands for itself; an unexplained -ed/-ing/-s form is left out rather than guessed.
  return /(?:ed|ing|s|ly)$/.test(form) ? null : form;
}

const known = new Set<string>([...SPEECH_VERBS, ...ACT_VERBS, ...CLAUSAL_VERBS, ...PHRASAL_CUES.map((p) => p.split(' ')[0]!)]);
// Forms of the hand lexicon's verbs, irregular ones included ("said", "told").
const knownForms = new Set<string>([...known].flatMap((l) => inflections(l)));
const byLemma = new Map<string, Stat & { forms: Set<string> }>();
for (const [form, s] of [...cueStats].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (knownForms.has(form)) continue;
  const lemma = lemmaOf(form);
  if (!lemma || known.has(lemma) || EDITORIAL_VERBS.has(lemma)) continue;
  const agg = byLemma.get(lemma) ?? { cue: 0, before: 0, that: 0, noSource: 0, forms: new Set<string>() };
  agg.noSource += s.noSource;
  agg.cue += s.cue;
  agg.before += s.before;
  agg.that += s.that;
  agg.forms.add(form);
  byLemma.set(lemma, agg);
}

const learned: LearnedCue[] = [];
for (const [lemma, s] of [...byLemma].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const total = inflections(lemma).reduce((n, f) => n + (formCount.get(f) ?? 0), 0);
  const rate = total > 0 ? s.cue / total : 0;
  if (s.cue < MIN_CUES || rate < MIN_RATE || s.noSource >= 0.3 * s.cue) continue;
  const cls = s.before >= 0.2 * s.cue ? 'speech' : s.that >= 0.3 * s.cue ? 'clausal' : 'act';
  learned.push({ lemma, cls, rate: Math.round(rate * 1000) / 1000, count: s.cue });
}

const out = `/**
 * Cue verbs learned from PolNeAR/train by scripts/learn-attribution-cues.ts
 * (lemmas that head a gold cue at least ${MIN_CUES} times and are a cue in at least
 * ${Math.round(MIN_RATE * 100)}% of their occurrences, minus the hand lexicons). Statistics only.
 * Generated: do not edit by hand; run \`npx tsx scripts/learn-attribution-cues.ts\`.
 *
 * @module
 */

import type { LearnedCue } from './reporting';

/**
 * The learned cue verbs, sorted by lemma.
 *
 * @example
 * LEARNED_CUES.every((c) => c.rate > 0); // true
 */
export const LEARNED_CUES: readonly LearnedCue[] = [
${learned.map((c) => `  { lemma: '${c.lemma}', cls: '${c.cls}', rate: ${c.rate}, count: ${c.count} },`).join('\n')}
];
`;
writeFileSync(path.resolve(__dirname, '..', 'src', 'lexicon', 'reporting.generated.ts'), out);
process.stdout.write(`learned ${learned.length} cue verbs from ${texts.size} articles: ${learned.map((c) => `${c.lemma}/${c.cls}`).join(', ')}\n`);
