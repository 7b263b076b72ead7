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
import { annotatedSentences, ECB_FLOORS, ECB_ROOT as root, ecbTopics, scoreEcbTopic, topicDocs, type Doc } from './lib-ecb';

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
  const report = compare(docs.map((d) => d.input), { align: alignOverride, ...(process.argv.includes('--no-relations') ? { relations: false } : {}) });
  const textOf = new Map(report.claims.map((c) => [c.id, c.text]));
  const onWrong = verbose
    ? (a: { doc: Doc; claimId: string }, b: { doc: Doc; claimId: string }): void => {
      if (a.doc.plus !== b.doc.plus || !process.argv.includes('--mix-only')) process.stdout.write(`✗ ${a.doc.name}: ${textOf.get(a.claimId)}\n  ${b.doc.name}: ${textOf.get(b.claimId)}\n`);
    }
    : undefined;
  const c = scoreEcbTopic(topic, docs, report.claims, report.points.map((p) => p.claimIds), annotated, onWrong);
  pairs += c.pairs;
  correct += c.correct;
  mixed += c.mixed;
  goldPairs += c.goldPairs;
  goldHit += c.goldHit;
}

const seconds = (performance.now() - t0) / 1000;
process.stdout.write(`claimdiff eval:align — ECB+ dev, ${topics.length} topics, ${pairs} scored claim pairs, ${goldPairs} gold sentence pairs, ${seconds.toFixed(1)} s\n\n`);
const figures: Figure[] = [
  { name: 'pair precision', value: correct / Math.max(1, pairs), floor: ECB_FLOORS.precision, detail: `${correct}/${pairs}` },
  { name: 'similar-event mix', value: mixed / Math.max(1, pairs), floor: ECB_FLOORS.mix, detail: `${mixed}/${pairs}`, max: true },
  { name: 'pair recall', value: goldHit / Math.max(1, goldPairs), floor: ECB_FLOORS.recall, detail: `${goldHit}/${goldPairs}` },
];
const ok = floorCheck(figures);
process.exit(ok ? 0 : 1);
