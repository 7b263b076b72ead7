/**
 * Modality lexicons: possibility, hedges, conditions and reported intent.
 * A claim takes the first modality that applies, in the order
 * conditional > possible > hedged > reported-intent > asserted.
 *
 * @module
 */

/**
 * Words that present an outcome as possible rather than fact.
 *
 * @example
 * POSSIBILITY_WORDS.has('could'); // true
 */
export const POSSIBILITY_WORDS: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'possible', 'possibly', 'potential', 'potentially', 'perhaps', 'maybe',
  'conceivably', 'feasible', 'plausible',
]);

/**
 * Epistemic hedges and unnamed-source markers.
 *
 * @example
 * HEDGE_WORDS.has('reportedly'); // true
 */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'apparently', 'seemingly', 'supposedly', 'purportedly', 'appear', 'appears', 'appeared',
  'seem', 'seems', 'seemed', 'suggest', 'suggests', 'suggested', 'believe', 'believes', 'believed', 'likely',
  'unlikely', 'probably', 'estimate', 'estimates', 'estimated', 'suspect', 'suspected', 'rumored', 'rumoured',
  'unconfirmed', 'unverified', 'claimed', 'speculated', 'thought', 'presumably', 'arguably',
  'expected', 'think', 'thinks', 'fear', 'fears', 'feared', 'indicate', 'indicates',
]);

/**
 * Multi-word hedges.
 *
 * @example
 * HEDGE_PHRASES.includes('is said to'); // true
 * HEDGE_PHRASES.includes('according to'); // false: it names a source (attribution), it does not soften the claim
 */
export const HEDGE_PHRASES: readonly string[] = [
  'it is understood', 'it is believed', 'it is thought', 'it is said', 'is said to', 'are said to', 'is believed to',
  'are believed to', 'is thought to', 'is expected to', 'are expected to', "isn't exactly", 'is not exactly',
  'sources say', 'sources said', 'is reported to', 'are reported to', 'was reported to', 'not sure', 'widely considered',
  'is seen as', 'was seen as', 'are seen as', 'were seen as',
];

/**
 * Phrases that open a condition. The condition runs from the phrase to the end of its clause.
 *
 * @example
 * CONDITION_MARKERS.includes('only if'); // true
 */
export const CONDITION_MARKERS: readonly string[] = [
  'only if', 'only when', 'only after', 'if', 'unless', 'provided that', 'providing that', 'on condition that',
  'on the condition that', 'as long as', 'so long as', 'in case', 'depends on', 'depend on', 'depended on',
  'depends largely on', 'dependent on', 'contingent on', 'contingent upon', 'hinges on', 'hinge on', 'hinged on',
  'conditional on', 'conditioned on', 'subject to', 'must first', 'first be', 'requires', 'require', 'required',
  'predicated on', 'must precede', 'before any', 'not without conditions', 'in exchange for', 'in return for',
];

/**
 * Predicates of wish, call, demand, proposal, invitation, plan or effort (as lemmas).
 *
 * @example
 * INTENT_PREDICATES.includes('call for'); // true
 */
export const INTENT_PREDICATES: readonly string[] = [
  'want', 'wish', 'hope', 'call for', 'call on', 'urge', 'propose', 'suggest', 'demand', 'request', 'ask', 'invite',
  'plan', 'intend', 'aim', 'seek', 'strive', 'try', 'attempt', 'push for', 'press for', 'lobby', 'appeal',
  'work on', 'prepare', 'pledge', 'promise', 'vow', 'threaten', 'insist', 'advocate', 'encourage',
  'extend an invitation', 'is working on', 'are working on', 'going to', 'set to', 'offer', 'recommend', 'is looking to',
  'are looking to', 'scheduled to', 'willing to', 'intent to',
];

/**
 * Bare forms of intent predicates that are common nouns too ("the budget plan",
 * "a bid"): as verbs of intent they take "to", "that" or "for" after them.
 *
 * @example
 * NOUN_LIKE_INTENTS.has('plan'); // true
 * NOUN_LIKE_INTENTS.has('planned'); // false: only a verb
 */
export const NOUN_LIKE_INTENTS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'aim', 'aims', 'hope', 'hopes', 'wish', 'attempt', 'attempts', 'bid', 'bids', 'push', 'pledge',
  'pledges', 'promise', 'promises', 'vow', 'vows', 'threat', 'request', 'requests', 'demand', 'appeal', 'appeals',
  'offer', 'offers',
]);

/**
 * Nouns that name a wish, call or proposal ("the union's calls for talks", "an appeal").
 *
 * @example
 * INTENT_NOUNS.has('proposal'); // true
 */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'calls', 'appeal', 'proposal', 'demand', 'demands', 'request', 'invitation', 'plea', 'wish', 'intention',
]);
