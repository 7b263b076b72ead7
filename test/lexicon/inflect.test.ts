import { phraseHeads, phraseRegex } from '../../src/lexicon/inflect';

describe('phraseHeads', () => {
  it.each([
    [['rule out'], true, 'ruled', true],
    [['rule out'], true, 'out', false],
    [['no longer'], false, 'no', true],
    [['no longer'], false, 'nos', false],
  ])('%j (inflect %s) starts with %s: %s', (phrases, inflect, w, expected) => {
    expect(phraseHeads(phrases, inflect).has(w)).toBe(expected);
  });
  it('holds the first word of every match of the same phrases', () => {
    const phrases = ['rule out', 'turn down', 'reject'];
    const text = 'They ruled out talks, turned down a deal and rejected it.';
    const heads = phraseHeads(phrases);
    for (const m of text.toLowerCase().matchAll(phraseRegex(phrases))) expect(heads.has(m[0].split(/\s+/)[0]!)).toBe(true);
  });
});
