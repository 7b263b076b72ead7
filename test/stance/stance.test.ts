import { ClaimdiffError } from '../../src/errors';
import { checkClaim, defaultStanceOptions, stance } from '../../src/stance/stance';
import { analysisCacheSize, analyzeText, countCues, splitSentences } from '../../src/stance/stance-analysis';
import { predictVector, type Forest } from '../../src/stance/stance-model';
import { STANCE_CUE_CATEGORIES } from '../../src/lexicon/stance';
import type { StanceLabel } from '../../src/types';

// Invented texts: no dataset text, no real story.
const CLAIM = 'The old river bridge collapsed on Monday';
const BODIES: Readonly<Record<string, string>> = {
  asserts:
    'The old river bridge collapsed on Monday morning, sending two cars into the water. Rescue teams pulled four people from the river, the fire service said. Engineers had warned for years that the structure was failing.',
  debunks:
    'Photos claiming to show the old river bridge collapsing on Monday are a hoax, city officials said. The bridge is standing and open to traffic. The images were taken from a film set and doctored. There is no evidence that any part of the bridge fell.',
  hedges:
    'The old river bridge has reportedly collapsed, according to unverified posts on social media on Monday. It is unclear whether anyone was hurt. Officials have not yet confirmed the reports and did not respond to requests for comment.',
  sharesOneName:
    'A new exhibition opened at the River Gallery on Saturday. The gallery showed paintings of mountains and lakes by local artists. Tickets sold out within an hour.',
  elsewhere: 'The central bank raised interest rates by half a point on Thursday. Economists expect inflation to slow next year.',
};

describe('stance: bodies (table)', () => {
  const table: readonly [string, StanceLabel][] = [
    ['asserts', 'agree'],
    ['debunks', 'disagree'], // mentions the claim only to debunk it
    ['hedges', 'discuss'], // reports it without taking a side
    ['sharesOneName', 'unrelated'], // one shared name is not a shared story
    ['elsewhere', 'unrelated'],
  ];
  test.each(table)('%s → %s', (key, expected) => {
    const r = stance(CLAIM, BODIES[key] ?? '');
    expect(r.label).toBe(expected);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});

describe('stance: headlines (table, assumeRelated)', () => {
  const claim = 'A shark swam down a flooded highway';
  const table: readonly [string, StanceLabel][] = [
    ['Shark swims down flooded highway after storm', 'agree'],
    ['Photo of shark swimming on flooded highway is fake', 'disagree'],
    ['No, a shark did not swim down a flooded highway', 'disagree'],
    ['Shark reportedly spotted swimming on flooded highway', 'discuss'],
  ];
  test.each(table)('%s → %s', (headline, expected) => {
    expect(stance(claim, headline, { assumeRelated: true }).label).toBe(expected);
  });
});

describe('stance: evidence', () => {
  test('spans point exactly into the article text, labels are stance labels', () => {
    for (const text of Object.values(BODIES)) {
      for (const e of stance(CLAIM, { text }).evidence) {
        expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
        expect(['agree', 'disagree', 'discuss']).toContain(e.label);
      }
    }
  });

  test('the debunking sentence is evidence, labelled disagree', () => {
    const r = stance(CLAIM, BODIES['debunks'] ?? '');
    expect(r.evidence[0]?.label).toBe('disagree');
    expect(r.evidence.some((e) => e.text.includes('hoax'))).toBe(true);
  });

  test('evidence carries the attribution of its sentence when there is one', () => {
    const r = stance(CLAIM, BODIES['debunks'] ?? '');
    const first = r.evidence.find((e) => e.text.includes('officials said'));
    expect(first?.attribution?.cue?.text).toBe('said');
    for (const e of r.evidence) {
      if (e.attribution !== null) expect(e.attribution.content.start < e.span.end && e.attribution.content.end > e.span.start).toBe(true);
    }
  });

  test('offsets survive curly quotes, CRLF and a leading headline line', () => {
    const text = 'Bridge down?\r\n\r\n“The old river bridge collapsed on Monday,” residents claimed, but the report is unconfirmed.\r\nIt is unclear what happened.';
    const r = stance(CLAIM, text);
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
  });

  test('maxEvidence bounds the evidence; 0 gives none', () => {
    expect(stance(CLAIM, BODIES['debunks'] ?? '', { maxEvidence: 1 }).evidence.length).toBeLessThanOrEqual(1);
    expect(stance(CLAIM, BODIES['debunks'] ?? '', { maxEvidence: 0 }).evidence).toEqual([]);
  });

  test('unrelated articles carry no evidence', () => {
    expect(stance(CLAIM, BODIES['elsewhere'] ?? '').evidence).toEqual([]);
  });
});

describe('checkClaim', () => {
  const articles = Object.entries(BODIES).map(([id, text]) => ({ id, text }));

  test('one row per article, related labels first, then by score', () => {
    const rows = checkClaim(CLAIM, articles);
    expect(rows.map((r) => r.articleId).sort()).toEqual(Object.keys(BODIES).sort());
    const firstUnrelated = rows.findIndex((r) => r.label === 'unrelated');
    expect(rows.slice(firstUnrelated).every((r) => r.label === 'unrelated')).toBe(true);
    for (let i = 1; i < firstUnrelated; i++) expect((rows[i - 1]?.score ?? 0) >= (rows[i]?.score ?? 0)).toBe(true);
  });

  test('ids default to a1, a2, … and ties keep input order', () => {
    const text = BODIES['asserts'] ?? '';
    const rows = checkClaim(CLAIM, [{ text }, { text }, { text }]);
    expect(rows.map((r) => r.articleId)).toEqual(['a1', 'a2', 'a3']);
  });

  test('matches stance() article by article', () => {
    const rows = checkClaim(CLAIM, articles);
    for (const a of articles) {
      const row = rows.find((r) => r.articleId === a.id);
      expect(row).toEqual({ articleId: a.id, ...stance(CLAIM, a) });
    }
  });

  test('does not mutate its inputs', () => {
    const frozen = Object.freeze(articles.map((a) => Object.freeze({ ...a })));
    const before = JSON.stringify(frozen);
    checkClaim(CLAIM, frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(Object.isFrozen(defaultStanceOptions)).toBe(true);
  });
});

describe('misuse throws ClaimdiffError; odd text does not', () => {
  const cases: readonly [string, () => unknown, string][] = [
    ['claim not a string', () => stance(42 as never, 'text'), 'invalid_argument'],
    ['article text not a string', () => stance('claim', { text: 5 } as never), 'text_not_string'],
    ['articles not an array', () => checkClaim('claim', 'text' as never), 'not_an_array'],
    ['an article not an object', () => checkClaim('claim', [null] as never), 'not_an_object'],
    ['duplicate ids', () => checkClaim('claim', [{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }]), 'duplicate_id'],
    ['negative maxEvidence', () => stance('claim', 'text', { maxEvidence: -1 }), 'invalid_option'],
  ];
  test.each(cases)('%s', (_, run, code) => {
    expect(run).toThrow(ClaimdiffError);
    try {
      run();
    } catch (err) {
      expect((err as ClaimdiffError).code).toBe(code);
      expect((err as ClaimdiffError).message.length).toBeGreaterThan(20);
    }
  });

  test.each([
    ['empty article', CLAIM, ''],
    ['empty claim', '', 'Some text here.'],
    ['punctuation only', CLAIM, '... ?! —'],
  ])('%s gives unrelated with no evidence', (_, claim, text) => {
    expect(stance(claim, text)).toEqual({ label: 'unrelated', score: 1, evidence: [] });
  });

  test('checkClaim on no articles gives no rows', () => {
    expect(checkClaim(CLAIM, [])).toEqual([]);
  });
});

describe('analysis', () => {
  test('one analysis per text, shared across claims', () => {
    const text = `${BODIES['asserts'] ?? ''} (cache probe)`;
    expect(analyzeText(text)).toBe(analyzeText(text));
  });

  test('checking many claims against one body analyses the body once', () => {
    const body = `${BODIES['hedges'] ?? ''} (count probe)`;
    const claims = ['Rivers flood towns', 'Bridges need repair', 'Officials respond to posts'];
    const before = analysisCacheSize();
    for (const c of claims) stance(c, body);
    for (const c of claims) stance(c, body);
    expect(analysisCacheSize() - before).toBe(1 + claims.length);
  });

  test.each([
    ['Rain fell. Mr. Lee left.\nNext line', ['Rain fell.', 'Mr. Lee left.', 'Next line']],
    ['The U.S. team won. "Great," he said.', ['The U.S. team won.', '"Great," he said.']],
    ['No end', ['No end']],
    ['', []],
  ])('splitSentences(%j)', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test.each([
    [['the', 'story', 'is', 'a', 'hoax'], 'falsity'],
    [['officials', 'denied', 'it'], 'denial'],
    [['there', 'is', 'no', 'evidence', 'of', 'that'], 'noEvidence'],
    [['he', 'reportedly', 'left'], 'reported'],
    [['it', 'is', 'unclear'], 'unverified'],
    [['police', 'confirmed', 'it'], 'confirm'],
  ])('countCues(%j) finds %s', (words, category) => {
    const counts = countCues(words);
    expect(counts[STANCE_CUE_CATEGORIES.indexOf(category as never)]).toBe(1);
  });
});

describe('model inference', () => {
  test('a one-split forest moves probability across its threshold', () => {
    const forest: Forest = { features: ['x'], classes: ['no', 'yes'], base: [0, 0], trees: [[-1, 0, 0, 0], [0, 0.5, 1, 2, -1, -3, 0, 0, -1, 3, 0, 0]] };
    expect(predictVector(forest, [0.9])[1]).toBeGreaterThan(0.9);
    expect(predictVector(forest, [0.1])[1]).toBeLessThan(0.1);
  });
});
