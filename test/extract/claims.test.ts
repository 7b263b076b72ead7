import { extractClaims } from '../../src/extract/claims';
import { bridgeStory } from '../helpers';

const texts = (text: string): string[] => extractClaims({ id: 't', text }).map((c) => c.text);

describe('clause splitting', () => {
  test.each([
    ['semicolon gives two claims', 'The bridge closed on Monday; the ferry doubled its trips.', ['The bridge closed on Monday', 'the ferry doubled its trips']],
    ['"while X, Y" gives two claims', 'While the mayor wants a quick fix, engineers demand a full survey.', ['While the mayor wants a quick fix', 'engineers demand a full survey']],
    ['"but only if" stays one conditional claim', 'Repairs could start soon, but only if the state pays.', ['Repairs could start soon, but only if the state pays']],
    ['"but" with a clause of its own splits', 'The mayor wants speed, but engineers insist on caution.', ['The mayor wants speed', 'engineers insist on caution']],
    ['adjectives joined by "but" do not split', 'Talks offer a slim but crucial channel for managing tensions.', ['Talks offer a slim but crucial channel for managing tensions']],
    ['a subject opening with an adjective splits', 'The mayor wants speed, but senior engineers insist on caution.', ['The mayor wants speed', 'senior engineers insist on caution']],
    ['adjective and noun without a verb after them do not split', 'Talks offer a slim but crucial channel for negotiated solutions.', ['Talks offer a slim but crucial channel for negotiated solutions']],
    ['reporting participle opens a second statement', 'The mayor closed the bridge, insisting that safety comes first.', ['The mayor closed the bridge', 'insisting that safety comes first']],
    ['a trailing "despite" phrase is its own claim', 'The mayor ruled out reopening, despite pressure from local businesses.', ['The mayor ruled out reopening', 'despite pressure from local businesses']],
    ['discourse markers are trimmed', 'However, the bridge stayed closed.', ['the bridge stayed closed']],
    ['a dash before a new report splits', 'The mayor said the bridge would reopen -- he said the repairs were done.', ['The mayor said the bridge would reopen', 'he said the repairs were done']],
    ['a dash before a clause that reports nothing does not split', 'The mayor called it a prank -- he used the word twice.', ['The mayor called it a prank -- he used the word twice']],
    ['a dash that closes an aside does not split', 'Whatever we call it -- a war or a raid -- we said the troops need support.', ['Whatever we call it -- a war or a raid -- we said the troops need support']],
    ['", though" before a clause splits', 'The mayor said the bridge was safe, though he did not know who inspected it.', ['The mayor said the bridge was safe', 'though he did not know who inspected it']],
    ['"because" before a subject and verb splits', 'The mayor closed the bridge because he feared a collapse.', ['The mayor closed the bridge', 'because he feared a collapse']],
    ['", where" before a subject and verb splits', 'The mayor spoke on the radio, where she defended the closure.', ['The mayor spoke on the radio', 'where she defended the closure']],
    ['", as" before a subject and verb splits', 'The mayor defended the closure, as he compared the bridge to a ruin.', ['The mayor defended the closure', 'as he compared the bridge to a ruin']],
    ['", and several" before a clause splits', 'The mayor closed the bridge, and several engineers say it is unsafe.', ['The mayor closed the bridge', 'several engineers say it is unsafe']],
    // Tricky negatives: "because of" is no clause, "as" after a comma without a subject is none, "where" without one neither.
    ['"because of" does not split', 'The mayor closed the bridge because of the storm.', ['The mayor closed the bridge because of the storm']],
    ['", as" with no subject does not split', 'The mayor closed the bridge, as expected by the engineers.', ['The mayor closed the bridge, as expected by the engineers']],
    ['", where" with no subject does not split', 'The mayor went to the bridge, where repairs were planned.', ['The mayor went to the bridge, where repairs were planned']],
  ])('%s', (_label, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('check-worthiness', () => {
  test.each([
    ['questions are not claims', 'Is the bridge safe?', []],
    ['section headings without a verb are not claims', 'Background and Context\nThe bridge opened in 1950.', ['The bridge opened in 1950']],
    ['a headline with a present-tense verb is a claim', 'Mayor Signals Reopening Possible\nIt rained.', ['Mayor Signals Reopening Possible']],
    ['a headline without its copula, its verb tagged as a noun', 'Court Signals Ruling Likely\nIt rained.', ['Court Signals Ruling Likely']],
    ['a verbless headline is still a heading', 'Court Rulings\nIt rained.', []],
    ['boilerplate is dropped', 'The bridge closed.\nLeave a Reply\nRelated Posts', ['The bridge closed']],
    ["the writer's meta-commentary is dropped", 'The mayor closed the bridge. This decision highlights the risks of old structures.', ['The mayor closed the bridge']],
    ['imperatives are dropped', "Let's talk about it.", []],
  ])('%s', (_label, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('claim fields', () => {
  const story = bridgeStory();
  const claims = story.flatMap((a) => extractClaims(a));

  test('spans slice back to the claim text, ids are in document order', () => {
    for (const c of claims) {
      const text = story.find((a) => a.id === c.articleId)!.text;
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
    expect(claims.filter((c) => c.articleId === 'wire').map((c) => c.id)).toEqual(
      claims.filter((c) => c.articleId === 'wire').map((_, i) => `wire:c${i + 1}`),
    );
  });

  test('polarity, modality, condition, numbers and times are filled in', () => {
    const ruledOut = claims.find((c) => c.text.includes('ruled out reopening'))!;
    expect(ruledOut.polarity).toBe('negative');
    const repairs = claims.find((c) => c.text.includes('repairs could start'))!;
    expect(repairs.modality).toBe('conditional');
    expect(repairs.condition?.text).toBe('only if the state approves emergency funding');
    expect(repairs.times.map((t) => t.text)).toContain('next month');
    const drivers = claims.find((c) => c.articleId === 'wire' && c.text.includes('40,000'))!;
    expect(drivers.numbers[0]).toMatchObject({ value: 40000, approximate: true });
  });

  test('odd text never throws', () => {
    for (const text of ['', '<p>Hi <b>there</b></p>', '😀😀😀', '"unclosed quote starts here and', 'a'.repeat(20000), '\n\n\n']) {
      expect(() => extractClaims({ text })).not.toThrow();
    }
  });
});

describe('precision rules', () => {
  test.each([
    ['a sentence that only announces a list', 'Several factors explain the delay:\n- Funding: the state has not paid.', ['the state has not paid']],
    ['a gerund-only list item names an aim', 'Steps ahead:\n- Cultivating trust via small agreements that reduce harm;', []],
    ['a near-verbatim repeat later in the article', 'The mayor wants the bridge reopened. Critics strongly disagree with her. Again, the mayor wants the bridge reopened.', ['The mayor wants the bridge reopened', 'Critics strongly disagree with her']],
    ['a headline and its body are both claims', 'Mayor Wants Bridge Reopened\nThe mayor wants the bridge reopened.', ['Mayor Wants Bridge Reopened', 'The mayor wants the bridge reopened']],
  ])('%s', (_label, text, expected) => {
    expect(extractClaims({ id: 't', text }).map((c) => c.text)).toEqual(expected);
  });
});

describe('a command reports an intent', () => {
  test.each([
    ['a quoted command', '"Tell me who you are," the mayor said.', 'reported-intent'],
    // Tricky negatives: verbs listed after "went on to" open no sentence; a name read as a verb.
    ['a list after "to"', 'He went on to pursue a degree in law; serve as an aide was his next step.', 'asserted'],
    ['a first name the tagger reads as a verb', 'Josh Earnest said the bridge was safe.', 'asserted'],
  ])('%s', (_label, text, modality) => {
    expect(extractClaims({ text })[0]?.modality).toBe(modality);
  });
});

describe('quote kind of each claim', () => {
  const kinds = (text: string): [string, string | null][] =>
    extractClaims({ id: 't', text }).map((c) => [c.text, c.attribution?.kind ?? null]);
  test.each([
    ['a clause with no quoted word is indirect though its report quotes',
      'The mayor said the bridge would reopen in May, and he said the repairs were "nearly done."',
      ['indirect', 'mixed']],
    ['a quoted word makes a clause direct though its report does not hold it',
      'The mayor, who called the plan "a farce," said the budget was fine.',
      ['mixed']],
    ['a quoted show title after a preposition is no quote', 'On "This Week," the mayor said the budget was fine.', ['indirect']],
    ['a quoted title inside the clause is no quote', 'The mayor said on "Face the Nation" that the budget was fine.', ['indirect']],
    // Tricky negatives: a block quote without marks stays direct, and a fully quoted report stays direct.
    ['a fully quoted report', '"The bridge will reopen in May," the mayor said.', ['direct']],
    ['a clause with no quote under an unquoted report', 'The mayor said the bridge would reopen in May.', ['indirect']],
  ])('%s', (_label, text, expected) => {
    expect(kinds(text).map(([, k]) => k)).toEqual(expected);
  });
});

describe('the speaker of a claim under "according to"', () => {
  const speakers = (text: string): (string | null)[] => extractClaims({ id: 't', text }).map((c) => c.attribution?.source?.name ?? null);
  test.each([
    ['a report inside an "according to" aside is the speaker\'s', 'The mayor, according to the Gazette, said he had misspoken at the event.', ['mayor']],
    ['a report after an opening "according to" is the speaker\'s', 'According to the Gazette, the mayor said he had misspoken at the event.', ['mayor']],
    // Tricky negatives: with no report inside it, "according to" names the source; an unnamed inner source does not take over.
    ['"according to" alone', 'According to the Gazette, the bridge will reopen in May.', ['Gazette']],
    ['an unnamed report inside', 'According to the Gazette, officials said the bridge will reopen in May.', ['Gazette']],
  ])('%s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('sentences inside a quotation', () => {
  test.each([
    ['each sentence of a quotation is a claim of its own, with the quotation\'s source',
      '"The bridge is unsafe. We will close it on Monday. Repairs take a year," the mayor said.',
      [['"The bridge is unsafe', 'mayor'], ['We will close it on Monday', 'mayor'], ['Repairs take a year," the mayor said', 'mayor']]],
    ['"I think" inside the quotation does not take the claim from its speaker',
      '"I think the plan is wrong. It costs too much," the mayor said.',
      [['"I think the plan is wrong', 'mayor'], ['It costs too much," the mayor said', 'mayor']]],
    // Tricky negatives: an abbreviation inside a quotation ends no sentence, nor does a period outside one.
    ['an abbreviation inside the quotation', '"Mr. Lee and the U.S. Army will rebuild it," the mayor said.',
      [['"Mr. Lee and the U.S. Army will rebuild it," the mayor said', 'mayor']]],
    ['sentences outside a quotation are split as before', 'The mayor said the bridge was unsafe. The council agreed.',
      [['The mayor said the bridge was unsafe', 'mayor'], ['The council agreed', null]]],
  ])('%s', (_label, text, expected) => {
    expect(extractClaims({ id: 't', text }).map((c) => [c.text, c.attribution?.source?.name ?? null])).toEqual(expected);
  });
});
