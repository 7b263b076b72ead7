import { isGroupName, isPersonName, isVagueSource, lastWord, roleHead, splitNameRole, unifySources } from '../../src/extract/sources';
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
    // A name and a plain noun are joined too (each title is the role of one of them).
    ['Senator Ana Lima and aides', 'Ana Lima and aides', null],
    ['state lawmakers and Gov. Ana Lima', 'state lawmakers and Ana Lima', null],
    // Tricky negatives: names joined inside a prepositional phrase, a name inside one on the right, two plain nouns.
    ['A spokesman for Lima and Wei', 'spokesman', 'spokesman for Lima and Wei'],
    ['prosecutors and lawyers for Ana Lima', 'prosecutors and lawyers', 'prosecutors and lawyers for Ana Lima'],
    ['police and prosecutors', 'police and prosecutors', null],
    // A party tag after a name is dropped; a parenthesis that is not a party tag stays.
    ['Rep. Jo Lee (D-N.C.)', 'Jo Lee', 'Rep.'],
    ['Washington Gov. Ana Ruiz (D)', 'Ana Ruiz', 'Washington Gov.'],
    ['Sen. Bo Lin (I-Vt.),', 'Bo Lin', 'Sen.'],
    ['Jo Lee (Ret.)', 'Jo Lee (Ret.)', null],
    // "Pro Tem" ends a title.
    ['Senate President Pro Tem Jo Lee', 'Jo Lee', 'Senate President Pro Tem'],
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

describe('name helpers', () => {
  it.each([
    ['Ana Ruiz', true, false],
    ['Health Ministry', false, true],
    ['officials', false, true],
    ['Ana Lima and Li Wei', false, true],
  ])('%s: person %s, group %s', (name, person, group) => {
    expect(isPersonName(name)).toBe(person);
    expect(isGroupName(name)).toBe(group);
  });
  it('reads a role head and a surname key', () => {
    expect(roleHead('spokesman for the prosecutor')).toBe('spokesman');
    expect(lastWord('Ana Ruiz')).toBe('ruiz');
  });
});
