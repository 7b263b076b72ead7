/**
 * Predicate and event classes: words that name the same kind of act or event
 * in news ("refuse", "decline", "turn down", "rule out"). Alignment treats a
 * shared class like a shared word, so differently worded reports still meet.
 *
 * @module
 */

/**
 * Class name → member words and phrases (base forms; inflections are matched by stem).
 *
 * @example
 * PREDICATE_CLASSES.refuse.includes('turn down'); // true
 */
export const PREDICATE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  refuse: ['refuse', 'refusal', 'decline', 'reject', 'rejection', 'turn down', 'rule out', 'dismiss', 'dismissal', 'rebuff', 'spurn', 'veto', 'unwilling', 'unwillingness', 'avoid', 'off the table', 'not on the agenda'],
  meet: ['meet', 'meeting', 'summit', 'talks', 'dialogue', 'negotiation', 'negotiate', 'discussion', 'engagement', 'encounter', 'face-to-face', 'sit down', 'conference'],
  propose: ['propose', 'proposal', 'offer', 'invite', 'invitation', 'call for', 'appeal', 'urge', 'push for', 'request', 'plea', 'ask for', 'want', 'seek', 'outreach'],
  demand: ['demand', 'insist', 'ultimatum', 'concession'],
  condition: ['require', 'requirement', 'precondition', 'condition', 'prerequisite', 'only if', 'unless', 'hinge', 'depend', 'contingent', 'predicated', 'groundwork', 'framework', 'agenda', 'must first'],
  channel: ['channel', 'backchannel', 'intermediary', 'mediator', 'envoy', 'delegation', 'lower-level', 'technical', 'expert', 'working-level', 'behind the scenes', 'third-party', 'lower-tier'],
  continue: ['continue', 'persist', 'ongoing', 'resume', 'remain open'],
  war: ['war', 'conflict', 'hostilities', 'fighting', 'escalation', 'invasion', 'battle', 'combat'],
  settle: ['peace', 'settlement', 'resolution', 'reconciliation', 'accord', 'treaty', 'agreement', 'deal'],
  possible: ['possible', 'possibility', 'potential', 'could', 'may', 'might', 'prospect', 'on the table'],
  truce: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'cessation', 'pause in fighting', 'halt in hostilities'],
  swap: ['exchange', 'swap', 'prisoner', 'detainee', 'hostage', 'release', 'captive'],
  die: ['kill', 'killed', 'dead', 'death', 'die', 'toll', 'fatality', 'casualty', 'victim', 'body', 'bodies', 'lives'],
  injure: ['injure', 'injured', 'wound', 'wounded', 'hurt', 'injury'],
  arrest: ['arrest', 'detain', 'detention', 'custody', 'apprehend', 'nab', 'capture', 'charge', 'charged'],
  attack: ['attack', 'strike', 'assault', 'raid', 'bomb', 'bombing', 'shelling', 'shooting', 'shoot', 'fire on', 'offensive'],
  quake: ['earthquake', 'quake', 'tremor', 'aftershock', 'magnitude', 'seismic'],
  storm: ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood', 'flooding'],
  fire: ['fire', 'blaze', 'wildfire', 'flames', 'burn'],
  crash: ['crash', 'collision', 'collide', 'derail', 'wreck'],
  elect: ['elect', 'election', 'vote', 'ballot', 'win', 'victory', 'defeat', 'poll'],
  resign: ['resign', 'resignation', 'quit', 'step down', 'stand down', 'leave office'],
  appoint: ['appoint', 'appointment', 'name', 'nominate', 'nomination', 'hire', 'choose', 'select'],
  sack: ['sack', 'fire', 'dismiss', 'oust', 'remove', 'lay off', 'layoff'],
  support: ['support', 'back', 'endorse', 'backing', 'favour', 'favor', 'champion'],
  oppose: ['oppose', 'opposition', 'against', 'object', 'resist', 'condemn', 'criticize', 'criticise'],
  legitimacy: ['legitimacy', 'legitimate', 'authority', 'mandate', 'signatory'],
  withdraw: ['withdraw', 'withdrawal', 'pull out', 'retreat', 'cede', 'concession', 'concede'],
  sovereignty: ['sovereignty', 'territorial integrity', 'independence'],
  sanction: ['sanction', 'sanctions', 'embargo', 'restriction', 'tariff'],
  aid: ['aid', 'humanitarian', 'relief', 'assistance', 'supplies', 'corridor'],
  acquire: ['acquire', 'acquisition', 'buy', 'purchase', 'takeover', 'merge', 'merger', 'deal'],
  launch: ['launch', 'release', 'unveil', 'introduce', 'announce'],
  sentence: ['sentence', 'convict', 'conviction', 'jail', 'prison', 'verdict', 'guilty'],
};
