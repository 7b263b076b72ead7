import { extractTimes } from '../../src/extract/times';

describe('extractTimes', () => {
  test.each([
    ['absolute month with preposition', 'the first since March 2022', null, [['since March 2022', '2022-03-01']]],
    ['bare year', 'escalated in 2022', null, [['in 2022', '2022-01-01']]],
    ['year in brackets', 'Status Update (2025)', null, [['2025', '2025-01-01']]],
    ['relative day resolved against the publish date', 'last Tuesday the toll was 90', '2025-05-20', [['last Tuesday', '2025-05-13']]],
    ['relative day without a publish date stays unresolved', 'last Tuesday the toll was 90', null, [['last Tuesday', undefined]]],
    ['deictic', 'ruled out a meeting for now', null, [['for now', undefined]]],
    ['duration', 'More than two years into the war', null, [['More than two years into the war', undefined]]],
    ['frequency words are not times', 'he repeatedly and promptly replied', null, []],
  ])('%s', (_label, text, publishedAt, expected) => {
    const found = extractTimes(text, 0, publishedAt);
    expect(found.map((t) => [t.text, t.date])).toEqual(expected);
    for (const t of found) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  });
});
