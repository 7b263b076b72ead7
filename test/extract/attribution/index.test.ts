import { extractAttributions, defaultAttributionOptions } from '../../../src/extract/attribution';
import type { Attribution } from '../../../src/types';

interface Expect {
  kind?: Attribution['kind'];
  source?: string | null;
  name?: string;
  role?: string | null;
  cue?: string | null;
  content?: string;
  unnamed?: boolean;
}

function view(text: string, a: Attribution): Required<Expect> {
  return {
    kind: a.kind,
    source: a.source ? text.slice(a.source.span.start, a.source.span.end) : null,
    name: a.source?.name ?? '',
    role: a.source?.role ?? null,
    cue: a.cue ? text.slice(a.cue.span.start, a.cue.span.end) : null,
    content: text.slice(a.content.start, a.content.end),
    unnamed: a.unnamed === true,
  };
}

/** The attribution whose cue is `cue` (the first one when `cue` is undefined). */
function pick(text: string, cue?: string): Required<Expect> | undefined {
  const all = extractAttributions(text).map((a) => view(text, a));
  return cue === undefined ? all[0] : all.find((a) => a.cue === cue);
}

describe('extractAttributions: direct, indirect and mixed', () => {
  const cases: [string, string, string | undefined, Expect][] = [
    ['direct, cue after', '“We will rebuild,” Ana Ruiz said on Monday.', 'said', { kind: 'direct', source: 'Ana Ruiz', content: '“We will rebuild,”' }],
    ['direct, inverted cue', '"It is over," said Hugh Hill, a doctor at the clinic.', 'said', { kind: 'direct', source: 'Hugh Hill', role: 'doctor at the clinic', content: '"It is over,"' }],
    ['direct, cue before with colon', 'The minister said: “We are ready.”', 'said', { kind: 'direct', source: 'The minister', content: '“We are ready.”' }],
    ['indirect with that', 'The mayor said that the bridge would reopen.', 'said', { kind: 'indirect', source: 'The mayor', content: 'that the bridge would reopen' }],
    ['indirect without that', 'Officials said the bridge was closed.', 'said', { kind: 'indirect', source: 'Officials', content: 'the bridge was closed', unnamed: true }],
    ['mixed', 'He called the move “rude” on Tuesday.', 'called', { kind: 'mixed', content: 'the move “rude” on Tuesday' }],
    ['cue inside content', '“Talks continue,” he said, “and we see value in them.”', 'said', { kind: 'direct', content: '“Talks continue,” he said, “and we see value in them.”' }],
    ['content before, indirect', 'The plant will close in May, the company said.', 'said', { kind: 'indirect', source: 'the company', content: 'The plant will close in May' }],
    ['told reporters', '“There is no deal yet,” the envoy told reporters.', 'told', { kind: 'direct', source: 'the envoy', content: '“There is no deal yet,”' }],
    ['told someone that', 'She told reporters that the vote was delayed.', 'told', { source: 'She', content: 'that the vote was delayed' }],
    ['according to, before', 'According to the ministry, 40 people were hurt.', 'According to', { source: 'the ministry', content: '40 people were hurt' }],
    ['according to, after', 'Forty people were hurt, according to the ministry.', 'according to', { source: 'the ministry', content: 'Forty people were hurt' }],
    ['speaker colon', 'Ruiz: “We will not give up.”', ':', { kind: 'direct', source: 'Ruiz', content: '“We will not give up.”' }],
    ['dash byline', '“It is over.” — Jane Doe', '—', { kind: 'direct', source: 'Jane Doe', content: '“It is over.”' }],
    ['transcript turn', 'LEE: We tried. We failed.\nKIM: Why?', ':', { kind: 'direct', source: 'LEE', content: 'We tried. We failed' }],
    ['headline with a source label', 'Ruiz: Talks Will Resume In May\nThe minister spoke on Monday.', ':', { source: 'Ruiz', content: 'Talks Will Resume In May' }],
    ['poll proportions', 'Six in 10 say the economy is weak.', 'say', { source: 'Six in 10', content: 'the economy is weak' }],
    ['multi-paragraph quote', 'Ms. Lee said: “We tried.\n“We failed.”', 'said', { kind: 'direct', content: '“We tried.\n“We failed.”' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: cues beyond "said"', () => {
  const cases: [string, string, string, Expect][] = [
    ['warned', 'The agency warned that prices would rise.', 'warned', { source: 'The agency', content: 'that prices would rise' }],
    ['conceded', 'The coach conceded that the team had struggled.', 'conceded', { source: 'The coach' }],
    ['tweeted', 'The senator tweeted that the bill was dead.', 'tweeted', { source: 'The senator' }],
    ['in a statement', 'The firm said in a statement that it would appeal.', 'said in a statement', { content: 'that it would appeal' }],
    ['ruled out', 'The president has ruled out a meeting for now.', 'ruled out', { source: 'The president', content: 'a meeting for now' }],
    ['turned down', 'The union turned down the offer.', 'turned down', { source: 'The union', content: 'the offer' }],
    ['rejected', 'The council rejected the plan, citing costs.', 'rejected', { source: 'The council', content: 'the plan' }],
    ['called for', 'Activists called for a recount.', 'called for', { source: 'Activists', content: 'a recount' }],
    ['proposed', 'The union proposed a 30-day truce.', 'proposed', { content: 'a 30-day truce' }],
    ['urged', 'Western nations continue to urge restraint.', 'urge', { source: 'Western nations', content: 'restraint' }],
    ['believes', 'The governor believes that the plan will work.', 'believes', { source: 'The governor', content: 'that the plan will work' }],
    ['suggest', 'Analysts suggest that the slump is over.', 'suggest', { source: 'Analysts' }],
    ['characterized', 'The mayor characterized the report as unfair.', 'characterized', { content: 'the report as unfair' }],
    ['possessive noun', "The minister's rejection of the deal angered allies.", 'rejection', { source: 'The minister', content: 'the deal angered allies' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: who the source is', () => {
  it('keeps an appositive role', () => {
    expect(pick('Hugh Hill, a doctor at the clinic, said the ward was full.', 'said')).toMatchObject({ source: 'Hugh Hill', name: 'Hugh Hill', role: 'doctor at the clinic' });
  });
  it('splits a title from the name', () => {
    expect(pick('Health Minister Ana Ruiz said the ward was full.', 'said')).toMatchObject({ name: 'Ana Ruiz', role: 'Health Minister' });
  });
  it('skips a relative clause between source and cue', () => {
    expect(pick('Ana Ruiz, who runs the ward, said it was full.', 'said')).toMatchObject({ source: 'Ana Ruiz', content: 'it was full' });
  });
  it.each([
    // [text, participle cue, its source]
    ['The union proposed a pay deal, which the board promptly rejected, reiterating its demand for cuts.', 'reiterating', 'the board'],
    // Tricky negative: a verb inside the reported content is no new subject for the participle.
    ['The board made it clear that a pay rise is not on the table, reiterating its demand for cuts.', 'reiterating', 'The board'],
  ])('gives a closing participle the subject of its clause: %s', (text, cue, source) => {
    expect(pick(text, cue)).toMatchObject({ source });
  });
  it('skips a participial aside between source and cue', () => {
    expect(pick('Ana Ruiz, speaking to reporters in Lima, said the ward was full.', 'said')).toMatchObject({ source: 'Ana Ruiz', content: 'the ward was full' });
  });
  it('takes a relative pronoun as the mention and its antecedent as the name', () => {
    expect(pick('He hired an architect who said he was never paid.', 'said')).toMatchObject({ source: 'who', name: 'architect', content: 'he was never paid' });
  });
  it.each([
    // [text, source text, name, role]
    ['A lawyer for Mr. Okafor, William Tan of Patton Hale, confirmed in a statement that charges would follow.', 'William Tan of Patton Hale', 'William Tan', 'lawyer for Mr. Okafor'],
    ["Okafor's lawyer, William Tan, said in a statement that charges would follow.", 'William Tan', 'William Tan', "Okafor's lawyer"],
    ["The state's campaign chairman, Jo Park, said charges would follow.", 'Jo Park', 'Jo Park', "state's campaign chairman"],
    // Tricky negative: a name before the comma is the source, the chunk after it a description.
    ['Maria Okafor, a lawyer for Tan, said charges would follow.', 'Maria Okafor', 'Maria Okafor', 'lawyer for Tan'],
  ])('takes an appositive name after a role as the speaker: %s', (text, source, name, role) => {
    expect(pick(text)).toMatchObject({ source, name, role });
  });
  it.each([
    // [text, source text, name, unnamed]
    ['A spokesman for the U.S. attorney in Lima said he could not comment.', 'A spokesman for the U.S. attorney in Lima', 'spokesman', true],
    ['A doctor at Lima General Hospital said the ward was full.', 'A doctor at Lima General Hospital', 'doctor', true],
    // Tricky negatives: a named head keeps its name; a definite role is not unnamed.
    ['Maria Okafor of the University of Lima said the ward was full.', 'Maria Okafor of the University of Lima', 'Maria Okafor', false],
    ['The mayor of Lima said the ward was full.', 'The mayor of Lima', 'mayor', false],
  ])('does not take a name inside a prepositional phrase as the speaker: %s', (text, source, name, unnamed) => {
    expect(pick(text, 'said')).toMatchObject({ source, name, unnamed });
  });
  it('keeps a party tag with the name', () => {
    expect(pick('“It is a dog whistle,” Rep. Jo Lee (D-Ore.) said Friday.', 'said')).toMatchObject({ kind: 'direct', source: 'Rep. Jo Lee (D-Ore.)', content: '“It is a dog whistle,”' });
  });
  it('resolves a pronoun to the last named person', () => {
    const text = 'Health Minister Ana Ruiz said the ward was full. She said more beds were coming.';
    const all = extractAttributions(text);
    expect(all[1]?.source).toMatchObject({ text: 'She', name: 'Ana Ruiz', role: 'Health Minister' });
  });
  it('resolves a surname to the full name and role used earlier', () => {
    const text = 'Health Minister Ana Ruiz said the ward was full. Ruiz added that beds were coming.';
    expect(extractAttributions(text)[1]?.source).toMatchObject({ text: 'Ruiz', name: 'Ana Ruiz', role: 'Health Minister' });
  });
  it('leaves a pronoun with no antecedent unresolved', () => {
    expect(extractAttributions('He said the ward was full.')[0]?.source?.name).toBe('he');
  });
  it('does not resolve pronouns when asked not to', () => {
    const text = 'Ana Ruiz said the ward was full. She said more beds were coming.';
    expect(extractAttributions(text, { resolvePronouns: false })[1]?.source?.name).toBe('she');
  });
  it('resolves "the spokesperson" to the named spokesperson', () => {
    const text = 'Agency spokesperson Jo Park said talks would resume. The spokesperson added that no date was set.';
    expect(extractAttributions(text)[1]?.source).toMatchObject({ name: 'Jo Park' });
  });
});

describe('extractAttributions: relative pronouns are never the speaker', () => {
  const cases: [string, string, string, Expect][] = [
    ['a participle after the main verb takes the antecedent', 'Okafor, who was asking about fundraising during the campaign, protested, saying he was asking "a valid question."', 'saying', { source: 'Okafor', name: 'Okafor' }],
    ['the same with no cue in the relative clause', 'Okafor, who was at the event, protested, saying the question was fair.', 'saying', { source: 'Okafor', name: 'Okafor', content: 'the question was fair' }],
    ['a relative clause cue keeps its own content', 'Okafor, who was asking about fundraising during the campaign, protested, saying he was asking "a valid question."', 'asking', { name: 'Okafor', content: 'about fundraising during the campaign' }],
    ['a participle after the relative clause verb', 'He hired an architect who said he was never paid, adding that the firm owed him money.', 'adding', { source: 'an architect', name: 'architect', content: 'that the firm owed him money' }],
    // Tricky negatives: a relative clause between subject and cue, and a restrictive relative with its own subject.
    ['relative clause between subject and cue', 'Maria Okafor, who runs the clinic, said it was full.', 'said', { source: 'Maria Okafor', content: 'it was full' }],
    ['the relative clause has its own subject', 'The union proposed a deal, which the board rejected, reiterating its demand for cuts.', 'reiterating', { source: 'the board' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
  it('never names a relative pronoun', () => {
    const text = 'Okafor, who was asking about fundraising, protested, saying he was asking "a valid question." Those who said so left.';
    const names = extractAttributions(text).map((a) => a.source?.name.toLowerCase() ?? '');
    expect(names.filter((n) => /^(?:who|which|whom|that)$/.test(n))).toEqual([]);
  });
});

describe('extractAttributions: coordinated verbs share their subject', () => {
  const cases: [string, string, string, Expect][] = [
    ['a series of verbs', 'After the reporter finished, Okafor stormed back, leaned into him and said, "Let me be clear to you."', 'said', { kind: 'direct', source: 'Okafor', content: '"Let me be clear to you."' }],
    ['two verbs', 'Maria Okafor stood up and said the talks were over.', 'said', { source: 'Maria Okafor', content: 'the talks were over' }],
    ['a series with an adverb', 'The mayor listened, nodded and then said nothing would change.', 'said', { source: 'The mayor' }],
    // Tricky negative: a clause with its own subject after "and" keeps that subject.
    ['a new subject after "and"', 'The mayor left, and the aide said the talks were over.', 'said', { source: 'the aide' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: sentence boundaries', () => {
  // Units joined across a multi-paragraph quotation hold several sentences: source and role stay in the cue's.
  const cases: [string, string, string, Expect][] = [
    ['source after a sentence end inside a quotation', '"It was a vendetta, not a search for the truth. Congressman Okafor asserts his innocence.\n\n"He will be vindicated," Lee added.', 'asserts', { source: 'Congressman Okafor', name: 'Okafor', role: 'Congressman', content: 'his innocence' }],
    ['the quotation itself still runs over its sentences', '"It was a vendetta, not a search for the truth. Congressman Okafor asserts his innocence.\n\n"He will be vindicated," Lee added.', 'added', { source: 'Lee' }],
    // Tricky negatives: periods of abbreviations and initials are no sentence end.
    ['abbreviations in an inverted source', '"We tried. We failed," said U.S. Rep. Jo Lee, a Democrat.', 'said', { source: 'U.S. Rep. Jo Lee', name: 'Jo Lee', content: '"We tried. We failed,"' }],
    ['a quote that the cue opens runs over its sentences', 'She said "the plan failed. It is over." Then she left.', 'said', { content: '"the plan failed. It is over."' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: passive reporting verbs', () => {
  const cases: [string, string, string, Expect | null][] = [
    // The subject of a passive is who was charged, told or asked: never the source.
    // "charged with" a crime is a legal act, not a report (see 'legal acts are not reports').
    ['charged, an appositive subject', 'One, Maria Okafor of Lima, was charged with illegally funneling money into his campaign.', 'charged', null],
    ['told that', 'Maria Okafor was told that the plan had failed.', 'told', { source: null, unnamed: true, content: 'that the plan had failed' }],
    ['asked whether, adverb between', 'The minister was repeatedly asked whether he would resign.', 'asked', { source: null, unnamed: true, content: 'whether he would resign' }],
    ['is said to', 'Maria Okafor is said to have fled.', 'said', { source: null, unnamed: true, content: 'Maria Okafor is said to have fled' }],
    // With a "by" agent the agent is the source, and the subject is the content when nothing follows.
    ['by-agent', 'The plan was rejected by the board.', 'rejected', { source: 'the board', content: 'The plan', unnamed: false }],
    ['by-agent before a clause', 'It was announced by the ministry that talks had failed.', 'announced', { source: 'the ministry', content: 'that talks had failed' }],
    // Tricky negatives: no report follows an agentless passive; a perfect is active.
    ['nothing reported after an agentless passive', 'The charges had not been formally announced and they could not discuss the case.', 'announced', null],
    ['perfect, not passive', 'Maria Okafor has announced that she will run.', 'announced', { source: 'Maria Okafor', content: 'that she will run' }],
    ['possessive, not "is"', "The ministry's announced plan was dropped.", 'announced', null],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    const got = pick(text, cue);
    if (expected === null) expect(got).toBeUndefined();
    else expect(got).toMatchObject(expected);
  });
});

describe('extractAttributions: a quotation that opens at the cue', () => {
  const cases: [string, string, string, Expect][] = [
    ['the subject stands before the quotation', 'The statement said Okafor "asserts his innocence of any wrongdoing" and "will be vindicated."', 'asserts', { source: 'Okafor', content: 'his innocence of any wrongdoing' }],
    ['the outer report keeps the subject in its content', 'The statement said Okafor "asserts his innocence of any wrongdoing" and "will be vindicated."', 'said', { source: 'The statement', content: 'Okafor "asserts his innocence of any wrongdoing" and "will be vindicated."' }],
    ['curly quotes after "that"', 'Tan said that Mr. Okafor “asserts his innocence” and that the case was “a vendetta.”', 'asserts', { source: 'Mr. Okafor', content: 'his innocence' }],
    // Tricky negatives: a closing quote before the verb still inverts; a day before the quote is an adjunct.
    ['inversion after a closing quote', '"It is over," said Hugh Hill, a doctor.', 'said', { source: 'Hugh Hill', content: '"It is over,"' }],
    ['a day is not a subject', 'Okafor said Monday "we will win."', 'said', { kind: 'direct', content: '"we will win."' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: small cases around quotation marks and labels', () => {
  it('gives a participle after a comma inside a closing quote the subject of its clause', () => {
    const text = '“It is wrong,” Mr. Okafor said on the program “This Week,” adding that it reflected the “nastiness” of the race.';
    expect(pick(text, 'adding')).toMatchObject({ source: 'Mr. Okafor', content: 'that it reflected the “nastiness” of the race' });
  });
  it('drops content without a word', () => {
    const text = 'He said "the plan failed. Dr. Maria Okafor warned us." Then he left.';
    for (const a of extractAttributions(text)) expect(text.slice(a.content.start, a.content.end)).toMatch(/[A-Za-z]/);
  });
  it('does not take a kicker in capitals as a transcript speaker', () => {
    const text = 'UPDATE: 7:19 p.m. -- The Daily Ledger now reports that the mayor has resigned.\nLEE: We tried.';
    const sources = extractAttributions(text).map((a) => a.source?.text ?? null);
    expect(sources).not.toContain('UPDATE');
    // Tricky negative: a real speaker label still is one.
    expect(sources).toContain('LEE');
    expect(pick(text, 'reports')).toMatchObject({ source: 'The Daily Ledger', content: 'that the mayor has resigned' });
  });
});

describe('extractAttributions: a cue in an opening subordinate clause', () => {
  const cases: [string, string, string, Expect][] = [
    ['content ends at the clause comma', 'When he asked about the federal campaign investigation, Mr. Okafor stormed off camera.', 'asked', { content: 'about the federal campaign investigation' }],
    ['after …, main clause', 'After Okafor said the talks had failed, the mayor resigned.', 'said', { source: 'Okafor', content: 'the talks had failed' }],
    // Tricky negatives: a comma inside a quote does not end the clause, one closing it does; a cue in the main clause runs on.
    ['a comma inside a quote', 'When Okafor said "we tried, we failed," the crowd went quiet.', 'said', { content: '"we tried, we failed,"' }],
    ['a cue in the main clause', 'When the vote ended, Okafor said the talks had failed.', 'said', { source: 'Okafor', content: 'the talks had failed' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: unnamed sources', () => {
  const cases: [string, string, string, Expect][] = [
    ['reportedly', 'The rebels reportedly seized the town.', 'reportedly', { source: null, unnamed: true, content: 'The rebels reportedly seized the town' }],
    ['it is understood', 'It is understood that talks will resume.', 'It is understood', { source: null, unnamed: true, content: 'that talks will resume' }],
    ['a source familiar', 'A source familiar with the talks said a deal was near.', 'said', { source: 'A source familiar with the talks', unnamed: true }],
    ['officials', 'Senior officials said the plan had stalled.', 'said', { unnamed: true }],
    ['impersonal passive', 'It was reported that the mine had closed.', 'It was reported', { source: null, unnamed: true }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
});

describe('extractAttributions: nested attribution', () => {
  it('gives the outer and the inner attribution', () => {
    const text = 'The senator said that the envoy told him the talks had failed.';
    const all = extractAttributions(text).map((a) => view(text, a));
    expect(all).toEqual(expect.arrayContaining([
      expect.objectContaining({ cue: 'said', source: 'The senator', content: 'that the envoy told him the talks had failed' }),
      expect.objectContaining({ cue: 'told', source: 'the envoy', content: 'the talks had failed' }),
    ]));
  });
});

describe('extractAttributions: tricky negatives', () => {
  const cases: [string, string][] = [
    ['scare quotes are not speech', 'The so-called “reform” passed on Monday.'],
    ['"said" as an adjective', 'The said property was sold last year.'],
    ['"that said"', 'That said, the plan has merits.'],
    ['"needless to say"', 'Needless to say, the plan failed.'],
    ['"easier said than done"', 'Fixing it is easier said than done.'],
    ['"you know" as a filler', 'It was, you know, a mess.'],
    ['"all told"', 'All told, the repairs cost a fortune.'],
    ['infinitive', 'The firm has yet to say when it will reopen.'],
    ['apostrophes', "The Jones' car isn't new, and they don't care."],
    ['unclosed quote', 'The mayor’s “plan was bold.\nNothing else happened.'],
    ['plain sentence', 'The bridge was closed for repairs on Monday.'],
  ];
  it.each(cases)('%s', (_label, text) => {
    expect(extractAttributions(text)).toEqual([]);
  });
});

describe('extractAttributions: contract', () => {
  it('gives exact spans into the original text, curly quotes included', () => {
    const text = '<p>“Prices rose,” the bank said.</p>\n\nOfficials said the 😀 index fell.';
    for (const a of extractAttributions(text)) {
      expect(a.content.start).toBeGreaterThanOrEqual(0);
      expect(a.content.end).toBeLessThanOrEqual(text.length);
      if (a.cue) expect(text.slice(a.cue.span.start, a.cue.span.end)).toBe(a.cue.text);
      if (a.source) expect(text.slice(a.source.span.start, a.source.span.end)).toBe(a.source.text);
    }
    expect(extractAttributions(text).map((a) => a.cue?.text)).toEqual(['said', 'said']);
  });
  it('returns attributions in document order', () => {
    const text = 'Ana Ruiz said it rained. Later, “It is dry,” Bo Lin said. Officials said it snowed.';
    const starts = extractAttributions(text).map((a) => a.content.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(starts).toHaveLength(3);
  });
  it('accepts an ArticleInput', () => {
    expect(extractAttributions({ text: 'Officials said the bridge was closed.' })).toHaveLength(1);
  });
  it('has frozen defaults', () => {
    expect(Object.isFrozen(defaultAttributionOptions)).toBe(true);
  });
  it('can leave out beliefs and speech acts', () => {
    expect(extractAttributions('The governor believes that the plan will work.', { beliefs: false })).toEqual([]);
    expect(extractAttributions('The union turned down the offer.', { speechActs: false })).toEqual([]);
  });
  const odd: [string, unknown][] = [
    ['empty', ''],
    ['spaces', '   \n\n  '],
    ['emoji', '😀😀 said 😀 “😀” — 😀'],
    ['html', '<div><script>var x = "said";</script><p>He said: "hi"</p></div>'],
    ['marks only', '“”“”‘’‘’""\'\'::——'],
    ['not a string', 42],
  ];
  it.each(odd)('does not throw on %s', (_label, text) => {
    expect(() => extractAttributions(text as string)).not.toThrow();
  });
  it('stays linear on one giant line full of cues', () => {
    const text = 'he said '.repeat(40_000);
    const t0 = Date.now();
    expect(extractAttributions(text).length).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(20000);
  });
  it('does not hang on one giant line', () => {
    const text = 'Officials said that "the plan, which was long, was late" and, '.repeat(3000);
    const t0 = Date.now();
    extractAttributions(text);
    expect(Date.now() - t0).toBeLessThan(15000);
  });
});

/** Cases [label, text, cue, expected]: expected null means no attribution has that cue. */
type CueCase = [string, string, string, Expect | null];
function checkCue(text: string, cue: string, expected: Expect | null): void {
  if (expected === null) expect(pick(text, cue)).toBeUndefined();
  else expect(pick(text, cue)).toMatchObject(expected);
}
/** One describe block of CueCase rows. */
function cueTable(title: string, cases: CueCase[]): void {
  describe(title, () => {
    it.each(cases)('%s', (_label, text, cue, expected) => checkCue(text, cue, expected));
  });
}

cueTable('extractAttributions: a negated verb of saying with no complement is a refusal', [
  ['series of verbs', 'A spokesman said he could not confirm, deny or comment on the case.', 'confirm', null],
  ['the outer report stays', 'A spokesman said he could not confirm, deny or comment on the case.', 'said', { source: 'A spokesman', content: 'he could not confirm, deny or comment on the case' }],
  ['coordinated verb after a comma', 'Maria Okafor did not comment, and left.', 'comment', null],
  ['contrast', 'Maria Okafor did not confirm, but said the talks had stalled.', 'confirm', null],
  ['the verb after "but" reports', 'Maria Okafor did not confirm, but said the talks had stalled.', 'said', { source: 'Maria Okafor', content: 'the talks had stalled' }],
  // "did not say that …" tells what was not said, in the article's voice (STORIES.md: no speaker).
  ['negated report with a clause is the article\'s account', 'Maria Okafor did not say that the plan failed.', 'say', null],
  ['negated report with a quote after a comma stays', 'Maria Okafor never said, "We quit."', 'said', { content: '"We quit."' }],
  ['negated report with a quote before is no report either', '"No," Maria Okafor did not say.', 'say', null],
  ['an aside before the clause stays', 'Maria Okafor did not deny, however, that the talks had stalled.', 'deny', { source: 'Maria Okafor' }],
  ['not negated: a series of cues keeps its first', 'Maria Okafor confirmed, and repeated, that the talks had stalled.', 'confirmed', { source: 'Maria Okafor' }],
]);

cueTable('extractAttributions: legal acts are not reports', [
  ['pleaded guilty', 'Maria Okafor pleaded guilty to fraud charges.', 'pleaded', null],
  ['pleaded guilty after an appositive', 'The aide, Jo Tan, pleaded guilty in August to a fraud charge.', 'pleaded', null],
  ['pleaded not guilty', 'Jo Tan pleaded not guilty.', 'pleaded', null],
  ['charged with a crime', 'Jo Tan was charged with fraud.', 'charged', null],
  ['"charged that" reports', 'Critics charged that the vote was rigged.', 'charged', { source: 'Critics', content: 'that the vote was rigged' }],
  ['"pleaded" before a quote reports', '"I am innocent," Jo Tan pleaded.', 'pleaded', { source: 'Jo Tan', content: '"I am innocent,"' }],
]);

cueTable('extractAttributions: coordinated passives share their auxiliary', [
  ['second passive has no source', 'The mayor described how he was stopped twice and accused of speeding.', 'accused', { source: null, unnamed: true, content: 'of speeding' }],
  ['the outer report keeps its source', 'The mayor described how he was stopped twice and accused of speeding.', 'described', { source: 'The mayor' }],
  ['asked to, after a passive', 'Jo Tan was stopped on the highway and asked to step out.', 'asked', null],
  // Tricky negatives: an active verb after a passive keeps the subject as source.
  ['active verb with an object', 'Jo Tan was elected and accused his rival of fraud.', 'accused', { source: 'Jo Tan', content: 'his rival of fraud' }],
  ['active verb with a clause', 'Jo Tan was elected and said that the vote was fair.', 'said', { source: 'Jo Tan', content: 'that the vote was fair' }],
  ['active verb with an addressee', 'Maria Okafor was stopped and told police that she was late.', 'told', { source: 'Maria Okafor', content: 'that she was late' }],
]);

cueTable('extractAttributions: a participle modifying a noun takes its agent as source', [
  ['reduced relative', 'Cuts recommended by the board would take effect next year.', 'recommended', { source: 'the board', content: 'Cuts' }],
  ['between dashes', 'The plan — endorsed by the mayor — will fail.', 'endorsed', { source: 'the mayor', content: 'The plan' }],
  ['between commas', 'The plan, endorsed by Maria Okafor, will fail.', 'endorsed', { source: 'Maria Okafor', content: 'The plan' }],
  // Tricky negatives: an active verb with a "by" adjunct, a passive with "was", an opening participle.
  ['active verb, "by" adjunct', 'The board recommended by a wide margin that the cuts take effect.', 'recommended', { source: 'The board' }],
  ['full passive', 'The plan was rejected by the board.', 'rejected', { source: 'the board', content: 'The plan' }],
  ['opening participle', 'Asked by reporters, Maria Okafor said the plan was dead.', 'said', { source: 'Maria Okafor', content: 'the plan was dead' }],
  ['"by" with a gerund is no agent', 'Maria Okafor responded by using the example of her town.', 'responded', { source: 'Maria Okafor', content: 'by using the example of her town' }],
]);

cueTable('extractAttributions: a preposition\'s object is no subject', [
  ['adverbial between subject and verb', 'Maria Okafor does not for a moment believe that the plan will work.', 'believe', { source: 'Maria Okafor', content: 'that the plan will work' }],
  ['"for years"', 'Maria Okafor has for years argued that the tax is unfair.', 'argued', { source: 'Maria Okafor' }],
  // "I believe" is a hedge, not a report: with "a moment" no longer the subject, nothing is left.
  ['first person', "I don't for a moment believe that the plan will work.", 'believe', null],
  // Tricky negatives: a prepositional phrase inside the subject stays in it.
  ['"for" inside the subject', 'A spokesman for the mayor said the bridge was closed.', 'said', { source: 'A spokesman for the mayor' }],
  ['"in" inside the subject', 'Voters in the county say the economy is weak.', 'say', { source: 'Voters in the county' }],
]);

cueTable('extractAttributions: a name after an inverted description is the speaker', [
  ['statement from an attorney', '"We are sad," said the statement from Okafor\'s attorney, Jo Tan.', 'said', { source: 'Jo Tan', name: 'Jo Tan', role: "statement from Okafor's attorney" }],
  ['name then an adjunct', '"We won," said the coach, Ana Ruiz, after the game.', 'said', { source: 'Ana Ruiz', role: 'coach' }],
  ['initial in the name', '"We won," said the coach, Jo T. Tan.', 'said', { source: 'Jo T. Tan', role: 'coach' }],
  // Tricky negatives: a name first keeps its appositive role; a participle or a relative is no name.
  ['name, then role', '"We are sad," said Maria Okafor, a lawyer.', 'said', { source: 'Maria Okafor', role: 'lawyer' }],
  ['participle after the description', '"It rained," said the report, released in Lima.', 'said', { source: 'the report' }],
  ['relative after the description', '"We are sad," said the spokesman, who declined to give his name.', 'said', { source: 'the spokesman' }],
]);

cueTable('extractAttributions: coordinated subjects are one source', [
  ['two titled names', 'Senator Ana Lima and Governor Li Wei said the bill was dead.', 'said', { source: 'Senator Ana Lima and Governor Li Wei', name: 'Ana Lima and Li Wei', role: null }],
  ['"they" after them', 'Maria Okafor and Mr. Tan said the cuts would hurt. They added that the plan was dead.', 'added', { source: 'They', name: 'Maria Okafor and Tan' }],
  ['a plain noun and a name', 'State lawmakers and Gov. Ana Lima defended the law. They noted that a similar law passed in 1993.', 'noted', { source: 'They', name: 'state lawmakers and Ana Lima' }],
  ['two plain nouns', 'Police and prosecutors said the case was closed.', 'said', { source: 'Police and prosecutors' }],
  // Tricky negative: a firm named with "and" stays one name.
  ['a firm', 'Procter and Gamble said sales rose.', 'said', { name: 'Procter and Gamble', role: null }],
]);

cueTable('extractAttributions: "he or she" is generic, never a speaker', [
  ['he or she', 'The clerk can act if he or she believes that the papers are false.', 'believes', null],
  ['she or he', 'Each voter must sign if she or he says that the papers are false.', 'says', null],
  ['he/she', 'The rule applies when he/she says the papers are false.', 'says', null],
  // Tricky negatives: two people, or one pronoun, are sources.
  ['two people', 'Maria Okafor and Tom Reyes said the papers were false.', 'said', { source: 'Maria Okafor and Tom Reyes' }],
  ['one pronoun after "or"', 'Ask Maria Okafor, or she says the papers are false.', 'says', { source: 'she' }],
]);

describe('extractAttributions: "he or she" is generic, never a speaker', () => {
  it('"he or she" does not take a name from the article', () => {
    const text = 'Tom Reyes said the law was clear. The clerk can act if he or she believes that the papers are false.';
    expect(extractAttributions(text).map((a) => a.source?.name)).toEqual(['Tom Reyes']);
  });
});

cueTable('extractAttributions: a quotation that opens the content is never cut', [
  ['comma and verb inside the quote', 'The letter says, "We did not act, but the firm did, and it gives us pause."', 'says', { content: '"We did not act, but the firm did, and it gives us pause."' }],
  ['a list of clauses inside the quote', 'The letter says, "We challenge a plan that cuts aid, weakens care, and gives tax breaks to the rich."', 'says', { kind: 'direct', content: '"We challenge a plan that cuts aid, weakens care, and gives tax breaks to the rich."' }],
  // Tricky negative: content that only contains a quote later is still cut at a new clause.
  ['quote inside indirect content', 'Maria Okafor said the plan was "dead", but the firm disagreed.', 'said', { content: 'the plan was "dead"' }],
]);

cueTable('extractAttributions: the subject\'s next act ends the content', [
  ['", and left"', 'Maria Okafor said the talks had stalled, and left the room.', 'said', { content: 'the talks had stalled' }],
  ['", and" before a quantifier subject', 'Maria Okafor wrote that she got a message, and several other women say they got one too.', 'wrote', { content: 'that she got a message' }],
  ['past verb after a modal', 'Maria Okafor said the firm would cut jobs, and walked out.', 'said', { content: 'the firm would cut jobs' }],
  ['after a closing quote', 'Maria Okafor said, "We tried, which was hard," and left.', 'said', { content: '"We tried, which was hard,"' }],
  // Tricky negatives: a bare verb continues a modal of the content; no comma, no cut.
  ['bare verb after a modal', 'Maria Okafor said the firm would cut jobs, and raise prices.', 'said', { content: 'the firm would cut jobs, and raise prices' }],
  ['coordination inside the content', 'Maria Okafor said that prices rose and fell.', 'said', { content: 'that prices rose and fell' }],
  ['infinitive before a quote', 'Maria Okafor told him to "man up" and make a decision.', 'told', { content: '"man up" and make a decision' }],
]);

cueTable('extractAttributions: a parenthetical cue reports the clause around it', [
  ['between commas after "which"', 'The cafe, which, the people said, was a focus of the inquiry, was on Main Street.', 'said', { source: 'the people', content: 'which, the people said, was a focus of the inquiry' }],
  ['after "that", no commas', 'Healthy Eats, the cafe that the people said was a focus of the inquiry, was on Main Street.', 'said', { content: 'that the people said was a focus of the inquiry' }],
  ['main clause', 'The plan, the minister said, will fail.', 'said', { source: 'the minister', content: 'The plan, the minister said, will fail' }],
  ['second verb of the main clause', 'The cafe that the people said was a focus of the inquiry was on Main Street.', 'said', { content: 'that the people said was a focus of the inquiry' }],
  // Tricky negatives: an adverbial before the source, a relative source, a clause with its own subject.
  ['adverbial before the source', 'In Lima, officials said, the vote was calm.', 'said', { content: 'the vote was calm' }],
  ['"who" is the source', 'Maria Okafor, who said she was tired, left.', 'said', { content: 'she was tired' }],
  ['a subject after "that"', 'It is a plan that the minister said he backed.', 'said', { content: 'he backed' }],
  ['content before the cue', 'The plan will fail, the minister said.', 'said', { content: 'The plan will fail' }],
]);

cueTable('extractAttributions: a time phrase between subject and verb is not the source', [
  ['"this month"', 'The firm this month announced it would end the fees.', 'announced', { source: 'The firm', content: 'it would end the fees' }],
  ['"on Friday"', 'Maria Okafor on Friday said the plan was bad.', 'said', { source: 'Maria Okafor' }],
  ['"last week"', 'Maria Okafor last week said the plan was bad.', 'said', { source: 'Maria Okafor' }],
  ['"early this month"', 'Maria Okafor early this month said the plan was bad.', 'said', { source: 'Maria Okafor' }],
  // Tricky negatives: a time phrase before the subject, and a time noun that is the subject.
  ['time phrase first', 'This month the firm announced it would end the fees.', 'announced', { source: 'the firm' }],
  ['time noun as the subject', 'The week said nothing.', 'said', { source: 'The week' }],
  // A time phrase after a participle modifies it: the document before the participle is the source.
  ['poll released on a weekday', 'A poll released Wednesday shows that most voters back the plan.', 'shows', { source: 'A poll', content: 'that most voters back the plan' }],
  ['report published last week', 'The report published last week found that rents rose.', 'found', { source: 'The report' }],
  ['letter dated with a month and day', 'A letter sent Jan. 5 says the fees will end.', 'says', { source: 'A letter' }],
  ['a bare weekday names no one', 'Wednesday said the fees will end.', 'said', { source: null }],
  // Tricky negatives: a name that is also a month, and a time phrase between a name and its verb.
  ['a surname that is a month', 'Ana June said the fees will end.', 'said', { source: 'Ana June' }],
  ['"on Monday" after a name', 'Li Wei on Monday said the fees will end.', 'said', { source: 'Li Wei' }],
]);

cueTable('extractAttributions: a noun modified by a participle clause is the subject of the main verb', [
  ['agent and -ing participle', 'A letter signed by 40 senators opposing the bill says the vote should wait.', 'says', { source: 'A letter', content: 'the vote should wait' }],
  ['the -ing participle keeps its own noun', 'A letter signed by 40 senators opposing the bill says the vote should wait.', 'opposing', { source: '40 senators', content: 'the bill' }],
  ['-ing participle with a clause', 'A report released Monday warning that prices will rise says the bank erred.', 'warning', { source: 'A report', content: 'that prices will rise' }],
  ['the main verb after the clause', 'A report released Monday warning that prices will rise says the bank erred.', 'says', { source: 'A report', content: 'the bank erred' }],
  ['participle and preposition', 'People living near the plant say the water is bad.', 'say', { source: 'People' }],
  ['past participle and agent', 'A report written by economists says rents rose.', 'says', { source: 'A report', content: 'rents rose' }],
  // Tricky negatives: a comma makes an aside, a clause's own subject stays, a participle has its own noun.
  ['participial aside', 'Ana Ruiz, citing the data, said rents rose.', 'said', { source: 'Ana Ruiz', content: 'rents rose' }],
  ['a verb inside the content has its own subject', 'A report warning that the minister says prices will rise was published.', 'says', { source: 'the minister' }],
  ['a subject after a finite verb', 'Li Wei thinks the minister believes that rents rose.', 'believes', { source: 'the minister' }],
  ['after a preposition, no participle', 'After the vote the senators said the bill was dead.', 'said', { source: 'the senators' }],
]);

cueTable('extractAttributions: a chain of descriptions after a name keeps the name as the source', [
  ['role then party and place', 'Tom Reyes, the majority leader, Democrat of Lima, said the vote would proceed.', 'said', { source: 'Tom Reyes', name: 'Tom Reyes', role: 'majority leader', content: 'the vote would proceed' }],
  ['role then indefinite description', 'Li Wei, the majority leader, a Democrat, said the vote would proceed.', 'said', { source: 'Li Wei', name: 'Li Wei', role: 'majority leader' }],
  // Tricky negatives: one description, a role before the name, a place in an opening adverbial.
  ['one description', 'Ana Ruiz, the majority leader, said the vote would proceed.', 'said', { source: 'Ana Ruiz', role: 'majority leader' }],
  ['role, name, description', 'The chairman, Jo Park, a Republican, said the vote would proceed.', 'said', { source: 'Jo Park', name: 'Jo Park' }],
  ['a place after a preposition', 'In Lima, the campaign chairman, Jo Park, said the vote would proceed.', 'said', { source: 'Jo Park', role: 'campaign chairman' }],
]);

cueTable('extractAttributions: an abstract event or stance is no speaker', [
  ['stance', 'The firm’s stance signals that talks will stall.', 'signals', null],
  ['decision', 'The decision suggests that the court has changed course.', 'suggests', null],
  ['rise', 'The sharp rise shows that supply is short.', 'shows', null],
  // Tricky negatives: evidence and documents are sources; a document "says".
  ['data show', 'Data show that wages rose.', 'show', { source: 'Data', content: 'that wages rose' }],
  ['a study finds', 'A study finds that sleep matters.', 'finds', { source: 'A study' }],
  ['a decision says', 'The decision says that the fees will end.', 'says', { source: 'The decision' }],
  ['a person named like a noun', 'Ana Turn said the fees will end.', 'said', { source: 'Ana Turn' }],
]);

cueTable('extractAttributions: possessive prepositional cues', [
  ['from X\'s perspective', 'The stance signals that, from Lima’s perspective, the firm must yield.', 'from Lima’s perspective', { source: 'Lima', content: 'the firm must yield' }],
  ['in X\'s view', 'In Ana Ruiz\'s view, the plan fails.', 'In Ana Ruiz\'s view', { source: 'Ana Ruiz', content: 'the plan fails' }],
  ['content before', 'The plan fails, in Li Wei\'s opinion.', 'in Li Wei\'s opinion', { source: 'Li Wei', content: 'The plan fails' }],
  // Tricky negative: a possessive place is no viewpoint.
  ['a possessive place', 'In the mayor\'s office, the staff worked late.', 'In the mayor\'s office', null],
]);

describe('extractAttributions: communicative acts and descriptions of actions', () => {
  const cases: [string, string, string, Expect][] = [
    ['apology with its reason', 'Lauten later apologized for rushing to judgment.', 'apologized', { source: 'Lauten', content: 'for rushing to judgment' }],
    ['headline apology', 'Senator Apologizes for Remark About Voters', 'Apologizes', { source: 'Senator', content: 'for Remark About Voters' }],
    ['headline apology with nothing after it', 'Lee, Caught on Video, Apologizes', 'Apologizes', { source: 'Lee', content: 'Apologizes' }],
    ['issued an apology', 'Jo Lee issued an apology on Monday for the remark.', 'issued an apology', { source: 'Jo Lee', content: 'for the remark' }],
    ['joked about', 'The mayor over the weekend joked about the incident.', 'joked', { source: 'The mayor', content: 'about the incident' }],
    ['speech verb the tagger calls a noun, after a quote', '"Who are you?" the tall congressman demands.', 'demands', { kind: 'direct', source: 'the tall congressman', content: '"Who are you?"' }],
    ['refused to comment', 'He refused to comment on the case.', 'refused', { content: 'to comment on the case' }],
    ['refused the offer', 'The union refused the offer.', 'refused', { source: 'The union', content: 'the offer' }],
  ];
  it.each(cases)('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
  it.each([
    ['a refusal to act', 'He grabs the wrist and refuses to let go.', 'refuses'],
    ['a physical act', 'The man slammed the door.', 'slammed'],
    ['a recording as speaker', 'Lee can be seen on the video asking him who he is.', 'asking'],
    ['a joke with no content', 'The mayor joked.', 'joked'],
  ])('no attribution from %s', (_label, text, cue) => {
    expect(pick(text, cue)).toBeUndefined();
  });
});

describe('extractAttributions: tags and places between a name and its verb', () => {
  it.each([
    ['an age', 'The aide, Ana Lee, 31, who has many followers, said she was sorry.', 'said', { source: 'Ana Lee' }],
    ['a party tag', 'Sen. Jo Tan, R-TX, who heads the panel, said it was bad.', 'said', { source: 'Sen. Jo Tan' }],
    ['a place after a preposition', 'Mr. Tan, at a rally on Saturday, in Lima, Ohio, called the plan wrong.', 'called', { source: 'Mr. Tan', role: null }],
  ] as [string, string, string, Expect][])('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
  it('leaves out a contracted "I" inside a quotation', () => {
    expect(pick('"I\'m saying that towns should decide," he said.', 'saying')).toBeUndefined();
  });
});

describe('extractAttributions: nested cues', () => {
  it('keeps an earlier cue out of a later source in a headline', () => {
    expect(pick('Governor Says Legislators May Clarify Law', 'Clarify')).toMatchObject({ source: 'Legislators' });
  });
  it('leaves a speech act inside a quotation to the quoted speaker', () => {
    const text = '"The state will join others in opposing this law," Jo Lee said.';
    expect(pick(text, 'opposing')).toBeUndefined();
    expect(pick(text, 'said')).toMatchObject({ source: 'Jo Lee' });
  });
});

describe('extractAttributions: names the tagger misreads, asides, quotation introducers', () => {
  it.each([
    ['a surname that is also an adverb', '"The law does not discriminate," Long said.', 'said', { source: 'Long' }],
    ['such a surname after a first name', 'Senate leader Jo Long said the law was clear.', 'said', { source: 'Senate leader Jo Long' }],
    ['an age between name and verb', '"We lived off the campaign," Mr. Tan, 47, said.', 'said', { source: 'Mr. Tan' }],
    ['a participle aside holding a clause', 'Gov. Jo Lee, moving to calm a law that critics say is unfair, said on Saturday that she would act.', 'said', { source: 'Gov. Jo Lee', content: 'that she would act' }],
    ['"went on," before a quotation', 'He went on, "You take 18 of them and we win."', 'went on', { kind: 'direct', source: 'He' }],
    ['adjectives inside a phrasal cue', 'The committee issued a brief statement: "We are done."', 'issued a brief statement', { kind: 'direct', source: 'The committee', content: '"We are done."' }],
    ['"As X put it," before a quotation', 'As Sen. Jo Lee, R-Ky., put it, "The plan is dead."', 'put it', { kind: 'direct', source: 'Sen. Jo Lee', content: '"The plan is dead."' }],
  ] as [string, string, string, Expect][])('%s', (_label, text, cue, expected) => {
    expect(pick(text, cue)).toMatchObject(expected);
  });
  it.each([
    ['"went on" with no quotation', 'The talks went on for hours.', 'went on'],
    ['"put it" with no quotation', 'Lee put it on the table.', 'put it'],
    ['a noun, not an adjective, inside a phrasal cue', 'The committee issued a press statement: "We are done."', 'issued a press statement'],
    ['"put it" before a quotation that is no report', 'She put it aside, "for now."', 'put it'],
    ['an adverb before the verb', 'He has long said the law is fine.', 'long'],
  ])('%s', (_label, text, cue) => {
    expect(pick(text, cue)).toBeUndefined();
  });
});

describe('extractAttributions: a headline label names no source', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['"The Latest:" labels the headline', 'The Latest: Lee urges voters to register\nIt rained.', ['urges']],
    // Tricky negative: a name before the colon is the headline's source.
    ['a name before the colon', 'Ruiz: Talks Will Resume In May\nIt rained.', [':']],
  ];
  it.each(cases)('%s', (_label, text, cues) => {
    expect(extractAttributions(text).map((a) => a.cue?.text ?? null)).toEqual(cues);
  });
});

cueTable('extractAttributions: whom a pronoun names', [
  // A name earlier in the pronoun's own sentence comes before the last speaker.
  ['a name earlier in the sentence', 'Tom Reyes, the lawyer of Rep. Mark Hale, said the case was weak. Later, Hale was in the news after he claimed the police lied.', 'claimed', { source: 'he', name: 'Mark Hale' }],
  // A source named inside a quotation is the quoted speaker's word: "they" does not take it.
  ['a group inside a quotation', 'Mayor Ana Ruiz spoke on Friday. "Voters know that the plan is dead," she said. They note that the vote is set for May.', 'note', { source: 'They', name: 'they' }],
  // Tricky negative: with no name before it in its sentence, "he" is the last speaker.
  ['no name in the sentence', 'Tom Reyes, the lawyer of Rep. Mark Hale, said the case was weak. In the end he claimed the police lied.', 'claimed', { source: 'he', name: 'Tom Reyes' }],
]);

cueTable('extractAttributions: a pronoun takes its sentence\'s subject first', [
  ['the subject, not a name in its appositive', 'Tom Reyes met the press. Tom Reyes, the lawyer of Rep. Mark Hale, said that he was sure of the case.', 'said', { source: 'Tom Reyes' }],
  ['"he" in the complement is the subject', 'Tom Reyes met the press. Later Tom Reyes, the lawyer of Rep. Mark Hale, met reporters after he claimed the police lied.', 'claimed', { source: 'he', name: 'Tom Reyes' }],
]);

describe('extractAttributions: "they" after two people named together', () => {
  const names = (text: string): (string | undefined)[] => extractAttributions(text).map((a) => a.source?.name);
  it.each([
    ['the pair named since the last group source', 'Police said the road was shut. On Monday, Senator Ana Lund and House Speaker Omar Teale held a news conference. They said they will try to clarify the law.', ['police', 'Ana Lund and Omar Teale']],
    // Tricky negatives: a group source named after the pair is nearer; two people not joined by "and" are no pair.
    ['a group source after the pair', 'Senator Ana Lund and House Speaker Omar Teale met on Monday. Police said the road was shut. They said the driver fled.', ['police', 'police']],
    ['two people not joined', 'Ana Lund met Omar Teale on Monday. They said they will try to clarify the law.', ['they']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
