/**
 * A Markdown summary a person would paste into a fact-check: the contested
 * points first (each as its positions and the tensions between them), then
 * the agreements, then what only one outlet says, then
 * who is quoted where. Evidence is quoted with the exact words of the spans.
 *
 * @module
 */
import type { Claim, Point, Report } from '../types';
import { tensionsBetween } from './positions';
import {
  cellsOf, count, dateRange, linksOf, opensWithQuote, reasonTexts, outletOf, positionFacts, positionLetter, quoteKindLabel, relationVerb, sharedPoints,
  singleOutletClaims, speakerOf, summaryOf, viewOf, type ReportView,
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

function pointBlock(view: ReportView, point: Point, n: number): string[] {
  const cells = cellsOf(view, point);
  const outlets = (ids: readonly string[]): string => ids.map((id) => mdText(outletOf(view.articleById.get(id), id))).join(', ');
  const present = view.report.articles.filter((a) => cells.get(a.id)?.state !== 'silent').map((a) => a.id);
  const silent = view.report.articles.filter((a) => cells.get(a.id)?.state === 'silent').map((a) => a.id);
  const meta = [point.consensus, outlets(present)];
  if (silent.length > 0) meta.push(`silent: ${outlets(silent)}`);
  if (point.firstReported) meta.push(`first reported by ${outlets([point.firstReported.articleId])} on ${mdText(point.firstReported.publishedAt.slice(0, 10))}`);
  const lines = [`### ${n}. ${mdText(point.label)}`, '', `*${meta.join(' · ')}*`, ''];
  const letter = new Map(point.positions.map((p, i) => [p.id, positionLetter(i)] as const));
  point.positions.forEach((position, i) => {
    const facts = positionFacts(view, position);
    const name = point.positions.length === 1 ? 'One position' : `Position ${positionLetter(i)}`;
    // A one-claim position is labelled by its claim, quoted just below.
    const label = position.claimIds.length > 1 ? `: ${quote(position.label)}` : '';
    const said = [mdText(facts.outlets.join(', ')), `speakers: ${mdText(facts.speakers.join(', '))}`];
    if (facts.dates.length > 0) said.push(mdText(dateRange(facts.dates)));
    lines.push(`**${name}**${label} · ${said.join(' · ')}`, '');
    for (const c of facts.claims) lines.push(claimLine(view, c, true));
    lines.push('');
  });
  const tensions = tensionsBetween(point.positions, view.relationsOfPoint.get(point.id) ?? []);
  if (tensions.length > 0) {
    lines.push('**Tensions between positions**', '');
    const side = (id: string): string => mdText(outletOf(view.articleById.get(view.claimById.get(id)?.articleId ?? ''), id));
    for (const t of tensions) {
      lines.push(`- **${letter.get(t.a) ?? '?'} ↔ ${letter.get(t.b) ?? '?'}**: ${t.label} (${count(t.relations.length, 'pair')})`);
      for (const r of t.relations) {
        const reasons = reasonTexts(view, r).map(mdText);
        const verb = r.label === 'contradict' ? 'contradicts' : 'qualifies';
        lines.push(`  - ${side(r.a)} ↔ ${side(r.b)} **${verb}**${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''} (${r.score.toFixed(2)})`);
      }
    }
    lines.push('');
  }
  const links = linksOf(view, point);
  if (links.length > 0) {
    lines.push('**Bears on other points**', '');
    const outlet = (c: Claim): string => mdText(outletOf(view.articleById.get(c.articleId), c.articleId));
    for (const l of links) {
      const where = l.otherPoint ? `in the point ${quote(l.otherPoint.label)}` : 'in no shared point';
      const reasons = l.relation.label === 'agree' ? [] : reasonTexts(view, l.relation).map(mdText);
      lines.push(`- ${outlet(l.here)}: ${quote(l.here.text)} **${relationVerb(l.relation.label)}** ${outlet(l.there)}: ${quote(l.there.text)} (${where})${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''} (${l.relation.score.toFixed(2)})`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * A Markdown summary of a report: contested points, each as its positions
 * (outlets, speakers, dates, and who says what with quote kind) and the
 * tensions between positions with the evidence of their reasons; agreements,
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

  const shared = sharedPoints(report);
  const contested = shared.filter((k) => k.consensus === 'contested' || k.consensus === 'mixed');
  const agreed = shared.filter((k) => k.consensus === 'agreement');
  let n = 0;
  out.push('## Contested', '');
  if (contested.length === 0) out.push('No claim is disputed between the outlets.', '');
  for (const k of contested) out.push(...pointBlock(view, k, ++n));
  out.push('## Agreements', '');
  if (agreed.length === 0) out.push('No claim is confirmed by more than one outlet.', '');
  for (const k of agreed) out.push(...pointBlock(view, k, ++n));

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
