import { extractAttributions } from '../../../src/extract/attribution';
import { contentParts } from '../../../src/extract/attribution/content';
import { cleanView } from '../../../src/text/normalize';
import { findQuotes } from '../../../src/text/quotes';
import type { Span } from '../../../src/types';

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

describe('contentParts: the pieces around the attribution\'s own cue and source', () => {
  /** The span of the `n`th occurrence (from 0) of `part` in `text`. */
  const at = (text: string, part: string, n = 0): Span => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(part, i + 1);
    if (i < 0) throw new Error(`${part} is not in ${text}`);
    return { start: i, end: i + part.length };
  };
  // [label, text, content, cue, source (null: none), expected pieces (null: one piece)]
  const cases: [string, string, string, string, string | null, string[] | null][] = [
    ['a quotation, the cue and source, a description, a quotation',
      '“We won,” said Lee, the coach since 2019. “Again.”', '“We won,” said Lee, the coach since 2019. “Again.”', 'said', 'Lee', ['“We won,”', '“Again.”']],
    ['the source before the cue, a comma then a quotation',
      '“If it holds,” the narrator says, “what then?”', '“If it holds,” the narrator says, “what then?”', 'says', 'the narrator', ['“If it holds,”', '“what then?”']],
    ['a parenthetical cue inside unquoted content: the commas are left out',
      'The plan, the minister said, will fail.', 'The plan, the minister said, will fail', 'said', 'the minister', ['The plan', 'will fail']],
    ['straight quote marks',
      '"We won," she said. "Again."', '"We won," she said. "Again."', 'said', 'she', ['"We won,"', '"Again."']],
    ['no source: the cue alone interrupts',
      'The plan, reportedly, will fail.', 'The plan, reportedly, will fail', 'reportedly', null, ['The plan', 'will fail']],
    // Tricky negatives.
    ['content with no interruption', 'She said the bridge was closed.', 'the bridge was closed', 'said', 'She', null],
    ['a cue before the quotation', 'She said, “The bridge is closed. It stays closed.”', '“The bridge is closed. It stays closed.”', 'said', 'She', null],
    ['a cue after the quotation', '“The bridge is closed,” she said.', '“The bridge is closed,”', 'said', 'she', null],
    ['another speaker\'s cue inside the content is no interruption of this one',
      'Ruiz told them: “We won,” Lee said. “Again.”', '“We won,” Lee said. “Again.”', 'told', 'Ruiz', null],
    ['a source that straddles the content\'s edge', 'Lee, the coach, said “We won.”', 'the coach, said “We won.”', 'said', 'Lee, the coach', null],
    ['a piece with no letter or digit', '“…,” she said. “Again.”', '“…,” she said. “Again.”', 'said', 'she', null],
  ];
  it.each(cases)('%s', (_label, text, content, cue, source, expected) => {
    const { quotes } = findQuotes(text);
    const parts = contentParts(cleanView(text), at(text, content), at(text, cue), source === null ? null : at(text, source),
      new Set(quotes.map((q) => q.span.start)), new Set(quotes.map((q) => q.span.end)));
    expect(parts?.map((p) => text.slice(p.start, p.end)) ?? null).toEqual(expected);
  });

  it('an unbalanced quotation resumes after the cue, not at a quote mark that opens nothing', () => {
    const text = '“We won, said Lee, the coach. “Again.”';
    const { quotes } = findQuotes(text);
    const parts = contentParts(cleanView(text), { start: 0, end: text.length }, at(text, 'said'), at(text, 'Lee'),
      new Set(quotes.map((q) => q.span.start)), new Set(quotes.map((q) => q.span.end)));
    expect(parts?.map((p) => text.slice(p.start, p.end))).toEqual(['“We won', 'the coach. “Again.”']);
  });
});

describe('extractAttributions: contentParts', () => {
  const cases: [string, string, string[] | null][] = [
    ['quotations around "said X, a description."', '“We will win,” said Ana Ruiz, the mayor of the city since 2019. “The count is on our side.”',
      ['“We will win,”', '“The count is on our side.”']],
    ['a parenthetical cue', 'The plan, the minister said, will fail.', ['The plan', 'will fail']],
    ['content with no interruption', 'Officials said the bridge was closed.', null],
    ['a cue before the quotation', 'She said, “The bridge is closed. It will stay closed.”', null],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const [a] = extractAttributions(text);
    expect(a?.contentParts?.map((p) => text.slice(p.start, p.end)) ?? null).toEqual(expected);
  });

  it('every part is non-empty, in order and inside its content', () => {
    const text = '“A deal is close,” said Lee, the envoy. “We meet again Friday.” The plan, the minister said, will fail. Officials said the talks resumed.';
    const atts = extractAttributions(text);
    expect(atts.some((a) => a.contentParts)).toBe(true);
    for (const a of atts) {
      for (const [i, p] of (a.contentParts ?? []).entries()) {
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.start).toBeGreaterThanOrEqual(i === 0 ? a.content.start : a.contentParts![i - 1]!.end);
        expect(p.end).toBeLessThanOrEqual(a.content.end);
      }
    }
  });
});

describe('quote kind of a content its own cue and source interrupt', () => {
  const cases: [string, string, string][] = [
    ['two quotations around the cue and a description are direct', '“We won,” said Lee, the coach. “Again.”', 'direct'],
    ['two quotations around "she said" are direct', '“We will win,” she said. “The count is on our side.”', 'direct'],
    // Tricky negatives: a paraphrase around the cue stays indirect; a quotation beside a paraphrase is mixed.
    ['a paraphrase split by "he said" is indirect', 'But to prevent problems, he said, local officials will close the road.', 'indirect'],
    ['a quoted phrase inside a paraphrase is mixed', 'Lee said the plan was “a disaster” for the town.', 'mixed'],
  ];
  it.each(cases)('%s', (_label, text, kind) => {
    expect(extractAttributions(text)[0]?.kind).toBe(kind);
  });
});
