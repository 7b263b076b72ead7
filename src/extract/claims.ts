/**
 * Claims: the check-worthy clauses of each unit. A sentence holding two claims
 * joined by "while", "but", ";" or a reporting participle ("…, arguing that …")
 * gives two. Each claim carries polarity, modality, condition, attribution,
 * numbers, times and entities, all with exact spans.
 *
 * @module
 */
import { SAY_VERBS } from '../lexicon/reporting';
import { hasLetterOrDigit } from '../text/letters';
import { cleanView, normalize } from '../text/normalize';
import { findQuotes, indexQuotes, quotesMeeting, type Quote, type QuoteIndex } from '../text/quotes';
import { segment, type Segment, type Segmentation } from '../text/sentences';
import { tagTokens, type TaggedToken } from '../text/tokens';
import type { Article, ArticleInput, Attribution, Claim, Message, Span } from '../types';
import { attributionsOf } from './attribution';
import { extractEntities } from './entities';
import { analyzeClause, imperativeMood } from './modality';
import { extractNumbers } from './numbers';
import { extractTimes } from './times';

/**
 * Options of extractClaims().
 *
 * @example
 * const o: ExtractOptions = { minWords: 4, keepEditorial: true };
 */
export interface ExtractOptions {
  /** Clauses with fewer words are not claims. */
  readonly minWords?: number;
  /** Keep the writer's own meta-commentary ("This move highlights …"), dropped by default. */
  readonly keepEditorial?: boolean;
}

/**
 * Default extraction options.
 *
 * @example
 * extractClaims({ text: 'The bridge is closed.' }, defaultExtractOptions);
 */
export const defaultExtractOptions: Required<ExtractOptions> = Object.freeze({ minWords: 3, keepEditorial: false });

const DISCOURSE_LEAD = /^(?:(?:but|and|yet|still|however|nevertheless|nonetheless|meanwhile|furthermore|moreover|also|instead|thus|so|then|indeed|in addition|additionally|in response|finally|first|second|third)\b,?\s+)+/i;
const SAY_PARTICIPLES = new Set([...SAY_VERBS].map((v) => participle(v)));
const EDITORIAL_VERBS = new Set([
  'highlight', 'underscore', 'underline', 'signal', 'solidify', 'cast', 'dim', 'indicate', 'mean', 'raise', 'demonstrate',
  'reflect', 'mark', 'illustrate', 'place', 'come', 'show', 'suggest', 'represent', 'deepen', 'complicate', 'fuel',
]);
const EVENT_SUBJECT = /^(?:this|that|these|those|such)\b|^(?:the|his|her|their|its)\s+(?:\w+\s+){0,2}(?:decision|move|exchange|development|stance|rejection|refusal|statement|framework|episode|outcome|situation|survival|continuation|dismissal|response|announcement)\b/i;
const HEADLINE_VERBS: ReadonlySet<string> = new Set([...SAY_VERBS, 'want', 'speak', 'seek', 'plan', 'vow', 'warn', 'push', 'eye', 'back', 'slam', 'hit', 'win', 'lose', 'kill', 'rise', 'fall', 'meet', 'agree', 'refuse', 'reject', 'deny', 'dismiss', 'accept', 'approve', 'block', 'ban', 'launch', 'open', 'close', 'cut', 'raise', 'sign', 'end', 'start', 'face', 'urge', 'offer', 'threaten']);
const SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);
const QUESTION_LEAD = /^(?:why|how|what|when|where|who|whom|which|whether)\b/i;

// A form of a reporting verb: "said", "told", "says", "added", "argued".
function isSayForm(w: string): boolean {
  if (w === 'said' || w === 'told' || w === 'wrote') return true;
  return [w, w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, '')].some((x) => SAY_VERBS.has(x));
}

function participle(lemma: string): string {
  if (/[^aeiou]e$/.test(lemma)) return lemma.slice(0, -1) + 'ing';
  if (/ie$/.test(lemma)) return lemma.slice(0, -2) + 'ying';
  return lemma + 'ing';
}

interface Piece {
  start: number;
  end: number;
  /** A trailing "despite …" phrase or a main clause after "While X,": kept although no verb was tagged. */
  despite?: boolean;
}

/**
 * Everything claim extraction needs about one article, computed once.
 *
 * @example
 * const ctx = analyzeArticle(normalize({ text: 'It rained.' }, 0).article);
 */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly segmentation: Segmentation;
  readonly tokens: readonly TaggedToken[];
  /** The article's quotes, found once for segmenting, attribution and claims. */
  readonly quotes: readonly Quote[];
}

/**
 * Segments and tags an article once, for reuse by every later step.
 *
 * @example
 * analyzeArticle(normalize({ text: 'Officials said it rained.' }, 0).article).tokens.length; // 5
 */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const scan = findQuotes(article.text);
  const segmentation = segment(article, scan);
  const view = cleanView(article.text);
  return { article, segmentation, tokens: tagTokens(view), quotes: scan.quotes };
}

/**
 * The claims of one article, as compare() computes them: from a prepared
 * analysis and the article's attributions.
 *
 * @example
 * const { article } = normalize({ text: 'Officials said the bridge was closed.' }, 0);
 * claimsOf(analyzeArticle(article), extractAttributions(article)).claims[0]?.text; // 'Officials said the bridge was closed'
 */
export function claimsOf(
  analysis: ArticleAnalysis,
  attributions: readonly Attribution[],
  options: ExtractOptions = defaultExtractOptions,
): { claims: Claim[]; messages: Message[] } {
  const opts = { ...defaultExtractOptions, ...options };
  const { article, segmentation, tokens } = analysis;
  const quotes = indexQuotes(analysis.quotes);
  const view = cleanView(article.text);
  const claims: Claim[] = [];
  const seen = new Map<string, number[]>();
  let seenCount = 0;
  const segs = segmentation.segments;
  segs.forEach((seg, i) => {
    if (seg.kind === 'boilerplate' || seg.kind === 'table-header') return;
    const next = segs[i + 1];
    // A truncated headline repeated in full on the next line is a breadcrumb, not a second claim.
    if (seg.kind === 'headline' && next?.kind === 'headline' && next.text.startsWith(seg.text)) return;
    const segTokens = tokensIn(tokens, seg.span);
    const tagged = seg.kind === 'headline' ? retagLower(view, seg.span) : segTokens;
    if (seg.kind === 'headline' && !headlineAsserts(tagged)) return;
    const pieces = seg.kind === 'table-row' ? [{ start: seg.span.start, end: seg.span.end }] : splitClauses(view, seg, tagged).flatMap((p) => splitQuotedSentences(view, p, quotes));
    for (const p of pieces) {
      const span = trimClause(view, p);
      if (span.end <= span.start) continue;
      const pieceTokens = tokensIn(tagged, span);
      if (!checkWorthy(view, span, pieceTokens, seg, p, opts)) continue;
      const attribution = kindForSpan(attributionFor(span, seg.span, attributions), span, quotes, article.text);
      // "This decision highlights …": an event, not a speaker, stands where a source would.
      const pseudoSource = attribution !== null && EVENT_SUBJECT.test(attribution.source?.text ?? '');
      if (!opts.keepEditorial && (attribution === null || pseudoSource) && isEditorial(view, span, pieceTokens) && seg.kind !== 'headline') continue;
      if (seg.kind !== 'headline') {
        const stems = contentStems(pieceTokens);
        if (repeatsEarlier(stems, seen, seenCount)) continue;
        for (const x of stems) (seen.get(x) ?? seen.set(x, []).get(x)!).push(seenCount);
        seenCount++;
      }
      claims.push(buildClaim(article, claims.length, span, seg.index, attribution, tokensIn(tokens, span)));
    }
  });
  const messages: Message[] = [];
  if (claims.length === 0 && article.text.trim() !== '') {
    messages.push({ code: 'no_claims', severity: 'info', articleId: article.id, message: 'No check-worthy claims were found in this article.' });
  }
  return { claims, messages };
}

/**
 * The check-worthy claims of one article.
 *
 * @example
 * extractClaims({ id: 'x', text: 'The minister said the bridge would reopen on Monday.' })[0]?.id; // 'x:c1'
 */
export function extractClaims(article: ArticleInput, options: ExtractOptions = defaultExtractOptions): Claim[] {
  const { article: a } = normalize(article, 0);
  const analysis = analyzeArticle(a);
  // The article is tagged once: attribution extraction reads the same tokens.
  return claimsOf(analysis, attributionsOf(a.text, analysis.tokens, undefined, analysis.quotes), options).claims;
}

function tokensIn(tokens: readonly TaggedToken[], span: Span): TaggedToken[] {
  // Tokens are sorted by start: binary search the first one inside.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TaggedToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= span.end; i++) out.push(tokens[i]!);
  return out;
}

// Title case confuses the tagger ("Signals" as a plural noun); a lower-cased copy tags verbs better.
function retagLower(view: string, span: Span): TaggedToken[] {
  const lower = view.slice(span.start, span.end).toLowerCase();
  return tagTokens(lower, span.start).map((t) => ({ ...t, text: view.slice(t.start, t.end) }));
}

function isVerb(t: TaggedToken): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

function headlineAsserts(tokens: readonly TaggedToken[]): boolean {
  const first = tokens[0];
  if (!first || QUESTION_LEAD.test(first.lower)) return false;
  const text = tokens.map((t) => t.lower).join(' ');
  if (/\?\s*$/.test(text)) return false;
  // "Understanding the Rejection", "Navigating Prospects: …" label a section; they assert nothing.
  if (/ing$/.test(first.lower) && isVerb(first)) return false;
  const colon = tokens.findIndex((t) => t.text === ':');
  const body = colon >= 0 ? tokens.slice(colon + 1) : tokens;
  if (body.some((t) => isVerb(t) && !/ing$/.test(t.lower))) return true;
  return hasHeadlineVerb(tokens);
}

// A headline verb in the present after the first word ("X Signals Y", "X Dismisses Y"), which the tagger often reads as a plural noun.
function hasHeadlineVerb(tokens: readonly TaggedToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (HEADLINE_VERBS.has(w.replace(/(?:es|s)$/, '')) || HEADLINE_VERBS.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}

function splitClauses(view: string, seg: Segment, tokens: readonly TaggedToken[]): Piece[] {
  let start = seg.span.start;
  const end = seg.span.end;
  // "Label: content" in a list item: the label is a heading, not part of the claim.
  if (seg.kind === 'list-item') {
    const label = /^([^:]{2,60}):\s+/.exec(view.slice(start, end));
    if (label && label[1]!.split(/\s+/).length <= 6) start += label[0].length;
  }
  const s = view.slice(start, end);
  const cuts = new Set<number>();
  // A finite verb (not a bare "-ing" form) is what makes a clause of its own: "slim but crucial channel for managing" has none.
  const hasVerbBetween = (a: number, b: number): boolean => tokens.some((t) => t.start >= start + a && t.end <= start + b && isVerb(t) && !/ing$/.test(t.lower));
  const nextStop = (from: number): number => {
    const rest = s.slice(from);
    const m = /[,;:]|\s[—–]\s|$/.exec(rest);
    return from + (m ? m.index : rest.length);
  };
  const despite = new Set<number>();
  let m: RegExpExecArray | null;
  const add = (re: RegExp, test: (at: number, match: RegExpExecArray) => number | null): void => {
    re.lastIndex = 0;
    while ((m = re.exec(s)) !== null) {
      const at = test(m.index, m);
      if (at !== null && at > 0 && at < s.length) cuts.add(at);
    }
  };
  add(/;\s+/g, (at, mm) => at + mm[0].length);
  // "…, but Y" / "… but Y": a new claim when Y has its own verb and is not a condition ("but only if …").
  // The second half must open with a subject of its own: "slim but crucial channel" and "but does not" do not split.
  const opensClause = (from: number): boolean => {
    const at = tokens.findIndex((t) => t.start >= start + from);
    const first = tokens[at];
    if (first === undefined) return false;
    if (SUBJECT_START.has(first.pos)) return true;
    // An adjective opens a subject when nouns and then a verb follow it: "but senior officials said …"
    // does; "slim but crucial channel for …" does not.
    if (first.pos !== 'ADJ') return false;
    let k = at + 1;
    while (tokens[k] !== undefined && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) k++;
    return k > at + 1 && tokens[k] !== undefined && isVerb(tokens[k]!);
  };
  add(/,?\s+but\s+(?!only\b|if\b|not\b|also\b|rather\b)/gi, (at, mm) =>
    opensClause(at + mm[0].length) && hasVerbBetween(at + mm[0].length, nextStop(at + mm[0].length)) ? at : null,
  );
  // "While X, Y" (also after "that"): X and Y are two claims.
  add(/(?:^|\bthat\s+)(?:while|although|though|whereas)\s+/gi, (at) => {
    const comma = s.indexOf(', ', at);
    if (comma <= 0 || s.slice(comma + 2, nextStop(comma + 2)).split(/\s+/).length < 3) return null;
    // The main clause after a concession stands on its own even when the tagger misses its verb.
    despite.add(comma + 2);
    return comma + 2;
  });
  // "X while Y" mid-sentence, "X, even as Y", "X, whereas Y".
  add(/,?\s+(?:while|even as|whereas)\s+|,\s+(?:though|although)\s+/gi, (at, mm) => (at > 0 && !/\bthat$/i.test(s.slice(0, at)) && hasVerbBetween(at + mm[0].length, nextStop(at + mm[0].length)) ? at + (mm[0].startsWith(',') ? 2 : 1) : null));
  // "X, reiterating that Y": a reporting participle opens a second statement.
  add(/,\s+(?:(?:often|also|repeatedly|again|further|publicly|later)\s+)?([a-z]+ing)\b/gi, (at, mm) => (SAY_PARTICIPLES.has(mm[1]!.toLowerCase()) ? at + 2 : null));
  // "X, which Y did": a relative clause with its own verb.
  add(/,\s+which\s+/gi, (at) => (hasVerbBetween(at + 2, nextStop(at + 8)) && nextStop(at + 8) - at > 20 ? at + 2 : null));
  // "X because he feared Y", "X on the show, where he defended Y", "X, as he likened Y": a clause with a
  // subject and verb of its own.
  add(/,?\s+because\s+(?=(?:we|they|he|she|it|i|you)\b)/gi, (at, mm) => (hasVerbBetween(at + mm[0].length, nextStop(at + mm[0].length)) ? at + (mm[0].startsWith(',') ? 2 : 1) : null));
  add(/,\s+(?:where|as)\s+(?=(?:we|they|he|she|it|i|you)\b)/gi, (at, mm) => (hasVerbBetween(at + mm[0].length, nextStop(at + mm[0].length)) ? at + 2 : null));
  // "X, and we Y": two independent clauses.
  add(/,\s+and\s+(?=(?:we|they|he|she|it|i|you|the|this|that|these|those|there|several|many|some|most|other|others|both)\b)/gi, (at, mm) => (hasVerbBetween(at + mm[0].length, nextStop(at + mm[0].length)) ? at + 2 : null));
  // "X -- he said Y": a dash before a pronoun and a reporting verb opens a second report. A dash that
  // closes a parenthetical ("X — an aside — we Y") opens nothing.
  add(/\s+(?:--|—|–)\s+(?:we|they|he|she|i)\s+(?:also\s+)?([a-z]+)\b/gi, (at, mm) => (!/\s(?:--|—|–)\s/.test(s.slice(0, at)) && isSayForm(mm[1]!.toLowerCase()) ? at + (/^\s+(?:--|—|–)\s+/.exec(mm[0])?.[0].length ?? 0) : null));
  // "X, despite Y" at the end: Y is a background fact of its own.
  add(/,\s+despite\s+/gi, (at) => {
    if (nextStop(at + 2) < s.length - 1) return null;
    despite.add(at + 2);
    return at + 2;
  });
  // "With X, Y": a leading absolute phrase states a fact of its own.
  add(/^(?:with|following|after|amid|in response to)\s+/gi, () => {
    const comma = s.indexOf(', ');
    return comma > 0 ? comma + 2 : null;
  });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let from = 0;
  for (const p of [...points, s.length]) {
    if (p <= from) continue;
    const piece: Piece = { start: start + from, end: start + p };
    if (despite.has(from)) piece.despite = true;
    pieces.push(piece);
    from = p;
  }
  // A piece without a verb leans on its neighbour: merge it back.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const verb = tokens.some((t) => t.start >= p.start && t.end <= p.end && isVerb(t));
    const prev = merged[merged.length - 1];
    if (!verb && !p.despite && prev) prev.end = p.end;
    else merged.push({ ...p });
  }
  if (merged.length > 1) {
    const first = merged[0]!;
    const verb = tokens.some((t) => t.start >= first.start && t.end <= first.end && isVerb(t));
    if (!verb && !first.despite) {
      merged[1]!.start = first.start;
      merged.shift();
    }
  }
  return merged;
}

const SHORT_ABBREVIATION = /(?:^|[\s“"‘'(])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|No|Vs|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;

/**
 * "“A. B. C.” she said": each sentence of a quotation is a statement of its own, and a
 * piece is cut after each sentence end inside a quotation (an abbreviation ends none).
 */
function splitQuotedSentences(view: string, p: Piece, quotes: QuoteIndex): Piece[] {
  const out: Piece[] = [];
  let from = p.start;
  for (const q of quotesMeeting(quotes, p.start, p.end)) {
    if (q.depth !== 0 || q.content.end <= p.start || q.content.start >= p.end) continue;
    const lo = Math.max(q.content.start, from);
    const hi = Math.min(q.content.end, p.end);
    const re = /[.!?]\s+(?=[“"‘']?[A-Z])/g;
    const inner = view.slice(lo, hi);
    for (let m = re.exec(inner); m !== null; m = re.exec(inner)) {
      const at = lo + m.index;
      if (view[at] === '.' && SHORT_ABBREVIATION.test(view.slice(Math.max(from, at - 12), at))) continue;
      out.push({ ...p, start: from, end: at + 1 });
      from = lo + m.index + m[0].length;
    }
  }
  out.push({ ...p, start: from, end: p.end });
  return out;
}

function trimClause(view: string, p: Piece): Span {
  let start = p.start;
  let end = p.end;
  while (start < end && /[\s,;:—–-]/.test(view[start]!)) start++;
  const lead = DISCOURSE_LEAD.exec(view.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && /[\s,;:—–-]/.test(view[end - 1]!)) end--;
  // A closing period stays only when a quotation ends the clause.
  if (end > start && view[end - 1] === '.' && !/["']/.test(view[end - 2] ?? '')) end--;
  while (start < end && /[\s,;:—–-]/.test(view[start]!)) start++;
  return { start, end };
}

function checkWorthy(view: string, span: Span, tokens: readonly TaggedToken[], seg: Segment, piece: Piece, opts: Required<ExtractOptions>): boolean {
  let nWords = 0;
  let firstWord: TaggedToken | undefined;
  for (const t of tokens) {
    if (!hasLetterOrDigit(t.text)) continue;
    nWords++;
    firstWord ??= t;
  }
  if (nWords < opts.minWords) return false;
  const text = view.slice(span.start, span.end);
  if (/\?\s*["']?$/.test(text)) return false;
  if (/^let['’]?s\b/i.test(text)) return false;
  // A sentence that only announces a list ("Several factors contribute:") asserts nothing itself.
  if (seg.kind === 'sentence' && /:\s*$/.test(view.slice(span.start, seg.span.end))) return false;
  // A list item that is only a gerund phrase ("Cultivating mutual confidence …") names an aim, not a fact.
  if (seg.kind === 'list-item' && /ing$/.test(firstWord?.lower ?? '') && !mainClauseVerb(tokens)) return false;
  if (seg.kind === 'table-row' || piece.despite) return true;
  // "X Signals Talks Possible": headlinese drops the copula, and its verb may be tagged as a noun.
  if (seg.kind === 'headline' && hasHeadlineVerb(tokens)) return true;
  return tokens.some(isVerb) || /\d/.test(text);
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

function contentStems(tokens: readonly TaggedToken[]): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const t of tokens) if (CONTENT_POS.has(t.pos)) stems.add(t.stem);
  return stems;
}

/**
 * A later near-verbatim repeat of an earlier body claim of the same article is not a new claim:
 * 80% of its content stems are in one earlier claim's. `earlier` maps each stem to the earlier
 * claims (numbered 0 … count - 1) that hold it, so a claim is compared with only those it shares a stem with.
 */
function repeatsEarlier(mine: ReadonlySet<string>, earlier: ReadonlyMap<string, readonly number[]>, count: number): boolean {
  if (mine.size < 4 || count === 0) return false;
  const shared = new Uint32Array(count);
  for (const x of mine) {
    const holders = earlier.get(x);
    if (holders !== undefined) for (const i of holders) shared[i]!++;
  }
  for (let i = 0; i < count; i++) if (shared[i]! / mine.size >= 0.8) return true;
  return false;
}

/** A finite verb of the main clause: an auxiliary, or a verb not in -ing/-ed, before any relative pronoun. */
function mainClauseVerb(tokens: readonly TaggedToken[]): boolean {
  for (const t of tokens) {
    if (/^(?:which|that|who|whom|whose)$/.test(t.lower)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))) return true;
  }
  return false;
}

function isEditorial(view: string, span: Span, tokens: readonly TaggedToken[]): boolean {
  const verbIndex = tokens.findIndex((t) => t.pos === 'VERB');
  if (verbIndex < 0) return false;
  const verb = tokens[verbIndex]!;
  if (!EDITORIAL_VERBS.has(verb.lemma)) return false;
  const subject = view.slice(span.start, verb.start).trim();
  return EVENT_SUBJECT.test(subject) || /(?:['’]s|\bby)\s+(?:\w+\s+){0,3}(?:decision|rejection|refusal|dismissal|move)\b/i.test(subject) || /^(?:\w+['’]s\s+)?(?:\w+\s+)?(?:rejection|refusal|decision|dismissal)\b/i.test(subject);
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The attribution a claim falls under: the one whose content covers most of
 * it, or whose cue stands inside it (a speech act such as "X ruled out Y").
 */
function attributionFor(span: Span, sentence: Span, attributions: readonly Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  let bestScore = 0;
  let bestSourced: Attribution | null = null;
  let bestSourcedCover = 0;
  const len = span.end - span.start;
  for (const a of attributions) {
    if (a.content.end <= sentence.start - 400 || a.content.start >= sentence.end + 400) continue;
    const covered = overlap(a.content, span) / Math.max(1, len);
    const cueInside = a.cue !== null && a.cue.span.start >= span.start && a.cue.span.end <= span.end;
    const score = covered + (cueInside ? 0.6 : 0);
    if (score > bestScore && (covered >= 0.3 || cueInside)) {
      best = a;
      bestScore = score;
    }
    if (a.source !== null && a.unnamed !== true && covered >= 0.3 && covered > bestSourcedCover) {
      bestSourced = a;
      bestSourcedCover = covered;
    }
  }
  // '“I can’t help but think that …,” X said': a cue without a source inside what a named source says
  // ("I think", "as opposed to") is part of that source's words; the claim is the source's.
  // "X reports that Y, according to people familiar with the case": X's report holds the unnamed one.
  const chosen = best !== null && (best.source === null || best.unnamed === true) && bestSourced !== null ? bestSourced : best;
  return chosen !== null && /^according to$/i.test(chosen.cue?.text ?? '') ? innerReport(chosen, span, attributions) ?? chosen : chosen;
}

/**
 * "The mayor, according to the paper, said that …": the paper reports what the mayor said, and the
 * claim is the mayor's. The named attribution whose cue stands inside `outer`'s content and whose
 * own content covers at least 30% of the claim, or null.
 */
function innerReport(outer: Attribution, span: Span, attributions: readonly Attribution[]): Attribution | null {
  const len = Math.max(1, span.end - span.start);
  for (const a of attributions) {
    if (a === outer || a.source === null || a.unnamed === true || a.cue === null) continue;
    if (a.cue.span.start < outer.content.start || a.cue.span.end > outer.content.end) continue;
    if (overlap(a.content, span) / len >= 0.3) return a;
  }
  return null;
}

// A quotation of a few capitalised words: a title ("This Week", "Face the Nation").
const TITLE = /^\s*(?:[A-Z0-9][\w'’.-]*,?\s+(?:(?:of|the|a|an|and|on|in|to|for|at)\s+)*){0,5}[A-Z0-9][\w'’.-]*[,.]?\s*$/;

/**
 * A claim's quote kind is its own: a clause of a quoted attribution with no quoted word in it
 * is reported speech ("He said he wants X -- he said Y"), and a clause with a quoted word is mixed.
 */
function kindForSpan(a: Attribution | null, span: Span, quotes: QuoteIndex, text: string): Attribution | null {
  if (a === null) return a;
  if (a.kind === 'indirect') {
    // A quoted title ("This Week", "Face the Nation") names a show or a book; it quotes no one.
    const words = quotesMeeting(quotes, span.start, span.end).some((q) => !TITLE.test(text.slice(q.content.start, q.content.end)));
    return words ? { ...a, kind: 'mixed' } : a;
  }
  const s = Math.max(span.start, a.content.start);
  const e = Math.min(span.end, a.content.end);
  if (e <= s || !quotedIn(quotes, a.content.start, a.content.end) || quotedIn(quotes, s, e)) return a;
  return { ...a, kind: 'indirect' };
}

function quotedIn(quotes: QuoteIndex, start: number, end: number): boolean {
  return quotesMeeting(quotes, start, end).length > 0;
}

/** Whether offset `at` opens a sentence: only quotation marks and spaces stand between it and a sentence end or the text's start. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“”'‘’]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:…]/.test(text[i]!);
}

function buildClaim(article: Article, n: number, span: Span, sentenceIndex: number, attribution: Attribution | null, tokens: readonly TaggedToken[]): Claim {
  const text = article.text.slice(span.start, span.end);
  const clause = analyzeClause(text, span.start);
  // A command that opens a sentence ("Tell me who you are") is a demand: it reports an intent where nothing
  // else qualifies it. A clause cut from a list ("went on to …, serve as …") opens none.
  const modality = clause.modality === 'asserted' && opensSentence(article.text, span.start) && imperativeMood(tokens) ? 'reported-intent' : clause.modality;
  return {
    id: `${article.id}:c${n + 1}`,
    articleId: article.id,
    text,
    span,
    sentenceIndex,
    polarity: clause.polarity,
    modality,
    condition: clause.condition,
    attribution,
    numbers: extractNumbers(text, span.start),
    times: extractTimes(text, span.start, article.publishedAt),
    entities: extractEntities(tokens, span.start, span.end, article.text),
  };
}
