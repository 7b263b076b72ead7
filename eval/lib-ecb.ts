/**
 * ECB+ dev topics (../shared/datasets/ecbplus) as eval:align and training read
 * them: each document's text rebuilt from its tokens, one line per sentence,
 * with each sentence's cross-document action instances.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/types';
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
