import { extractAttributions } from '../../../src/extract/attribution';

describe('a phone call or a summons is no report', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['"called into" a program', 'She called into a radio program when she was home sick.', []],
    ['"called up" reserves', 'The governor called up the reserves on Friday.', []],
    ['a stream "called" a name', 'They waded into a mountain stream called Miracle Run.', []],
    ['a program, "called" a name,', 'The program, called EB-5, allows investors to gain citizenship.', []],
    // Tricky negatives: "called X Y" (after a common noun too) and the phrasal "called for" still report.
    ['a common-noun subject and two noun phrases', 'The union called Clinton a champion.', ['called']],
    ['"called X Y" names', 'Lee called the plan a farce.', ['called']],
    ['"called for" urges', 'Lee called for talks.', ['called for']],
  ];
  it.each(cases)('%s', (_label, text, cues) => {
    expect(extractAttributions(text).map((a) => a.cue?.text ?? null)).toEqual(cues);
  });
});
