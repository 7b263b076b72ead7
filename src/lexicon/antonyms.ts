/**
 * Hand antonym pairs that WordNet lacks or buries under rare senses: speech acts
 * (confirm/deny), stances (support/oppose), outcomes (accept/reject), states
 * (open/closed) and directions (rise/fall). WordNet's own pairs come from
 * wordnet.generated.json; these add to them, they never replace them.
 *
 * Only pairs where one claim excludes the other belong here: relate() trusts
 * them enough to call a contradiction on them. Descriptive opposites of who or
 * where (man/woman, sitting/standing, inside/outside) mostly describe different
 * people or moments, so they are left to WordNet and the learned model.
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
  ['silent', 'comment'], ['silence', 'statement'], ['silent', 'characterize'], ['silent', 'describe'],
  ['silent', 'criticize'], ['silent', 'react'], ['silent', 'reply'], ['silent', 'announce'], ['silent', 'declare'],
  ['open', 'closed'], ['open', 'close'], ['open', 'shut'], ['reopen', 'close'],
  ['rise', 'fall'], ['rise', 'drop'], ['rise', 'decline'], ['increase', 'decrease'], ['increase', 'cut'],
  ['increase', 'fall'], ['increase', 'drop'], ['grow', 'shrink'], ['gain', 'loss'], ['gain', 'lose'],
  ['expand', 'contract'],
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
  ['buy', 'sell'], ['lend', 'borrow'], ['raise', 'lower'],
  ['rude', 'polite'], ['friendly', 'hostile'], ['ally', 'enemy'], ['true', 'false'], ['correct', 'wrong'],
  ['safe', 'dangerous'], ['calm', 'violent'], ['peaceful', 'violent'], ['private', 'public'], ['secret', 'public'],
  ['formal', 'informal'], ['official', 'unofficial'], ['direct', 'indirect'], ['likely', 'unlikely'],
  ['willing', 'unwilling'], ['ready', 'unwilling'], ['able', 'unable'], ['possible', 'impossible'],
];

/**
 * Opposites of degree, scale, level or frequency. Both sides can hold of one
 * event seen at different grain ("sporadic shelling" / "constant shelling" along
 * different stretches; "low-level talks" / "high-level talks" on different days),
 * so relate() reads them as a qualification, not a contradiction.
 *
 * @example
 * SCALE_PAIRS.some(([a, b]) => a === 'sporadic' && b === 'constant'); // true
 */
export const SCALE_PAIRS: readonly (readonly [string, string])[] = [
  ['low-level', 'high-level'], ['lower-level', 'high-level'], ['low-level', 'top-level'], ['junior', 'senior'],
  ['technical', 'political'], ['sporadic', 'constant'], ['sporadic', 'regular'], ['sporadic', 'heavy'],
  ['occasional', 'constant'], ['occasional', 'frequent'], ['rare', 'frequent'], ['localized', 'general'],
  ['localized', 'widespread'], ['local', 'nationwide'], ['partial', 'full'], ['partial', 'complete'],
  ['limited', 'full-scale'], ['limited', 'broad'], ['minor', 'major'], ['small', 'large'], ['few', 'many'],
  ['fewer', 'more'], ['narrow', 'broad'], ['narrower', 'broader'], ['fewer', 'broader'],
];
