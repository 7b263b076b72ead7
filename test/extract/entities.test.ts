import { entityKey, extractEntities } from '../../src/extract/entities';
import { tagTokens } from '../../src/text/tokens';

describe('extractEntities', () => {
  test('runs of proper nouns with connectors, typed by cue words', () => {
    const text = 'Mayor Ana Ruiz met the Bank of England and the Red Cross in Geneva.';
    const found = extractEntities(tagTokens(text), 0, text.length, text);
    expect(found.map((e) => e.text)).toEqual(expect.arrayContaining(['Mayor Ana Ruiz', 'Bank of England']));
    expect(found.find((e) => e.text === 'Bank of England')?.kind).toBe('organization');
    expect(found.find((e) => e.text === 'Mayor Ana Ruiz')?.kind).toBe('person');
    for (const e of found) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
  });
  test.each([
    ['possessive stripped', "Britain's", 'brita'],
    ['spelling variants meet', 'Gadhafi', entityKey('Gadhaffi')],
    ['demonym meets country', 'Brazilian', entityKey('Brazil')],
  ])('entityKey: %s', (_label, word, expected) => {
    expect(entityKey(word)).toBe(expected);
  });
});
