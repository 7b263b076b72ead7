/**
 * Page furniture that is never a claim: navigation, sharing and comment prompts.
 *
 * @module
 */

/**
 * Lines that are page boilerplate (matched case-insensitively against a whole trimmed line).
 *
 * @example
 * BOILERPLATE_LINES.some((re) => re.test('Related Posts')); // true
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:related|recent|popular|more|latest|trending|top) (?:posts?|stories|articles|news|reads?)$/i,
  /^leave a (?:reply|comment)$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(?:share|tweet|email|print|comment|comments|subscribe|sign up|log in|advertisement|read more|continue reading)(?: (?:this|on \w+|now|here))?[.!:]?$/i,
  /^\+?\s*posts?$/i,
  /^(?:photo|image|video|credit|copyright|©)\b.{0,80}$/i,
  /^(?:tags?|filed under|categories|category)\s*:/i,
  /^all rights reserved/i,
  /^click here/i,
  /^(?:follow us|follow me)\b/i,
];

/**
 * Section labels and breadcrumbs that head a page without asserting anything.
 *
 * @example
 * SECTION_LABELS.has('international'); // true
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'international', 'world', 'politics', 'business', 'opinion', 'sports', 'sport', 'news', 'breaking news', 'home',
  'europe', 'asia', 'africa', 'americas', 'middle east', 'us', 'uk', 'technology', 'science', 'health', 'culture',
  'analysis', 'live', 'entertainment', 'economy', 'markets', 'local', 'national', 'editorial', 'commentary',
]);
