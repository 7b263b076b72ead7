/**
 * A read-only view over a {@link Report} that every renderer shares: lookups
 * by id, the order in which points are shown, each article's stance on a
 * point (the matrix cell), what each position gathers (outlets, speakers, dates) and the human wording of reasons, speakers and
 * quote kinds. Keeping this in one place means the Markdown, the HTML page
 * and the flat rows never disagree about what a report says.
 *
 * @module
 */
import type { Article, Claim, Consensus, Point, Position, QuoteKind, Reason, Relation, Report, Span } from '../types';
import { byTension } from './positions';

export { byTension };

/**
 * Lookups over one report, built once per render.
 *
 * @example
 * const view = viewOf(report);
 * view.claimById.get('a1:c1')?.text;
 */
export interface ReportView {
  readonly report: Report;
  readonly articleById: ReadonlyMap<string, Article>;
  readonly articleIndex: ReadonlyMap<string, number>;
  readonly claimById: ReadonlyMap<string, Claim>;
  readonly pointOfClaim: ReadonlyMap<string, Point>;
  readonly positionOfClaim: ReadonlyMap<string, Position>;
  /** Relations between two claims of the point, strongest tension first. */
  readonly relationsOfPoint: ReadonlyMap<string, readonly Relation[]>;
  /** Relations from a claim of the point to a claim outside it (align()'s links), strongest tension first. */
  readonly linksOfPoint: ReadonlyMap<string, readonly Relation[]>;
}

/**
 * What one article does about one point, as a matrix cell shows it.
 * `says` means the article makes the claim but no relation labels it;
 * `silent` means the article does not cover the point at all.
 *
 * @example
 * const s: CellState = 'silent';
 */
export type CellState = 'agree' | 'contradict' | 'qualify' | 'says' | 'silent';

/**
 * One matrix cell: the state, the article's claims in the point and the
 * evidence words that decided a tension, if any.
 *
 * @example
 * const cell: Cell = { state: 'qualify', claimIds: ['a2:c1'], evidence: 'only if …', counts: { agree: 0, contradict: 0, qualify: 1 } };
 */
export interface Cell {
  readonly state: CellState;
  readonly claimIds: readonly string[];
  readonly evidence: string | null;
  readonly counts: { readonly agree: number; readonly contradict: number; readonly qualify: number };
}

const CONSENSUS_RANK: Readonly<Record<Consensus, number>> = { contested: 0, mixed: 1, agreement: 2, 'single-source': 3 };

/**
 * Builds the lookups of a report without copying or changing it.
 *
 * @example
 * viewOf(report).articleById.get('a1')?.outlet;
 */
export function viewOf(report: Report): ReportView {
  const articleById = new Map(report.articles.map((a) => [a.id, a] as const));
  const articleIndex = new Map(report.articles.map((a, i) => [a.id, i] as const));
  const claimById = new Map(report.claims.map((c) => [c.id, c] as const));
  const pointOfClaim = new Map<string, Point>();
  const positionOfClaim = new Map<string, Position>();
  for (const k of report.points) {
    for (const id of k.claimIds) if (!pointOfClaim.has(id)) pointOfClaim.set(id, k);
    for (const p of k.positions) for (const id of p.claimIds) if (!positionOfClaim.has(id)) positionOfClaim.set(id, p);
  }
  const inside = new Map<string, Relation[]>();
  const across = new Map<string, Relation[]>();
  const add = (into: Map<string, Relation[]>, k: Point, r: Relation): void => {
    const list = into.get(k.id);
    if (list) list.push(r);
    else into.set(k.id, [r]);
  };
  for (const r of report.relations) {
    const ka = pointOfClaim.get(r.a);
    const kb = pointOfClaim.get(r.b);
    if (ka && ka === kb) add(inside, ka, r);
    else {
      // A relation across two points is shown under both, so neither hides it.
      if (ka) add(across, ka, r);
      if (kb) add(across, kb, r);
    }
  }
  const sorted = (m: Map<string, Relation[]>): Map<string, readonly Relation[]> => new Map([...m].map(([id, list]) => [id, [...list].sort(byTension)] as const));
  return { report, articleById, articleIndex, claimById, pointOfClaim, positionOfClaim, relationsOfPoint: sorted(inside), linksOfPoint: sorted(across) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Points in reading order: contested, mixed, agreement, single-source; within
 * each, the ones covered by more articles first.
 *
 * @example
 * orderPoints(report)[0]?.consensus; // 'contested' when there is a tension
 */
export function orderPoints(report: Report): Point[] {
  return [...report.points].sort(
    (x, y) => CONSENSUS_RANK[x.consensus] - CONSENSUS_RANK[y.consensus] || y.articleIds.length - x.articleIds.length || cmp(x.id, y.id),
  );
}

/**
 * The name an article goes by in a report: its outlet, else its title, else its id.
 *
 * @example
 * outletOf({ id: 'a1', text: '', title: null, outlet: 'Harbor Herald', url: null, publishedAt: null }); // 'Harbor Herald'
 */
export function outletOf(article: Article | undefined, fallbackId = '?'): string {
  if (!article) return fallbackId;
  // A headline stands in for a missing outlet, cut short: it heads table columns.
  return article.outlet ?? (article.title ? brief(article.title, 5) : article.id);
}

/**
 * Who makes a claim, in words: the canonical speaker name, "unnamed source",
 * or "the article itself" for claims in the article's own voice.
 *
 * @example
 * speakerOf(claim); // 'Mara Lind'
 */
export function speakerOf(claim: Claim): string {
  const att = claim.attribution;
  if (!att) return 'the article itself';
  if (!att.source || att.unnamed) return att.source ? `${att.source.name} (unnamed)` : 'unnamed source';
  return att.source.name;
}

/**
 * Plain words for a quote kind, as a fact-checker would say them.
 *
 * @example
 * quoteKindLabel('indirect'); // 'paraphrase'
 */
export function quoteKindLabel(kind: QuoteKind | null): string {
  if (kind === 'direct') return 'direct quote';
  if (kind === 'indirect') return 'paraphrase';
  if (kind === 'mixed') return 'partial quote';
  return 'own voice';
}

/**
 * The exact text a span points at in an article, or '' when it lies outside.
 *
 * @example
 * spanText(view, 'a1', { start: 0, end: 10 });
 */
export function spanText(view: ReportView, articleId: string, span: Span): string {
  const text = view.articleById.get(articleId)?.text ?? '';
  if (span.start < 0 || span.end > text.length || span.end < span.start) return '';
  return text.slice(span.start, span.end);
}

/**
 * The span of a reason's evidence as an offset into the article text.
 * Report spans are article offsets; a span that only fits inside the claim's
 * own text is read as relative to the claim, so that evidence from a
 * relate() call on claim strings still points at the right words.
 *
 * @example
 * evidenceSpan(claim, { start: 4, end: 9 });
 */
export function evidenceSpan(claim: Claim, span: Span): Span {
  if (span.start >= claim.span.start && span.end <= claim.span.end) return span;
  if (span.end <= claim.text.length && span.start >= 0) return { start: claim.span.start + span.start, end: claim.span.start + span.end };
  return span;
}

/**
 * The words of a reason on each side: the evidence of claim `a`, then of claim `b`.
 *
 * @example
 * reasonSides(view, relation, relation.reasons[0]!); // { a: ['ruled out'], b: ['only if talks resume'] }
 */
export function reasonSides(view: ReportView, rel: Pick<Relation, 'a' | 'b'>, reason: Reason): { a: string[]; b: string[] } {
  const out = { a: [] as string[], b: [] as string[] };
  for (const ev of reason.spans) {
    const claim = view.claimById.get(ev.claimId);
    if (!claim) continue;
    const text = spanText(view, claim.articleId, evidenceSpan(claim, ev.span)).trim();
    if (!text) continue;
    const side = ev.claimId === rel.b ? out.b : out.a;
    if (!side.includes(text)) side.push(text);
  }
  return out;
}

/**
 * Shortens evidence to its first few words, as a quote in a sentence.
 *
 * @example
 * brief('only if both countries first arrive at agreements', 3); // 'only if both …'
 */
export function brief(text: string, maxWords = 5): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')} …`;
}

/**
 * A reason in one line: its kind, then the words on each side, then the
 * detail when it says more: "modality: 'ruled out' vs 'only if …'".
 *
 * @example
 * formatReason(view, relation, relation.reasons[0]!); // "modality: 'ruled out' vs 'only if talks …'"
 */
export function formatReason(view: ReportView, rel: Pick<Relation, 'a' | 'b'>, reason: Reason): string {
  const sides = reasonSides(view, rel, reason);
  const q = (xs: string[]): string => xs.map((x) => `'${brief(x)}'`).join(', ');
  const detail = reason.detail.trim();
  // A detail that already quotes the evidence would only say it twice.
  const quotes = (x: string): boolean => detail.toLowerCase().includes(brief(x, 2).replace(/ …$/, '').toLowerCase());
  if (sides.a.length > 0 && sides.b.length > 0) {
    const base = `${reason.kind}: ${q(sides.a)} vs ${q(sides.b)}`;
    return detail && !sides.a.concat(sides.b).some(quotes) ? `${base} (${detail})` : base;
  }
  if (detail) return `${reason.kind}: ${detail}`;
  const one = q(sides.a.concat(sides.b));
  return one ? `${reason.kind}: ${one}` : reason.kind;
}

/**
 * Whether a claim's text opens with a quotation mark of its own: the report
 * then shows it as it stands instead of wrapping it in quotes again.
 *
 * @example
 * opensWithQuote('"We will not reopen it," she said'); // true
 * opensWithQuote('Repairs start Monday'); // false
 */
export function opensWithQuote(text: string): boolean {
  return /^["“”„«‘’']/u.test(text);
}

/**
 * Every reason of a relation in one line each (formatReason), without
 * repeats: two reasons that read the same (one antonym found twice) show once.
 *
 * @example
 * reasonTexts(view, relation); // ["antonym: 'allowing' vs 'ban'"]
 */
export function reasonTexts(view: ReportView, rel: Pick<Relation, 'a' | 'b' | 'reasons'>): string[] {
  return [...new Set(rel.reasons.map((reason) => formatReason(view, rel, reason)))];
}

/**
 * What each article does about a point. An article takes the label it holds
 * against most of the other articles (per pair the strongest label counts), so
 * that in a three-against-one point only the odd one out shows as
 * contradicting. Articles outside the point are `silent`.
 *
 * @example
 * cellsOf(view, point).get('a3')?.state; // 'silent'
 */
export function cellsOf(view: ReportView, point: Point): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const rels = view.relationsOfPoint.get(point.id) ?? [];
  const inPoint = new Set(point.claimIds);
  for (const article of view.report.articles) {
    const claimIds = point.claimIds.filter((id) => view.claimById.get(id)?.articleId === article.id);
    if (claimIds.length === 0) {
      cells.set(article.id, { state: 'silent', claimIds: [], evidence: null, counts: { agree: 0, contradict: 0, qualify: 0 } });
      continue;
    }
    const mine = new Set(claimIds);
    const perOther = new Map<string, Relation>();
    for (const r of rels) {
      const side = mine.has(r.a) ? 'a' : mine.has(r.b) ? 'b' : null;
      if (!side || !inPoint.has(r.a) || !inPoint.has(r.b)) continue;
      const other = view.claimById.get(side === 'a' ? r.b : r.a)?.articleId;
      if (!other || other === article.id) continue;
      const prev = perOther.get(other);
      if (!prev || byTension(r, prev) < 0) perOther.set(other, r);
    }
    const counts = { agree: 0, contradict: 0, qualify: 0 };
    for (const r of perOther.values()) if (r.label !== 'neutral') counts[r.label]++;
    const state = pickState(counts);
    let evidence: string | null = null;
    if (state !== 'says') {
      const decisive = [...perOther.values()].filter((r) => r.label === state).sort(byTension)[0];
      if (decisive) evidence = ownEvidence(view, decisive, mine);
    }
    cells.set(article.id, { state, claimIds, evidence, counts });
  }
  return cells;
}

function pickState(counts: { agree: number; contradict: number; qualify: number }): CellState {
  const best = Math.max(counts.agree, counts.contradict, counts.qualify);
  if (best === 0) return 'says';
  // Ties go to the tension: a reader should see a disagreement rather than miss it.
  if (counts.contradict === best) return 'contradict';
  if (counts.qualify === best) return 'qualify';
  return 'agree';
}

const EVIDENCE_RANK: readonly Reason['kind'][] = ['negation', 'antonym', 'numeric', 'quantity', 'condition', 'modality', 'temporal', 'entailment', 'paraphrase', 'lexical', 'attribution'];

function ownEvidence(view: ReportView, rel: Relation, mine: ReadonlySet<string>): string | null {
  const side = mine.has(rel.a) ? 'a' : 'b';
  // The words a reader checks first: a negation or antonym beats a hedge, a hedge beats a date.
  const reasons = [...rel.reasons].sort((x, y) => EVIDENCE_RANK.indexOf(x.kind) - EVIDENCE_RANK.indexOf(y.kind));
  for (const reason of reasons) {
    const words = reasonSides(view, rel, reason)[side];
    if (words[0]) return brief(words[0], 4);
  }
  return null;
}

/**
 * The claims that no multi-article point holds: those of single-source
 * points and those in no point at all, in article then document order.
 *
 * @example
 * singleOutletClaims(view).length;
 */
export function singleOutletClaims(view: ReportView): Claim[] {
  return view.report.claims
    .filter((c) => {
      const k = view.pointOfClaim.get(c.id);
      return !k || k.consensus === 'single-source' || new Set(k.articleIds).size < 2;
    })
    .sort((x, y) => (view.articleIndex.get(x.articleId) ?? 0) - (view.articleIndex.get(y.articleId) ?? 0) || x.span.start - y.span.start);
}

/**
 * Points that more than one article speaks to, in reading order.
 *
 * @example
 * sharedPoints(report).every((k) => k.articleIds.length > 1); // true
 */
export function sharedPoints(report: Report): Point[] {
  return orderPoints(report).filter(isShared);
}

const isShared = (k: Point): boolean => k.consensus !== 'single-source' && new Set(k.articleIds).size > 1;

/**
 * Counts of a report for its headline: articles, claims, points by consensus, tensions.
 *
 * @example
 * summaryOf(report).tensions; // 2
 */
export function summaryOf(report: Report): { articles: number; claims: number; shared: number; contested: number; agreed: number; tensions: number; warnings: number } {
  const shared = sharedPoints(report);
  return {
    articles: report.articles.length,
    claims: report.claims.length,
    shared: shared.length,
    contested: shared.filter((k) => k.consensus === 'contested' || k.consensus === 'mixed').length,
    agreed: shared.filter((k) => k.consensus === 'agreement').length,
    tensions: report.relations.filter((r) => r.label === 'contradict' || r.label === 'qualify').length,
    warnings: report.messages.filter((m) => m.severity === 'warning').length,
  };
}

/**
 * "1 claim", "3 claims".
 *
 * @example
 * count(2, 'tension'); // '2 tensions'
 */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The letter a reader calls a position by inside its point: A, B, …, Z, then AA, AB, ….
 *
 * @example
 * positionLetter(0); // 'A'
 * positionLetter(27); // 'AB'
 */
export function positionLetter(index: number): string {
  const n = Math.max(0, Math.floor(index));
  return n < 26 ? String.fromCharCode(65 + n) : `${positionLetter(Math.floor(n / 26) - 1)}${String.fromCharCode(65 + (n % 26))}`;
}

/**
 * Who holds a position, as a reader asks it: the outlets (input order), the
 * speakers (first-seen order, canonical names), the publish dates of its
 * articles (YYYY-MM-DD, oldest first; articles without a date add none) and
 * its claims in article then document order.
 *
 * @example
 * positionFacts(view, point.positions[0]!); // { outlets: ['Wire', 'Daily'], speakers: ['Ana Ruiz'], dates: ['2024-03-04'], claims: [...] }
 */
export function positionFacts(view: ReportView, position: Position): { outlets: string[]; speakers: string[]; dates: string[]; claims: Claim[] } {
  const claims = position.claimIds
    .map((id) => view.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort((x, y) => (view.articleIndex.get(x.articleId) ?? 0) - (view.articleIndex.get(y.articleId) ?? 0) || x.span.start - y.span.start);
  const articleIds = [...new Set([...position.articleIds, ...claims.map((c) => c.articleId)])]
    .sort((x, y) => (view.articleIndex.get(x) ?? 0) - (view.articleIndex.get(y) ?? 0));
  const outlets = [...new Set(articleIds.map((id) => outletOf(view.articleById.get(id), id)))];
  const speakers = [...new Set(claims.map(speakerOf))];
  const dates = [...new Set(articleIds.map((id) => view.articleById.get(id)?.publishedAt?.slice(0, 10)).filter((d): d is string => !!d))].sort();
  return { outlets, speakers, dates, claims };
}

/**
 * The dates of a position in a few words: one date, or the first and last joined by an en dash.
 *
 * @example
 * dateRange(['2024-03-04', '2024-03-05', '2024-03-07']); // '2024-03-04 – 2024-03-07'
 * dateRange([]); // ''
 */
export function dateRange(dates: readonly string[]): string {
  if (dates.length === 0) return '';
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return first === last ? first : `${first} – ${last}`;
}

/**
 * One link of a point as the renderers show it: the relation, the point's own
 * claim, the claim outside the point and the shared point (one several outlets
 * cover, as {@link sharedPoints} lists) that holds that claim, or null.
 *
 * @example
 * const l: PointLink = { relation, here: claimA, there: claimB, otherPoint: null };
 */
export interface PointLink {
  readonly relation: Relation;
  readonly here: Claim;
  readonly there: Claim;
  readonly otherPoint: Point | null;
}

/**
 * The non-neutral relations from a point's claims to claims outside it,
 * strongest tension first.
 *
 * @example
 * linksOf(view, point)[0]?.otherPoint?.label;
 */
export function linksOf(view: ReportView, point: Point): PointLink[] {
  const out: PointLink[] = [];
  for (const relation of view.linksOfPoint.get(point.id) ?? []) {
    if (relation.label === 'neutral') continue;
    const mineA = view.pointOfClaim.get(relation.a) === point;
    const here = view.claimById.get(mineA ? relation.a : relation.b);
    const there = view.claimById.get(mineA ? relation.b : relation.a);
    if (!here || !there) continue;
    const other = view.pointOfClaim.get(there.id);
    out.push({ relation, here, there, otherPoint: other && isShared(other) ? other : null });
  }
  return out;
}

/**
 * The verb of a relation label in a sentence ("A qualifies B").
 *
 * @example
 * relationVerb('agree'); // 'agrees with'
 */
export function relationVerb(label: Relation['label']): string {
  return label === 'agree' ? 'agrees with' : label === 'contradict' ? 'contradicts' : label === 'qualify' ? 'qualifies' : 'stands beside';
}
