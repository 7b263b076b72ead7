/**
 * Stance cues: the words an article uses when it debunks a claim, when it only
 * reports one, and when it vouches for one. Grouped by category so that the
 * stance model learns one weight per kind of cue, not per word, and so that the
 * lists can grow without retraining changing the feature layout.
 *
 * Patterns are lower-case token sequences as `tokenize()` produces them
 * ("is n't true"); a trailing `*` matches any word with that prefix.
 *
 * @module
 */

/**
 * Cue categories, in the order the stance features list them.
 *
 * @example
 * STANCE_CUE_CATEGORIES.includes('falsity'); // true
 */
export const STANCE_CUE_CATEGORIES = [
  'falsity',
  'denial',
  'noEvidence',
  'doubt',
  'reported',
  'claimed',
  'unverified',
  'possible',
  'attributed',
  'confirm',
] as const;

/**
 * One of {@link STANCE_CUE_CATEGORIES}.
 *
 * @example
 * const c: StanceCueCategory = 'denial';
 */
export type StanceCueCategory = (typeof STANCE_CUE_CATEGORIES)[number];

/**
 * Which categories take the claim's side against it, which stay neutral, and which vouch for it.
 *
 * @example
 * STANCE_CUE_SIDE.falsity; // 'refute'
 */
export const STANCE_CUE_SIDE: Readonly<Record<StanceCueCategory, 'refute' | 'hedge' | 'support'>> = Object.freeze({
  falsity: 'refute',
  denial: 'refute',
  noEvidence: 'refute',
  doubt: 'refute',
  reported: 'hedge',
  claimed: 'hedge',
  unverified: 'hedge',
  possible: 'hedge',
  attributed: 'hedge',
  confirm: 'support',
});

/**
 * Cue patterns per category.
 *
 * @example
 * STANCE_CUES.falsity.includes('hoax*'); // true
 */
export const STANCE_CUES: Readonly<Record<StanceCueCategory, readonly string[]>> = Object.freeze({
  // Words that call the claim itself untrue or invented.
  falsity: [
    'hoax*', 'fake*', 'false', 'falsely', 'falsehood*', 'untrue', 'bogus', 'fabricat*', 'made up', 'myth', 'myths',
    'baseless', 'unfounded', 'not true', "n't true", 'debunk*', 'misleading', 'phony', 'phoney', 'sham', 'doctored',
    'photoshop*', 'satire', 'satirical', 'parody', 'prank*', 'spoof*', 'not real', "n't real", 'fictional', 'fiction',
    'scam*', 'lie', 'lies', 'lied', 'nonsense', 'urban legend', 'conspiracy theor*', 'not genuine', 'fraud*',
    'inaccurate', 'erroneous', 'wrongly',
  ],
  // A party to the story says it did not happen.
  denial: [
    'deny', 'denies', 'denied', 'denying', 'denial*', 'refute*', 'refuting', 'rebut*', 'dismiss*', 'reject*',
    'shot down', 'no truth', 'contradict*', 'retract*', 'set the record straight', 'disputed', 'disputes',
    'categorically', 'clarif*', 'rubbish*', 'not the case', 'never happened', "did n't happen", 'did not happen',
    'has not happened',
  ],
  // The article looked for support and found none.
  noEvidence: [
    'no evidence', 'no proof', 'no sign', 'no indication', 'no basis', 'no record', 'no confirmation', 'no such',
    'nothing to suggest', 'found no', 'there is no', "there 's no", 'there was no', 'not aware',
  ],
  // Scepticism short of a denial.
  doubt: [
    'doubt*', 'skeptic*', 'sceptic*', 'dubious', 'suspicious', 'implausib*', 'too good to be true', 'questionable',
    'not so fast', 'far-fetched', 'unlikely', 'cast doubt', 'questioned', 'questions raised', 'confusion',
    'reality check', 'fall for', 'fell for', 'duped', 'fooled', 'really',
  ],
  // Second-hand reporting without a named source taking responsibility.
  reported: [
    'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'said to be', 'is said to', 'are said to',
    'rumor*', 'rumour*', 'according to', 'reports', 'reported', 'report', 'sources', 'a source', 'viral', 'circulat*',
    'went viral', 'social media', 'tabloid*', 'speculat*', 'unnamed', 'anonymous',
  ],
  // Someone claims it; the writer does not.
  claimed: ['claim', 'claims', 'claimed', 'claiming', 'alleg*', 'purport*', 'insists', 'insisted', 'asserted'],
  // The writer says the claim is not (yet) established.
  unverified: [
    'unconfirmed', 'unverified', 'not yet confirmed', 'not been confirmed', 'could not be verified',
    'could not be independently', 'cannot be verified', 'not independently', 'unclear', 'remains to be seen',
    'not known', 'unknown', 'if true', 'if confirmed', 'has yet to', 'have yet to', 'not immediately', 'did not respond',
    "did n't respond", 'declined to comment', 'no comment', 'could not be reached',
  ],
  // The outcome is put as possible, not as fact.
  possible: [
    'may', 'might', 'could', 'possibly', 'perhaps', 'potential*', 'appear*', 'seem*', 'suggest*', 'likely', 'believed',
    'thought to', 'expected to', 'plans to', 'planning', 'probably', 'possible', 'in talks', 'considering',
    'set to', 'would', 'reconsider*',
  ],
  // Someone else's words: the writer passes them on without vouching for them.
  attributed: [
    'says', 'said', 'say', 'tells', 'told', 'according to', 'writes', 'wrote', 'explains', 'tweets', 'tweeted',
    'warns', 'warned', 'believes', 'thinks', 'accuses', 'accused', 'blames', 'blamed', 'vows', 'predicts', 'forecasts',
    'forecast', 'estimates', 'hopes', 'wants', 'think', 'witnesses', 'monitor*', 'watchdog', 'lawmaker*',
    'spokes*', 'official says', 'officials say', 'police say',
  ],
  // The writer or an authority vouches for the claim.
  confirm: [
    'confirm*', 'verified', 'official', 'officially', 'announc*', 'proof', 'proved', 'proven', 'indeed', 'in fact',
    'revealed', 'shows', 'showed', 'footage', 'video shows', 'photos show', 'admitted', 'acknowledged', 'true',
    'genuine', 'authentic',
  ],
});

/**
 * Function words left out of relatedness: they match everywhere and say nothing about topic.
 *
 * @example
 * STANCE_STOPWORDS.has('the'); // true
 */
export const STANCE_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
  'onto', 'over', 'under', 'about', 'as', 'than', 'then', 'so', 'too', 'very', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'am', 'do', 'does', 'did', 'done', 'has', 'have', 'had', 'having', 'it', 'its', "it's", 'this',
  'that', 'these', 'those', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'theirs', 'him', 'we', 'us', 'our',
  'you', 'your', 'i', 'me', 'my', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'there',
  'here', 'all', 'any', 'some', 'each', 'every', 'both', 'more', 'most', 'other', 'such', 'own', 'same', 'just',
  'also', 'only', 'can', 'will', 'would', 'shall', 'should', 'must', 'up', 'down', 'out', 'off', 'again', 'after',
  'before', 'while', 'during', 'because', 'through', 'between', 'against', 'said', 'says', 'say', 'new', 'one',
  "'s", "n't", 'not', 'no', 'mr', 'mrs', 'ms', 'via', 'after', 'now', 'get', 'got', 'like', 'just',
]);
