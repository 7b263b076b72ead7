/**
 * `npm run eval:seeds`: scores compare() on the example story against the
 * hand-made gold in ../shared/corpus (labelling rules in GOLD.md).
 *
 * - claim recall: a gold claim is found when one predicted claim of the same
 *   article covers at least half of it, and at least a quarter of that
 *   predicted claim is the gold claim (the best-overlapping one is its match).
 * - claim precision: share of predicted claims at least half covered by gold claims.
 * - speaker / quote-kind accuracy: on found claims. A predicted speaker is right
 *   when its name or text matches an alias of the gold canonical speaker (the
 *   aliases GOLD.md lists), or both are null; a source claimdiff flags `unnamed`
 *   counts as null (GOLD.md gives unnamed sources such as "global estimates suggest" speaker null). Quote kind: `none` when the
 *   predicted source is null, `mixed` counts as `direct` (GOLD.md: any quoted word).
 * - tension recall: gold contradict + qualify pairs whose found claims are
 *   related by contradict or qualify. Tension precision: predicted contradict /
 *   qualify relations between claims matched to gold claims whose gold relation
 *   is contradict or qualify (a pair with no gold relation counts as wrong).
 * - agreement recall: gold agree pairs whose found claims are related by agree.
 *
 * - ruled out ↔ only if shown (issue 12): a qualify or contradict relation
 *   between a claim that says "ruled out" and one that says "only if" is a
 *   tension between two positions of one point, and the Markdown and the HTML
 *   show it there (the point's block holds both claims and the tension line
 *   of their two positions).
 *
 * Exits 1 when a figure is below its floor (issue 2, issue 5 and issue 12).
 */
import { compare } from '../src/compare';
import { relateClaims } from '../src/align/relations';
import { anchorId } from '../src/report/escape';
import { toHtml } from '../src/report/html';
import { mdText, toMarkdown } from '../src/report/markdown';
import { tensionsBetween } from '../src/report/positions';
import { positionLetter } from '../src/report/view';
import type { Report } from '../src/types';
import { floorCheck, pct, type Figure } from './lib';
import { loadSeedStory, matchClaims, scoreStory, storyFigures } from './lib-stories';

const story = loadSeedStory();
const gold = story;
const inputs = story.inputs;
const t0 = performance.now();
// --threshold and --linkage override the alignment options, to explore them (the figures gate on the defaults).
const flag = (name: string): number | undefined => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : undefined; };
const threshold = flag('--threshold');
const linkage = flag('--linkage');
const report: Report = compare(inputs, { align: { ...(threshold !== undefined ? { threshold } : {}), ...(linkage !== undefined ? { linkage } : {}) } });
const ms = performance.now() - t0;

const match = matchClaims(gold.claims, report.claims);
const goldOf = new Map<string, string[]>();
for (const [gid, p] of match) goldOf.set(p.id, [...(goldOf.get(p.id) ?? []), gid]);
const counts = scoreStory(story, report.claims, report.relations);
const speakerErrors = counts.speakerErrors;
const isTension = (l: string | undefined): boolean => l === 'contradict' || l === 'qualify';
const relKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const predRel = new Map(report.relations.map((r) => [relKey(r.a, r.b), r.label]));
let aligned = 0;
for (const r of gold.relations) {
  const pa = match.get(r.a);
  const pb = match.get(r.b);
  if (pa && pb && predRel.has(relKey(pa.id, pb.id))) aligned++;
}
const goldCluster = new Map<string, string>();
for (const k of gold.clusters) for (const c of k.claims) goldCluster.set(c, k.id);
let clusterPairs = 0;
let clusterPairsOk = 0;
for (const r of report.relations) {
  const ga = goldOf.get(r.a);
  const gb = goldOf.get(r.b);
  if (!ga || !gb) continue;
  clusterPairs++;
  if (ga.some((x) => gb.some((y) => goldCluster.get(x) !== undefined && goldCluster.get(x) === goldCluster.get(y)))) clusterPairsOk++;
}
// Issue 12: the example story's "ruled out" / "only if" tension, shown between two positions.
function ruledOutShown(): boolean {
  const md = toMarkdown(report).split('\n### ');
  const html = toHtml(report).split('<article class="cd-card cd-point ');
  const textOf = new Map(report.claims.map((c) => [c.id, c.text]));
  for (const r of report.relations) {
    if (!isTension(r.label)) continue;
    const [ta, tb] = [textOf.get(r.a) ?? '', textOf.get(r.b) ?? ''];
    if (!((/ruled out/i.test(ta) && /only if/i.test(tb)) || (/only if/i.test(ta) && /ruled out/i.test(tb)))) continue;
    const point = report.points.find((k) => k.claimIds.includes(r.a) && k.claimIds.includes(r.b));
    const tension = point && tensionsBetween(point.positions, report.relations).find((t) => t.relations.includes(r));
    if (!point || !tension) continue;
    const letter = (id: string): string => positionLetter(point.positions.findIndex((p) => p.id === id));
    const inMd = md.some((b) => b.includes(mdText(ta)) && b.includes(mdText(tb)) && b.includes(`- **${letter(tension.a)} ↔ ${letter(tension.b)}**: ${tension.label}`));
    const inHtml = html.some((b) => b.includes(`id="${anchorId('k', point.id)}"`) && b.includes(`data-position="${tension.a}"`) && b.includes(`data-position="${tension.b}"`) && b.includes(`class="cd-tension ${r.label}"`));
    if (inMd && inHtml) return true;
  }
  return false;
}

const f = storyFigures(counts);
const found = match.size;
const outlet000 = report.articles.find((a) => a.id === '000')?.outlet ?? null;
const figures: Figure[] = [
  { name: 'claim recall', value: f['claim recall'] ?? 0, floor: 0.85, detail: `${found}/${gold.claims.length}` },
  { name: 'claim precision', value: f['claim precision'] ?? 0, floor: 0.65, detail: `${counts.precise}/${report.claims.length}` },
  { name: 'speaker accuracy', value: f['speaker accuracy'] ?? 0, floor: 0.85, detail: `${counts.speakerOk}/${found}` },
  { name: 'quote-kind accuracy', value: f['quote-kind accuracy'] ?? 0, floor: 0.85, detail: `${counts.quoteOk}/${found}` },
  { name: 'tension recall', value: f['tension recall'] ?? 0, floor: 0.6, detail: `${counts.tensionHit}/${counts.tensionGold}` },
  { name: 'tension precision', value: f['tension precision'] ?? 0, floor: 0.5, detail: `${counts.tensionPredOk}/${counts.tensionPred}` },
  { name: 'agreement recall', value: f['agreement recall'] ?? 0, floor: 0.5, detail: `${counts.agreeHit}/${counts.agreeGold}` },
  { name: 'ruled out ↔ only if shown', value: ruledOutShown() ? 1 : 0, floor: 1, detail: 'md + html' },
];

process.stdout.write(`claimdiff eval:seeds — ${inputs.length} articles, ${report.claims.length} claims, ${report.points.length} points, ${report.relations.length} relations, compare() ${ms.toFixed(0)} ms\n\n`);
if (process.argv.includes('--verbose')) {
  process.stdout.write('Unmatched gold claims:\n');
  for (const g of gold.claims) if (!match.has(g.id)) process.stdout.write(`  ${g.id}: ${g.text.slice(0, 110)}\n`);
  process.stdout.write('\nImprecise predicted claims:\n');
  for (const p of report.claims) if (!goldOf.has(p.id)) process.stdout.write(`  ${p.id}: ${p.text.slice(0, 110)}\n`);
  process.stdout.write('\nSpeaker errors:\n');
  for (const e of speakerErrors) process.stdout.write(`  ${e}\n`);
  process.stdout.write('\n');
}
process.stdout.write(`gold relation pairs whose found claims are related at all (alignment recall): ${aligned}/${gold.relations.length}; predicted relations: ${report.relations.length}; of those between matched claims, in one gold cluster: ${clusterPairsOk}/${clusterPairs}\n`);
// Diagnostic: relation labels alone, as if alignment were perfect. Every gold pair whose two
// claims were found is related the way compare() relates a cluster's pairs.
{
  const oracle = new Map<string, string>();
  for (const r of gold.relations) {
    const pa = match.get(r.a);
    const pb = match.get(r.b);
    if (!pa || !pb || pa.articleId === pb.articleId) continue;
    const rel = relateClaims(report.claims, [[pa.id, pb.id]], report.articles)[0];
    if (rel) oracle.set(`${r.a}|${r.b}`, rel.label);
  }
  let tg = 0, th = 0, ag = 0, ah = 0;
  const confusion = new Map<string, number>();
  for (const r of gold.relations) {
    const l = oracle.get(`${r.a}|${r.b}`) ?? 'unfound';
    confusion.set(`${r.label}>${l}`, (confusion.get(`${r.label}>${l}`) ?? 0) + 1);
    if (isTension(r.label)) { tg++; if (isTension(l)) th++; } else { ag++; if (l === 'agree') ah++; }
  }
  process.stdout.write(`with gold alignment (labels only): tension recall ${pct(th / Math.max(1, tg))} (${th}/${tg}), agreement recall ${pct(ah / Math.max(1, ag))} (${ah}/${ag})\n`);
  if (process.argv.includes('--verbose')) {
    const rows = ['agree', 'contradict', 'qualify'].map((g) => `  ${g.padEnd(10)} ${['agree', 'contradict', 'qualify', 'neutral', 'unfound'].map((p) => String(confusion.get(`${g}>${p}`) ?? 0).padStart(6)).join('')}`);
    process.stdout.write(`  gold \\ pred    agree  contr  qualif neutral unfound\n${rows.join('\n')}\n`);
  }
}
// Diagnostic (no floor): polarity and modality of found claims against the gold.
{
  let pol = 0, mod = 0, n = 0;
  const errors: string[] = [];
  const confusion = new Map<string, number>();
  for (const g of gold.claims) {
    const p = match.get(g.id);
    if (!p) continue;
    n++;
    if (p.polarity === g.polarity) pol++;
    if (p.modality === g.modality) mod++;
    confusion.set(`${g.modality}>${p.modality}`, (confusion.get(`${g.modality}>${p.modality}`) ?? 0) + 1);
    if (process.argv.includes('--verbose') && (p.polarity !== g.polarity || p.modality !== g.modality)) {
      errors.push(`  ${g.id}: gold ${g.polarity}/${g.modality}, predicted ${p.polarity}/${p.modality} «${p.text.slice(0, 90)}»`);
    }
  }
  process.stdout.write(`claim polarity accuracy ${pct(pol / Math.max(1, n))} (${pol}/${n}), modality accuracy ${pct(mod / Math.max(1, n))} (${mod}/${n}) (diagnostics, no floor)\n`);
  if (process.argv.includes('--verbose')) {
    const kinds = ['asserted', 'possible', 'conditional', 'hedged', 'reported-intent'];
    process.stdout.write(`  gold \\ pred       ${kinds.map((k) => k.slice(0, 8).padStart(9)).join('')}\n`);
    for (const g of kinds) process.stdout.write(`  ${g.padEnd(17)}${kinds.map((k) => String(confusion.get(`${g}>${k}`) ?? 0).padStart(9)).join('')}\n`);
    process.stdout.write(`${errors.join('\n')}\n`);
  }
}
const outletOk = outlet000 === 'Swifteradio.com';
process.stdout.write(`${'outlet of 000'.padEnd(22)} ${String(outlet000).padEnd(16)} (expected Swifteradio.com) ${outletOk ? 'ok' : 'BELOW FLOOR'}\n`);
const ok = floorCheck(figures) && outletOk;
process.stdout.write(`\n${pct(found / gold.claims.length)} claim recall; ${ok ? 'all floors met' : 'some figures are below their floors'}\n`);
process.exit(ok ? 0 : 1);
