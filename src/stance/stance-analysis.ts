/**
 * One analysis per text for stance(): sentences, content stems, cue counts.
 * Everything here depends on the text alone, so one analysis serves every
 * claim the text is checked against; a bounded cache keyed by the text keeps
 * a 25,000-pair run over 900 bodies at 900 analyses.
 *
 * @module
 */
import { extractAttributions } from '../extract/attribution';
import { NEGATORS } from '../lexicon/negation';
import { STANCE_STOPWORDS } from '../lexicon/stance';
import { countCues } from '../relate/cues';
import { segment } from '../text/sentences';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/tokens';
import type { Attribution, Span } from '../types';

/** Re-exported: the cue matcher lives in cues.ts, shared with relate(). */
export { countCues };

/**
 * One sentence of an analysed text.
 *
 * @example
 * const s: SentenceAnalysis = { span: { start: 0, end: 4 }, stems: new Set(['rain']), cues: [0, 0, 0, 0, 0, 0, 0, 0, 0], negations: 0, question: false };
 */
export interface SentenceAnalysis {
  readonly span: Span;
  /** Content stems (no function words), each once. */
  readonly stems: ReadonlySet<string>;
  /** Cue counts, indexed like STANCE_CUE_CATEGORIES. */
  readonly cues: readonly number[];
  readonly negations: number;
  readonly question: boolean;
}

/**
 * Everything stance() needs to know about one text, independent of any claim.
 *
 * @example
 * analyzeText('Rain fell. It was a hoax.').sentences.length; // 2
 */
export interface TextAnalysis {
  readonly text: string;
  readonly sentences: readonly SentenceAnalysis[];
  /** Content stem → count over the whole text. */
  readonly counts: ReadonlyMap<string, number>;
  /** Content stems in order, for bigrams. */
  readonly sequence: readonly string[];
  /** Stems of capitalised words that do not open a sentence: a cheap proper-noun guess. */
  readonly names: ReadonlySet<string>;
  /** Numbers as written, without separators. */
  readonly numbers: ReadonlySet<string>;
  readonly quoted: boolean;
  readonly tokenCount: number;
  /** Attributions of the text, computed on first use. */
  readonly attributions: () => readonly Attribution[];
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, TextAnalysis>();

/**
 * Analysis of a text, from the shared bounded cache when it was seen before.
 *
 * @example
 * analyzeText('Officials denied the report.') === analyzeText('Officials denied the report.'); // true
 */
export function analyzeText(text: string): TextAnalysis {
  const hit = cache.get(text);
  if (hit !== undefined) {
    // Re-insert so that the Map's insertion order doubles as recency order.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const made = buildAnalysis(text);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(text, made);
  return made;
}

/**
 * How many analyses the cache holds (for benchmarks and tests of the cache).
 *
 * @example
 * analysisCacheSize() >= 0; // true
 */
export function analysisCacheSize(): number {
  return cache.size;
}

const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Inc|Corp|Co|Ltd|vs|No|U\.S|U\.K|a\.m|p\.m)\.$/;

/**
 * Light sentence splitter used while segment() gives nothing: ends a sentence at
 * ., ! or ? before a capital, digit or quote, and at every line break, since
 * news bodies put headlines, bylines and list items on lines of their own.
 *
 * @example
 * splitSentences('Rain fell. Mr. Lee left.\nNext').map((s) => s.start); // [0, 11, 25]
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  const boundary = /\n|[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

// Prefer the project's segmenter once it returns sentences; until then (or for
// text it finds nothing in) fall back to the light splitter above.
function sentenceSpans(text: string): Span[] {
  const segs = segment(normalize({ text }, 0).article).segments;
  // Sorted, because the token walk in buildAnalysis reads spans left to right.
  const spans = segs.filter((s) => s.kind !== 'boilerplate').map((s) => s.span).sort((a, b) => a.start - b.start);
  return spans.length > 0 ? spans : splitSentences(text);
}

const CONTENT = /[\p{L}\p{N}]/u;

function buildAnalysis(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  const counts = new Map<string, number>();
  const sequence: string[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  const sentences: SentenceAnalysis[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    const words: string[] = [];
    const stems = new Set<string>();
    let negations = 0;
    let first = true;
    for (; t < tokens.length && (tokens[t]?.start ?? 0) < span.end; t++) {
      const tok = tokens[t];
      if (tok === undefined) continue;
      words.push(tok.lower);
      if (NEGATORS.has(tok.lower)) negations++;
      if (!CONTENT.test(tok.lower)) continue;
      if (/\d/.test(tok.lower)) numbers.add(tok.lower.replace(/[,]/g, ''));
      const isFirst = first;
      first = false;
      if (STANCE_STOPWORDS.has(tok.lower) || tok.lower.length < 2) continue;
      stems.add(tok.stem);
      sequence.push(tok.stem);
      counts.set(tok.stem, (counts.get(tok.stem) ?? 0) + 1);
      if (!isFirst && /^\p{Lu}/u.test(tok.text)) names.add(tok.stem);
    }
    sentences.push({
      span,
      stems,
      cues: countCues(words),
      negations,
      question: text.slice(span.start, span.end).trimEnd().endsWith('?'),
    });
  }
  let attributions: readonly Attribution[] | null = null;
  return {
    text,
    sentences,
    counts,
    sequence,
    names,
    numbers,
    quoted: /["“”‘]|(?:^|\s)'/.test(text),
    tokenCount: tokens.length,
    attributions: () => (attributions ??= Object.freeze(extractAttributions(text))),
  };
}
