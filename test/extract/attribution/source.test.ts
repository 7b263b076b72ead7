import { extractAttributions } from '../../../src/extract/attribution';
import { nearestFiniteVerb } from '../../../src/extract/attribution/source';
import { withFlags } from '../../../src/extract/attribution/tokens';
import { posTag } from '../../../src/vendor/wink-pos';

/** The source text of the attribution whose cue is `cue`. */
function sourceOf(text: string, cue: string): string | null | undefined {
  return extractAttributions(text).find((a) => a.cue?.text === cue)?.source?.text ?? (extractAttributions(text).some((a) => a.cue?.text === cue) ? null : undefined);
}

describe('the subject a participle or a coordinated cue shares', () => {
  const cases: [string, string, string, string | null][] = [
    ['an infinitive is no finite verb', 'The Times and the chain filed a motion to unseal the records, arguing the move was needed.', 'arguing', 'the chain'],
    ['a description between commas before the verb', 'Dean, a medical doctor, then appeared on the show and began by saying he would never do it.', 'saying', 'Dean'],
    ['a party tag and a time word before the verb', 'The counterpart, Sen. Jo Lee, D-NJ, Tuesday offered a vote of confidence, saying his record matters.', 'saying', 'Sen. Jo Lee'],
    // Tricky negatives: an imperative after "but" shares no subject; a clause between commas is no description.
    ['an imperative after "but"', 'Lee has dropped plans to run, but don’t expect him to fade quietly.', 'expect', null],
    ['a negated verb after "and" keeps its subject', 'Lee closed the bridge and did not expect it to reopen.', 'expect', 'Lee'],
    ['a relative clause between subject and verb', 'The mayor who runs the city was defiant, saying the tolls would stay.', 'saying', 'The mayor'],
    ['"that" opening a relative clause', 'The agency that oversees the port was blunt, saying the pier would close.', 'saying', 'The agency'],
    // Tricky negative: "said that" opens a complement, not a relative clause.
    ['a complement clause keeps the main subject', 'He said that officials hid the documents, adding that nothing was lost.', 'adding', 'He'],
  ];
  it.each(cases)('%s', (_label, text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('nearestFiniteVerb', () => {
  const cases: [string, string, number][] = [
    ['the verb before an infinitive', 'He filed a motion to unseal it , arguing', 1],
    // Tricky negative: an -ing form is never the finite verb.
    ['an -ing form is passed over', 'He left , saying', 1],
  ];
  it.each(cases)('%s', (_label, text, index) => {
    const toks = withFlags(posTag(text));
    expect(nearestFiniteVerb(toks, toks.length - 1, 0)).toBe(index);
  });
});
