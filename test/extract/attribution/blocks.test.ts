import { extractAttributions } from '../../../src/extract/attribution';
import { withIntroducedPassages } from '../../../src/extract/attribution/blocks';

/** The source name of the attribution whose content holds `phrase`, or null. */
function speakerOf(text: string, phrase: string): string | null {
  const at = text.indexOf(phrase);
  const a = extractAttributions(text).find((x) => x.content.start <= at && x.content.end >= at + phrase.length);
  return a?.source?.name ?? null;
}

describe('withIntroducedPassages', () => {
  const cases: [string, string, string, string | null][] = [
    ['a quoted passage after "provides the following commentary"',
      'Over at Civic Watch, a post provides the following commentary on the vote:\n\n“Expect more of this. The council spent the reserve.\n\nIt will be a long summer.”\n\nThe mayor left town.',
      'It will be a long summer', 'Civic Watch'],
    ['bullet points circulated by a named group',
      'On Tuesday, talking points were circulated by Democrats close to the campaign:\n\n-The record is clear. She served for six years.\n\n-She never claimed otherwise.\n\nThe vote is in May.',
      'She never claimed otherwise', 'Democrats'],
    ['an excerpt from a named report',
      'Here is an excerpt from the Gazette report:\n\n"The mayor never lived in the district. She kept a flat elsewhere."\n\nThe mayor denied it.',
      'She kept a flat elsewhere', 'Gazette'],
    ['the introducer\'s own cue gives the source',
      'Jo Tan, a blogger, writes about the vote and argues that it was rushed:\n\n“Nobody read the bill. Nobody asked.”',
      'Nobody asked', 'Jo Tan'],
    ['"Read the full post" hands on to the speaker just before',
      'Maria Okafor wrote that the council "should resign."\n\nRead the full post:\n\nThe council failed us. It should resign today.\n\nThe council met on Monday.',
      'It should resign today', 'Maria Okafor'],
    ['"X continued:" hands on the whole quotation, as one passage',
      'Jo Tan spoke at the hall.\n\nTan continued:\n\n"The roads are bad. The bridge is worse."\n\nThe council met on Monday.',
      'The roads are bad. The bridge is worse.', 'Tan'],
    ['"He said:" takes the name of the speaker before it',
      'Maria Okafor said the council "should resign."\n\nShe said:\n\n"It failed us. It should go today."\n\nThe vote is in May.',
      'It failed us. It should go today.', 'Maria Okafor'],
    // Tricky negatives.
    ['"He said:" before a passage that names its own speaker', 'He said:\n\nThe mayor said the roads are bad.', 'the roads are bad', 'mayor'],
    ['a label such as "UPDATE:" introduces nothing', 'UPDATE:\n\nThe council met on Monday.', 'The council met', null],
    ['a colon with no text presented introduces nothing', 'The plan has three parts at Town Hall:\n\nThe roads come first.', 'The roads come first', null],
    ['only the paragraph after a plain introducer, not the rest of the article',
      'Maria Okafor wrote that the council "should resign."\n\nRead the full post:\n\nThe council failed us.\n\nThe council met on Monday.',
      'The council met on Monday', null],
    ['a quotation with its own cue keeps its speaker',
      'Here is an excerpt from the Gazette report:\n\n"We will win," Mr. Reyes said. "And soon."\n\nThe mayor denied it.',
      'We will win', 'Reyes'],
  ];
  it.each(cases)('%s', (_label, text, phrase, speaker) => {
    expect(speakerOf(text, phrase)).toBe(speaker);
  });

  it('keeps the list in document order and leaves the input alone', () => {
    const input = Object.freeze([]);
    expect(withIntroducedPassages('No colon here.\n\nNone.', input)).toEqual([]);
    const text = 'Here is an excerpt from the Gazette report:\n\n"One. Two."';
    const out = extractAttributions(text);
    expect(out.map((a) => a.content.start)).toEqual([...out.map((a) => a.content.start)].sort((a, b) => a - b));
  });

  it('gives bullet points an indirect kind and a quoted passage a direct one', () => {
    const bullets = extractAttributions('Points were circulated by Democrats close to the campaign:\n\n-The record is clear.');
    expect(bullets.map((a) => a.kind)).toContain('indirect');
    const quoted = extractAttributions('Here is an excerpt from the Gazette report:\n\n"The record is clear."');
    expect(quoted.find((a) => a.source?.name === 'Gazette')?.kind).toBe('direct');
  });
});
