import { resolveArticleSources, trackPeople } from '../../../src/extract/attribution/mentions';
import type { Attribution } from '../../../src/types';

function att(text: string, name = text, role: string | null = null, at = 0): Attribution {
  return { kind: 'indirect', source: { text, span: { start: at, end: at + text.length }, name, role }, cue: null, content: { start: at + 100, end: at + 110 } };
}

describe('resolveArticleSources', () => {
  it('merges a surname with the full name and keeps the role', () => {
    const out = resolveArticleSources([att('Health Minister Ana Ruiz', 'Ana Ruiz', 'Health Minister'), att('Ruiz', 'Ruiz', null, 200)]);
    expect(out[1]?.source).toMatchObject({ text: 'Ruiz', name: 'Ana Ruiz', role: 'Health Minister' });
  });
  it('leaves a surname shared by two people of the article as written', () => {
    const out = resolveArticleSources([att('Ana Lee'), att('Bo Lee', 'Bo Lee', null, 200), att('Lee', 'Lee', null, 400)]);
    expect(out[2]?.source?.name).toBe('Lee');
  });
  it('resolves a surname that comes before the full name', () => {
    const out = resolveArticleSources([att('Ruiz'), att('Ana Ruiz', 'Ana Ruiz', null, 200)]);
    expect(out[0]?.source?.name).toBe('Ana Ruiz');
  });
  it('resolves he/she to the most recent person, they to the most recent group', () => {
    const out = resolveArticleSources([att('Ana Ruiz'), att('the ministry', 'ministry', null, 200), att('she', 'she', null, 400), att('officials', 'officials', null, 600), att('they', 'they', null, 800)]);
    expect(out.map((a) => a.source?.name)).toEqual(['Ana Ruiz', 'ministry', 'Ana Ruiz', 'officials', 'officials']);
  });
  it('leaves first-person and unfitting pronouns unresolved', () => {
    const out = resolveArticleSources([att('officials'), att('he', 'he', null, 200), att('I', 'I', null, 400)]);
    expect(out.map((a) => a.source?.name)).toEqual(['officials', 'he', 'i']);
  });
  const genderCases: [string, Attribution[], (string | undefined)[]][] = [
    ['a title tells the gender', [att('Ms. Okafor', 'Okafor'), att('Mr. Reyes', 'Reyes', null, 200), att('she', 'she', null, 400)], ['Okafor', 'Reyes', 'Okafor']],
    ['a gendered role noun tells the gender', [att('Jo Tan', 'Jo Tan', 'spokeswoman'), att('Mr. Reyes', 'Reyes', null, 200), att('she', 'she', null, 400)], ['Jo Tan', 'Reyes', 'Jo Tan']],
    ['an earlier pronoun tells the gender', [att('Maria Okafor'), att('she', 'she', null, 100), att('Tom Reyes', 'Tom Reyes', null, 200), att('he', 'he', null, 300), att('she', 'she', null, 400)], ['Maria Okafor', 'Maria Okafor', 'Tom Reyes', 'Tom Reyes', 'Maria Okafor']],
    ['a surname gives its title\'s gender to the full name', [att('Maria Okafor'), att('Ms. Okafor', 'Okafor', null, 100), att('Mr. Reyes', 'Reyes', null, 200), att('she', 'she', null, 400)], ['Maria Okafor', 'Maria Okafor', 'Reyes', 'Maria Okafor']],
    // Tricky negatives: no gender known means recency; a pronoun that fits no one stays as written.
    ['unknown gender: the nearest person', [att('Maria Okafor'), att('Tom Reyes', 'Tom Reyes', null, 200), att('she', 'she', null, 400)], ['Maria Okafor', 'Tom Reyes', 'Tom Reyes']],
    ['no one of that gender', [att('Mr. Reyes', 'Reyes'), att('she', 'she', null, 200)], ['Reyes', 'she']],
  ];
  it.each(genderCases)('gender: %s', (_label, input, names) => {
    expect(resolveArticleSources(input).map((a) => a.source?.name)).toEqual(names);
  });
  const otherCases: [string, Attribution[], (string | undefined)[]][] = [
    ['"it" is never a person, even one whose name ends in "s"', [att('the committee', 'committee'), att('Ana Reyes', 'Ana Reyes', null, 100), att('it', 'it', null, 200)], ['committee', 'Ana Reyes', 'committee']],
    ['"they" is not a person whose name ends in "s"', [att('Ana Reyes'), att('they', 'they', null, 200)], ['Ana Reyes', 'they']],
    ['a role noun matches the head of a role, not its phrase', [att('A spokesman for the county prosecutor', 'spokesman', 'spokesman for the county prosecutor'), att('The prosecutor', 'prosecutor', null, 200)], ['spokesman', 'prosecutor']],
    // Tricky negatives: plurals are still groups; a role's own head still resolves.
    ['"they" for a plural', [att('Democrats'), att('they', 'they', null, 200)], ['Democrats', 'Democrats']],
    ['the role\'s head', [att('Jo Tan', 'Jo Tan', 'spokesman for the county'), att('the spokesman', 'spokesman', null, 200)], ['Jo Tan', 'Jo Tan']],
  ];
  it.each(otherCases)('%s', (_label, input, names) => {
    expect(resolveArticleSources(input).map((a) => a.source?.name)).toEqual(names);
  });
  it('resolves "they" to two sources named together', () => {
    const out = resolveArticleSources([att('Ana Lima and Li Wei'), att('they', 'they', null, 200)]);
    expect(out[1]?.source?.name).toBe('Ana Lima and Li Wei');
  });
  it('does not mutate its input', () => {
    const input = Object.freeze([Object.freeze(att('Ana Ruiz')), Object.freeze(att('she', 'she', null, 200))]);
    const copy = JSON.stringify(input);
    resolveArticleSources(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe('trackPeople', () => {
  it.each([
    ['Gov. Jo Lee met Ana Ruiz. Mr. Lee left.', ['Jo Lee', 'Ana Ruiz', 'Lee']],
    ['Rep. Bo Tan Jr. spoke.', ['Bo Tan Jr.']],
    // A surname prefix with a capital after it stays in the name.
    ['His lawyer, William McAllister, said so.', ['William McAllister']],
    ['Mary O\'Brien and Ana DeSantis spoke.', ["Mary O'Brien", 'Ana DeSantis']],
    // Tricky negatives: "Mack" and "Leah" begin like a prefix but are whole names.
    ['Mack Brown met Leah Mack.', ['Mack Brown', 'Leah Mack']],
    // Not people: a place, a newspaper, a single capitalised word with no title.
    ['North Carolina voters read the Shelton Weekly in Washington.', []],
    ['Lima said nothing.', []],
    // A first name before a weekday or a place's last word is no person; a surname that is also a common word stays.
    ['Even Friday, the talks went on in the Marshall Islands.', []],
    ['Ana Park met Jo Hill.', ['Ana Park', 'Jo Hill']],
    // A title's Latin tail is no part of the name.
    ['Senate President Pro Tem Jo Long spoke.', ['Jo Long']],
  ])('%s', (text, names) => {
    expect(trackPeople(text).map((m) => m.name)).toEqual(names);
  });
  it('reads gender from titles and first names, and roles from titles', () => {
    const [a, b] = trackPeople('Rep. Jo Lee and Ana Ruiz');
    expect(a?.roles.has('congressman')).toBe(true);
    expect(a?.roles.has('lawmaker')).toBe(true);
    expect(b?.gender).toBe('female');
    expect(trackPeople('Mr. Lee')[0]?.gender).toBe('male');
  });
});

describe('resolveArticleSources with the article text', () => {
  const text = 'Rep. Robert Hale met Sandra Kim and Tara Hale on Monday. Later that day the congressman spoke.';
  it.each([
    // A pronoun whose gender rules out the last speaker goes to the nearest person who fits.
    [[att('Sandra Kim', 'Sandra Kim', null, 20), att('he', 'he', null, 60)], ['Sandra Kim', 'Robert Hale']],
    // A role noun goes to the one person whose title allows it.
    [[att('the congressman', 'congressman', null, 60)], ['Robert Hale']],
    // "Mr. Kim" cannot be Sandra Kim.
    [[att('Mr. Kim', 'Kim', null, 60)], ['Kim']],
    // Two people named Hale: a bare surname is the one named first.
    [[att('Hale', 'Hale', null, 60)], ['Robert Hale']],
  ])('%#', (input, names) => {
    expect(resolveArticleSources(input, true, text).map((a) => a.source?.name)).toEqual(names);
  });
  it('marks a pronoun that fits no one as unnamed, never a name', () => {
    const [a] = resolveArticleSources([att('she', 'she', null, 60)], true, 'The bridge closed on Monday. Later that day it rained.');
    expect(a?.unnamed).toBe(true);
    expect(a?.source?.name).toBe('she');
  });
});

describe('resolveArticleSources: roles from appositives, plurals', () => {
  const text = 'On Friday the aide, Ana Lee, wrote a post. Then Malia spoke.';
  it.each([
    // "a former aide who …": the appositive "the aide, Ana Lee" tells who the aide is.
    [[att('who', 'former party aide', null, 60)], ['Ana Lee']],
    // A plural is no person a pronoun can stand for.
    [[att('Ana Lee', 'Ana Lee', null, 10), att('Legislators', 'Legislators', null, 40), att('she', 'she', null, 55)], ['Ana Lee', 'Legislators', 'Ana Lee']],
    // Nor is "The Ledger", one capitalised word after "the": a paper or a body.
    [[att('Ana Lee', 'Ana Lee', null, 10), att('The Ledger', 'Ledger', null, 40), att('she', 'she', null, 55)], ['Ana Lee', 'Ledger', 'Ana Lee']],
    // Tricky negative: a bare capitalised word may be a surname, and a pronoun can stand for it.
    [[att('Ana Lee', 'Ana Lee', null, 10), att('Ledger', 'Ledger', null, 40), att('she', 'she', null, 55)], ['Ana Lee', 'Ledger', 'Ledger']],
  ])('%#', (input, names) => {
    expect(resolveArticleSources(input, true, text).map((a) => a.source?.name)).toEqual(names);
  });
  it('reads the role of an appositive next to a name', () => {
    expect([...(trackPeople(text)[0]?.roles ?? [])]).toEqual(['aide']);
  });
  it.each([
    ['Jo Park, the governor, spoke.', ['governor']],
    ['Jo Park, a spokeswoman for the group, spoke.', ['spokeswoman']],
    ['It was said by Jo Park, the governor.', ['governor']],
    // Tricky negative: after an opening phrase that ends in a name, "the governor" is the subject of a new clause.
    ['In an interview with Jo Park, the governor pointed to the law.', []],
  ])('an appositive after the name: %s', (sentence, roles) => {
    expect([...(trackPeople(sentence)[0]?.roles ?? [])]).toEqual(roles);
  });
});
