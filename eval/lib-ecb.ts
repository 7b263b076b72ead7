/**
 * ECB+ dev topics (../shared/datasets/ecbplus) as eval:align and training read
 * them: each document's text rebuilt from its tokens, one line per sentence,
 * with each sentence's cross-document action instances.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, Claim } from '../src/types';
import { SHARED } from './lib-stories';

/** The ECB+ folder. */
export const ECB_ROOT = join(SHARED, 'datasets', 'ecbplus');

/** One ECB+ document. */
export interface Doc {
  readonly name: string;
  readonly plus: boolean;
  readonly input: ArticleInput;
  /** Line index in the rebuilt text → sentence number. */
  readonly lineSentence: readonly number[];
  /** Sentence number → action instance ids. */
  readonly instances: ReadonlyMap<number, ReadonlySet<string>>;
}

export function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function readDoc(path: string, name: string): Doc {
  const xml = readFileSync(path, 'utf8');
  const plus = name.endsWith('ecbplus');
  const tokenSentence = new Map<string, number>();
  const sentences = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(m[2]);
    tokenSentence.set(m[1]!, sentence);
    const word = decode(m[3]!).replace(/^(?:``|'')$/, '"');
    sentences.set(sentence, [...(sentences.get(sentence) ?? []), word]);
  }
  const mentionSentences = new Map<string, number[]>();
  for (const m of xml.matchAll(/<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const ids = [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((a) => tokenSentence.get(a[1]!)).filter((x): x is number => x !== undefined);
    mentionSentences.set(m[2]!, ids);
  }
  const instances = new Map<number, Set<string>>();
  for (const m of xml.matchAll(/<CROSS_DOC_COREF[^>]*note="((?:ACT|NEG)[^"]*)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of m[2]!.matchAll(/<source m_id="(\d+)"/g)) {
      for (const sentence of mentionSentences.get(s[1]!) ?? []) {
        const set = instances.get(sentence) ?? new Set<string>();
        set.add(m[1]!);
        instances.set(sentence, set);
      }
    }
  }
  const numbers = [...sentences.keys()].sort((a, b) => a - b);
  const url = plus && numbers[0] === 0 ? sentences.get(0)!.join('') : undefined;
  const kept = url !== undefined ? numbers.slice(1) : numbers;
  const text = kept.map((n) => sentences.get(n)!.join(' ')).join('\n');
  const input: ArticleInput = url !== undefined && /^https?:/.test(url) ? { id: name, text, url } : { id: name, text };
  return { name, plus, input, lineSentence: kept, instances };
}


/** The annotated sentences ("topic:doc:sentence"). */
export function annotatedSentences(): Set<string> {
  const csv = readFileSync(join(ECB_ROOT, 'ECBplus_coreference_sentences_odd_topics.csv'), 'utf8').trim().split('\n').slice(1);
  return new Set(csv.map((l) => l.split(',').map((x) => x.trim()).join(':')));
}

/** The dev topics, in number order. */
export function ecbTopics(): string[] {
  return readdirSync(join(ECB_ROOT, 'ECB+')).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b));
}

/** The documents of one topic, in file order. */
export function topicDocs(topic: string): Doc[] {
  const dir = join(ECB_ROOT, 'ECB+', topic);
  return readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => readDoc(join(dir, f), f.replace(/\.xml$/, '')));
}

/** eval:align's floors: pair precision, similar-event mix (at most), pair recall. */
export const ECB_FLOORS = { precision: 0.8, mix: 0.03, recall: 0.3 } as const;

/** One topic's counts (eval:align sums them over the topics). */
export interface EcbCounts {
  /** Claim pairs of different documents that share a point, both sentences annotated. */
  readonly pairs: number;
  /** Of those, pairs whose two sentences share a cross-document action instance. */
  readonly correct: number;
  /** Of those, pairs joining an `ecb` with an `ecbplus` document. */
  readonly mixed: number;
  /** Gold sentence pairs: annotated sentences of different documents sharing an instance. */
  readonly goldPairs: number;
  /** Gold sentence pairs some claim pair joins. */
  readonly goldHit: number;
}

function sentencePairKey(a: string, sa: number, b: string, sb: number): string {
  const x = `${a}#${sa}`;
  const y = `${b}#${sb}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/**
 * Scores one topic's points (claim id lists) against the ECB+ gold. A claim is
 * placed at the sentence of the line it starts on. `onWrong` sees each scored
 * pair whose sentences share no instance.
 */
export function scoreEcbTopic(
  topic: string,
  docs: readonly Doc[],
  claims: readonly Pick<Claim, 'id' | 'articleId' | 'span'>[],
  points: readonly (readonly string[])[],
  annotated: ReadonlySet<string>,
  onWrong?: (a: { doc: Doc; claimId: string }, b: { doc: Doc; claimId: string }) => void,
): EcbCounts {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const isAnnotated = (doc: Doc, sentence: number): boolean => annotated.has(`${topic}:${doc.name.replace(/^\d+_/, '')}:${sentence}`);
  const where = new Map<string, { doc: Doc; sentence: number }>();
  for (const c of claims) {
    const doc = byName.get(c.articleId)!;
    const line = doc.input.text.slice(0, c.span.start).split('\n').length - 1;
    where.set(c.id, { doc, sentence: doc.lineSentence[line]! });
  }
  let pairs = 0;
  let correct = 0;
  let mixed = 0;
  const joined = new Set<string>();
  for (const point of points) {
    for (let i = 0; i < point.length; i++) {
      for (let j = i + 1; j < point.length; j++) {
        const a = where.get(point[i]!)!;
        const b = where.get(point[j]!)!;
        if (a.doc === b.doc || !isAnnotated(a.doc, a.sentence) || !isAnnotated(b.doc, b.sentence)) continue;
        pairs++;
        const ia = a.doc.instances.get(a.sentence);
        const ib = b.doc.instances.get(b.sentence);
        if (ia && ib && [...ia].some((x) => ib.has(x))) correct++;
        else onWrong?.({ doc: a.doc, claimId: point[i]! }, { doc: b.doc, claimId: point[j]! });
        if (a.doc.plus !== b.doc.plus) mixed++;
        joined.add(sentencePairKey(a.doc.name, a.sentence, b.doc.name, b.sentence));
      }
    }
  }
  let goldPairs = 0;
  let goldHit = 0;
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
  return { pairs, correct, mixed, goldPairs, goldHit };
}
