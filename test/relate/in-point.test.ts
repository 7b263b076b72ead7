import { extractClaims } from '../../src/extract/claims';
import { IN_POINT_FEATURES, inPointFeatures, inPointHead, inPointProbabilities, relateInPoint } from '../../src/relate/in-point';
import type { Claim } from '../../src/types';

const claim = (id: string, text: string): Claim => {
  const c = extractClaims({ id, text })[0];
  if (!c) throw new Error(`no claim in ${text}`);
  return c;
};
const at = (v: Float64Array, name: (typeof IN_POINT_FEATURES)[number]): number => v[IN_POINT_FEATURES.indexOf(name)]!;

describe('inPointFeatures', () => {
  test.each([
    ['modality differs', 'The mayor ruled out a meeting.', 'A meeting is possible only if the talks succeed.', 'modalityDiffers', 1],
    ['same modality', 'The mayor ruled out a meeting.', 'The mayor refused to meet.', 'modalityDiffers', 0],
    ['numbers differ', 'The storm killed 12 people.', 'The storm killed 15 people.', 'numbersDiffer', 1],
    ['a shared number', 'The storm killed 12 people.', 'Officials said 12 people died.', 'sharedNumber', 1],
    ['polarity differs', 'The bridge is open.', 'The bridge is not open.', 'polarityDiffers', 1],
    ['speakers differ', 'The mayor said the bridge is open.', 'The governor said the bridge is open.', 'speakersDiffer', 1],
    ['one side has no speaker', 'The mayor said the bridge is open.', 'The bridge is open.', 'oneSpeaker', 1],
  ] as const)('%s', (_label, a, b, name, expected) => {
    const { vector } = inPointFeatures({ claim: claim('a', a), publishedAt: null }, { claim: claim('b', b), publishedAt: null });
    expect(at(vector, name)).toBe(expected);
  });

  test.each([
    ['one day apart', '2024-05-16', '2024-05-17', 1, Math.log1p(1)],
    ['the same day', '2024-05-16', '2024-05-16', 0, 0],
    ['a date unknown', null, '2024-05-17', 0, 0],
  ] as const)('publish dates: %s', (_label, da, db, differ, days) => {
    const { vector } = inPointFeatures({ claim: claim('a', 'The mayor will resign.'), publishedAt: da }, { claim: claim('b', 'The mayor will not resign.'), publishedAt: db });
    expect(at(vector, 'datesDiffer')).toBe(differ);
    expect(at(vector, 'daysApart')).toBeCloseTo(days, 9);
  });
});

describe('relateInPoint', () => {
  test('the committed head reads the features the code computes', () => {
    expect(inPointHead.features).toEqual([...IN_POINT_FEATURES]);
    expect(inPointHead.weights).toHaveLength(3);
  });

  test('probabilities sum to one', () => {
    const { vector } = inPointFeatures({ claim: claim('a', 'The bridge is open.'), publishedAt: null }, { claim: claim('b', 'The bridge is closed.'), publishedAt: null });
    const p = inPointProbabilities(inPointHead, vector);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  test.each([
    ['a refusal against a condition', 'The mayor ruled out a meeting for now.', 'A meeting is possible only if written agreements are reached.'],
    ['two numbers', 'The storm killed 12 people on Monday.', 'The storm killed 15 people on Monday.'],
    ['a paraphrase', 'The mayor turned down the invitation.', 'The mayor declined the invitation.'],
  ])('%s: a label, a score in [0, 1] and reasons whose spans lie inside the claims', (_label, a, b) => {
    const ca = claim('a', a);
    const cb = claim('b', b);
    const r = relateInPoint({ claim: ca, publishedAt: '2024-05-16' }, { claim: cb, publishedAt: '2024-05-17' });
    expect(['agree', 'qualify', 'contradict', 'neutral']).toContain(r.label);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
    for (const reason of r.reasons) {
      for (const s of reason.spans) {
        const c = s.claimId === 'a' ? ca : cb;
        expect(s.span.start).toBeGreaterThanOrEqual(0);
        expect(s.span.end).toBeLessThanOrEqual(c.span.end - c.span.start);
      }
    }
    expect(relateInPoint({ claim: ca, publishedAt: '2024-05-16' }, { claim: cb, publishedAt: '2024-05-17' })).toEqual(r);
  });
});
