/**
 * Hand antonym pairs that WordNet lacks or buries under rare senses: speech acts
 * (confirm/deny), stances (support/oppose), outcomes (accept/reject), states
 * (open/closed) and directions (rise/fall). WordNet's own pairs come from
 * wordnet.generated.json; these add to them, they never replace them.
 *
 * Each side is a word or a short phrase in base form; relate() matches them on
 * Porter stems, so "denied", "denies" and "denial" all hit "deny".
 *
 * @module
 */

/**
 * Opposite pairs, one per entry.
 *
 * @example
 * ANTONYM_PAIRS.some(([a, b]) => a === 'confirm' && b === 'deny'); // true
 */
export const ANTONYM_PAIRS: readonly (readonly [string, string])[] = [
  ['confirm', 'deny'], ['confirm', 'dismiss'], ['admit', 'deny'], ['acknowledge', 'deny'],
  ['support', 'oppose'], ['back', 'oppose'], ['favor', 'oppose'], ['endorse', 'oppose'], ['support', 'reject'],
  ['accept', 'reject'], ['accept', 'refuse'], ['accept', 'decline'], ['agree', 'refuse'], ['approve', 'reject'],
  ['approve', 'veto'], ['welcome', 'reject'], ['welcome', 'condemn'], ['praise', 'criticize'], ['praise', 'condemn'],
  ['rule out', 'possible'], ['rule out', 'consider'], ['rule out', 'open'],
  ['silent', 'said'], ['silent', 'say'], ['silent', 'spoke'], ['silent', 'speak'], ['silent', 'responded'],
  ['silent', 'comment'], ['silence', 'statement'],
  ['open', 'closed'], ['open', 'close'], ['open', 'shut'], ['reopen', 'close'],
  ['rise', 'fall'], ['rise', 'drop'], ['rise', 'decline'], ['increase', 'decrease'], ['increase', 'cut'],
  ['increase', 'fall'], ['increase', 'drop'], ['grow', 'shrink'], ['gain', 'loss'], ['gain', 'lose'],
  ['up', 'down'], ['higher', 'lower'], ['more', 'fewer'], ['more', 'less'], ['expand', 'contract'],
  ['win', 'lose'], ['won', 'lost'], ['victory', 'defeat'], ['success', 'failure'], ['succeed', 'fail'],
  ['pass', 'fail'], ['valued', 'failed'], ['progress', 'stalemate'], ['breakthrough', 'stalemate'],
  ['agree', 'disagree'], ['agreement', 'disagreement'], ['allow', 'ban'], ['allow', 'prohibit'], ['permit', 'forbid'],
  ['legal', 'illegal'], ['guilty', 'innocent'], ['convict', 'acquit'], ['arrest', 'release'], ['free', 'detain'],
  ['alive', 'dead'], ['survive', 'die'], ['live', 'die'], ['start', 'end'], ['start', 'stop'], ['begin', 'end'],
  ['begin', 'halt'], ['resume', 'halt'], ['resume', 'suspend'], ['launch', 'cancel'], ['hold', 'cancel'],
  ['continue', 'stop'], ['continue', 'halt'], ['escalate', 'ease'], ['escalate', 'de-escalate'],
  ['strengthen', 'weaken'], ['improve', 'worsen'], ['boost', 'cut'], ['hire', 'fire'], ['hire', 'lay off'],
  ['win', 'fail'], ['attack', 'defend'], ['war', 'peace'], ['ceasefire', 'fighting'], ['truce', 'fighting'],
  ['present', 'absent'], ['include', 'exclude'], ['join', 'leave'], ['enter', 'exit'], ['arrive', 'depart'],
  ['buy', 'sell'], ['lend', 'borrow'], ['raise', 'lower'], ['low-level', 'high-level'], ['junior', 'senior'],
  ['sporadic', 'constant'], ['sporadic', 'regular'], ['localized', 'general'], ['localized', 'widespread'],
  ['rude', 'polite'], ['friendly', 'hostile'], ['ally', 'enemy'], ['true', 'false'], ['correct', 'wrong'],
  ['safe', 'dangerous'], ['calm', 'violent'], ['peaceful', 'violent'], ['private', 'public'], ['secret', 'public'],
  ['formal', 'informal'], ['official', 'unofficial'], ['direct', 'indirect'], ['likely', 'unlikely'],
  ['willing', 'unwilling'], ['ready', 'unwilling'], ['able', 'unable'], ['possible', 'impossible'],
  ['asleep', 'awake'], ['sleep', 'wake'], ['sit', 'stand'], ['empty', 'full'], ['empty', 'crowded'],
  ['inside', 'outside'], ['indoors', 'outdoors'], ['indoors', 'outside'], ['inside', 'outdoors'], ['alone', 'together'], ['day', 'night'], ['wet', 'dry'], ['young', 'old'],
  ['man', 'woman'], ['boy', 'girl'], ['male', 'female'], ['laugh', 'cry'], ['smile', 'frown'],
];
