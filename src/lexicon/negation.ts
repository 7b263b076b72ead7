/**
 * Negation lexicons: plain negators, and negative implicative predicates whose
 * use asserts that their complement does not happen ("refused to meet").
 *
 * @module
 */

/**
 * Words that negate the clause they stand in.
 *
 * @example
 * NEGATORS.has('never'); // true
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot',
  'hardly', 'barely', 'scarcely', 'noone',
  // Contractions typed without their apostrophe ("I dont know"); "cant" and "wont" are words of their own.
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'couldnt', 'wouldnt',
  'shouldnt', 'mustnt', 'neednt', 'aint',
]);

/**
 * Nouns and adjectives that report an absence or a failure ("the absence of talks", "lacks support").
 *
 * @example
 * ABSENCE_WORDS.has('absence'); // true
 */
export const ABSENCE_WORDS: ReadonlySet<string> = new Set([
  'absence', 'absent', 'lack', 'lacks', 'lacking', 'lacked', 'silent', 'silence', 'unwilling', 'unwillingness', 'unable',
  'inability', 'impossible', 'failure', 'failed', 'fails', 'fail', 'missing', 'inappropriate', 'unacceptable', 'unlikely',
  'refusal', 'rejection', 'denial', 'dismissal', 'decline', 'stalled', 'stalemate', 'deadlock', 'impasse',
]);

/**
 * Negative speech-act and implicative predicates, as lemmas or lemma phrases:
 * the claim that holds one denies, refuses, rejects, rules out, dismisses or
 * doubts something, or reports a failure or a lack ("X ruled out a meeting"
 * means no meeting). They make a claim's polarity negative.
 *
 * @example
 * NEGATIVE_PREDICATES.includes('rule out'); // true
 * NEGATIVE_PREDICATES.includes('halt'); // false: see STOPPING_PREDICATES
 */
export const NEGATIVE_PREDICATES: readonly string[] = [
  'rule out', 'turn down', 'refuse', 'decline', 'reject', 'deny', 'dismiss', 'fail', 'refrain', 'rebuff', 'spurn',
  'veto', 'oppose', 'forgo', 'resist', 'neglect', 'question', 'doubt', 'dispute', 'debunk', 'disavow', 'repudiate',
  'shun', 'lack', 'back out', 'walk away',
];

/**
 * Predicates that stop, prevent or call off what they govern ("halted travel",
 * "banned the sale", "called off the talks"). What they govern does not happen,
 * so a wish or plan they govern is no intent of the claim, but the claim itself
 * asserts an act: its polarity stays positive.
 *
 * @example
 * STOPPING_PREDICATES.includes('call off'); // true
 */
export const STOPPING_PREDICATES: readonly string[] = [
  'avoid', 'block', 'halt', 'stop', 'cancel', 'abandon', 'scrap', 'postpone', 'suspend', 'withdraw', 'prevent', 'ban',
  'bar', 'prohibit', 'stall', 'call off', 'pull out', 'shut down', 'push back', 'hold off', 'put off',
];

/**
 * Phrases with a negator that negate nothing: "not only … but also" adds, "if
 * not" and "whether or not" weigh alternatives.
 *
 * @example
 * NON_NEGATING_PHRASES.includes('not only'); // true
 */
export const NON_NEGATING_PHRASES: readonly string[] = ['not only', 'not just', 'if not', 'whether or not', 'not least'];

/**
 * Fixed phrases that negate a proposition ("off the table", "not on the agenda").
 *
 * @example
 * NEGATIVE_PHRASES.includes('off the table'); // true
 */
export const NEGATIVE_PHRASES: readonly string[] = [
  'off the table', 'out of the question', 'no longer', 'not yet', 'far from', 'anything but', 'no sign of',
  'no evidence', 'no plans', 'no intention', 'no breakthrough', 'no progress', 'no groundwork', 'no deal',
  'isn\'t exactly', 'is not exactly', 'has yet to', 'have yet to', 'had yet to', 'is off', 'are off', 'was off', 'were off',
];

/**
 * Negated words that flip back to positive (litotes): "not opposed to", "no doubt".
 *
 * @example
 * LITOTES.includes('not opposed'); // true
 */
export const LITOTES: readonly string[] = [
  'not opposed', 'not against', 'not unwilling', 'not averse', 'no doubt', 'not unlike', 'not impossible',
  'not rule out', 'not ruled out', 'not ruling out', "n't rule out", "n't ruled out", 'never ruled out', 'not reject',
  'not deny', 'did not deny', "didn't deny", 'not unreasonable',
];
