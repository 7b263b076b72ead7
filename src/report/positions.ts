/**
 * Positions inside a point: claims joined by agree relations into groups, a
 * group never holding two claims in tension, and the tensions between the
 * groups read off the relations among their members.
 *
 * @module
 */
import type { Claim, Position, Relation, RelationLabel } from '../types';

/**
 * Two positions of one point and the tension relations between their claims.
 * `label` is the strongest of them: contradict when any pair contradicts.
 *
 * @example
 * const t: PositionTension = { a: 'p1.1', b: 'p1.2', label: 'qualify', relations: [] };
 */
export interface PositionTension {
  /** The position that comes first in the point's order. */
  readonly a: string;
  readonly b: string;
  readonly label: 'contradict' | 'qualify';
  /** Strongest first (byTension). */
  readonly relations: readonly Relation[];
}

const LABEL_MAX = 100;
const LABEL_RANK: Readonly<Record<RelationLabel, number>> = { contradict: 0, qualify: 1, agree: 2, neutral: 3 };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders relations so that the strongest tension comes first: contradict,
 * then qualify, then agree, then neutral; higher score first; then by ids so
 * the order never depends on the input order.
 *
 * @example
 * [...report.relations].sort(byTension)[0]?.label; // 'contradict' if there is one
 */
export function byTension(x: Relation, y: Relation): number {
  return LABEL_RANK[x.label] - LABEL_RANK[y.label] || y.score - x.score || cmp(x.a, y.a) || cmp(x.b, y.b);
}

/**
 * Whether a relation label is a tension a reader must see (contradict or qualify).
 *
 * @example
 * isTension('qualify'); // true
 * isTension('neutral'); // false
 */
export function isTension(label: RelationLabel): label is 'contradict' | 'qualify' {
  return label === 'contradict' || label === 'qualify';
}

/**
 * A claim's text as a label: whitespace folded, cut at a word boundary with
 * an ellipsis when longer than `max` characters.
 *
 * @example
 * trimLabel('The  bridge is closed'); // 'The bridge is closed'
 */
export function trimLabel(text: string, max = LABEL_MAX): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : folded;
}

/**
 * The claim that speaks for a group: the one with the highest summed score of
 * the given relations that touch it; ties go to the earliest in `members`.
 *
 * @example
 * centralClaim(members, relations.filter((r) => r.label === 'agree'))?.id;
 */
export function centralClaim(members: readonly Claim[], relations: readonly Relation[]): Claim | undefined {
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.a, (degree.get(r.a) ?? 0) + r.score);
    degree.set(r.b, (degree.get(r.b) ?? 0) + r.score);
  }
  let best = members[0];
  for (const c of members) if ((degree.get(c.id) ?? 0) > (degree.get(best?.id ?? '') ?? 0)) best = c;
  return best;
}

/**
 * Splits the claims of one point into positions. Agree relations join claims,
 * strongest first, unless the join would put two claims in tension (qualify or
 * contradict) into one position: in a chain a~b, b~c with a✗c, c stays apart
 * from the stronger pair. A claim whose relations are all tensions, or that
 * has none, stands alone; claims of one article (never related to each other)
 * meet through their agree relations with other articles.
 *
 * Positions come widest first (more articles, then more claims), then in the
 * order of their first claim; claims keep the order of `members`, which is
 * also the tie-break everywhere, so the result never depends on the order of
 * `relations`.
 *
 * @example
 * const ps = positionsOf('p1', members, relations, articleOrder);
 * ps.map((p) => p.id); // ['p1.1', 'p1.2']
 */
export function positionsOf(
  pointId: string,
  members: readonly Claim[],
  relations: readonly Relation[],
  articleOrder: ReadonlyMap<string, number> = new Map(),
): Position[] {
  const index = new Map(members.map((c, i) => [c.id, i] as const));
  const inside = relations.filter((r) => r.a !== r.b && index.has(r.a) && index.has(r.b));
  const tense = new Set<string>();
  const key = (i: number, j: number): string => (i < j ? `${i}|${j}` : `${j}|${i}`);
  for (const r of inside) if (isTension(r.label)) tense.add(key(index.get(r.a)!, index.get(r.b)!));

  const parent = members.map((_, i) => i);
  const groups = new Map<number, number[]>(members.map((_, i) => [i, [i]]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const agree = inside
    .filter((r) => r.label === 'agree')
    .map((r) => ({ r, i: Math.min(index.get(r.a)!, index.get(r.b)!), j: Math.max(index.get(r.a)!, index.get(r.b)!) }))
    .sort((x, y) => y.r.score - x.r.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of agree) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const gi = groups.get(ri)!;
    const gj = groups.get(rj)!;
    if (gi.some((x) => gj.some((y) => tense.has(key(x, y))))) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    groups.set(root, [...groups.get(root)!, ...groups.get(child)!].sort((x, y) => x - y));
    groups.delete(child);
  }

  const agreeInside = inside.filter((r) => r.label === 'agree');
  return [...groups.values()]
    .map((ids) => {
      const claims = ids.map((i) => members[i]!);
      const articleIds = [...new Set(claims.map((c) => c.articleId))].sort((x, y) => (articleOrder.get(x) ?? 0) - (articleOrder.get(y) ?? 0));
      const own = new Set(claims.map((c) => c.id));
      const central = centralClaim(claims, agreeInside.filter((r) => own.has(r.a) && own.has(r.b)));
      return { first: ids[0]!, claims, articleIds, label: trimLabel(central?.text ?? '') };
    })
    .sort((x, y) => y.articleIds.length - x.articleIds.length || y.claims.length - x.claims.length || x.first - y.first)
    .map((g, n) => ({ id: `${pointId}.${n + 1}`, claimIds: g.claims.map((c) => c.id), articleIds: g.articleIds, label: g.label }));
}

/**
 * The tensions between the positions of a point: for each pair of positions,
 * the qualify and contradict relations between their claims, strongest pair
 * of positions first. Relations inside one position, neutral ones and ones
 * that leave the point are not tensions between positions.
 *
 * @example
 * tensionsBetween(point.positions, report.relations)[0]; // { a: 'p1.1', b: 'p1.2', label: 'qualify', relations: [...] }
 */
export function tensionsBetween(positions: readonly Position[], relations: readonly Relation[]): PositionTension[] {
  const rank = new Map<string, number>();
  positions.forEach((p, n) => p.claimIds.forEach((id) => rank.set(id, n)));
  const pairs = new Map<string, { a: number; b: number; relations: Relation[] }>();
  for (const r of relations) {
    if (!isTension(r.label)) continue;
    const x = rank.get(r.a);
    const y = rank.get(r.b);
    if (x === undefined || y === undefined || x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const entry = pairs.get(`${a}|${b}`) ?? { a, b, relations: [] };
    entry.relations.push(r);
    pairs.set(`${a}|${b}`, entry);
  }
  return [...pairs.values()]
    .map((e) => ({ ...e, relations: e.relations.sort(byTension) }))
    .sort((x, y) => byTension(x.relations[0]!, y.relations[0]!) || x.a - y.a || x.b - y.b)
    .map((e) => ({
      a: positions[e.a]!.id,
      b: positions[e.b]!.id,
      label: e.relations.some((r) => r.label === 'contradict') ? 'contradict' : 'qualify',
      relations: e.relations,
    }));
}
