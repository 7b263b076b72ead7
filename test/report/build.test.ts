import { buildReport, consensusOf } from '../../src/report/build';
import type { Claim, Relation } from '../../src/types';
import { bridgeReport } from '../fixtures/report/bridge';

const claim = (id: string, articleId: string, name: string | null): Claim => ({
  id, articleId, text: 'x', span: { start: 0, end: 1 }, sentenceIndex: 0, polarity: 'positive', modality: 'asserted', condition: null,
  attribution: name ? { kind: 'direct', source: { text: name, span: { start: 0, end: 1 }, name, role: 'Mayor' }, cue: null, content: { start: 0, end: 1 } } : null,
  numbers: [], times: [], entities: [],
});
const rel = (label: Relation['label']): Relation => ({ a: 'x', b: 'y', label, score: 0.9, reasons: [] });

describe('consensusOf', () => {
  test.each([
    ['one article', 1, [], 'single-source'],
    ['any contradiction', 2, [rel('agree'), rel('contradict')], 'contested'],
    ['a qualification', 2, [rel('agree'), rel('qualify')], 'mixed'],
    ['all agree', 3, [rel('agree'), rel('neutral')], 'agreement'],
    ['only neutral', 2, [rel('neutral')], 'mixed'],
  ] as const)('%s', (_label, n, relations, expected) => {
    expect(consensusOf(n, relations)).toBe(expected);
  });
});

describe('buildReport', () => {
  test('numbers points, splits them into positions, finds the first report and summarises sources', () => {
    const report = buildReport({
      articles: [
        { id: 'a', text: 'x', title: null, outlet: 'A News', url: null, publishedAt: '2024-01-02' },
        { id: 'b', text: 'x', title: null, outlet: null, url: null, publishedAt: '2024-01-01' },
      ],
      claims: [claim('a:c1', 'a', 'Ana Ruiz'), claim('b:c1', 'b', 'Ana Ruiz')],
      points: [['b:c1', 'a:c1']],
      relations: [{ a: 'a:c1', b: 'b:c1', label: 'agree', score: 0.8, reasons: [] }],
      messages: [{ code: 'x', severity: 'info', message: 'same' }, { code: 'x', severity: 'info', message: 'same' }],
    });
    expect(report.schemaVersion).toBe(2);
    expect(report.points[0]).toMatchObject({ id: 'p1', claimIds: ['a:c1', 'b:c1'], articleIds: ['a', 'b'], consensus: 'agreement', firstReported: { articleId: 'b', publishedAt: '2024-01-01' } });
    expect(report.points[0]?.positions).toEqual([{ id: 'p1.1', claimIds: ['a:c1', 'b:c1'], articleIds: ['a', 'b'], label: 'x' }]);
    expect(report.sources).toEqual([{ name: 'Ana Ruiz', roles: ['Mayor'], claimIds: ['a:c1', 'b:c1'], articleIds: ['a', 'b'], outlets: ['A News', 'b'], direct: 2, indirect: 0, mixed: 0 }]);
    expect(report.messages).toHaveLength(1);
  });
});

describe('sources table', () => {
  test('an unresolved pronoun source is left out', () => {
    const report = buildReport({
      articles: [{ id: 'a', text: 'x', title: null, outlet: null, url: null, publishedAt: null }],
      claims: [claim('a:c1', 'a', 'he'), claim('a:c2', 'a', 'Ana Ruiz')],
      points: [],
      relations: [],
      messages: [],
    });
    expect(report.sources.map((s) => s.name)).toEqual(['Ana Ruiz']);
  });
});

describe('buildReport on the bridge fixture', () => {
  test('gives the positions the fixture spells out by hand', () => {
    const report = buildReport({
      articles: bridgeReport.articles,
      claims: bridgeReport.claims,
      points: bridgeReport.points.map((k) => [...k.claimIds].reverse()),
      relations: [...bridgeReport.relations].reverse(),
      messages: [],
    });
    expect(report.points.map((k) => k.positions)).toEqual(bridgeReport.points.map((k) => k.positions));
    expect(report.points.map((k) => k.consensus)).toEqual(bridgeReport.points.map((k) => k.consensus));
  });
});
