import { rankWeight, vectorProfile } from '../../src/semantics/profile';

describe('vectorProfile', () => {
  test.each([
    ['stopwords and punctuation dropped, negators kept', 'He did not resign.', ['not', 'resign']],
    ['numbers dropped', 'Talks lasted 3 hours', ['talks', 'lasted', 'hours']],
    ['lower-cased', 'The Minister SPOKE', ['minister', 'spoke']],
    ['empty text', '', []],
    ['only function words', 'it was the one that they said', []],
  ])('%s', (_label, text, words) => {
    expect(vectorProfile(text).words).toEqual(words);
  });
  test('stems, weights and vectors are aligned with words; unknown words have no vector', () => {
    const p = vectorProfile('negotiations qzxvbnmw');
    expect(p.stems).toEqual(['negoti', 'qzxvbnmw']);
    expect(p.weights.length).toBe(2);
    expect(p.vectors[0]?.length).toBe(100);
    expect(p.vectors[1]).toBeNull();
  });
  test('a given weight function is used', () => {
    expect([...vectorProfile('talks collapsed', (w) => w.length).weights]).toEqual([5, 9]);
  });
});

describe('rankWeight', () => {
  test.each([
    ['the', 'minister'],
    ['government', 'ceasefire'],
    ['minister', 'qzxvbnmw'],
  ])('%s weighs less than %s', (common, rare) => {
    expect(rankWeight(common)).toBeLessThan(rankWeight(rare));
  });
  test('weights are positive', () => {
    expect(rankWeight('the')).toBeGreaterThan(0);
  });
});
