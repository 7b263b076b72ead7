import { extractAttributions } from '../../../src/extract/attribution';

/** source name and content text of each attribution, in order. */
function read(text: string): [string | null, string][] {
  return extractAttributions(text).map((a) => [a.source?.name ?? null, text.slice(a.content.start, a.content.end)]);
}

describe('dated adjuncts and asides between subject and verb', () => {
  const cases: [string, string, string | null][] = [
    ['"on Month D, YYYY," after the subject', 'The Gazette on July 20, 2006, described him as “a veteran.”', 'Gazette'],
    ['"in Month D, YYYY,"', 'The council in May 3, 2010, said that the road was closed.', 'council'],
    // Tricky negatives: a plain comma aside still works, and a year alone is no date adjunct.
    ['an aside with no year', 'Lee, on Monday, said that the road was closed.', 'Lee'],
    ['an infinitive inside the aside is no finite verb', 'The speaker, in an interview with a network to air Tuesday, said the odds were even.', 'speaker'],
    ['"went on to" before an act', 'Lee went on to praise the council for "its courage."', 'Lee'],
    ['a finite clause after the verb', 'The speaker said, as the odds were even, that he would stay.', 'speaker'],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    expect(read(text)[0]?.[0]).toBe(source);
  });
});

describe('shareCoordinatedSubject and shareOpeningParticiple', () => {
  const cases: [string, string, [string | null, string][]][] = [
    ['a second verb after "and" and a date shares the subject',
      'The Gazette described him as “a veteran,” and on April 6, 2007, said that he had “served in the Marines.”',
      [['Gazette', 'him as “a veteran,”'], ['Gazette', 'that he had “served in the Marines.”']]],
    // Tricky negative: a second subject after "and" keeps its own source.
    ['a new subject after "and"', 'Lee denied the report, and Kim said that it was false.', [['Lee', 'the report'], ['Kim', 'that it was false']]],
    ['an opening participle takes the main subject and ends at its comma',
      'Defending the law in an interview, the governor pointed to its origins.',
      [['governor', 'the law in an interview'], ['governor', 'its origins']]],
    // Tricky negative: a participle inside the sentence is not an opener.
    ['a participle after the subject', 'The governor, defending the law, said it was fine.', [[null, 'the law'], ['governor', 'it was fine']]],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});


describe('"went on to"', () => {
  it('is no cue when what follows is no communicative act', () => {
    expect(extractAttributions('The talks went on to collapse.')).toEqual([]);
  });
});

describe('a description between subject and verb', () => {
  const cases: [string, string, string | null][] = [
    ['a relative clause inside the description', 'The Acme Agency, the office that oversees the program, said it was taking steps.', 'Acme Agency'],
    ['a name word the tagger reads as a verb', 'Jo Lee, a senior fellow at the Hoover Institution, said the plan was clear.', 'Jo Lee'],
    ['a noun modifier the tagger reads as a verb', 'Senator Jo Lee, at a later press gaggle, said the talks were over.', 'Jo Lee'],
    // Tricky negatives: a finite clause that is no description keeps its own subject.
    ['a relative clause with a subject of its own', 'The union, which the mayor praised, said it would strike.', 'union'],
    ['a clause between commas is no description: no subject is guessed', 'Officials, the report shows, said the road was closed.', null],
    // The tagger's verbs that are names or nouns before the cue.
    ['a surname tagged a verb opens the sentence', 'Lynch said her colleague had not worked on the case.', 'Lynch'],
    ['a noun after a possessor tagged a verb', "Bolivia, Peru's only ally and its lifeline to the world, said it was opposed.", 'Bolivia'],
    ['a possessive apostrophe inside a relative clause', "Jo Tan, who runs the effort for veterans' families, said the plan was good.", 'Jo Tan'],
    // Tricky negatives: a verb in a relative clause or after a pronoun subject stays a finite verb.
    ['a finite verb in a relative clause after the subject', 'The union, which Lee runs, said the plan was good.', 'union'],
    ['a verb after a pronoun subject is finite', 'Lee, whose aides he trusts, said the plan was good.', 'Lee'],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    expect(read(text).at(-1)?.[0]).toBe(source);
  });
});

describe('"then" before a second verb, and "according to" a kind of record', () => {
  const source = (text: string): [string | null, boolean][] =>
    extractAttributions(text).map((a) => [a.source?.text ?? null, a.unnamed === true]);
  const cases: [string, string, [string | null, boolean][]][] = [
    ['"X paused, then added" shares the subject', 'Mr. Lee paused, then added: “I do not know that.”', [['Mr. Lee', false]]],
    ['"according to records" keeps the words as an unnamed source', 'He obtained five deferments, according to records.', [['records', true]]],
    // Tricky negatives: a new subject after "then" keeps its own; a named source stays named.
    ['a subject of its own after "then"', 'The vote failed, then the mayor said it was over.', [['the mayor', false]]],
    ['a named source after "according to"', 'He obtained five deferments, according to the Army.', [['the Army', false]]],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(source(text)).toEqual(expected);
  });
});

describe('a clause opened by a conjunction before the cue', () => {
  const cases: [string, string, [string | null, string][]][] = [
    ['"after X told" keeps X as the subject, and the time clause is no content of the first cue',
      'Lee issued a statement Saturday shortly after Kim told voters that the plan is bad.', [['Kim', 'the plan is bad']]],
    // Tricky negatives: a time phrase without a cue of its own keeps the content; a preposition's object still passes to the subject.
    ['a time clause without a cue of its own, then "that"', 'Lee said, after his speech, in an interview, that "the plan is bad."', [['Lee', 'the plan is bad']]],
    ['"for a moment" before the verb', 'Lee does not for a moment doubt that the plan is bad.', [['Lee', 'the plan is bad']]],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(read(text).map(([src, c]) => [src, c.includes(expected[0]![1]) ? expected[0]![1] : c])).toEqual(expected);
  });
});

describe('the agent of a passive cue', () => {
  const cases: [string, string, [string | null, string][]][] = [
    ['the agent right after the participle', 'The photo was first reported by the Daily Star.', [['Daily Star', 'The photo']]],
    ['a day word between the participle and "by"', 'The photo first was reported Saturday by Big Site.', [['Big Site', 'The photo']]],
    ['an appositive on the agent reports nothing', 'The photo was reported by Big Site, a news website.', [['Big Site', 'The photo']]],
    ['a relative clause on the agent is a report of its own', 'The plan was rejected by the board, which said it cost too much.', [['board', 'The plan'], ['board', 'it cost too much']]],
    // Tricky negatives: a time phrase that is not a day word keeps "by" out of reach, and so does a noun.
    ['"by" after a longer time phrase is not taken', 'The photo was reported last week by Big Site.', []],
    ['"by" after a noun is a place or means, not an agent', 'The photo was posted online by midnight.', []],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('an inverted source and the adverbial after it', () => {
  const cases: [string, string, string | null][] = [
    ['"in" and a determiner after the name', '"We will win this race," says Lee in the new ad titled "Strong."', 'Lee'],
    ['"at" and a determiner after the name', '"We will win," said Jo Lee at a rally on Monday.', 'Jo Lee'],
    // Tricky negatives: a common noun keeps its phrase, and a place name after "in" stays in the source span.
    ['a common noun before "at"', '"We will win," said a spokesman at the embassy.', 'spokesman at the embassy'],
    ['"in" before a place name', '"We will win," said Jo Lee in Lima.', 'Jo Lee'],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    expect(read(text)[0]?.[0]).toBe(source);
  });
});

describe('"quick to" and "careful to" before a cue', () => {
  const cases: [string, string, [string | null, string][]][] = [
    ['"was quick to" before a speech verb', 'Lee was quick to retort: "That is nonsense."', [['Lee', '"That is nonsense."']]],
    ['"was careful to" before a speech verb', 'Lee was careful to note that the plan is new.', [['Lee', 'that the plan is new']]],
    // Tricky negatives: no report follows, or an order is given.
    ['"quick to" before an act that reports nothing', 'The team was quick to score in the second half.', []],
    ['an imperative', 'Be careful to read the label.', []],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a participle after a clause that holds a quoted title or a name read as a verb', () => {
  const cases: [string, string, string | null][] = [
    ['the title\'s first word is no verb of the clause', 'Lee also appeared on "Meet the Press" last Sunday, urging Kim to take a tougher line.', 'Lee'],
    // Tricky negative: without a title the subject is found as before.
    ['no title', 'Lee also appeared on the show last Sunday, urging Kim to take a tougher line.', 'Lee'],
    ['a surname the tagger reads as a verb ends a name', 'Democrats have signed a letter from Representative Ana Welch, Democrat of Vermont, calling the deal "unfair."', 'Democrats'],
    // Tricky negative: in a title-case headline a capitalised verb after a capitalised word stays a verb.
    ['a title-case headline', 'Party Aide Quits After Ridiculing the Senator\nThe aide left on Monday.', 'Party Aide'],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    expect(read(text)[0]?.[0]).toBe(source);
  });
});
