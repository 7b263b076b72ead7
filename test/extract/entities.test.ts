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
    ['two people joined by "and" are two names', 'A meeting between Ana Ruiz and Li Wei was held.', ['Ana Ruiz', 'Li Wei']],
    ['"and" inside an organisation name stays', 'The loan came from the Bank of Commerce and Industry.', ['Bank of Commerce and Industry']],
    ['"of" inside a name stays', 'The Bank of England raised rates.', ['Bank of England']],
  ])('%s', (_label, text, expected) => {
    expect(extractEntities(tagTokens(text), 0, text.length, text).map((e) => e.text)).toEqual(expected);
  });

  test.each([
    ['possessive stripped', "Britain's", 'brita'],
    ['spelling variants meet', 'Gadhafi', entityKey('Gadhaffi')],
    ['demonym meets country', 'Brazilian', entityKey('Brazil')],
  ])('entityKey: %s', (_label, word, expected) => {
    expect(entityKey(word)).toBe(expected);
  });
});
