/**
 * A Markdown summary a person would paste into a fact-check: the contested
 * clusters first, then the agreements, then what only one outlet says, then
 * who is quoted where. Evidence is quoted with the exact words of the spans.
 *
 * @module
 */
import type { Claim, Cluster, Report } from '../types';
import {
  byTension, cellsOf, count, opensWithQuote, reasonTexts, outletOf, quoteKindLabel, sharedClusters, singleOutletClaims, speakerOf, summaryOf, viewOf,
  type ReportView,
} from './view';

/**
 * Options of toMarkdown().
 *
 * @example
 * const o: MarkdownOptions = { title: 'Bridge closure', maxSinglePerArticle: 5 };
 */
export interface MarkdownOptions {
  /** The heading; defaults to "claimdiff report". */
  readonly title?: string;
  /** How many single-outlet claims to list per article before "… and N more"; default 8. */
  readonly maxSinglePerArticle?: number;
}

/**
 * Default Markdown options.
 *
 * @example
 * toMarkdown(report, defaultMarkdownOptions);
 */
export const defaultMarkdownOptions: Required<MarkdownOptions> = Object.freeze({ title: 'claimdiff report', maxSinglePerArticle: 8 });

/**
 * Escapes text from the articles so that Markdown shows it as written:
 * emphasis, links, tables and inline HTML all stay literal.
 *
 * @example
 * mdText('a *b* <i>|'); // 'a \\*b\\* \\<i\\>\\|'
 */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    // An underscore inside a word (file ids like 002_bc15) cannot start emphasis, so it stays bare.
    .replace(/[\\`*[\]<>|#~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?\w+;)/g, (ch) => `\\${ch}`);
}

function quote(text: string): string {
  return opensWithQuote(text) ? mdText(text) : `"${mdText(text)}"`;
}

/** "Ana Ruiz (Transport minister), paraphrase, *said*, conditional" */
function who(claim: Claim): string {
  const att = claim.attribution;
  const role = att?.source?.role ? ` (${mdText(att.source.role)})` : '';
  const parts = [`${mdText(speakerOf(claim))}${role}`];
  if (att) parts.push(quoteKindLabel(att.kind));
  if (att?.cue) parts.push(`*${mdText(att.cue.text)}*`);
  if (claim.modality !== 'asserted') parts.push(claim.modality);
  if (claim.polarity === 'negative') parts.push('negative');
  return parts.join(', ');
}

function claimLine(view: ReportView, claim: Claim, withOutlet: boolean): string {
  const outlet = withOutlet ? `**${mdText(outletOf(view.articleById.get(claim.articleId), claim.articleId))}** — ` : '';
  return `- ${outlet}${who(claim)}: ${quote(claim.text)}`;
}

function clusterBlock(view: ReportView, cluster: Cluster, n: number): string[] {
  const cells = cellsOf(view, cluster);
  const outlets = (ids: readonly string[]): string => ids.map((id) => mdText(outletOf(view.articleById.get(id), id))).join(', ');
  const present = view.report.articles.filter((a) => cells.get(a.id)?.state !== 'silent').map((a) => a.id);
  const silent = view.report.articles.filter((a) => cells.get(a.id)?.state === 'silent').map((a) => a.id);
  const meta = [cluster.consensus, outlets(present)];
  if (silent.length > 0) meta.push(`silent: ${outlets(silent)}`);
  if (cluster.firstReported) meta.push(`first reported by ${outlets([cluster.firstReported.articleId])} on ${mdText(cluster.firstReported.publishedAt.slice(0, 10))}`);
  const lines = [`### ${n}. ${mdText(cluster.label)}`, '', `*${meta.join(' · ')}*`, ''];
  const claims = cluster.claimIds
    .map((id) => view.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort((x, y) => (view.articleIndex.get(x.articleId) ?? 0) - (view.articleIndex.get(y.articleId) ?? 0) || x.span.start - y.span.start);
  for (const c of claims) lines.push(claimLine(view, c, true));
  const tensions = (view.relationsOfCluster.get(cluster.id) ?? []).filter((r) => r.label === 'contradict' || r.label === 'qualify');
  if (tensions.length > 0) {
    lines.push('', '**Tensions**', '');
    for (const r of [...tensions].sort(byTension)) {
      const pair = [r.a, r.b].map((id) => mdText(outletOf(view.articleById.get(view.claimById.get(id)?.articleId ?? ''), id))).join(' ↔ ');
      const reasons = reasonTexts(view, r).map(mdText);
      const verb = r.label === 'contradict' ? 'contradicts' : 'qualifies';
      lines.push(`- **${verb}** · ${pair}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''} (${r.score.toFixed(2)})`);
    }
  }
  lines.push('');
  return lines;
}

/**
 * A Markdown summary of a report: contested clusters (who says what, with
 * outlet, speaker, quote kind and the reason of each tension), agreements,
 * claims only one outlet makes, the sources table, and any warnings.
 *
 * @example
 * import { compare, toMarkdown } from 'claimdiff';
 * const md = toMarkdown(compare([{ text: 'The bridge is closed.' }, { text: 'The bridge is open.' }]), { title: 'Bridge' });
 * md.startsWith('# Bridge'); // true
 */
export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const title = options.title ?? defaultMarkdownOptions.title;
  const maxSingle = options.maxSinglePerArticle ?? defaultMarkdownOptions.maxSinglePerArticle;
  const view = viewOf(report);
  const s = summaryOf(report);
  const out: string[] = [`# ${mdText(title)}`, ''];
  if (report.articles.length === 0) {
    out.push('No articles were compared.', '');
    return out.join('\n');
  }
  out.push(
    `${count(s.articles, 'article')} · ${count(s.claims, 'claim')} · ${count(s.shared, 'point')} covered by several outlets (${s.contested} contested, ${s.agreed} agreed) · ${count(s.tensions, 'tension')}`,
    '',
    `Articles: ${report.articles.map((a) => `${mdText(outletOf(a))}${a.publishedAt ? ` (${mdText(a.publishedAt.slice(0, 10))})` : ''}`).join(' · ')}`,
    '',
  );

  const shared = sharedClusters(report);
  const contested = shared.filter((k) => k.consensus === 'contested' || k.consensus === 'mixed');
  const agreed = shared.filter((k) => k.consensus === 'agreement');
  let n = 0;
  out.push('## Contested', '');
  if (contested.length === 0) out.push('No claim is disputed between the outlets.', '');
  for (const k of contested) out.push(...clusterBlock(view, k, ++n));
  out.push('## Agreements', '');
  if (agreed.length === 0) out.push('No claim is confirmed by more than one outlet.', '');
  for (const k of agreed) out.push(...clusterBlock(view, k, ++n));

  out.push('## Claims only one outlet makes', '');
  const single = singleOutletClaims(view);
  if (single.length === 0) out.push('Every claim is made by more than one outlet.', '');
  for (const article of report.articles) {
    const mine = single.filter((c) => c.articleId === article.id);
    if (mine.length === 0) continue;
    out.push(`**${mdText(outletOf(article))}**`, '');
    for (const c of mine.slice(0, maxSingle)) out.push(claimLine(view, c, false));
    if (mine.length > maxSingle) out.push(`- … and ${mine.length - maxSingle} more (see the JSON or HTML report)`);
    out.push('');
  }

  out.push('## Sources', '');
  if (report.sources.length === 0) out.push('No named source is quoted.', '');
  else {
    out.push('| Source | Role | Quoted by | Direct | Paraphrased | Partial |', '| --- | --- | --- | ---: | ---: | ---: |');
    for (const src of report.sources) {
      out.push(`| ${mdText(src.name)} | ${mdText(src.roles.join('; '))} | ${mdText(src.outlets.join(', '))} | ${src.direct} | ${src.indirect} | ${src.mixed} |`);
    }
    out.push('');
  }

  const warnings = report.messages.filter((m) => m.severity === 'warning');
  if (warnings.length > 0) {
    out.push('## Warnings', '');
    for (const m of warnings) {
      const where = m.articleId ? `${mdText(outletOf(view.articleById.get(m.articleId), m.articleId))}: ` : '';
      out.push(`- ${where}${mdText(m.message)} (\`${m.code.replace(/`/g, "'")}\`)`);
    }
    out.push('');
  }
  return out.join('\n');
}
