import { isVagueSource, resolveArticleSources, splitNameRole, unifySources } from '../../src/extract/sources';
import type { Attribution } from '../../src/types';

function att(text: string, name = text, role: string | null = null, at = 0): Attribution {
  return { kind: 'indirect', source: { text, span: { start: at, end: at + text.length }, name, role }, cue: null, content: { start: at + 100, end: at + 110 } };
}

describe('splitNameRole', () => {
  const cases: [string, string, string | null][] = [
    ['Health Minister Ana Ruiz', 'Ana Ruiz', 'Health Minister'],
    ['Agency spokesperson Jo Park', 'Jo Park', 'Agency spokesperson'],
    ['Secretary of State Lee Kim', 'Lee Kim', 'Secretary of State'],
    ['Sen. Bo Lin', 'Bo Lin', 'Sen.'],
    ['Mr. Hill', 'Hill', null],
    ['Dr. Ana Ruiz', 'Ana Ruiz', null],
    ['The Daily Ledger', 'Daily Ledger', null],
    ['officials', 'officials', null],
    ['Senior officials', 'senior officials', null],
    ["Ruiz's office", "Ruiz's office", null],
    ['the spokesperson', 'spokesperson', null],
    ["Ruiz's", 'Ruiz', null],
    // A name inside a prepositional phrase names what the head is related to, not the speaker.
    ['A spokesman for the U.S. attorney in Lima', 'spokesman', 'spokesman for the U.S. attorney in Lima'],
    ['A lawyer for Mr. Okafor', 'lawyer', 'lawyer for Mr. Okafor'],
    ['His grandmother in Lima', 'his grandmother', 'His grandmother in Lima'],
    ['supporters of Maria Okafor', 'supporters', 'supporters of Maria Okafor'],
    ['Maria Okafor of the University of Lima', 'Maria Okafor', null],
    ['Union leader Maria Okafor in December', 'Maria Okafor', 'Union leader'],
    ['Capt. Jo R. Okafor of the Lima State Highway Patrol', 'Jo R. Okafor', 'Capt.'],
    ['William Tan of Patton Hale', 'William Tan', null],
    // Tricky negatives: lowercase phrases are unchanged; "of" inside an organisation name stays.
    ['source familiar with the talks', 'source familiar with the talks', null],
    ['the Department of Justice', 'Department of Justice', null],
    ['several of the people', 'people', null],
    ['one of the aides', 'aides', null],
    // Two named sources as one subject: one source, the names joined, no role.
    ['Senator Ana Lima and Governor Li Wei', 'Ana Lima and Li Wei', null],
    ['Maria Okafor and Mr. Tan', 'Maria Okafor and Tan', null],
    ['Lee & Kim', 'Lee & Kim', null],
    // Tricky negatives: names joined inside a prepositional phrase, and a name with a plain noun.
    ['A spokesman for Lima and Wei', 'spokesman', 'spokesman for Lima and Wei'],
    ['Senator Ana Lima and aides', 'Senator Ana Lima and aides', null],
  ];
  it.each(cases)('%s', (text, name, role) => {
    expect(splitNameRole(text)).toEqual({ name, role });
  });
});

describe('isVagueSource', () => {
  const cases: [string, boolean][] = [
    ['officials', true],
    ['senior officials', true],
    ['source familiar with the talks', true],
    ['people close to the deal', true],
    ['Ana Ruiz', false],
    ['the ministry', false],
  ];
  it.each(cases)('%s → %s', (name, vague) => {
    expect(isVagueSource(name)).toBe(vague);
  });
});

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

describe('unifySources', () => {
  it('merges spelling variants across articles into the most frequent full name', () => {
    const out = unifySources([[att('Navalny')], [att('Alexei Navalnyy')], [att('Navalnyy'), att('Alexei Navalnyy')]]);
    expect(out.flat().map((a) => a.source?.name)).toEqual(['Alexei Navalnyy', 'Alexei Navalnyy', 'Alexei Navalnyy', 'Alexei Navalnyy']);
  });
  it('keeps different people with similar names apart', () => {
    const out = unifySources([[att('Ana Ruiz')], [att('Ana Ortiz')], [att('Bo Ruiz')]]);
    expect(out.flat().map((a) => a.source?.name)).toEqual(['Ana Ruiz', 'Ana Ortiz', 'Bo Ruiz']);
  });
  it('does not give an ambiguous surname to either of two people', () => {
    const out = unifySources([[att('Ana Lee'), att('Bo Lee')], [att('Lee')]]);
    expect(out.flat().map((a) => a.source?.name)).toEqual(['Ana Lee', 'Bo Lee', 'Lee']);
  });
  it('keeps two sources named together apart from each of them', () => {
    const out = unifySources([[att('Ana Lima and Li Wei')], [att('Wei')], [att('Li Wei')]]);
    expect(out.flat().map((a) => a.source?.name)).toEqual(['Ana Lima and Li Wei', 'Li Wei', 'Li Wei']);
  });
  it('keeps an organisation apart from a person', () => {
    const out = unifySources([[att('Ruiz Foundation')], [att('Ruiz')]]);
    expect(out[0]?.[0]?.source?.name).toBe('Ruiz Foundation');
    expect(out[1]?.[0]?.source?.name).toBe('Ruiz');
  });
  it('does not touch vague sources, pronouns or null sources', () => {
    const none: Attribution = { kind: 'indirect', source: null, cue: null, content: { start: 0, end: 5 }, unnamed: true };
    const out = unifySources([[att('officials'), att('he')], [none]]);
    expect(out[0]?.map((a) => a.source?.name)).toEqual(['officials', 'he']);
    expect(out[1]?.[0]).toBe(none);
  });
  it('does not depend on article order', () => {
    const a = [[att('Navalny')], [att('Alexei Navalnyy')]];
    const names = (x: Attribution[][]): (string | undefined)[] => x.flat().map((y) => y.source?.name);
    expect(names(unifySources(a))).toEqual(names(unifySources([...a].reverse())).reverse());
  });
  it('does not mutate its input and keeps the shape', () => {
    const input = [[att('Navalny')], [], [att('Alexei Navalnyy')]];
    const copy = JSON.stringify(input);
    const out = unifySources(input);
    expect(JSON.stringify(input)).toBe(copy);
    expect(out.map((x) => x.length)).toEqual([1, 0, 1]);
  });
  it('handles no articles', () => {
    expect(unifySources([])).toEqual([]);
  });
});
