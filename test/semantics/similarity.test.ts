import { cosine, dot, phraseSimilarity, phraseVector } from '../../src/semantics/similarity';
import { wordVector } from '../../src/semantics/vectors';

const wcos = (a: string, b: string): number => {
  const x = wordVector(a);
  const y = wordVector(b);
  if (!x || !y) throw new Error(`no vector for ${a} or ${b}`);
  return cosine(x, y);
};

describe('cosine of word vectors', () => {
  test.each([
    ['king', 'queen', 'carrot'],
    ['resign', 'quit', 'banana'],
    ['talks', 'negotiations', 'rainfall'],
    ['denied', 'rejected', 'painted'],
    ['earthquake', 'quake', 'election'],
    ['police', 'officers', 'poetry'],
  ])('%s is closer to %s than to %s', (a, near, far) => {
    expect(wcos(a, near)).toBeGreaterThan(wcos(a, far));
  });
  test('a word is its own nearest (cosine 1)', () => {
    expect(wcos('minister', 'minister')).toBeCloseTo(1, 5);
  });
});

describe('cosine and dot', () => {
  test.each([
    ['orthogonal', [1, 0], [0, 1], 0],
    ['parallel, different lengths', [1, 1], [2, 2], 1],
    ['opposite', [1, 0], [-3, 0], -1],
    ['a zero vector', [0, 0], [1, 1], 0],
  ])('%s', (_label, a, b, expected) => {
    expect(cosine(Float32Array.from(a), Float32Array.from(b))).toBeCloseTo(expected, 6);
  });
  test('dot multiplies and sums', () => {
    expect(dot(Float32Array.of(1, 2), Float32Array.of(3, 4))).toBe(11);
  });
});

describe('phraseSimilarity', () => {
  test.each([
    ['ruled out', 'turned down', 'painted red'],
    ['the talks', 'the negotiations', 'the weather'],
    ['step down', 'resign', 'cook dinner'],
  ])('%s is closer to %s than to %s', (a, near, far) => {
    expect(phraseSimilarity(a, near)).toBeGreaterThan(phraseSimilarity(a, far));
  });
  test.each([
    ['same words, other case', 'Ruled Out', 'ruled out', 1],
    ['an unknown word against a known one', 'qzxvbnmw', 'talks', 0],
    ['two different unknown words', 'qzxvbnmw', 'wvxzqpl', 0],
    ['empty input', '', 'talks', 0],
    ['both empty', '', '', 0],
  ])('%s', (_label, a, b, expected) => {
    expect(phraseSimilarity(a, b)).toBe(expected);
  });
  test('phraseVector is null without a known word', () => {
    expect(phraseVector('qzxvbnmw 123')).toBeNull();
    expect(phraseVector('ruled out')?.length).toBe(100);
  });
});
