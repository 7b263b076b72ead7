/**
 * `npm run eval:align`: scores alignment on ECB+ dev topics (../shared/datasets/ecbplus).
 *
 * Each topic holds articles about two similar but different events (`ecb` and
 * `ecbplus` documents). Each document's text is rebuilt from its tokens, one
 * line per sentence, tokens joined by spaces, PTB quotes turned into `"`
 * (sentence 0 of an ecbplus document is its URL and is passed as `url`).
 * compare() runs on all documents of a topic together. Only sentences listed in
 * the annotated-sentences CSV are scored.
 *
 * - pair precision: of the claim pairs from different documents that share a
 *   cluster, the share whose two sentences share a cross-document ACTION
 *   coreference instance (instance ids ACT… and NEG…).
 * - similar-event mix: share of those pairs joining an `ecb` with an `ecbplus` document.
 * - pair recall: share of gold sentence pairs (different documents, sharing an
 *   instance) that some claim pair joins.
 *
 * Exits 1 when a figure misses its floor. `--topics 1,3` limits the topics.
 */
import { existsSync } from 'node:fs';
import { compare } from '../src/compare';
import { floorCheck, type Figure } from './lib';
import { annotatedSentences, ECB_ROOT as root, ecbTopics, topicDocs, type Doc } from './lib-ecb';

if (!existsSync(root)) {
  process.stderr.write(`eval:align needs ${root} (the shared data beside this repository); it was not found.\n`);
  process.exit(1);
}

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const alignOverride = {
  ...(flag('--threshold') ? { threshold: Number(flag('--threshold')) } : {}),
  ...(flag('--linkage') ? { linkage: Number(flag('--linkage')) } : {}),
  ...(flag('--story') ? { storyLinkage: Number(flag('--story')) } : {}),
};
const verbose = process.argv.includes('--verbose');
const topicArg = process.argv.indexOf('--topics');
const only = topicArg > 0 ? new Set((process.argv[topicArg + 1] ?? '').split(',')) : null;
const annotated = annotatedSentences();

let pairs = 0;
let correct = 0;
let mixed = 0;
let goldPairs = 0;
let goldHit = 0;
const t0 = performance.now();
const topics = ecbTopics().filter((t) => !only || only.has(t));
for (const topic of topics) {
  const docs = topicDocs(topic);
  const byName = new Map(docs.map((d) => [d.name, d]));
  const isAnnotated = (doc: Doc, sentence: number): boolean => annotated.has(`${topic}:${doc.name.replace(/^\d+_/, '')}:${sentence}`);
  const report = compare(docs.map((d) => d.input), { align: alignOverride, ...(process.argv.includes('--no-relations') ? { relations: false } : {}) });
  const textOf = new Map(report.claims.map((c) => [c.id, c.text]));
  // Claim → (doc, sentence) through the line it starts on.
  const where = new Map<string, { doc: Doc; sentence: number }>();
  for (const c of report.claims) {
    const doc = byName.get(c.articleId)!;
    const line = doc.input.text.slice(0, c.span.start).split('\n').length - 1;
    where.set(c.id, { doc, sentence: doc.lineSentence[line]! });
  }
  const joined = new Set<string>();
  for (const point of report.points) {
    for (let i = 0; i < point.claimIds.length; i++) {
      for (let j = i + 1; j < point.claimIds.length; j++) {
        const a = where.get(point.claimIds[i]!)!;
        const b = where.get(point.claimIds[j]!)!;
        if (a.doc === b.doc || !isAnnotated(a.doc, a.sentence) || !isAnnotated(b.doc, b.sentence)) continue;
        pairs++;
        const ia = a.doc.instances.get(a.sentence);
        const ib = b.doc.instances.get(b.sentence);
        if (ia && ib && [...ia].some((x) => ib.has(x))) correct++;
        else if (verbose && (a.doc.plus !== b.doc.plus || !process.argv.includes('--mix-only'))) process.stdout.write(`✗ ${a.doc.name}: ${textOf.get(point.claimIds[i]!)}\n  ${b.doc.name}: ${textOf.get(point.claimIds[j]!)}\n`);
        if (a.doc.plus !== b.doc.plus) mixed++;
        joined.add(sentencePairKey(a.doc.name, a.sentence, b.doc.name, b.sentence));
      }
    }
  }
  // Gold sentence pairs: annotated sentences of different documents sharing an instance.
  const units = docs.flatMap((d) => [...d.instances.entries()].filter(([s]) => isAnnotated(d, s)).map(([s, set]) => ({ d, s, set })));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.d === b.d || ![...a.set].some((x) => b.set.has(x))) continue;
      goldPairs++;
      if (joined.has(sentencePairKey(a.d.name, a.s, b.d.name, b.s))) goldHit++;
    }
  }
}

function sentencePairKey(a: string, sa: number, b: string, sb: number): string {
  const x = `${a}#${sa}`;
  const y = `${b}#${sb}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`claimdiff eval:align — ECB+ dev, ${topics.length} topics, ${pairs} scored claim pairs, ${goldPairs} gold sentence pairs, ${seconds.toFixed(1)} s\n\n`);
const figures: Figure[] = [
  { name: 'pair precision', value: correct / Math.max(1, pairs), floor: 0.8, detail: `${correct}/${pairs}` },
  { name: 'similar-event mix', value: mixed / Math.max(1, pairs), floor: 0.03, detail: `${mixed}/${pairs}`, max: true },
  { name: 'pair recall', value: goldHit / Math.max(1, goldPairs), floor: 0.3, detail: `${goldHit}/${goldPairs}` },
];
const ok = floorCheck(figures);
process.exit(ok ? 0 : 1);
