import { isMonthMay } from '../../src/relate/analyze';

describe('analyze / isMonthMay', () => {
  const at = (text: string): { start: number; end: number } => {
    const i = text.search(/\bmay\b/i);
    return { start: i, end: i + 3 };
  };
  test.each([
    ['Work starts in May.', true],
    ['The vote was held on May 3.', true],
    ['Prices rose through May and June, the bureau said.', true],
    ['The report, published May 2024, found no fraud.', true],
    // Tricky negatives: the modal, even capitalised at the start of a sentence.
    ['Work may start soon.', false],
    ['May the talks resume? Nobody knows.', false],
    ['Officials said they may resign.', false],
    ['Prices may rise in June.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isMonthMay(text, at(text))).toBe(expected);
  });
});
