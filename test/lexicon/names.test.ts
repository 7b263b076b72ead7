import { firstNameGender, NAME_SUFFIXES, NICKNAMES, TITLE_ROLES } from '../../src/lexicon/names';

describe('firstNameGender', () => {
  it.each([
    ['Ana', 'female'],
    ['robert', 'male'],
    ['ELIZABETH', 'female'],
    ['Xqzzy', null],
    ['', null],
  ])('%s → %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });
});

describe('name tables', () => {
  it('maps nicknames to a full form that is itself no nickname', () => {
    for (const full of NICKNAMES.values()) expect(NICKNAMES.has(full)).toBe(false);
    expect(NICKNAMES.get('mike')).toBe('michael');
  });
  it('knows suffixes and the role nouns titles allow', () => {
    expect(NAME_SUFFIXES.has('jr.')).toBe(true);
    expect(NAME_SUFFIXES.has('lee')).toBe(false);
    expect(TITLE_ROLES.get('rep.')?.has('lawmaker')).toBe(true);
    expect(TITLE_ROLES.get('gov')?.has('congressman')).toBe(false);
  });
});
