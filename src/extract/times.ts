/**
 * Time expressions in prose, resolved against the article's publication date.
 * chrono-node finds calendar expressions ("March 2022", "three days ago");
 * rules add what it misses: bare years ("in 2022", "(2025)"), deictic words
 * ("for now", "yet", "recent"), and durations ("more than two years into").
 *
 * @module
 */
import * as chrono from 'chrono-node';
import { formatISO } from 'date-fns';
import { cleanView } from '../text/normalize';
import type { TimeGranularity, TimeMention } from '../types';

const YEAR = /\b(?:(?:in|since|by|until|from|during|before|after|of)\s+)?(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b/gi;
const DEICTIC =
  /\b(?:for now|for the time being|so far|as yet|yet|now|currently|today|tonight|recently|recent|earlier|previously|current|future|eventual|eventually|immediate|immediately|soon|temporary|temporarily|long-term|short-term|over time|annually|at present|this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|another year|in the coming (?:days|weeks|months))\b/gi;
const DURATION =
  /\b(?:(?:more than|over|nearly|almost|about|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s+(?:years?|months?|weeks?|days?|decades?)(?:\s+(?:into|of|ago|after|since|later))?(?:\s+the\s+\w+)?/gi;
const PERIOD = /\b(?:during|throughout|over)\s+(?:the\s+)?(?:holidays?|weekend|summer|winter|spring|autumn|fall|night|war|talks|negotiations|conflict)\b/gi;
// What every match of a rule holds: a text without it is not scanned by the rule.
const RULES: readonly (readonly [RegExp, TimeGranularity, RegExp | null])[] = [
  [YEAR, 'year', /(?:19|20)\d\d/],
  [DEICTIC, 'deictic', null],
  [DURATION, 'duration', /years?|months?|weeks?|days?|decades?/i],
  [PERIOD, 'period', /during|throughout|over/i],
];

// Every English expression chrono parses holds a calendar word (units, days, months, casual dates) or a
// number written as a date or a time ("5/16", "10:30", "3 pm", "16th", "2022-01-01", "at 5"); a bare count
// ("40 people") gives it nothing.
const CHRONO_HINT =
  /\d\s*(?:[:/.-]\s*\d|(?:am|pm|a\.m|p\.m|o'clock|h|st|nd|rd|th)\b)|\b(?:at|by|until|till|from|before|after|since|on|to|through)\s+\d|\b(?:now|today|tonight|tomorrow|tmr|yesterday|ago|morning|afternoon|evening|night|noon|midnight|midday|weekend|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnight|months?|quarters?|years?|decades?|centur(?:y|ies)|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/i;

type Found = { start: number; end: number; date?: string; granularity: TimeGranularity };

function isoDay(d: Date): string {
  return formatISO(d, { representation: 'date' });
}

function refDate(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const d = new Date(publishedAt.length === 10 ? `${publishedAt}T12:00:00Z` : publishedAt);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Time expressions of a text. With `publishedAt`, relative dates ("last
 * Tuesday") get an ISO date; without it, only absolute ones do.
 *
 * @example
 * extractTimes('Talks resumed on May 16, the first since March 2022.', 0, '2025-05-20').map((t) => t.date); // ['2025-05-16', '2022-03-01']
 */
export function extractTimes(text: string, offset = 0, publishedAt: string | null = null): TimeMention[] {
  const view = cleanView(text);
  const ref = refDate(publishedAt);
  const found: Found[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    // chrono is the slow part of extraction: it is run only where a digit or a calendar word could give it something.
    if (CHRONO_HINT.test(view)) results = chrono.parse(view, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    const absolute = r.start.isCertain('year');
    const granularity: TimeGranularity = /\bweek\b/i.test(r.text)
      ? 'week'
      : r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : absolute ? 'year' : r.start.isCertain('weekday') ? 'day' : 'instant';
    // Without a publication date a relative expression cannot be placed on the calendar.
    const date = absolute || ref ? isoDay(r.start.date()) : undefined;
    const lead = /\b(?:since|in|on|by|until|from|before|after)\s+$/i.exec(view.slice(Math.max(0, start - 7), start));
    found.push({ start: start - (lead?.[0].length ?? 0), end, granularity, ...(date ? { date } : {}) });
  }
  for (const [re, granularity, needs] of RULES) {
    if (needs !== null && !needs.test(view)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view)) !== null) {
      const year = granularity === 'year' ? m[1] : undefined;
      found.push({ start: m.index, end: m.index + m[0].length, granularity, ...(year ? { date: `${year}-01-01` } : {}) });
    }
  }
  // Keep the longest of overlapping finds; the earlier one wins a tie.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    out.push({ text: text.slice(f.start, f.end), span: { start: offset + f.start, end: offset + f.end }, granularity: f.granularity, ...(f.date ? { date: f.date } : {}) });
  }
  return out;
}
