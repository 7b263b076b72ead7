/**
 * extractAttributions(): every attribution in a text (who said what, through
 * which cue, quoted or paraphrased), claim or not.
 *
 * The approach follows the cue-anchored attribution extractors of the PARC /
 * PolNeAR line of work (Pareti 2016; Newell, Margolin & Ruths 2018) and
 * textacy's `direct_quotations`: find the cue first (a reporting verb, "according
 * to", a colon or dash next to a quote, "reportedly"), then the source around
 * it (subject, inverted subject, appositive) and the content (the clause or
 * quote on the cue's other side). Rules and lexicons, no learned model, so that
 * each result can be explained and the whole runs above 1 MB/s: only sentences
 * holding a cue candidate are tagged, and with wink-nlp's POS stage only.
 *
 * Limits: no syntactic parse, so content ends at punctuation-marked clause
 * boundaries (", adding …", ", who …", ", but …", ";") and can run long on a
 * comma-less sentence; pronoun resolution is recency-based (./mentions), with
 * gender from titles, earlier pronouns and a first-name table;
 * an orphan quote with no cue in its sentence or the sentence before is not
 * attributed; verbs of perception ("seemed", "appears") and desire ("wants")
 * are not cues. PolNeAR dev, with the definitions in eval/attribution.ts:
 * found F1 ≈ 72%, content F1 ≈ 77% (over `contentParts` where the cue and
 * source interrupt the content), source ≈ 89%, cue ≈ 92%.
 *
 * Layout: ./units (sentence-like units and their context), ./tokens (token
 * flags and tests), ./lexicon (cue lexicons indexed), ./cues (finding cues),
 * ./filters (lexicon-driven filters of false cues and sources), ./source (the
 * source noun phrase), ./content (content spans and quote kind), ./analyse (one
 * cue to one attribution), ./mentions (mention tracking and resolution in the
 * article), ./blocks (passages a colon-ended paragraph introduces), ./options;
 * this file runs them over a text.
 *
 * @module
 */
import { hasLetterOrDigit } from '../../text/letters';
import { cleanView } from '../../text/normalize';
import { findQuotes, type Quote } from '../../text/quotes';
import type { ArticleInput, Attribution, Source, Span, TextSpan } from '../../types';
import { posTag, type PosToken } from '../../vendor/wink-pos';
import { isVagueSource, splitNameRole } from '../sources';
import { resolveArticleSources } from './mentions';
import { withIntroducedPassages } from './blocks';
import { analyseCue, cutAtMainVerb, shareCoordinatedSubject, shareOpeningParticiple, type Draft } from './analyse';
import { contentParts, extendWithFollowingQuotes, kindOf, kindOfParts } from './content';
import { findCues, mayHoldCue } from './cues';
import { defaultAttributionOptions, type AttributionOptions } from './options';

export { defaultAttributionOptions, type AttributionOptions } from './options';
import { spanOf, withFlags } from './tokens';
import { NO_BREAKS, sentenceStarts, units, type Unit, type UnitContext } from './units';

interface Located extends Draft {
  readonly cueSpan: Span;
}

/**
 * Every attribution in a text, claim or not, in document order. Each has its
 * kind (direct, indirect, mixed), its source (or null for "reportedly" and
 * impersonal passives), its cue and its content (with `contentParts` when its
 * own cue and source interrupt it), all as exact spans into the original text. Vague sources ("officials", "a source familiar with the
 * talks") and sourceless cues carry `unnamed: true`.
 *
 * @example
 * const [a] = extractAttributions('“We will rebuild,” Health Minister Ana Ruiz said on Monday.');
 * a?.kind; // 'direct'
 * a?.source?.name; // 'Ana Ruiz'
 * a?.source?.role; // 'Health Minister'
 * a?.cue?.text; // 'said'
 * extractAttributions('Officials said the bridge was closed.')[0]?.unnamed; // true
 * // The cue, the source and the description after it interrupt the content:
 * extractAttributions('“We won,” said Lee, the coach. “Again.”')[0]?.contentParts; // [{ start: 0, end: 9 }, { start: 31, end: 39 }]
 */
export function extractAttributions(article: ArticleInput | string, options: AttributionOptions = defaultAttributionOptions): Attribution[] {
  const text = typeof article === 'string' ? article : article?.text;
  if (typeof text !== 'string' || text.trim() === '') return [];
  return attributionsOf(text, null, options);
}

/**
 * extractAttributions() on a text whose tokens are already tagged (by
 * tagTokens() over cleanView(text), as analyzeArticle() does), so that each
 * sentence is tagged once for claims and attributions alike. With `tokens`
 * null, the sentences that may hold a cue are tagged here. `quotes` are the
 * text's quotes when already found (findQuotes(text).quotes).
 *
 * @example
 * const text = 'Officials said the bridge was closed.';
 * attributionsOf(text, tagTokens(cleanView(text)))[0]?.cue?.text; // 'said'
 */
export function attributionsOf(
  text: string,
  tokens: readonly PosToken[] | null,
  options: AttributionOptions = defaultAttributionOptions,
  quotes: readonly Quote[] = findQuotes(text).quotes,
): Attribution[] {
  if (text.trim() === '') return [];
  const opts: AttributionOptions = { ...defaultAttributionOptions, ...options };
  const view = cleanView(text);
  const quoteStarts = new Map<number, Quote>();
  const quoteEnds = new Map<number, Quote>();
  for (const q of quotes) {
    if (!quoteStarts.has(q.span.start) || q.depth === 0) quoteStarts.set(q.span.start, q);
    if (!quoteEnds.has(q.span.end) || q.depth === 0) quoteEnds.set(q.span.end, q);
  }
  const quoteEndSet = new Set(quoteEnds.keys());
  const quoteStartSet = new Set(quoteStarts.keys());
  const drafts: Located[] = [];
  let prevUnit: Unit | null = null;
  const all = units(view, quotes);
  for (let ui = 0; ui < all.length; ui++) {
    const u = all[ui]!;
    const body = view.slice(u.start, u.end);
    const prev: Unit | null = prevUnit;
    prevUnit = u;
    if (!mayHoldCue(body)) continue;
    const toks = withFlags(tokens ? tokensWithin(tokens, u.start, u.end) : posTag(body, u.start));
    if (toks.length === 0) continue;
    const pq = prev ? quoteStarts.get(prev.start) : undefined;
    const prevQuoteOnly = pq && prev && pq.span.end >= prev.end - 1 && /^[ \t]*$/.test(view.slice(prev.end, u.start)) ? pq : null;
    const sentStarts = u.breaks.length === 0 ? NO_BREAKS : sentenceStarts(toks, u.breaks);
    const ctx: UnitContext = { view, toks, quoteStarts, quoteEnds, prevQuoteOnly, options: opts, quoteEndSet, sentStarts };
    const done: Draft[] = [];
    for (const cue of findCues(ctx)) {
      const d = analyseCue(ctx, cue, done);
      // Content is words: '."' left over after an addressee is none.
      if (d && d.content.end > d.content.start && hasLetterOrDigit(view, d.content.start, d.content.end)) done.push(d);
    }
    for (const d of shareOpeningParticiple(ctx, shareCoordinatedSubject(ctx, cutAtMainVerb(ctx, done)))) {
      const cueSpan = spanOf(toks, [d.cue.s, d.cue.e]);
      const content = d.content.end <= cueSpan.start && quoteEnds.has(d.content.end) ? extendWithFollowingQuotes(view, all, ui, d.content, quoteStarts) : d.content;
      drafts.push({ ...d, content, cueSpan });
    }
  }
  const atts = drafts.map((d) => build(text, d, quotes, contentParts(view, d.content, d.cueSpan, d.source, quoteStartSet, quoteEndSet)));
  atts.sort((a, b) => a.content.start - b.content.start || (a.cue?.span.start ?? 0) - (b.cue?.span.start ?? 0));
  return withIntroducedPassages(text, resolveArticleSources(dedupe(atts), opts.resolvePronouns !== false, text));
}

function dedupe(atts: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return atts.filter((a) => {
    const key = `${a.content.start}:${a.content.end}:${a.source?.span.start ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function build(text: string, d: Located, quotes: readonly Quote[], parts: readonly Span[] | null): Attribution {
  const cue: TextSpan = { text: text.slice(d.cueSpan.start, d.cueSpan.end), span: d.cueSpan };
  let source: Source | null = null;
  let unnamed = d.unnamed;
  if (d.source) {
    const stext = text.slice(d.source.start, d.source.end);
    const nr = splitNameRole(d.antecedent ? text.slice(d.antecedent.start, d.antecedent.end) : stext);
    source = { text: stext, span: d.source, name: nr.name, role: d.role ?? nr.role };
    // "officials", and an indefinite description with no name ("a spokesman for the ministry"), are unnamed.
    if (isVagueSource(nr.name) || (/^(?:an?|another)\s/i.test(stext) && nr.name === nr.name.toLowerCase())) unnamed = true;
  }
  // A transcript turn is verbatim speech although it carries no quotation marks; a content its own
  // cue and source interrupt is read over its parts, so the cue between two quotations is no paraphrase.
  const kind = d.cue.cls === 'turn' ? 'direct' as const : parts ? kindOfParts(parts, quotes, text) : kindOf(d.content, quotes, text);
  const base: Attribution = parts ? { kind, source, cue, content: d.content, contentParts: parts } : { kind, source, cue, content: d.content };
  return unnamed ? { ...base, unnamed: true } : base;
}

/** The tokens that lie inside [start, end), from tokens sorted by offset. */
function tokensWithin(tokens: readonly PosToken[], start: number, end: number): PosToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: PosToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) if (tokens[i]!.end <= end) out.push(tokens[i]!);
  return out;
}
