import { extractAttributions } from '../../../src/extract/attribution';

/** The content text of each attribution, in order. */
function contents(text: string): string[] {
  return extractAttributions(text).map((a) => text.slice(a.content.start, a.content.end));
}

describe('where content ends', () => {
  const cases: [string, string, string[]][] = [
    ['a quotation after a short "she said" continues the first',
      '“We will win,” she said. “The count is on our side.”',
      ['“We will win,” she said. “The count is on our side.”']],
    ['a quotation after a long clause of its own is no continuation',
      '“Subpoenas are not optional,” the chairman said after the witness failed to show up at the second hearing he had been ordered to attend by the committee in the two weeks since it issued its subpoena. “He is a crucial witness.”',
      ['“Subpoenas are not optional,”']],
    ['what follows an "according to" source only extends it',
      'Taxes would rise, according to an analysis by Jo Tan, a former aide now teaching at a university.',
      ['Taxes would rise']],
    ['a quoted show title after a possessive', 'In an interview on CBS’s “Face the Nation,” the speaker said the video should be released.', ['the video should be released']],
    ['an adverb before a participle ends the content', 'Lee told them he would be insulted, implicitly putting his name on the line.', ['he would be insulted']],
    ['", especially given …" ends the content', 'Lee said the pitch was compelling, especially given that voters have been loyal.', ['the pitch was compelling']],
    // Tricky negatives: a clause after the source is content; a quoted show's title after a preposition is no one's words.
    ['a clause after "according to X,"', 'According to the ministry, 40 people were hurt.', ['40 people were hurt']],
    ['a quoted title after a preposition', 'On “This Week,” the mayor said the budget was fine.', ['the budget was fine']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
