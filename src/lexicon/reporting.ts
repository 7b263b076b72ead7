/**
 * Reporting cues: verbs of saying and believing, speech-act verbs, nominal and
 * prepositional cues, and unnamed-source markers. Kept as data so they can grow
 * without touching the code that reads them.
 *
 * @module
 */

/**
 * Verbs of saying (lemmas). Their subject is the source, their complement the content.
 *
 * @example
 * SAY_VERBS.has('tell'); // true
 */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'explain', 'emphasize', 'emphasise', 'stress', 'warn', 'concede', 'claim', 'insist',
  'deny', 'tweet', 'write', 'add', 'note', 'argue', 'assert', 'announce', 'declare', 'report', 'reveal', 'confirm',
  'acknowledge', 'admit', 'allege', 'contend', 'maintain', 'remark', 'reply', 'respond', 'answer', 'comment',
  'observe', 'point', 'reiterate', 'repeat', 'mention', 'suggest', 'indicate', 'signal', 'predict', 'caution',
  'complain', 'criticize', 'criticise', 'counter', 'counter-argue', 'retort', 'recall', 'describe', 'characterize',
  'characterise', 'label', 'call', 'question', 'testify', 'disclose', 'assure', 'promise', 'vow', 'pledge',
  'threaten', 'predict', 'forecast', 'estimate', 'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry',
  'conclude', 'find', 'show', 'demonstrate', 'suspect', 'speculate', 'posit', 'urge', 'propose', 'demand',
  'ask', 'urge', 'recommend', 'advise', 'brief', 'inform', 'notify', 'affirm', 'underline', 'underscore',
  'highlight', 'insinuate', 'imply', 'hint', 'boast', 'lament', 'muse', 'quip', 'joke', 'shout', 'whisper',
  'post', 'blog', 'assess', 'dismiss', 'reject', 'rule', 'decline', 'refuse', 'turn', 'raise', 'cite', 'frame',
  'accuse', 'blame', 'praise', 'welcome', 'condemn', 'applaud', 'slam', 'blast', 'call', 'invite', 'appeal',
]);

/**
 * Multi-word verbal cues (lemma phrases).
 *
 * @example
 * PHRASAL_CUES.includes('told reporters'); // true
 */
export const PHRASAL_CUES: readonly string[] = [
  'told reporters', 'tell reporters', 'told journalists', 'said in a statement', 'made it clear', 'make it clear',
  'made clear', 'pointed out', 'point out', 'ruled out', 'rule out', 'turned down', 'turn down', 'called for',
  'call for', 'called on', 'call on', 'push for', 'pushed for', 'raised doubts', 'raise doubts', 'spoke of',
  'went on to say', 'went on', 'extended an invitation', 'expressed', 'express', 'voiced', 'voice',
];

/**
 * Prepositional cues that introduce a source: "according to X".
 *
 * @example
 * SOURCE_PREPOSITIONS.includes('according to'); // true
 */
export const SOURCE_PREPOSITIONS: readonly string[] = [
  'according to', 'in the words of', 'as reported by', 'as told to', 'citing', 'quoting', 'from the perspective of',
  'in the view of', 'in the opinion of', 'per',
];

/**
 * Nouns that name a statement ("in a statement", "his remarks").
 *
 * @example
 * NOMINAL_CUES.has('statement'); // true
 */
export const NOMINAL_CUES: ReadonlySet<string> = new Set([
  'statement', 'remarks', 'remark', 'comments', 'comment', 'interview', 'speech', 'tweet', 'post', 'press release',
  'announcement', 'testimony', 'letter', 'report', 'claim', 'claims', 'assertion', 'view', 'words', 'message',
  'briefing', 'op-ed', 'memo', 'decline', 'rejection', 'refusal', 'denial',
]);

/**
 * Words that mark an unnamed source: the claim is attributed but nobody is named.
 *
 * @example
 * UNNAMED_MARKERS.includes('reportedly'); // true
 */
export const UNNAMED_MARKERS: readonly string[] = [
  'reportedly', 'allegedly', 'it is understood', 'it is believed', 'it is reported', 'it was reported',
  'sources say', 'sources said', 'a source', 'sources familiar', 'people familiar', 'officials said',
  'is said to', 'are said to', 'rumoured', 'rumored', 'purportedly', 'supposedly',
];

/**
 * Role nouns that head a source description ("spokesperson", "president").
 *
 * @example
 * ROLE_NOUNS.has('spokesperson'); // true
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'prime', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary',
  'chancellor', 'governor', 'senator', 'mayor', 'leader', 'chief', 'director', 'chairman', 'chairwoman', 'chair',
  'ceo', 'official', 'officials', 'ambassador', 'envoy', 'general', 'commander', 'king', 'queen', 'prince',
  'premier', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'judge', 'attorney', 'lawyer',
  'doctor', 'professor', 'analyst', 'expert', 'economist', 'researcher', 'scientist', 'adviser', 'advisor',
  'aide', 'candidate', 'nominee', 'speaker', 'head', 'founder', 'executive', 'manager', 'officer', 'sheriff',
  'detective', 'inspector', 'police', 'coach', 'captain', 'pope', 'bishop', 'rabbi', 'imam', 'mp', 'diplomat',
  'negotiator', 'administrator', 'commissioner', 'councillor', 'councilor', 'treasurer', 'auditor', 'presidential',
  'press', 'foreign', 'defence', 'defense', 'interior', 'justice', 'health', 'finance', 'deputy', 'acting',
  'former', 'senior', 'top', 'state', 'chief', 'spokespeople', 'correspondent', 'editor', 'reporter', 'witness',
]);
