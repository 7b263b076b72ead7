/**
 * compare(): the default pipeline. normalise → segment → extract → align →
 * relate → report. Each stage is a pure function of the one before it.
 *
 * @module
 */
import { align, defaultAlignOptions, type AlignOptions } from './align/align';
import { attributionsOf } from './extract/attribution';
import { analyzeArticle, claimsOf, defaultExtractOptions, type ExtractOptions } from './extract/claims';
import { unifySources } from './extract/sources';
import { relateClaims } from './align/relations';
import { buildReport } from './report/build';
import { normalizeAll } from './text/normalize';
import { MESSAGE_CODES } from './errors';
import type { Article, ArticleInput, Claim, Message, Report } from './types';

/**
 * Options of compare(): one group per stage.
 *
 * @example
 * const o: CompareOptions = { align: { threshold: 0.35 }, extract: { minWords: 4 } };
 */
export interface CompareOptions {
  readonly extract?: ExtractOptions;
  readonly align?: AlignOptions;
  /** Set to false to skip the relation stage (alignment only, faster on large inputs). */
  readonly relations?: boolean;
}

/**
 * Default compare() options.
 *
 * @example
 * compare(articles, defaultCompareOptions);
 */
export const defaultCompareOptions: CompareOptions = Object.freeze({ extract: defaultExtractOptions, align: defaultAlignOptions });

/**
 * Compares articles about one story by what they claim.
 * Throws {@link ClaimdiffError} on misuse; problems with the text go to `report.messages`.
 *
 * @example
 * import { compare, toMarkdown } from 'claimdiff';
 * const report = compare([
 *   { id: 'wire', text: 'Officials said the bridge will reopen on Monday.', outlet: 'Wire' },
 *   { id: 'daily', text: 'The bridge will not reopen on Monday, the mayor said.', outlet: 'Daily' },
 * ]);
 * console.log(toMarkdown(report));
 */
export function compare(articles: readonly ArticleInput[], options: CompareOptions = defaultCompareOptions): Report {
  const { articles: normalized, messages: inputMessages } = normalizeAll(articles);
  const { claims, messages } = extractAll(normalized, inputMessages, options.extract ?? defaultExtractOptions);
  return reportFromClaims(normalized, claims, messages, options);
}

/**
 * Extraction of every article: claims with their attributions, sources named
 * one way across articles. Its own function, so that each article's tokens and
 * quotes can be freed before alignment starts on a large input.
 */
function extractAll(normalized: readonly Article[], inputMessages: readonly Message[], extract: ExtractOptions): { claims: Claim[]; messages: Message[] } {
  const messages: Message[] = [...inputMessages];
  const perArticle = normalized.map((article) => {
    const analysis = analyzeArticle(article);
    const attributions = attributionsOf(article.text, analysis.tokens, undefined, analysis.quotes);
    messages.push(...analysis.segmentation.messages);
    return { analysis, attributions };
  });
  const unified = unifySources(perArticle.map((p) => p.attributions));
  const claims: Claim[] = [];
  perArticle.forEach((p, i) => {
    const r = claimsOf(p.analysis, unified[i] ?? [], extract);
    claims.push(...r.claims);
    messages.push(...r.messages);
  });
  return { claims, messages };
}

/**
 * The stages of compare() after extraction: align the claims, relate them inside each
 * point and build the report. claimdiff/store runs it on claims it stored earlier.
 *
 * @example
 * reportFromClaims(articles, claims, []).points.length; // 1
 */
export function reportFromClaims(
  normalized: readonly Article[],
  claims: readonly Claim[],
  inputMessages: readonly Message[],
  options: CompareOptions = defaultCompareOptions,
): Report {
  const messages: Message[] = [...inputMessages];
  const alignment = align(claims, options.align ?? defaultAlignOptions);
  if (alignment.stories.length > 1) {
    const groups = alignment.stories.map((g) => g.join(', ')).join(' | ');
    messages.push({
      code: MESSAGE_CODES.severalEvents,
      severity: 'info',
      message: `The articles seem to report ${alignment.stories.length} different events (they share few names, places or numbers): ${groups}. Claims are compared within each group.`,
    });
  }
  const relations = options.relations === false ? [] : relateClaims(claims, alignment.clusters, normalized, alignment.pairs, alignment.links);
  return buildReport({ articles: normalized, claims, points: alignment.clusters, relations, messages });
}
