import { extractAttributions } from '../../../src/extract/attribution';
import { abstractHead, mediaHead, namingParticiple, negatedReport, openingQuestion } from '../../../src/extract/attribution/filters';
import { phraseHead } from '../../../src/extract/attribution/source';
import { withFlags } from '../../../src/extract/attribution/tokens';
import { posTag } from '../../../src/vendor/wink-pos';

describe('openingQuestion', () => {
  const cases: [string, string, boolean][] = [
    ['a sentence-opening participle', 'Asked about the rally, Lee said no.', true],
    ['after "when"', 'When asked if he would run, Lee said no.', true],
    ['after an opening quotation mark', '"Pressed on the point, she said it was over."', true],
    // Tricky negatives: a finite or passive "asked" in the clause is no opener.
    ['a subject before it', 'Lee asked whether the road was closed.', false],
    ['a passive', 'He was asked about the rally.', false],
    ['another verb', 'Told about the rally, Lee said no.', false],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const toks = withFlags(posTag(text));
    const i = toks.findIndex((t) => /^(?:asked|pressed|told)$/i.test(t.text));
    expect(openingQuestion(toks, i, 0)).toBe(expected);
  });

  const sentences: [string, string, string][] = [
    ['the main clause reports', 'Asked by a host about the claims, Santorum insisted that it was "a fact."', 'Santorum'],
    ['"when asked" with a role subject', 'When asked if he would seek those protections, the governor said that he would not.', 'governor'],
  ];
  it.each(sentences)('the whole sentence goes to the main clause: %s', (_label, text, source) => {
    const atts = extractAttributions(text);
    expect(atts.map((a) => a.source?.name)).toEqual([source]);
  });

  it('a question asked by a named subject is still a cue', () => {
    expect(extractAttributions('Lee asked whether the road was closed.')[0]?.source?.name).toBe('Lee');
  });
});

describe('negatedReport', () => {
  const cases: [string, string, string, boolean][] = [
    ['"did not say"', 'Lee did not say public schools were bad.', 'say', true],
    ['"did not directly answer"', 'Lee did not directly answer whether the law applies.', 'answer', true],
    ['"didn\'t say"', "Lee didn't say it was over.", 'say', true],
    // Tricky negatives: an act still reports, and other negations are left alone.
    ['"did not deny" is an act', 'Lee did not deny that it was over.', 'deny', false],
    ['"has not said"', 'Lee has not said whether it was over.', 'say', false],
    ['"never said"', 'Lee never said it was over.', 'say', false],
    ['no negation', 'Lee said it was over.', 'say', false],
  ];
  it.each(cases)('%s', (_label, text, lemma, expected) => {
    const toks = withFlags(posTag(text));
    const i = toks.findIndex((t) => /^(?:say|said|answer|deny)$/i.test(t.text));
    expect(negatedReport(toks, i, lemma)).toBe(expected);
  });

  it('a negated report gives no attribution; a negated act does', () => {
    expect(extractAttributions('Lee did not say public schools were bad.')).toEqual([]);
    expect(extractAttributions('Lee did not rule out a run for office.')[0]?.source?.name).toBe('Lee');
  });
});

describe('a tail-only verb as a parenthetical', () => {
  const cases: [string, string, string | null][] = [
    ['", Lee continued," inside the sentence', 'That view, Lee continued, suggests that the city is broke.', 'Lee'],
    // Tricky negatives: no name or pronoun, or a clause joined by "and", is no parenthetical.
    ['a common noun subject', 'After the vote, talks continued, and the ministers left.', null],
    ['a name before "and"', 'After the vote, Lee continued, and the ministers left.', null],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    const a = extractAttributions(text).find((x) => x.cue?.text === 'continued');
    expect(a?.source?.name ?? null).toBe(source);
  });
});

describe('emailing and referring to are speech acts of people', () => {
  const cases: [string, string, string | null][] = [
    ['"emailed that …"', 'Lee emailed that the vote was off.', 'Lee'],
    ['"emailed tips to …"', 'A company official emailed security tips to members.', 'company official'],
    // Tricky negative: the noun "email" is no cue.
    ['the noun', 'The email was sent on Monday.', null],
    ['"referred to X as" with a name', 'At one point, Lee referred to a reporter as a "jackass."', 'Lee'],
    ['"referred to" with a role noun', 'The spokesman referred to an earlier statement.', 'spokesman'],
    // Tricky negative: a thing that "refers to" something reports nothing.
    ['"the term refers to"', 'The term refers to a tax on imports.', null],
  ];
  it.each(cases)('%s', (_label, text, source) => {
    expect(extractAttributions(text)[0]?.source?.name ?? null).toBe(source);
  });
});

describe('namingParticiple', () => {
  const cases: [string, string, number, boolean][] = [
    ['a noun, "called", one name', 'a stream called Miracle Run .', 2, true],
    // Tricky negatives: a second noun phrase after the name, and a name as the subject.
    ['a second noun phrase', 'the union called Clinton a champion .', 2, false],
    ['a name before the verb', 'Lee called Kim .', 1, false],
  ];
  it.each(cases)('%s', (_label, text, i, expected) => {
    expect(namingParticiple(withFlags(posTag(text)), i, 'call')).toBe(expected);
  });
});

describe('phraseHead, abstractHead and mediaHead', () => {
  const cases: [string, string, number, string, boolean, boolean][] = [
    // label, text, phrase length in tokens, head, abstract, media
    ['one word', 'Officials said it.', 1, 'officials', false, false],
    ['a post-modifier', 'The photo in question showed it.', 4, 'photo', false, true],
    ['a feeling with its object', 'Their disdain for the jokes follows.', 5, 'disdain', true, false],
    ['a decision', 'The decision signals a shift.', 2, 'decision', true, false],
    // Tricky negatives: a spokesman of a body is no abstract head, and a name is read as a name.
    ['a role of a body', 'A spokesman for the camera maker said so.', 6, 'spokesman', false, false],
    ['a capitalised abstract word inside a name', 'The Fear Project said so.', 3, 'project', false, false],
  ];
  it.each(cases)('%s', (_label, text, length, head, abstract, media) => {
    const toks = withFlags(posTag(text));
    const np = [0, length] as const;
    expect(toks[phraseHead(toks, np)]!.lower).toBe(head);
    expect(abstractHead(toks, np)).toBe(abstract);
    expect(mediaHead(toks, np)).toBe(media);
  });

  it('a feeling is no speaker', () => {
    const atts = extractAttributions('They can hardly contain their disdain for the lame jokes that predictably follow.');
    expect(atts.map((a) => a.source?.name ?? null)).not.toContain('disdain');
    expect(atts.every((a) => !/disdain/.test(a.source?.text ?? ''))).toBe(true);
  });
});
