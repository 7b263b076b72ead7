/**
 * The HTML report: one self-contained page an editor can read before the
 * articles themselves. At a glance, a matrix of the points several outlets
 * cover (rows) by article (columns); then each point as its positions (who
 * says what, with outlets, speakers and dates) and every tension between
 * positions side by side; then each article with its claims highlighted
 * by how contested they are; then who is quoted where.
 *
 * Everything from the input is escaped, only http(s) URLs become links, the
 * page loads nothing, and a Content-Security-Policy allows only its own
 * filter script, which the page does not need to be read.
 *
 * @module
 */
import type { Article, Claim, Consensus, Point, Relation, Report } from '../types';
import { anchorId, escapeHtml as esc, markText, safeHref, type MarkRange } from './escape';
import { FILTER_SCRIPT, PAGE_CSP, PAGE_CSS, REPORT_CSS } from './html-style';
import { tensionsBetween } from './positions';
import {
  cellsOf, count, dateRange, evidenceSpan, linksOf, opensWithQuote, reasonTexts, outletOf, positionFacts, positionLetter, quoteKindLabel, relationVerb, sharedPoints,
  singleOutletClaims, speakerOf, summaryOf, viewOf, type Cell, type CellState, type ReportView,
} from './view';

/**
 * Options of toHtml().
 *
 * @example
 * const o: HtmlOptions = { title: 'Bridge closure', fragment: false };
 */
export interface HtmlOptions {
  /** The page heading and `<title>`; defaults to "claimdiff report". */
  readonly title?: string;
  /**
   * Return a `<div>` with its scoped `<style>` and no `<html>`, CSP or script,
   * for embedding in a notebook cell or another page. Default false.
   */
  readonly fragment?: boolean;
  /** Include each article's full text with its claims highlighted. Default true. */
  readonly articleText?: boolean;
}

/**
 * Default HTML options.
 *
 * @example
 * toHtml(report, defaultHtmlOptions);
 */
export const defaultHtmlOptions: Required<HtmlOptions> = Object.freeze({ title: 'claimdiff report', fragment: false, articleText: true });

const CONSENSUS_WORD: Readonly<Record<Consensus, string>> = { contested: 'contested', mixed: 'mixed', agreement: 'agreed', 'single-source': 'one outlet' };
const CELL_WORD: Readonly<Record<CellState, string>> = { agree: '✓ agrees', contradict: '✗ contradicts', qualify: '≈ qualifies', says: '• reports', silent: '— silent' };

function chip(cls: string, text: string): string {
  return `<span class="cd-chip ${cls}">${esc(text)}</span>`;
}

function dateOf(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

function outletHtml(view: ReportView, articleId: string): string {
  return esc(outletOf(view.articleById.get(articleId), articleId));
}

/** Evidence marks inside one claim's text: every tension reason that points into it. */
function claimMarks(claim: Claim, relations: readonly Relation[]): MarkRange[] {
  const ranges: MarkRange[] = [];
  for (const r of relations) {
    if (r.label === 'neutral' || (r.a !== claim.id && r.b !== claim.id)) continue;
    for (const reason of r.reasons) {
      // Who said it is shown beside the quote; marking the name too would drown the decisive words.
      if (reason.kind === 'attribution') continue;
      for (const ev of reason.spans) {
        if (ev.claimId !== claim.id) continue;
        const s = evidenceSpan(claim, ev.span);
        ranges.push({ start: s.start - claim.span.start, end: s.end - claim.span.start, open: `<mark title="${esc(`${reason.kind}: ${reason.detail}`)}">`, close: '</mark>' });
      }
    }
  }
  return ranges;
}

function tags(claim: Claim): string {
  const out: string[] = [];
  if (claim.polarity === 'negative') out.push('<span class="cd-tag neg">negative</span>');
  if (claim.modality !== 'asserted') out.push(`<span class="cd-tag mod">${esc(claim.modality)}</span>`);
  return out.join('');
}

function whoHtml(view: ReportView, claim: Claim, withOutlet = true): string {
  const att = claim.attribution;
  const parts: string[] = [];
  if (withOutlet) parts.push(`<b>${outletHtml(view, claim.articleId)}</b>`);
  const role = att?.source?.role ? ` <small>(${esc(att.source.role)})</small>` : '';
  parts.push(`<span class="cd-speaker">${esc(speakerOf(claim))}${role}</span>`);
  if (att) parts.push(esc(quoteKindLabel(att.kind)) + (att.cue ? ` · <i>${esc(att.cue.text)}</i>` : ''));
  return `<div class="cd-who">${parts.join(' · ')} ${tags(claim)}</div>`;
}

function quoteHtml(claim: Claim, marks: readonly MarkRange[]): string {
  return `<p class="cd-quote${opensWithQuote(claim.text) ? ' cd-own' : ''}">${markText(claim.text, marks)}</p>`;
}

function searchText(view: ReportView, point: Point): string {
  const words = [point.label, ...point.claimIds.map((id) => view.claimById.get(id)?.text ?? '')];
  return esc(words.join(' ').toLowerCase().replace(/\s+/g, ' '));
}

/** The distinct tension reasons of a point, strongest first, for the matrix row. */
function topReasons(view: ReportView, point: Point, max = 3): { text: string; label: 'contradict' | 'qualify' }[] {
  const out: { text: string; label: 'contradict' | 'qualify' }[] = [];
  for (const r of view.relationsOfPoint.get(point.id) ?? []) {
    if (r.label !== 'contradict' && r.label !== 'qualify') continue;
    const texts = r.reasons.length > 0 ? reasonTexts(view, r) : [r.label === 'contradict' ? 'contradiction' : 'qualification'];
    for (const text of texts) if (out.length < max && !out.some((o) => o.text === text)) out.push({ text, label: r.label });
  }
  return out;
}

function cellHtml(article: Article, cell: Cell, letters = ''): string {
  const outlet = outletOf(article);
  const c = cell.counts;
  const tally = cell.state === 'silent' ? 'does not report this' : `${c.agree} agree, ${c.contradict} contradict, ${c.qualify} qualify`;
  const title = `${outlet}: ${CELL_WORD[cell.state].slice(2)} (${tally})${cell.evidence ? ` — '${cell.evidence}'` : ''}`;
  const first = cell.claimIds[0];
  const inner = cell.state === 'silent' || !first ? esc(CELL_WORD[cell.state]) : `<a href="#${anchorId('c', first)}">${esc(CELL_WORD[cell.state])}</a>`;
  const ev = cell.evidence ? `<q>${esc(cell.evidence)}</q>` : '';
  const pos = letters ? ` <span class="cd-letter" title="${esc(`position ${letters}`)}">${esc(letters)}</span>` : '';
  return `<td class="cd-cell ${cell.state}" data-article="${esc(article.id)}" data-state="${cell.state}" title="${esc(title)}">${inner}${pos}${ev}</td>`;
}

/** The letters of the positions an article's claims take in a point, when the point has more than one ("A", "A B"). */
function lettersOf(point: Point, articleId: string): string {
  if (point.positions.length < 2) return '';
  return point.positions
    .map((p, i) => (p.articleIds.includes(articleId) ? positionLetter(i) : ''))
    .filter((x) => x)
    .join(' ');
}

function matrixHtml(view: ReportView, shared: readonly Point[]): string {
  const articles = view.report.articles;
  if (shared.length === 0) return '<p class="cd-empty">No claim is covered by more than one article, so there is nothing to line up.</p>';
  const head = articles
    .map((a) => `<th class="cd-col" scope="col" title="${esc(a.title ?? a.id)}">${esc(outletOf(a))}<br><small>${esc(dateOf(a.publishedAt) || a.id)}</small></th>`)
    .join('');
  const covered = new Map<string, number>(articles.map((a) => [a.id, 0]));
  const rows = shared.map((k) => {
    const cells = cellsOf(view, k);
    for (const [id, cell] of cells) if (cell.state !== 'silent') covered.set(id, (covered.get(id) ?? 0) + 1);
    const whyHtml = topReasons(view, k).map((why) => `<span class="cd-why ${why.label}">${why.label === 'contradict' ? '✗' : '≈'} ${esc(why.text)}</span>`).join('');
    const label = `<a href="#${anchorId('k', k.id)}">${esc(k.label)}</a> ${chip(k.consensus, CONSENSUS_WORD[k.consensus])}${whyHtml}`;
    const tds = articles.map((a) => cellHtml(a, cells.get(a.id) ?? { state: 'silent', claimIds: [], evidence: null, counts: { agree: 0, contradict: 0, qualify: 0 } }, lettersOf(k, a.id))).join('');
    return `<tr data-consensus="${k.consensus}" data-search="${searchText(view, k)}"><th scope="row">${label}</th>${tds}</tr>`;
  });
  const foot = articles.map((a) => `<td>${covered.get(a.id) ?? 0} of ${shared.length}</td>`).join('');
  return `<div class="cd-matrix-wrap"><table class="cd-matrix"><thead><tr><th scope="col">What is claimed</th>${head}</tr></thead><tbody>${rows.join('')}</tbody><tfoot><tr><th scope="row">Points covered</th>${foot}</tr></tfoot></table></div>`;
}

function tensionHtml(view: ReportView, r: Relation): string {
  const side = (id: string): string => {
    const c = view.claimById.get(id);
    if (!c) return `<div class="cd-side"><p class="cd-empty">claim ${esc(id)} is missing from the report</p></div>`;
    return `<div class="cd-side">${whoHtml(view, c)}${quoteHtml(c, claimMarks(c, [r]))}</div>`;
  };
  const reasons = reasonTexts(view, r).map((text) => `<div class="cd-reason">${esc(text)}</div>`).join('');
  const word = r.label === 'contradict' ? 'contradicts' : 'qualifies';
  return `<div class="cd-tension ${r.label}">${side(r.a)}<div class="cd-vs">${chip(r.label, `⟷ ${word}`)}${reasons}<span class="cd-score">confidence ${r.score.toFixed(2)}</span></div>${side(r.b)}</div>`;
}

function positionHtml(view: ReportView, point: Point, index: number, rels: readonly Relation[]): string {
  const position = point.positions[index]!;
  const facts = positionFacts(view, position);
  const meta = [esc(facts.outlets.join(', ')), `speakers: ${esc(facts.speakers.join(', '))}`];
  if (facts.dates.length > 0) meta.push(esc(dateRange(facts.dates)));
  const name = point.positions.length === 1 ? 'One position' : `<span class="cd-letter">${positionLetter(index)}</span>${esc(position.label)}`;
  const cards = facts.claims.map((c) => `<div class="cd-claim" id="${anchorId('c', c.id)}">${whoHtml(view, c)}${quoteHtml(c, claimMarks(c, rels))}</div>`).join('');
  return `<section class="cd-position" id="${anchorId('q', position.id)}" data-position="${esc(position.id)}"><h4>${name} <small>${meta.join(' · ')}</small></h4><div class="cd-claims">${cards}</div></section>`;
}

/** The relations from a point's claims to claims outside it: tensions side by side, agreements in one line. */
function linksHtml(view: ReportView, k: Point): string {
  const links = linksOf(view, k);
  if (links.length === 0) return '';
  const items = links.map((l) => {
    const where = l.otherPoint ? `in the point <a href="#${anchorId('k', l.otherPoint.id)}">${esc(l.otherPoint.label)}</a>` : 'in no shared point';
    if (l.relation.label !== 'agree') return `<p class="cd-pair">${chip(l.relation.label, relationVerb(l.relation.label))} a claim ${where}</p>${tensionHtml(view, l.relation)}`;
    return `<p class="cd-pair">${outletHtml(view, l.here.articleId)}: <q>${esc(l.here.text)}</q> ${chip('agree', relationVerb('agree'))} ${outletHtml(view, l.there.articleId)}: <q>${esc(l.there.text)}</q> (${where})</p>`;
  });
  return `<div class="cd-tensions cd-links"><h4>Bears on other points</h4>${items.join('')}</div>`;
}

function pointHtml(view: ReportView, k: Point): string {
  const rels = view.relationsOfPoint.get(k.id) ?? [];
  const present = new Set(k.claimIds.map((id) => view.claimById.get(id)?.articleId).filter((id): id is string => id !== undefined));
  const silent = view.report.articles.filter((a) => !present.has(a.id)).map((a) => esc(outletOf(a)));
  const meta: string[] = [`${count(present.size, 'article')}`, count(k.positions.length, 'position')];
  if (k.firstReported) meta.push(`first reported by ${outletHtml(view, k.firstReported.articleId)} on ${esc(dateOf(k.firstReported.publishedAt))}`);
  if (silent.length > 0) meta.push(`silent: ${silent.join(', ')}`);
  const positions = k.positions.map((_, i) => positionHtml(view, k, i, rels)).join('');
  const letter = new Map(k.positions.map((p, i) => [p.id, positionLetter(i)] as const));
  const between = tensionsBetween(k.positions, rels);
  const pairs = between
    .map((t) => `<p class="cd-pair"><span class="cd-letter">${letter.get(t.a) ?? '?'}</span> ⟷ <span class="cd-letter">${letter.get(t.b) ?? '?'}</span> ${chip(t.label, t.label === 'contradict' ? 'contradict' : 'qualify')}</p>${t.relations.map((r) => tensionHtml(view, r)).join('')}`)
    .join('');
  const n = between.reduce((sum, t) => sum + t.relations.length, 0);
  const tensionBlock = n > 0 ? `<div class="cd-tensions"><h4>${count(n, 'tension')} between positions</h4>${pairs}</div>` : '';
  return `<article class="cd-card cd-point ${k.consensus}" id="${anchorId('k', k.id)}" data-consensus="${k.consensus}" data-search="${searchText(view, k)}"><h3>${esc(k.label)} ${chip(k.consensus, CONSENSUS_WORD[k.consensus])}</h3><p class="cd-meta">${meta.join(' · ')}</p>${positions}${tensionBlock}${linksHtml(view, k)}</article>`;
}

function singleHtml(view: ReportView): string {
  const single = singleOutletClaims(view);
  if (single.length === 0) return '';
  const groups = view.report.articles
    .map((a) => {
      const mine = single.filter((c) => c.articleId === a.id);
      if (mine.length === 0) return '';
      const items = mine.map((c) => `<li id="${anchorId('c', c.id)}">${whoHtml(view, c, false)}${quoteHtml(c, [])}</li>`).join('');
      return `<h4>${esc(outletOf(a))} <small>(${mine.length})</small></h4><ul class="cd-single">${items}</ul>`;
    })
    .join('');
  return `<details class="cd-card" data-consensus="single-source" data-search=""><summary>${count(single.length, 'claim')} only one outlet makes</summary>${groups}</details>`;
}

function articleHtml(view: ReportView, a: Article, withText: boolean): string {
  const href = safeHref(a.url);
  const meta = [esc(outletOf(a))];
  if (a.publishedAt) meta.push(esc(dateOf(a.publishedAt)));
  if (href) meta.push(`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${esc(a.url ?? '')}</a>`);
  else if (a.url) meta.push(`<span class="cd-muted">${esc(a.url)}</span>`);
  const mine = view.report.claims.filter((c) => c.articleId === a.id);
  const ranges: MarkRange[] = mine.map((c) => {
    const k = view.pointOfClaim.get(c.id);
    const consensus = k?.consensus ?? 'single-source';
    const title = `${speakerOf(c)} — ${k ? `${CONSENSUS_WORD[consensus]}: ${k.label}` : 'in no point'}`;
    const target = k && consensus !== 'single-source' ? anchorId('k', k.id) : anchorId('c', c.id);
    return { start: c.span.start, end: c.span.end, open: `<a class="cd-hl ${consensus}" href="#${target}" title="${esc(title)}">`, close: '</a>' };
  });
  const body = withText ? `<div class="cd-text">${markText(a.text, ranges)}</div>` : '';
  return `<article class="cd-card cd-article" id="${anchorId('a', a.id)}"><h3>${esc(a.title ?? a.id)}</h3><p class="cd-meta">${meta.join(' · ')} · ${count(mine.length, 'claim')}</p>${body}</article>`;
}

function sourcesHtml(report: Report): string {
  if (report.sources.length === 0) return '<p class="cd-empty">No named source is quoted.</p>';
  const rows = report.sources
    .map((s) => `<tr><td><b>${esc(s.name)}</b></td><td>${esc(s.roles.join('; '))}</td><td>${esc(s.outlets.join(', '))}</td><td class="n">${s.direct}</td><td class="n">${s.indirect}</td><td class="n">${s.mixed}</td><td class="n">${s.claimIds.length}</td></tr>`)
    .join('');
  return `<table class="cd-table"><thead><tr><th>Source</th><th>Role</th><th>Quoted by</th><th>Direct</th><th>Paraphrased</th><th>Partial</th><th>Claims</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function messagesHtml(view: ReportView): string {
  if (view.report.messages.length === 0) return '';
  const items = view.report.messages
    .map((m) => `<li>${chip(m.severity === 'warning' ? 'qualify' : 'plain', m.severity)} ${m.articleId ? `<b>${outletHtml(view, m.articleId)}</b>: ` : ''}${esc(m.message)} <small><code>${esc(m.code)}</code></small></li>`)
    .join('');
  return `<section id="cd-notes"><h2>Notes on the input</h2><ul class="cd-messages">${items}</ul></section>`;
}

function filterHtml(): string {
  const boxes = (['contested', 'mixed', 'agreement', 'single-source'] as const)
    .map((c) => `<label><input type="checkbox" value="${c}" checked> ${chip(c, CONSENSUS_WORD[c])}</label>`)
    .join('');
  return `<div class="cd-filter" hidden><input type="search" placeholder="Filter claims…" aria-label="Filter claims">${boxes}</div>`;
}

function legendHtml(): string {
  const items: [CellState, string][] = [['agree', 'agrees with the others'], ['contradict', 'cannot both be true'], ['qualify', 'adds a condition or hedge'], ['says', 'reports it, not compared'], ['silent', 'does not report it: a coverage gap']];
  return `<p class="cd-legend">${items.map(([s, t]) => `<span>${chip(s, CELL_WORD[s])} ${esc(t)}</span>`).join('')}</p>`;
}

/**
 * A self-contained HTML page of a report (or, with `fragment: true`, a
 * `<div>` to embed): the matrix at a glance, each point with its tensions side
 * by side, each article with its claims highlighted, and the sources.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * import { compare, toHtml } from 'claimdiff';
 * const report = compare([{ text: 'The bridge is closed.', outlet: 'A' }, { text: 'The bridge is open.', outlet: 'B' }]);
 * writeFileSync('report.html', toHtml(report, { title: 'Bridge' }));
 */
export function toHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? defaultHtmlOptions.title;
  const fragment = options.fragment ?? defaultHtmlOptions.fragment;
  const withText = options.articleText ?? defaultHtmlOptions.articleText;
  const view = viewOf(report);
  const s = summaryOf(report);
  const shared = sharedPoints(report);
  const stats = report.articles.length === 0
    ? 'No articles were compared.'
    : `<b>${count(s.articles, 'article')}</b> · ${count(s.claims, 'claim')} · <b>${count(s.shared, 'point')}</b> covered by several outlets: <b>${s.contested} contested</b>, ${s.agreed} agreed · ${count(s.tensions, 'tension')}`;
  const outlets = report.articles.length > 0 ? `<p class="cd-stats">Comparing ${report.articles.map((a) => `<a href="#${anchorId('a', a.id)}">${esc(outletOf(a))}</a>`).join(', ')}</p>` : '';
  const body = [
    `<header><h1>${esc(title)}</h1><p class="cd-stats">${stats}</p>${outlets}<nav class="cd-nav"><a href="#cd-glance">At a glance</a><a href="#cd-points">Point by point</a><a href="#cd-articles">Articles</a><a href="#cd-sources">Sources</a></nav></header>`,
    `<section id="cd-glance"><h2>At a glance</h2>${legendHtml()}${filterHtml()}${matrixHtml(view, shared)}</section>`,
    `<section id="cd-points"><h2>Point by point</h2>${shared.map((k) => pointHtml(view, k)).join('') || '<p class="cd-empty">No shared points.</p>'}${singleHtml(view)}</section>`,
    `<section id="cd-articles"><h2>Articles</h2>${report.articles.map((a) => articleHtml(view, a, withText)).join('') || '<p class="cd-empty">No articles.</p>'}</section>`,
    `<section id="cd-sources"><h2>Sources</h2>${sourcesHtml(report)}</section>`,
    messagesHtml(view),
    `<footer class="cd-footer">claimdiff report · schema v${report.schemaVersion} · evidence is quoted exactly from the articles</footer>`,
  ].join('\n');
  const root = `<div class="cd">\n${body}\n</div>`;
  if (fragment) return `<style>${REPORT_CSS}</style>\n${root}\n`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${PAGE_CSS}${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    root,
    `<script>${FILTER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
