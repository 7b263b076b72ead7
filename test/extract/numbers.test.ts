import { extractNumbers } from '../../src/extract/numbers';

describe('extractNumbers', () => {
  test.each([
    ['hyphenated duration', 'a 30-day ceasefire', [['30-day', 30, 'day', 'exact']]],
    ['currency and scale with bound', 'over $400 billion lost', [['over $400 billion', 4e11, 'usd', 'lower']]],
    ['separators and unit noun', 'involving 1,000 detainees', [['1,000', 1000, 'detainees', 'exact']]],
    ['spelled out with bound', 'More than two years into the war', [['More than two', 2, 'years', 'lower']]],
    ['vague amount', 'thousands of lives lost', [['thousands', null, 'lives', 'lower']]],
    ['percent', 'rose 3.5 percent', [['3.5 percent', 3.5, 'percent', 'exact']]],
    ['years are times, not numbers', 'escalated in 2022', []],
    ['"one" without a unit counts nothing', 'one of the leaders', []],
    ['"the two leaders" only refers', 'the two leaders met', []],
  ])('%s', (_label, text, expected) => {
    const found = extractNumbers(text);
    expect(found.map((n) => [n.text, n.value, n.unit, n.bound])).toEqual(expected);
    for (const n of found) expect(text.slice(n.span.start, n.span.end)).toBe(n.text);
  });
});
