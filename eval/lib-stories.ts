/**
 * The eleven dev stories (../shared/corpus): the example story (schema 1, GOLD.md)
 * and the BASIL triplets (schema 2, STORIES.md), loaded the same way, and the
 * scoring rules both documents give (claim match, speaker, quote kind, tension
 * and agreement pairs). Eval-only: nothing here ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleInput, Claim, Relation, RelationLabel } from '../src/types';

/** A gold claim, as both gold schemas give it. */
export interface GoldClaim {
  readonly id: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly quote: 'direct' | 'indirect' | 'none';
  readonly polarity: 'positive' | 'negative';
  readonly modality: string;
}

/** A gold relation between two claims of one cluster (a from the earlier article). */
export interface GoldRelation {
  readonly a: string;
  readonly b: string;
  readonly label: 'agree' | 'contradict' | 'qualify';
  readonly type?: string;
}

/** One dev story: the inputs compare() is given and its gold. */
export interface Story {
  readonly name: string;
  readonly inputs: readonly ArticleInput[];
  readonly claims: readonly GoldClaim[];
  readonly clusters: readonly { readonly id: string; readonly claims: readonly string[] }[];
  readonly relations: readonly GoldRelation[];
  /** The canonical speaker a system's speaker string maps to (first match wins), or null. */
  readonly canonical: (speaker: string) => string | null;
}

/** The shared data folder beside the repository. */
export const SHARED = resolve(__dirname, '..', '..', 'shared');
const CORPUS = join(SHARED, 'corpus');

// The aliases GOLD.md gives for each canonical speaker of the example story (eval-only knowledge).
const SEED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Vladimir Putin': ['putin', 'russian leader', 'russian president'],
  'Dmitry Peskov': ['peskov'],
  'Volodymyr Zelenskyy': ['zelensk'],
  Kremlin: ['kremlin', 'moscow', 'russia', 'russian official'],
  Ukraine: ['ukraine', 'kyiv', 'ukrainian leadership'],
  Analysts: ['analyst', 'expert', 'many', 'observer'],
  'Western governments': ['western'],
  'United States and European Union': ['united states', 'european union', 'u.s.', 'eu'],
};

interface RawGold {
  readonly articles: readonly { id: string; file: string; outlet: string | null; title?: string | null }[];
  readonly speakers?: Readonly<Record<string, readonly string[]>>;
  readonly claims: readonly GoldClaim[];
  readonly clusters: readonly { id: string; claims: readonly string[] }[];
  readonly relations: readonly GoldRelation[];
}

/** The example story (schema 1). */
export function loadSeedStory(): Story {
  const gold = JSON.parse(readFileSync(join(CORPUS, 'seeds.gold.json'), 'utf8')) as RawGold;
  const inputs = gold.articles.map((a) => ({ id: a.id, text: readFileSync(join(CORPUS, 'seeds', a.file), 'utf8') }));
  const canonical = (s: string): string | null => {
    const hay = s.toLowerCase();
    for (const [name, aliases] of Object.entries(SEED_ALIASES)) if (aliases.some((a) => hay.includes(a))) return name;
    return null;
  };
  return { name: 'seeds', inputs, claims: gold.claims, clusters: gold.clusters, relations: gold.relations, canonical };
}

/** One BASIL story gold (schema 2) with its articles built by STORIES.md's text rule. */
export function loadBasilStory(file: string): Story {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as RawGold;
  const root = join(SHARED, 'datasets', 'basil', 'articles');
  const inputs = gold.articles.map((a) => {
    const j = JSON.parse(readFileSync(join(root, a.file), 'utf8')) as { title: string; date: string; 'body-paragraphs': string[][] };
    const text = `${j.title}\n\n${j['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}`;
    return { id: a.id, text, outlet: a.outlet ?? undefined, publishedAt: j.date } as ArticleInput;
  });
  const table = Object.entries(gold.speakers ?? {}).map(([name, aliases]) => ({ name, res: aliases.map((a) => new RegExp(a, 'i')) }));
  const canonical = (s: string): string | null => table.find((t) => t.res.some((r) => r.test(s)))?.name ?? null;
  const name = file.replace(/^.*\//, '').replace(/\.gold\.json$/, '');
  return { name, inputs, claims: gold.claims, clusters: gold.clusters, relations: gold.relations, canonical };
}

/** The eleven dev stories: the example story first, then the BASIL stories by name. */
export function loadDevStories(): Story[] {
  if (!existsSync(join(CORPUS, 'seeds.gold.json'))) {
    process.stderr.write(`the evals need ${CORPUS} (the shared data beside this repository); it was not found.\n`);
    process.exit(1);
  }
  const dir = join(CORPUS, 'stories');
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  return [loadSeedStory(), ...files.map((f) => loadBasilStory(join(dir, f)))];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Gold claim id → the predicted claim that finds it: the best-overlapping claim of the same
 * article that covers at least half of the gold claim, at least a quarter of which is the gold claim.
 */
export function matchClaims(gold: readonly GoldClaim[], predicted: readonly Claim[]): Map<string, Claim> {
  const byArticle = new Map<string, Claim[]>();
  for (const c of predicted) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const match = new Map<string, Claim>();
  for (const g of gold) {
    let best: Claim | null = null;
    let bestOv = 0;
    for (const p of byArticle.get(g.article) ?? []) {
      const ov = overlap(g, p.span);
      if (ov >= 0.5 * (g.end - g.start) && ov >= 0.25 * (p.span.end - p.span.start) && ov > bestOv) {
        best = p;
        bestOv = ov;
      }
    }
    if (best) match.set(g.id, best);
  }
  return match;
}

/** Predicted claims at least half covered by gold claims of their article. */
export function preciseClaims(gold: readonly GoldClaim[], predicted: readonly Claim[]): number {
  let precise = 0;
  for (const p of predicted) {
    const covered = new Array<boolean>(p.span.end - p.span.start).fill(false);
    for (const g of gold) {
      if (g.article !== p.articleId) continue;
      for (let i = Math.max(g.start, p.span.start); i < Math.min(g.end, p.span.end); i++) covered[i - p.span.start] = true;
    }
    if (covered.filter(Boolean).length >= 0.5 * covered.length) precise++;
  }
  return precise;
}

/** The quote kind the scoring compares: none without a source, mixed counts as direct. */
export function quoteOf(p: Claim): 'direct' | 'indirect' | 'none' {
  const a = p.attribution;
  if (!a || !a.source) return 'none';
  return a.kind === 'indirect' ? 'indirect' : 'direct';
}

/**
 * Speaker rule of GOLD.md / STORIES.md: the predicted source's name (else its text) and the gold
 * speaker map to one canonical name; a null matches a null, and a source flagged `unnamed` counts
 * as null (both documents give unnamed sources speaker null unless they name a group).
 */
export function speakerRight(story: Story, g: GoldClaim, p: Claim): boolean {
  const source = p.attribution?.source ?? null;
  if (g.speaker === null) return source === null || p.attribution?.unnamed === true;
  if (source === null) return false;
  const mapped = story.canonical(source.name || source.text) ?? story.canonical(source.text);
  return mapped === g.speaker;
}

const relKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const isTension = (l: string | undefined): boolean => l === 'contradict' || l === 'qualify';

/** Counts behind one story's figures (numerator / denominator pairs). */
export interface StoryCounts {
  readonly goldClaims: number;
  readonly found: number;
  readonly predicted: number;
  readonly precise: number;
  readonly speakerOk: number;
  readonly quoteOk: number;
  readonly tensionGold: number;
  readonly tensionHit: number;
  readonly tensionPred: number;
  readonly tensionPredOk: number;
  readonly agreeGold: number;
  readonly agreeHit: number;
  readonly speakerErrors: readonly string[];
  readonly quoteErrors: readonly string[];
  /** Found claims whose polarity, and whose modality, match the gold (diagnostics, no floor). */
  readonly polarityOk: number;
  readonly modalityOk: number;
  readonly modalityErrors: readonly string[];
}

/** Scores predicted claims and relations of one story by the rules of STORIES.md. */
export function scoreStory(story: Story, claims: readonly Claim[], relations: readonly Pick<Relation, 'a' | 'b' | 'label'>[]): StoryCounts {
  const match = matchClaims(story.claims, claims);
  const goldOf = new Map<string, string[]>();
  for (const [gid, p] of match) goldOf.set(p.id, [...(goldOf.get(p.id) ?? []), gid]);
  let speakerOk = 0;
  let quoteOk = 0;
  const speakerErrors: string[] = [];
  const quoteErrors: string[] = [];
  const modalityErrors: string[] = [];
  let polarityOk = 0;
  let modalityOk = 0;
  for (const g of story.claims) {
    const p = match.get(g.id);
    if (!p) continue;
    if (speakerRight(story, g, p)) speakerOk++;
    else speakerErrors.push(`${story.name} ${g.id}: gold ${g.speaker ?? 'null'}, predicted ${p.attribution?.source ? `${p.attribution.source.name} («${p.attribution.source.text}»${p.attribution.unnamed ? ', unnamed' : ''})` : 'null'} «${p.text.slice(0, 70)}»`);
    if (quoteOf(p) === g.quote) quoteOk++;
    if (p.polarity === g.polarity) polarityOk++;
    if (p.modality === g.modality) modalityOk++;
    else modalityErrors.push(`${story.name} ${g.id}: gold ${g.modality}, predicted ${p.modality} «${p.text.slice(0, 90)}»`);
    if (quoteOf(p) !== g.quote) quoteErrors.push(`${story.name} ${g.id}: gold ${g.quote}, predicted ${quoteOf(p)} (${p.attribution?.kind ?? 'no attribution'}${p.attribution?.source ? ` of ${p.attribution.source.text}` : ''}) «${p.text.slice(0, 90)}»`);
  }
  const predRel = new Map<string, RelationLabel>(relations.map((r) => [relKey(r.a, r.b), r.label]));
  const goldRel = new Map(story.relations.map((r) => [relKey(r.a, r.b), r.label]));
  let tensionGold = 0, tensionHit = 0, agreeGold = 0, agreeHit = 0;
  for (const r of story.relations) {
    const pa = match.get(r.a);
    const pb = match.get(r.b);
    const label = pa && pb ? predRel.get(relKey(pa.id, pb.id)) : undefined;
    if (isTension(r.label)) { tensionGold++; if (isTension(label)) tensionHit++; }
    else { agreeGold++; if (label === 'agree') agreeHit++; }
  }
  let tensionPred = 0, tensionPredOk = 0;
  for (const r of relations) {
    if (!isTension(r.label)) continue;
    const ga = goldOf.get(r.a);
    const gb = goldOf.get(r.b);
    if (!ga || !gb) continue;
    tensionPred++;
    if (ga.some((x) => gb.some((y) => isTension(goldRel.get(relKey(x, y)))))) tensionPredOk++;
  }
  return {
    goldClaims: story.claims.length, found: match.size, predicted: claims.length, precise: preciseClaims(story.claims, claims),
    speakerOk, quoteOk, tensionGold, tensionHit, tensionPred, tensionPredOk, agreeGold, agreeHit, speakerErrors, quoteErrors, polarityOk, modalityOk, modalityErrors,
  };
}

/** The seven figures of one story, as ratios (a figure with an empty denominator is null). */
export function storyFigures(c: StoryCounts): Record<string, number | null> {
  const r = (n: number, d: number): number | null => (d > 0 ? n / d : null);
  return {
    'claim recall': r(c.found, c.goldClaims),
    'claim precision': r(c.precise, c.predicted),
    'speaker accuracy': r(c.speakerOk, c.found),
    'quote-kind accuracy': r(c.quoteOk, c.found),
    'tension recall': r(c.tensionHit, c.tensionGold),
    'tension precision': r(c.tensionPredOk, c.tensionPred),
    'agreement recall': r(c.agreeHit, c.agreeGold),
  };
}
