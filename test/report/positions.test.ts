import { byTension, centralClaim, isTension, positionsOf, tensionsBetween, trimLabel } from '../../src/report/positions';
import type { Claim, Relation, RelationLabel } from '../../src/types';

const claim = (id: string, text = id): Claim => ({
  id, articleId: id.split(':')[0]!, text, span: { start: 0, end: text.length }, sentenceIndex: 0, polarity: 'positive', modality: 'asserted',
  condition: null, attribution: null, numbers: [], times: [], entities: [],
});
const rel = (a: string, label: RelationLabel, b: string, score = 0.8): Relation => ({ a, b, label, score, reasons: [] });
const order = new Map([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
/** Positions as lists of claim ids, in the order positionsOf gives them. */
const groups = (ids: readonly string[], relations: readonly Relation[]): string[][] =>
  positionsOf('p1', ids.map((id) => claim(id)), relations, order).map((p) => [...p.claimIds]);

describe('positionsOf', () => {
  test.each([
    ['empty point', [], [], []],
    ['one claim', ['a:c1'], [], [['a:c1']]],
    ['all agree: one position', ['a:c1', 'b:c1', 'c:c1'], [rel('a:c1', 'agree', 'b:c1'), rel('b:c1', 'agree', 'c:c1'), rel('a:c1', 'agree', 'c:c1')], [['a:c1', 'b:c1', 'c:c1']]],
    ['a pair in tension: two positions', ['a:c1', 'b:c1'], [rel('a:c1', 'qualify', 'b:c1')], [['a:c1'], ['b:c1']]],
    ['a contradiction: two positions', ['a:c1', 'b:c1'], [rel('a:c1', 'contradict', 'b:c1')], [['a:c1'], ['b:c1']]],
    ['three against one: the wider position first', ['a:c1', 'b:c1', 'c:c1', 'd:c1'],
      [rel('a:c1', 'qualify', 'b:c1'), rel('a:c1', 'agree', 'c:c1'), rel('a:c1', 'agree', 'd:c1'), rel('b:c1', 'qualify', 'c:c1'), rel('b:c1', 'qualify', 'd:c1'), rel('c:c1', 'agree', 'd:c1')],
      [['a:c1', 'c:c1', 'd:c1'], ['b:c1']]],
    // a~b is stronger than b~c, so b joins a and c, in tension with a, stays apart.
    ['chain a~b, b~c, a✗c: the stronger link wins', ['a:c1', 'b:c1', 'c:c1'],
      [rel('a:c1', 'agree', 'b:c1', 0.9), rel('b:c1', 'agree', 'c:c1', 0.7), rel('a:c1', 'contradict', 'c:c1')], [['a:c1', 'b:c1'], ['c:c1']]],
    ['chain with the other link stronger', ['a:c1', 'b:c1', 'c:c1'],
      [rel('a:c1', 'agree', 'b:c1', 0.6), rel('b:c1', 'agree', 'c:c1', 0.7), rel('a:c1', 'contradict', 'c:c1')], [['b:c1', 'c:c1'], ['a:c1']]],
    ['chain with equal links: the earlier pair wins', ['a:c1', 'b:c1', 'c:c1'],
      [rel('b:c1', 'agree', 'c:c1'), rel('a:c1', 'agree', 'b:c1'), rel('a:c1', 'qualify', 'c:c1')], [['a:c1', 'b:c1'], ['c:c1']]],
    ['chain without tension: one position', ['a:c1', 'b:c1', 'c:c1'], [rel('a:c1', 'agree', 'b:c1'), rel('b:c1', 'agree', 'c:c1')], [['a:c1', 'b:c1', 'c:c1']]],
    ['two claims of one article meet through agree edges', ['a:c1', 'a:c2', 'b:c1'], [rel('a:c1', 'agree', 'b:c1'), rel('a:c2', 'agree', 'b:c1')], [['a:c1', 'a:c2', 'b:c1']]],
    ['a claim of one article with only tensions stands apart from its sibling', ['a:c1', 'a:c2', 'b:c1'],
      [rel('a:c1', 'agree', 'b:c1'), rel('a:c2', 'qualify', 'b:c1')], [['a:c1', 'b:c1'], ['a:c2']]],
    ['single-article claims with no relation each stand alone', ['a:c1', 'a:c2'], [], [['a:c1'], ['a:c2']]],
    ['neutral joins nothing', ['a:c1', 'b:c1'], [rel('a:c1', 'neutral', 'b:c1')], [['a:c1'], ['b:c1']]],
    ['relations leaving the point are ignored', ['a:c1', 'b:c1'], [rel('a:c1', 'agree', 'c:c9'), rel('c:c9', 'agree', 'b:c1')], [['a:c1'], ['b:c1']]],
    ['a relation of a claim with itself is ignored', ['a:c1'], [rel('a:c1', 'contradict', 'a:c1')], [['a:c1']]],
  ] as const)('%s', (_label, ids, relations, expected) => {
    expect(groups(ids, relations)).toEqual(expected);
  });

  test('every claim lies in exactly one position, whatever the order of the relations', () => {
    const ids = ['a:c1', 'a:c2', 'b:c1', 'b:c2', 'c:c1', 'd:c1'];
    const relations = [
      rel('a:c1', 'agree', 'b:c1', 0.9), rel('b:c1', 'agree', 'c:c1', 0.8), rel('a:c1', 'contradict', 'c:c1', 0.5), rel('a:c2', 'qualify', 'b:c2', 0.6),
      rel('b:c2', 'agree', 'd:c1', 0.7), rel('c:c1', 'agree', 'd:c1', 0.4), rel('a:c2', 'agree', 'd:c1', 0.3),
    ];
    const forward = groups(ids, relations);
    expect(forward.flat().sort()).toEqual([...ids].sort());
    expect(groups(ids, [...relations].reverse())).toEqual(forward);
    // No position holds two claims in tension.
    for (const g of forward) for (const r of relations) if (isTension(r.label)) expect(g.includes(r.a) && g.includes(r.b)).toBe(false);
  });

  test('ids, articles in input order and the most central claim as label', () => {
    const members = [claim('b:c1', 'short one'), claim('a:c1', 'the   most\nlinked claim'), claim('c:c1', 'third')];
    const relations = [rel('a:c1', 'agree', 'b:c1', 0.5), rel('a:c1', 'agree', 'c:c1', 0.5), rel('b:c1', 'agree', 'c:c1', 0.1)];
    expect(positionsOf('p7', members, relations, order)).toEqual([
      { id: 'p7.1', claimIds: ['b:c1', 'a:c1', 'c:c1'], articleIds: ['a', 'b', 'c'], label: 'the most linked claim' },
    ]);
  });

  test('does not change its inputs', () => {
    const members = [claim('a:c1'), claim('b:c1')];
    const relations = [rel('a:c1', 'agree', 'b:c1')];
    const before = JSON.stringify([members, relations]);
    positionsOf('p1', members, relations, order);
    expect(JSON.stringify([members, relations])).toBe(before);
  });
});

describe('tensionsBetween', () => {
  const positions = positionsOf('p1', ['a:c1', 'b:c1', 'c:c1', 'd:c1'].map((id) => claim(id)), [], order);
  test.each([
    ['no relation', [], []],
    ['agree and neutral are no tension', [rel('a:c1', 'agree', 'b:c1'), rel('a:c1', 'neutral', 'c:c1')], []],
    ['one qualify', [rel('a:c1', 'qualify', 'b:c1')], [['p1.1', 'p1.2', 'qualify', 1]]],
    ['a contradiction makes the pair contradict, and comes first', [rel('c:c1', 'qualify', 'd:c1', 0.9), rel('a:c1', 'qualify', 'b:c1', 0.9), rel('a:c1', 'contradict', 'b:c1', 0.3)],
      [['p1.1', 'p1.2', 'contradict', 2], ['p1.3', 'p1.4', 'qualify', 1]]],
    ['a relation given b-to-a is filed under the earlier position first', [rel('d:c1', 'qualify', 'a:c1')], [['p1.1', 'p1.4', 'qualify', 1]]],
    ['a relation leaving the positions is left out', [rel('a:c1', 'contradict', 'x:c1')], []],
  ] as const)('%s', (_label, relations, expected) => {
    expect(tensionsBetween(positions, relations).map((t) => [t.a, t.b, t.label, t.relations.length])).toEqual(expected);
  });

  test('a tension inside one position is not between positions', () => {
    const one = [{ id: 'p1.1', claimIds: ['a:c1', 'b:c1'], articleIds: ['a', 'b'], label: 'x' }];
    expect(tensionsBetween(one, [rel('a:c1', 'contradict', 'b:c1')])).toEqual([]);
  });
});

describe('helpers', () => {
  test.each([
    ['The  bridge\nis closed', 20, 'The bridge is closed'],
    ['one two three four five', 12, 'one two…'],
    ['', 10, ''],
  ] as const)('trimLabel(%j, %d)', (text, max, expected) => expect(trimLabel(text, max)).toBe(expected));

  test('centralClaim: most connected, ties to the earliest, none for no members', () => {
    const m = [claim('a:c1'), claim('b:c1'), claim('c:c1')];
    expect(centralClaim(m, [rel('b:c1', 'agree', 'c:c1')])?.id).toBe('b:c1');
    expect(centralClaim(m, [])?.id).toBe('a:c1');
    expect(centralClaim([], [])).toBeUndefined();
  });

  test('byTension: contradict, qualify, agree, neutral; then score; then ids', () => {
    const rs = [rel('a', 'agree', 'b', 0.9), rel('a', 'neutral', 'b'), rel('b', 'qualify', 'c', 0.5), rel('a', 'qualify', 'c', 0.5), rel('a', 'contradict', 'b', 0.1)];
    expect([...rs].sort(byTension).map((r) => `${r.label}:${r.a}`)).toEqual(['contradict:a', 'qualify:a', 'qualify:b', 'agree:a', 'neutral:a']);
  });
});
