import { claimDates, numberValues } from '../../src/extract/claim-values';
import type { Claim } from '../../src/types';

const span = { start: 0, end: 1 };

describe('numberValues', () => {
  it.each([
    ['values of numbers that have one', [{ text: '40', span, value: 40 }, { text: '1.5', span, value: 1.5 }], [40, 1.5]],
    // Tricky negatives: a number without a value is left out; a repeated value counts once.
    ['a number without a value', [{ text: 'dozens', span, value: null }], []],
    ['a repeated value', [{ text: '3', span, value: 3 }, { text: 'three', span, value: 3 }], [3]],
  ])('%s', (_label, numbers, expected) => {
    expect([...numberValues({ numbers } as unknown as Pick<Claim, 'numbers'>)]).toEqual(expected);
  });
});

describe('claimDates', () => {
  it.each([
    ['resolved dates', [{ text: 'May 16', span, granularity: 'day', date: '2025-05-16' }], ['2025-05-16']],
    // Tricky negatives: a time with no date ("for now") is left out; a repeated date counts once.
    ['a time without a date', [{ text: 'for now', span, granularity: 'deictic' }], []],
    ['a repeated date', [{ text: 'in 2022', span, granularity: 'year', date: '2022-01-01' }, { text: '2022', span, granularity: 'year', date: '2022-01-01' }], ['2022-01-01']],
  ])('%s', (_label, times, expected) => {
    expect([...claimDates({ times } as unknown as Pick<Claim, 'times'>)]).toEqual(expected);
  });
});
