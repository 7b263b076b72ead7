import { pairFeatures } from '../../src/relate/features';
import { attributionTail, conditionClause, conditionOverlap, decide, negationClashes, opposedWords } from '../../src/relate/rules';
import { analyze } from '../../src/relate/analyze';
import { relate } from '../../src/relate/relate';

describe('rules / conditionOverlap', () => {
  test.each([
    // [a, b, expected overlap: 'low' (< 0.5), 'high' (≥ 0.5) or null]
    ['Talks will resume only if the troops withdraw.', 'Talks will resume only if a treaty is signed first.', 'low'],
    ['Talks will resume only if the troops withdraw.', 'Talks will resume, but only if troops are withdrawn.', 'high'],
    // Tricky negatives: a condition on one side only, or none at all, is not compared.
    ['Talks will resume only if the troops withdraw.', 'Talks will resume next week.', null],
    ['Talks will resume next week.', 'Talks resumed last week.', null],
  ] as const)('%s | %s', (a, b, expected) => {
    const o = conditionOverlap(pairFeatures(a, b));
    if (expected === null) expect(o).toBeNull();
    else if (expected === 'low') expect(o).toBeLessThan(0.5);
    else expect(o).toBeGreaterThanOrEqual(0.5);
  });
});

describe('rules / negationClashes', () => {
  test.each([
    // [a, b, clashing words expected]
    ['A man is not sleeping.', 'A man is sleeping.', true],
    ['The dog is not wearing a hat and isn\'t near the fence.', 'The dog is wearing a hat near the fence.', true],
    ['The leader is not opposed to talks.', 'The leader opposes talks.', true],
    ['I dont know anybody on the committee.', 'I know everybody on the committee.', true],
    // Tricky negatives: one negation on each side, a shared word inside one scope only.
    ['"The offer is not in the interest of stockholders," Lee Kim said.', '"The offer is not in the interest of Lee Kim\'s stockholders," she said.', false],
    ['A man with no shirt is holding a ball.', 'A ball is being held by a man with no shirt.', false],
    ['I don\'t know anybody on the committee.', 'I dont know anybody on the committee.', false],
  ] as const)('%s | %s', (a, b, expected) => {
    expect(negationClashes(pairFeatures(a, b)).length > 0).toBe(expected);
  });
});

describe('rules / opposedWords', () => {
  test.each([
    ['The bridge is open.', 'The bridge is closed.', ['open ↔ closed']],
    ['Prices rose sharply in May.', 'Prices fell sharply in May.', ['rose ↔ fell']],
    // Tricky negatives: the opposite word also stands on the first side, or one side is negated.
    ['Car sales fell 8 percent, while truck sales rose 2 percent.', 'Car sales were down 8 percent, while truck sales rose 2 percent.', []],
    ['She will be kept at home following her release from hospital.', 'She will be released from hospital but kept at home.', []],
    ['The bridge is not open.', 'The bridge is closed.', []],
  ] as const)('%s | %s', (a, b, expected) => {
    expect(opposedWords(pairFeatures(a, b)).map((p) => `${p.a.text} ↔ ${p.b.text}`)).toEqual(expected);
  });
});

describe('rules / two conditional claims', () => {
  const conditional = { modality: 'conditional' } as const;
  test('different conditions are qualify/condition, pointing at both conditions', () => {
    const a = 'The union will end the strike only if wages rise by five percent.';
    const b = 'The union will end the strike only if the managers resign.';
    const r = relate(a, b, { a: conditional, b: conditional, aligned: true });
    expect(r.label).toBe('qualify');
    const reason = r.reasons.find((x) => x.kind === 'condition');
    expect(reason?.spans.map((s) => (s.claimId === 'a' ? a : b).slice(s.span.start, s.span.end))).toEqual(['only if wages rise by five percent', 'only if the managers resign']);
  });
  test('the same condition in other words is not a qualification', () => {
    const a = 'The union will end the strike only if wages rise.';
    const b = 'The union will end the strike, but only if wages rise.';
    expect(relate(a, b, { a: conditional, b: conditional, aligned: true }).label).toBe('agree');
  });
});

describe('rules / an open outcome against a refusal', () => {
  test.each([
    ['The minister ruled out talks for now.', 'Talks could resume, but only if a ceasefire holds.', 'qualify'],
    // Tricky negative: one shared word ("new") and "May" the month are no refusal-against-possibility pair.
    ['The mayor ruled out new taxes this year.', 'The museum will open a new wing in May.', 'neutral'],
  ] as const)('%s | %s', (a, b, expected) => {
    expect(relate(a, b).label).toBe(expected);
  });
});

describe('rules / attributionTail', () => {
  test.each([
    ['Cracks were found in two beams, the city said.', 'Cracks were found in two beams'],
    ['Cracks were found in two beams, according to the city.', 'Cracks were found in two beams'],
    // Tricky negatives: a closing clause that is not an attribution, and a long one.
    ['Cracks were found in two beams, so the bridge closed.', 'Cracks were found in two beams, so the bridge closed.'],
    ['Cracks were found in two beams, and the engineers who inspected them on Monday night said more.', 'Cracks were found in two beams, and the engineers who inspected them on Monday night said more.'],
  ])('%s', (text, claim) => {
    expect(text.slice(0, attributionTail(analyze(text)))).toBe(claim);
  });
  test('a number clash is read past a closing attribution', () => {
    const r = relate('Inspectors found cracks in two support beams, the city said.', 'Inspectors found cracks in three support beams.');
    expect(r.label).toBe('contradict');
    expect(r.reasons.some((x) => x.kind === 'numeric')).toBe(true);
  });
});

describe('rules / a conflict between aligned claims needs words that clash', () => {
  const conflict = [0.1, 0.8, 0.1];
  test.each([
    // [a, b, aligned?, expected label]
    ['Ana Ruiz confronted a reporter on the balcony.', 'Ana Ruiz threatened a reporter in the hallway.', true, 'qualify'],
    ['Ana Ruiz confronted a reporter on the balcony.', 'Ana Ruiz threatened a reporter in the hallway.', false, 'contradict'],
    // Tricky negatives: a negation or a number clash keeps the contradiction.
    ['The bridge reopened on Monday.', 'The bridge did not reopen on Monday.', true, 'contradict'],
    ['Two beams were cracked.', 'Three beams were cracked.', true, 'contradict'],
  ] as const)('%s | %s (aligned: %s)', (a, b, aligned, expected) => {
    const r = decide(pairFeatures(a, b), conflict, undefined, undefined, aligned ? { unrelated: 0.8 } : {});
    expect(r.label).toBe(expected);
  });
});

describe('rules / claims of opposite polarity (compare() context)', () => {
  const ctx = (polarity: 'positive' | 'negative') => ({ polarity }) as const;
  test.each([
    // [a, polarity a, b, polarity b, P(neutral) of the model, expected label]
    ['The council approved the budget on Monday.', 'positive', 'The council did not approve the budget on Monday.', 'negative', 0.2, 'contradict'],
    ['Officials approved the new budget for city schools this week.', 'positive', 'The council has not approved any budget.', 'negative', 0.2, 'contradict'],
    // Tricky negatives: the negated word is not one the two claims share, so nothing is denied twice;
    // or the model reads the pair as barely related, so the polarity alone decides nothing.
    ['The mayor said she backs the council but never questioned the budget.', 'negative', 'The mayor said she backs the council.', 'positive', 0.2, 'agree'],
    ['Officials approved the new budget for city schools this week.', 'positive', 'The council has not approved any budget.', 'negative', 0.6, 'agree'],
    // Hard evidence still decides: one statement wholly inside the other, one word negated.
    ['The council approved the budget on Monday.', 'positive', 'The council did not approve the budget on Monday.', 'negative', 0.6, 'contradict'],
  ] as const)('%s (%s) | %s (%s), P(neutral) %d', (a, pa, b, pb, neutral, expected) => {
    const probs = [1 - neutral - 0.1, 0.1, neutral];
    expect(decide(pairFeatures(a, b), probs, ctx(pa), ctx(pb), { unrelated: 0.8 }).label).toBe(expected);
  });
});

describe('rules / conditionClause', () => {
  test.each([
    ['Talks resume only if troops withdraw, the minister said.', 'only if troops withdraw'],
    ['The bridge could reopen, but only if inspectors clear the beams, Mayor Ana Ruiz said.', 'only if inspectors clear the beams'],
    // Tricky negatives: a comma inside the condition, no attribution, or no condition at all.
    ['Talks resume only if troops withdraw, and the border opens.', 'only if troops withdraw, and the border opens'],
    ['Talks resume only if troops withdraw.', 'only if troops withdraw'],
    ['Talks resumed on Monday, the minister said.', null],
  ] as const)('%s', (text, expected) => {
    const c = conditionClause(analyze(text));
    expect(c?.text ?? null).toBe(expected);
    if (c) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});
