import { relate, defaultRelateOptions, type RelateOptions } from '../../src/relate/relate';
import { analyze } from '../../src/relate/analyze';
import { pairFeatures } from '../../src/relate/features';
import { lemmaKey, wordRelation } from '../../src/relate/lexical';
import { ClaimdiffError } from '../../src/errors';
import { pairProba, type BoostedModel } from '../../src/relate/model';
import type { RelationLabel } from '../../src/types';

const negated = (text: string, word: string): boolean | undefined => analyze(text).words.find((w) => w.lower === word)?.negated;

describe('relate / negation scope', () => {
  const cases: [string, string, string, boolean][] = [
    ['plain negator', 'The bridge is not open.', 'open', true],
    ['contraction', "The bridge isn't open.", 'open', true],
    ['negative implicative', 'The minister refused to attend the summit.', 'attend', true],
    ['phrasal implicative, split', 'The minister ruled it out on Friday.', 'friday', true],
    ['litotes: not opposed to', 'The union is not opposed to the deal.', 'deal', false],
    ['double negation: refused to deny', 'The officials refused to deny the report.', 'report', false],
    ['double negation: did not fail to', 'She did not fail to attend.', 'attend', false],
    ['scope ends at the clause', 'He did not speak, but the talks went ahead.', 'talks', false],
    ['no negation', 'The talks went ahead.', 'talks', false],
    ['adjective of absence', 'The president was unwilling to meet.', 'meet', true],
    ['litotes negates its own word only', 'The union is not opposed to the deal.', 'opposed', true],
    ['passive refusal negates its subject', 'A meeting was ruled out.', 'meeting', true],
    ['passive scope stops at the verb of saying', 'The spokesman said a meeting was ruled out.', 'spokesman', false],
    ['plain negator keeps forward scope', 'The man is not sleeping.', 'man', false],
  ];
  test.each(cases)('%s', (_label, text, word, expected) => {
    expect(negated(text, word)).toBe(expected);
  });
});

describe('relate / lexicon', () => {
  const cases: [string, string, string, ReturnType<typeof wordRelation>][] = [
    ['hand antonym', 'accepted', 'rejected', 'antonym-hand'],
    ['hand antonym (speech act)', 'confirmed', 'denied', 'antonym-hand'],
    ['scale opposite', 'sporadic', 'constant', 'antonym-scale'],
    ['WordNet antonym', 'possible', 'impossible', 'antonym-hand'],
    ['same lemma, irregular', 'women', 'woman', 'same'],
    ['hypernym', 'dog', 'animal', 'hypernym'],
  ];
  test.each(cases)('%s', (_label, x, y, expected) => {
    expect(wordRelation(lemmaKey(x), lemmaKey(y))).toBe(expected);
  });
});

describe('relate / features', () => {
  test('antonyms are found with their words', () => {
    const f = pairFeatures('The bridge is open.', 'The bridge is closed.');
    expect(f.evidence.antonyms.map((p) => [p.a.text, p.b.text])).toEqual([['open', 'closed']]);
  });
  test('numbers with the same unit clash; bounds are respected', () => {
    expect(pairFeatures('The toll was 90 people.', 'The toll was 120 people.').evidence.numMismatch).toHaveLength(1);
    expect(pairFeatures('At least 90 people died.', 'A total of 120 people died.').evidence.numMismatch).toHaveLength(0);
    expect(pairFeatures('Prices rose 3 percent.', 'Prices rose 3% in May.').evidence.numMismatch).toHaveLength(0);
  });
  test('dates of the same kind clash', () => {
    expect(pairFeatures('The vote was on Monday.', 'The vote was on Tuesday.').evidence.dateMismatch).toHaveLength(1);
  });
  test('quantifiers: all against some', () => {
    expect(pairFeatures('All the students passed.', 'Some students passed.').evidence.quantMismatch).toHaveLength(1);
  });
  test('role swap, and not for a passive paraphrase', () => {
    expect(pairFeatures('The dog bit the man.', 'The man bit the dog.').evidence.roleSwap).not.toBeNull();
    expect(pairFeatures('The milk is being drunk by the cat.', 'The cat is drinking the milk.').evidence.roleSwap).toBeNull();
  });
  test('condition and time limit are read with their spans', () => {
    const a = 'Talks could happen, but only if written guarantees are given.';
    const an = analyze(a);
    expect(an.condition && a.slice(an.condition.span.start, an.condition.span.end)).toBe('only if written guarantees are given');
    const b = 'The minister ruled out talks for now.';
    expect(analyze(b).limits.map((c) => b.slice(c.span.start, c.span.end))).toEqual(['for now']);
  });
});

describe('relate / labels', () => {
  const cases: [string, string, string, readonly RelationLabel[]][] = [
    ['identical', 'A man is playing a guitar.', 'A man is playing a guitar.', ['agree']],
    ['paraphrase', 'The company cut 1,200 jobs on Monday.', 'On Monday the company cut 1,200 jobs.', ['agree']],
    ['negation', 'The bridge is open.', 'The bridge is not open.', ['contradict']],
    ['caption negation', 'A woman is slicing an onion.', 'There is no woman slicing an onion.', ['contradict']],
    ['refused to deny ≠ denied', 'The officials refused to deny the report.', 'The officials denied the report.', ['contradict', 'qualify']],
    ['litotes is not a contradiction', 'The union is not opposed to the deal.', 'The union supports the deal.', ['agree', 'neutral', 'qualify']],
    ['unrelated', 'The bridge is open.', 'Inflation rose to 5 percent in March.', ['neutral']],
    ['litotes against the plain verb', 'The leader is not opposed to talks.', 'The leader opposes talks.', ['contradict']],
    ['same moment, other number', 'Officials said 90 people died on Monday.', 'Officials said 120 people died on Monday.', ['contradict']],
    ['hand antonym', 'The minister confirmed the report.', 'The minister denied the report.', ['contradict']],
    ['ready against refused', 'The president said he was ready to meet.', 'The president refused to meet.', ['contradict']],
    ['scale opposites qualify', 'Shelling along the front was sporadic.', 'Shelling was constant along the front.', ['qualify']],
    ['conditional vs refusal', 'A meeting could happen, but only if written agreements are reached.', 'The president ruled out a meeting for now.', ['qualify']],
    ['for now vs possible', 'A meeting with the rebels is possible.', 'The government ruled out a meeting with the rebels for now.', ['qualify']],
  ];
  test.each(cases)('%s', (_label, a, b, expected) => {
    expect(expected).toContain(relate(a, b).label);
  });

  test('conditional vs refusal leads with condition or modality', () => {
    const r = relate('A meeting could happen, but only if written agreements are reached.', 'The president ruled out a meeting for now.');
    expect(['condition', 'modality']).toContain(r.reasons[0]?.kind);
  });
  test('for now vs possible leads with temporal', () => {
    const r = relate('A meeting with the rebels is possible.', 'The government ruled out a meeting with the rebels for now.');
    expect(r.reasons[0]?.kind).toBe('temporal');
  });
  test('conflicting claims on different dates are qualify/temporal with the dates', () => {
    const options: RelateOptions = { a: { publishedAt: '2024-05-14' }, b: { publishedAt: '2024-05-15T09:00:00Z' } };
    const r = relate('The bridge is open.', 'The bridge is not open.', options);
    expect(r.label).toBe('qualify');
    expect(r.reasons[0]?.kind).toBe('temporal');
    expect(r.reasons[0]?.detail).toContain('2024-05-14');
    expect(r.reasons[0]?.detail).toContain('2024-05-15');
  });
  test('different sources give an attribution reason', () => {
    const r = relate('The bridge is open.', 'The bridge is not open.', { a: { source: 'the mayor' }, b: { source: 'the police' } });
    expect(r.reasons.some((x) => x.kind === 'attribution')).toBe(true);
  });
  test.each([
    // [a, b, modality a, modality b, expected]
    ['The bridge could reopen next week.', 'The bridge will reopen next week.', 'possible', 'asserted', 'qualify'],
    ['The bridge will reopen next week if the repairs end.', 'The bridge will reopen next week.', 'conditional', 'asserted', 'qualify'],
    // Tricky negatives: a hedge is not an open outcome, and the rule needs both claims' modality.
    ['The bridge reportedly reopened on Monday.', 'The bridge reopened on Monday.', 'hedged', 'asserted', 'agree'],
    ['The bridge could reopen on Monday.', 'The bridge reopened on Monday.', 'possible', undefined, null],
  ] as const)('claim modality from compare(): %s | %s', (a, b, ma, mb, expected) => {
    const plain = relate(a, b);
    const r = relate(a, b, { a: ma ? { modality: ma } : {}, b: mb ? { modality: mb } : {} });
    if (expected === null) expect(r.label).toBe(plain.label);
    else expect(r.label).toBe(expected);
    if (expected === 'qualify' && plain.label === 'agree') expect(r.reasons.some((x) => x.kind === 'modality' || x.kind === 'condition')).toBe(true);
  });
  test.each([
    // [a, b, label when aligned]: alignment is evidence of relatedness, not proof of it.
    ['Talks between the unions and the city continue at a technical level.', 'Union leaders met city officials behind closed doors on Tuesday.', 'agree'],
    ['The bridge is open.', 'Wheat prices rose in March.', 'neutral'],
    ['The council approved the budget.', 'Heavy rain flooded the valley on Sunday.', 'neutral'],
  ] as const)('aligned pairs are neutral only when the model is confident: %s | %s', (a, b, expected) => {
    expect(relate(a, b).label).toBe('neutral');
    const r = relate(a, b, { aligned: true });
    expect(r.label).toBe(expected);
    if (expected === 'neutral') expect(r.score).toBeGreaterThanOrEqual(0.8);
  });
  test('claim polarity from compare() is honoured', () => {
    const r = relate('A meeting could take place.', 'A meeting will take place.', { a: { modality: 'possible' }, b: { polarity: 'negative' } });
    expect(r.label).not.toBe('agree');
  });
});

describe('relate / contract', () => {
  const pairs: [string, string][] = [
    ['The bridge is open.', 'The bridge is closed.'],
    ['Officials said 90 people died on Monday.', 'Officials said 120 people died on Monday.'],
    ['Talks could resume, but only if a ceasefire holds.', 'The minister ruled out talks for now.'],
    ['All schools reopened.', 'Some schools reopened.'],
  ];
  test.each(pairs)('spans point into the inputs: %s | %s', (a, b) => {
    const r = relate(a, b);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
    for (const reason of r.reasons) {
      for (const s of reason.spans) {
        const text = s.claimId === 'a' ? a : b;
        expect(['a', 'b']).toContain(s.claimId);
        expect(s.span.start).toBeGreaterThanOrEqual(0);
        expect(s.span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.span.start, s.span.end).trim().length).toBeGreaterThan(0);
      }
    }
  });
  test('the model reads a pair both ways: pairProba is the mean of the two readings', () => {
    const stump = { feature: [0, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, 0, 2] };
    const flat = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0] };
    const model: BoostedModel = { features: ['x'], classes: ['agree', 'conflict', 'neutral'], base: [0, 0, 0], rounds: [[stump, flat, flat]] };
    const one = pairProba(model, [1], [0]);
    const other = pairProba(model, [0], [1]);
    const high = Math.exp(2) / (Math.exp(2) + 2);
    expect(one[0]).toBeCloseTo((high + 1 / 3) / 2, 10);
    one.forEach((v, c) => expect(v).toBeCloseTo(other[c] ?? NaN, 12));
    expect(one.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
  test('empty input is neutral, not an error', () => {
    expect(relate('', 'The bridge is open.').label).toBe('neutral');
  });
  test('words that name Object.prototype members are plain words', () => {
    expect(() => relate('The constructor said toString and valueOf are hasOwnProperty.', '__proto__ constructor prototype')).not.toThrow();
  });
  test('misuse throws ClaimdiffError', () => {
    expect(() => relate(42 as unknown as string, 'x')).toThrow(ClaimdiffError);
  });
  test('pure: same result twice, options untouched, defaults frozen', () => {
    const options: RelateOptions = Object.freeze({ a: Object.freeze({ publishedAt: '2024-05-14' }) });
    const one = relate('The bridge is open.', 'The bridge is closed.', options);
    const two = relate('The bridge is open.', 'The bridge is closed.', options);
    expect(two).toEqual(one);
    expect(Object.isFrozen(defaultRelateOptions)).toBe(true);
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });
});
