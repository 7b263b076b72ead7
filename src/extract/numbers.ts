/**
 * Numbers in prose: digits with separators, spelled-out numbers, scales
 * ("$400 billion"), vague amounts ("thousands"), hyphenated durations
 * ("30-day"), and the bounds words around them ("over", "at least").
 *
 * @module
 */
import { cleanView } from '../text/normalize';
import type { NumberMention } from '../types';

const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
const VAGUE = /\b(?:hundreds|thousands|millions|billions|dozens|scores)\b(?:\s+of)?/gi;
const LOWER = /(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|above|exceeding|nearly|almost)\s+$/i;
const UPPER = /(?:less than|fewer than|under|up to|at most|no more than|below|as many as)\s+$/i;
const APPROX = /(?:about|around|roughly|approximately|some|nearly|almost|an estimated|estimated|close to)\s+$/i;
const WORD_NUM = Object.keys(SMALL).join('|');
const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.])(?:([$€£¥])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${WORD_NUM})(?:[- ](?:${WORD_NUM}))?)` +
    String.raw`(?:\s?(thousand|million|billion|trillion|bn|k|m)\b)?(?:\s?(%|percent|per cent))?(?:-(day|week|month|year|hour|minute|point|member|mile|km|kilometre|kilometer|meter|metre|strong|old))?`,
  'gi',
);
const UNIT_AFTER = /^\s+(?:of\s+)?(?!(?:on|in|at|to|the|a|an|and|or|of|for|by|from|with|as|is|are|was|were|per|each|in)\b)([a-z]+)/i;
const DATE_LIKE = /^(?:1[89]\d\d|20\d\d)$/;
const TIME_NOUNS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)$/i;

function wordValue(w: string): number | null {
  const parts = w.toLowerCase().split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

/**
 * Finds the numbers of a text. Years ("2022") are left to the time finder, and
 * "one" without a unit or scale is skipped ("one of the leaders" counts nothing).
 *
 * @example
 * extractNumbers('a 30-day ceasefire and over $400 billion').map((n) => n.value); // [30, 400000000000]
 */
export function extractNumbers(text: string, offset = 0): NumberMention[] {
  const view = cleanView(text);
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(view)) !== null) {
    const [whole, currency, digits = '', scale, percent, hyphenUnit] = m;
    if (DATE_LIKE.test(digits) && !currency && !scale && !percent && !hyphenUnit) continue;
    const isWord = /^[a-z]/i.test(digits);
    let value = isWord ? wordValue(digits) : Number(digits.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    const after = view.slice(m.index + whole.length, m.index + whole.length + 30);
    const unitWord = UNIT_AFTER.exec(after)?.[1] ?? null;
    if (isWord && value === 1 && !scale && !hyphenUnit && !(unitWord && TIME_NOUNS.test(unitWord))) continue;
    if (isWord && /^(?:two|both)$/i.test(digits) && unitWord && /^(?:leaders|sides|countries|presidents|nations|men|women|of)$/i.test(unitWord)) continue;
    if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
    const before = view.slice(Math.max(0, m.index - 24), m.index);
    const unit = currency ? currencyCode(currency) : percent ? 'percent' : hyphenUnit ? hyphenUnit.toLowerCase() : unitWord ? unitWord.toLowerCase() : null;
    const lower = LOWER.exec(before);
    const upper = UPPER.exec(before);
    const approx = APPROX.exec(before);
    const start = m.index - (lower?.[0].length ?? upper?.[0].length ?? approx?.[0].length ?? 0);
    const end = m.index + whole.length;
    out.push({
      text: text.slice(start, end),
      span: { start: offset + start, end: offset + end },
      value,
      unit,
      approximate: approx !== null || (lower !== null && /nearly|almost/i.test(lower[0])),
      bound: lower ? 'lower' : upper ? 'upper' : 'exact',
    });
  }
  VAGUE.lastIndex = 0;
  while ((m = VAGUE.exec(view)) !== null) {
    const start = m.index;
    const end = m.index + m[0].replace(/\s+of$/i, '').length;
    out.push({ text: text.slice(start, end), span: { start: offset + start, end: offset + end }, value: null, unit: UNIT_AFTER.exec(view.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? null, approximate: true, bound: 'lower' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function currencyCode(symbol: string): string {
  return symbol === '$' ? 'usd' : symbol === '€' ? 'eur' : symbol === '£' ? 'gbp' : 'jpy';
}
