import { compare } from '../src/compare';
import { ClaimdiffError } from '../src/errors';
import { bridgeStory } from './helpers';

describe('compare on the bridge story', () => {
  const story = bridgeStory();
  const report = compare(story);

  test('articles keep their ids, outlets come from the text', () => {
    expect(report.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['wire', 'Example Wire'],
      ['daily', 'Daily Courier'],
      ['blog', null],
    ]);
  });

  test('every span of every claim, reason and attribution slices back into its article', () => {
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    const claimArticle = new Map(report.claims.map((c) => [c.id, c.articleId]));
    for (const c of report.claims) {
      expect(text.get(c.articleId)!.slice(c.span.start, c.span.end)).toBe(c.text);
      if (c.attribution?.cue) expect(text.get(c.articleId)!.slice(c.attribution.cue.span.start, c.attribution.cue.span.end)).toBe(c.attribution.cue.text);
    }
    for (const r of report.relations) {
      for (const reason of r.reasons) {
        for (const e of reason.spans) {
          const articleText = text.get(claimArticle.get(e.claimId)!)!;
          expect(e.span.start).toBeGreaterThanOrEqual(0);
          expect(e.span.end).toBeLessThanOrEqual(articleText.length);
        }
      }
    }
  });

  test('points span at least two articles, their positions hold each claim once, and relations join different articles', () => {
    for (const k of report.points) {
      expect(k.articleIds.length).toBeGreaterThanOrEqual(2);
      expect(k.positions.flatMap((p) => p.claimIds).sort()).toEqual([...k.claimIds].sort());
    }
    for (const r of report.relations) expect(r.a.split(':')[0]).not.toBe(r.b.split(':')[0]);
  });

  test('the same input gives byte-identical JSON', () => {
    expect(JSON.stringify(compare(bridgeStory()))).toBe(JSON.stringify(report));
  });

  test('the same input gives the same report after other inputs were read', () => {
    const story = [
      { id: 'a', text: 'Mayor Maria Okafor’s budget passed on Monday. Okafor’s, the council said, was the only plan.' },
      { id: 'b', text: 'The council approved Okafor’s budget on Monday, officials said.' },
    ];
    const first = JSON.stringify(compare(story));
    compare([{ id: 'x', text: 'It was Okafor’s. “Okafor’s” plan, he said, works.' }, { id: 'y', text: "Okafor's, she said." }]);
    expect(JSON.stringify(compare(story))).toBe(first);
  });

  test('inputs are never mutated', () => {
    const input = bridgeStory().map((a) => Object.freeze({ ...a }));
    const before = JSON.stringify(input);
    compare(Object.freeze(input));
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('odd but valid text is analysed, with messages', () => {
  test.each([
    ['empty text', '', 'empty_text'],
    ['no sentences', '   ', 'empty_text'],
    ['HTML', '<p>The bridge <b>closed</b> on Monday.</p>', 'html_stripped'],
    ['unbalanced quote', 'The mayor said "the bridge is closed. It rained.', 'unclosed_quote'],
  ])('%s', (_label, text, code) => {
    const report = compare([{ text }, { text: 'The bridge closed on Monday.' }]);
    expect(report.messages.map((m) => m.code)).toContain(code);
  });

  test.each([
    ['emoji', '😀 The bridge closed 😀 on Monday. 🚧'],
    ['one giant line', 'word '.repeat(50000)],
    ['no punctuation', 'the bridge closed on monday and the ferry ran all day'],
  ])('%s does not throw', (_label, text) => {
    expect(() => compare([{ text }])).not.toThrow();
  });

  test('no dates given: a message says so', () => {
    expect(compare([{ text: 'It rained.' }]).messages.map((m) => m.code)).toContain('no_publish_date');
  });
});

describe('misuse throws ClaimdiffError with a code', () => {
  test.each([
    ['not an array', 'text', 'not_an_array'],
    ['text not a string', [{ text: 1 }], 'text_not_string'],
    ['duplicate ids', [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], 'duplicate_id'],
  ])('%s', (_label, input, code) => {
    expect(() => compare(input as never)).toThrow(expect.objectContaining({ code, name: 'ClaimdiffError' }));
    expect(() => compare(input as never)).toThrow(ClaimdiffError);
  });
});

describe('articles about different events', () => {
  test('are reported as such in messages', () => {
    const quake = (place: string, n: number, day: string): string =>
      `A strong earthquake struck ${place} on ${day}, killing ${n} people. Rescuers in ${place} searched collapsed buildings. The mayor of ${place} declared an emergency.`;
    const report = compare([
      { id: 'n1', text: quake('Northtown', 12, 'Monday') },
      { id: 'n2', text: quake('Northtown', 12, 'Monday') + ' Schools in Northtown closed.' },
      { id: 's1', text: quake('Southvale', 40, 'Friday') },
      { id: 's2', text: quake('Southvale', 40, 'Friday') + ' Roads to Southvale were cut.' },
    ]);
    const note = report.messages.find((m) => m.code === 'several_events');
    expect(note?.message).toContain('n1, n2 | s1, s2');
    // The claims that name the place or the toll stay within their event.
    const named = report.points.filter((k) => k.label.includes('killing') || k.label.includes('mayor'));
    for (const k of named) expect(new Set(k.articleIds.map((id) => id[0])).size).toBe(1);
  });
});
