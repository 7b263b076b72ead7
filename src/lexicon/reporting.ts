/**
 * Reporting cues: verbs of saying and believing, speech-act verbs, nominal and
 * prepositional cues, and unnamed-source markers. Kept as data so they can grow
 * without touching the code that reads them.
 *
 * The verb classes follow the attribution literature (Pareti's PARC scheme,
 * which PolNeAR adopts): a cue is the lexical anchor linking a source to
 * content. Verbs differ in where their content may sit, so they are split:
 * - `speech`: content may follow ("X said Y") or precede ("Y, X said");
 * - `clausal`: verbs of belief and evidence, a cue only with a clause after them
 *   ("X believes that Y"), never after their content;
 * - `act`: speech acts whose content is their object ("X rejected the offer").
 *
 * @module
 */

/**
 * Verbs of saying (lemmas). Their subject is the source, their complement or the
 * quote before them the content.
 *
 * @example
 * SPEECH_VERBS.has('tell'); // true
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'explain', 'emphasize', 'emphasise', 'stress', 'warn', 'concede', 'claim', 'insist',
  'tweet', 'write', 'add', 'note', 'argue', 'assert', 'announce', 'declare', 'report', 'reveal', 'confirm',
  'acknowledge', 'admit', 'allege', 'contend', 'maintain', 'remark', 'reply', 'respond', 'answer', 'comment',
  'observe', 'reiterate', 'repeat', 'mention', 'caution', 'complain', 'counter', 'counter-argue', 'retort',
  'recall', 'testify', 'disclose', 'assure', 'affirm', 'boast', 'lament', 'quip',
  'joke', 'shout', 'whisper', 'post', 'blog', 'ask', 'wonder', 'continue', 'conclude', 'predict', 'tout',
  'brag', 'vow', 'pledge', 'promise', 'threaten', 'charge', 'suggest', 'indicate', 'signal', 'hint', 'imply',
  'speculate', 'muse', 'exclaim', 'proclaim', 'recount', 'elaborate', 'clarify', 'stipulate', 'contest', 'mutter',
  'declare', 'scoff', 'snap', 'groan', 'sigh', 'plead', 'urge', 'demand', 'deny', 'concur', 'interject', 'publish',
  'email',
]);

/**
 * Verbs of belief, knowledge and evidence: cues only when a clause follows
 * ("X believes that Y", "polls show Y is ahead").
 *
 * @example
 * CLAUSAL_VERBS.has('believe'); // true
 */
export const CLAUSAL_VERBS: ReadonlySet<string> = new Set([
  'believe', 'think', 'know', 'hope', 'fear', 'expect', 'show', 'find', 'feel', 'worry', 'estimate', 'doubt',
  'suspect', 'understand', 'realize', 'realise', 'assume', 'agree', 'hear', 'recognize', 'recognise',
  'guess', 'reckon', 'figure', 'decide', 'rule', 'conclude', 'demonstrate', 'reveal',
  'calculate', 'project', 'forecast', 'presume', 'trust', 'sense', 'posit', 'theorize', 'envision',
  'acknowledge', 'concede', 'suggest', 'indicate', 'signal', 'hint', 'imply', 'predict', 'read',
]);

/**
 * Speech acts whose content is their object: the act itself is what is reported
 * ("X rejected the offer", "X called for talks", "X ruled out a meeting").
 *
 * @example
 * ACT_VERBS.has('reject'); // true
 */
export const ACT_VERBS: ReadonlySet<string> = new Set([
  'reject', 'dismiss', 'deny', 'propose', 'urge', 'question', 'criticize', 'criticise', 'condemn', 'praise',
  'blame', 'accuse', 'welcome', 'endorse', 'defend', 'decry', 'denounce', 'characterize', 'characterise',
  'describe', 'label', 'cite', 'demand', 'recommend', 'advise', 'applaud', 'slam', 'blast', 'lambaste',
  'refute', 'dispute', 'challenge', 'reaffirm', 'rebuke', 'chide', 'hail', 'commend', 'thank', 'vow', 'pledge',
  'promise', 'threaten', 'call', 'frame', 'brand', 'dub', 'term', 'deride', 'ridicule', 'attack',
  'castigate', 'excoriate', 'disparage', 'disavow', 'repudiate', 'reiterate', 'announce', 'confirm', 'admit',
  'request', 'appeal', 'insist', 'assail', 'apologize', 'apologise',
]);

// Words the first lexicon listed as reporting verbs; other stages split claims on
// their participles ("..., reiterating ..."), so the union below keeps them.
const LEGACY_SAY_VERBS = [
  'say', 'tell', 'state', 'explain', 'emphasize', 'emphasise', 'stress', 'warn', 'concede', 'claim', 'insist',
  'deny', 'tweet', 'write', 'add', 'note', 'argue', 'assert', 'announce', 'declare', 'report', 'reveal', 'confirm',
  'acknowledge', 'admit', 'allege', 'contend', 'maintain', 'remark', 'reply', 'respond', 'answer', 'comment',
  'observe', 'point', 'reiterate', 'repeat', 'mention', 'suggest', 'indicate', 'signal', 'predict', 'caution',
  'complain', 'criticize', 'criticise', 'counter', 'counter-argue', 'retort', 'recall', 'describe', 'characterize',
  'characterise', 'label', 'call', 'question', 'testify', 'disclose', 'assure', 'promise', 'vow', 'pledge',
  'threaten', 'forecast', 'estimate', 'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry',
  'conclude', 'find', 'show', 'demonstrate', 'suspect', 'speculate', 'posit', 'urge', 'propose', 'demand',
  'ask', 'recommend', 'advise', 'brief', 'inform', 'notify', 'affirm', 'underline', 'underscore',
  'highlight', 'insinuate', 'imply', 'hint', 'boast', 'lament', 'muse', 'quip', 'joke', 'shout', 'whisper',
  'post', 'blog', 'assess', 'dismiss', 'reject', 'rule', 'decline', 'refuse', 'turn', 'raise', 'cite', 'frame',
  'accuse', 'blame', 'praise', 'welcome', 'condemn', 'applaud', 'slam', 'blast', 'invite', 'appeal',
];

/**
 * Verb lemmas that report something: saying and speech-act verbs, with the verbs
 * of belief the first lexicon listed. Use the class sets when the class matters.
 *
 * @example
 * SAY_VERBS.has('tell'); // true
 */
export const SAY_VERBS: ReadonlySet<string> = new Set([...LEGACY_SAY_VERBS, ...SPEECH_VERBS, ...ACT_VERBS]);

/**
 * Multi-word verbal cues (lemma phrases). The first word is inflected when matched.
 *
 * @example
 * PHRASAL_CUES.includes('rule out'); // true
 */
export const PHRASAL_CUES: readonly string[] = [
  'rule out', 'turn down', 'call for', 'call on', 'call upon', 'point out', 'push for', 'make it clear',
  'make clear', 'raise doubts', 'raise concerns', 'raise questions', 'speak of', 'speak about', 'go on to say',
  'extend an invitation', 'express', 'voice', 'weigh in', 'point to', 'shoot down', 'brush off',
  'brush aside', 'sign off on', 'spell out', 'hit back', 'fire back', 'take issue with',
  'agree with', 'argue for', 'argue against', 'warn against', 'warn of', 'insist on',
  'issue an apology', 'offer an apology', 'make an apology', 'issue a statement', 'release a statement',
  'put out a statement', 'say sorry', 'go on', 'refer to', 'put it',
];

/**
 * Cues that report only with a person as subject: "Lee referred to him as …"
 * (a report), "the term refers to a tax" (none).
 *
 * @example
 * PERSON_SUBJECT_CUES.has('refer to'); // true
 */
export const PERSON_SUBJECT_CUES: ReadonlySet<string> = new Set(['refer to']);

/**
 * Phrasal cues that report only when a quotation follows them after a comma or a
 * colon ('He went on, "You take 18 of them …"'); elsewhere they report nothing
 * ("the talks went on for hours"); so is 'As X put it, "…"' (but not "she put it aside").
 *
 * @example
 * QUOTE_INTRODUCERS.has('go on'); // true
 */
export const QUOTE_INTRODUCERS: ReadonlySet<string> = new Set(['go on', 'put it']);

/**
 * Communicative acts whose content is a prepositional phrase rather than a clause
 * or an object: "apologized for the remark", "joked about the incident",
 * "commented on the report". The phrase after one of these prepositions is the
 * content, and the actor the speaker.
 *
 * @example
 * ACT_COMPLEMENTS.get('apologize')?.has('for'); // true
 */
export const ACT_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['apologize', new Set(['for'])], ['apologise', new Set(['for'])], ['issue an apology', new Set(['for'])],
  ['offer an apology', new Set(['for'])], ['make an apology', new Set(['for'])], ['say sorry', new Set(['for'])],
  ['joke', new Set(['about'])], ['boast', new Set(['about', 'of'])], ['brag', new Set(['about', 'of'])],
  ['complain', new Set(['about', 'of'])], ['comment', new Set(['on'])], ['testify', new Set(['about', 'on'])],
  ['tweet', new Set(['about'])], ['write', new Set(['about', 'of'])], ['post', new Set(['about'])],
  ['blog', new Set(['about'])], ['lament', new Set(['about'])], ['warn', new Set(['about', 'of'])],
]);

/**
 * Acts that are reported by their mere mention ("Lee Apologizes"): the act is its
 * own content when nothing follows it.
 *
 * @example
 * SELF_REPORTING_ACTS.has('apologize'); // true
 */
export const SELF_REPORTING_ACTS: ReadonlySet<string> = new Set(['apologize', 'apologise', 'issue an apology', 'offer an apology', 'make an apology', 'say sorry']);

/**
 * Refusal verbs, which report a speech act only when they govern speech or a
 * proposal ("refused to comment", "declined the offer"), not an action
 * ("refused to let go"); with "to", the verb after it must be one of
 * REFUSED_SPEECH or a cue verb.
 *
 * @example
 * REFUSAL_VERBS.has('decline'); // true
 */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(['refuse', 'decline']);

/**
 * Verbs whose refusal is a speech act although they are no cues themselves:
 * "declined to discuss", "refused to name the donor".
 *
 * @example
 * REFUSED_SPEECH.has('discuss'); // true
 */
export const REFUSED_SPEECH: ReadonlySet<string> = new Set([
  'discuss', 'talk', 'speak', 'elaborate', 'name', 'identify', 'specify', 'release', 'provide', 'give', 'share',
  'answer', 'address', 'apologize', 'apologise', 'sign', 'support', 'rule', 'accept', 'cooperate', 'concede',
  'retract', 'resign', 'step', 'testify',
]);

/**
 * Speech-act verbs that also name a physical act ("slammed the door", "hit the
 * brakes"): with a thing as object, they report nothing.
 *
 * @example
 * PHYSICAL_ACTS.has('attack'); // true
 */
export const PHYSICAL_ACTS: ReadonlySet<string> = new Set(['attack', 'slam', 'blast', 'hit', 'assail', 'strike', 'push', 'brush off', 'shoot down', 'hit back']);

/**
 * Objects that make one of PHYSICAL_ACTS physical: things, not ideas. People are
 * left out: "attacked his rival" is as often verbal as physical.
 *
 * @example
 * PHYSICAL_OBJECTS.has('student'); // true
 */
export const PHYSICAL_OBJECTS: ReadonlySet<string> = new Set([
  'door', 'doors', 'camera', 'cameras', 'car', 'cars', 'vehicle', 'building', 'table', 'wall', 'wrist', 'arm',
  'neck', 'face', 'phone', 'ball', 'window', 'windows', 'brakes', 'gas', 'target', 'targets',
]);

/**
 * Nouns for recordings and images: a video or a photo shows events, it reports
 * nothing, so it is no source ("the video shows him grabbing …", "can be seen on
 * the video asking …").
 *
 * @example
 * MEDIA_NOUNS.has('footage'); // true
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'video', 'videos', 'photo', 'photos', 'photograph', 'photographs', 'footage', 'clip', 'clips', 'image', 'images',
  'picture', 'pictures', 'tape', 'tapes', 'recording', 'recordings', 'camera', 'cameras', 'shot', 'shots', 'scene',
]);

/**
 * Prepositional cues that introduce a source: "according to X".
 *
 * @example
 * SOURCE_PREPOSITIONS.includes('according to'); // true
 */
export const SOURCE_PREPOSITIONS: readonly string[] = [
  'according to', 'in the words of', 'as reported by', 'as told to', 'from the perspective of',
  'in the view of', 'in the opinion of', 'in the eyes of',
];

/**
 * Possessive forms of the prepositional cues, by preposition: "from X's
 * perspective", "in X's view". The possessor is the source.
 *
 * @example
 * POSSESSIVE_SOURCE_FRAMES.get('in')?.has('view'); // true
 */
export const POSSESSIVE_SOURCE_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['from', new Set(['perspective'])],
  ['in', new Set(['view', 'opinion', 'eyes', 'words'])],
]);

/**
 * Nouns that name a statement ("in a statement", "his remarks"). After a verb
 * cue they extend it ("said in a statement"); after a possessive source they are
 * the cue ("X's remarks").
 *
 * @example
 * NOMINAL_CUES.has('statement'); // true
 */
export const NOMINAL_CUES: ReadonlySet<string> = new Set([
  'statement', 'remarks', 'remark', 'comments', 'comment', 'interview', 'speech', 'tweet', 'post', 'press release',
  'announcement', 'testimony', 'letter', 'report', 'claim', 'claims', 'assertion', 'view', 'words', 'message',
  'briefing', 'op-ed', 'memo', 'decline', 'rejection', 'refusal', 'denial', 'statements', 'interviews',
  'tweets', 'posts', 'letters', 'speeches', 'appeal', 'proposal', 'call', 'demand', 'demands', 'insistence',
  'argument', 'warning', 'assessment', 'estimate', 'estimates', 'analysis', 'perspective', 'position', 'stance',
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
 * Adverbs that attribute a clause to nobody in particular ("X reportedly left").
 *
 * @example
 * UNNAMED_ADVERBS.has('reportedly'); // true
 */
export const UNNAMED_ADVERBS: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'rumoredly',
]);

/**
 * Passive frames with a dummy subject: "it is understood that", "it was reported that".
 * The verb lemma after "it is/was" that makes the frame a cue.
 *
 * @example
 * IMPERSONAL_PASSIVES.has('understand'); // true
 */
export const IMPERSONAL_PASSIVES: ReadonlySet<string> = new Set([
  'understand', 'believe', 'report', 'say', 'think', 'claim', 'allege', 'rumor', 'rumour', 'expect', 'estimate',
  'know', 'feared', 'announce', 'suggest', 'learn', 'argue', 'understood',
]);

/**
 * Abstract nouns of events, acts, stances and feelings that cannot be the speaker of a
 * report: "The stance signals that …", "The decision suggests that …" read an
 * inference off an event, not an attribution. Documents and evidence ("a study
 * finds", "data show", "the poll says") are sources and are not listed.
 *
 * @example
 * ABSTRACT_NON_AGENTS.has('stance'); // true
 * ABSTRACT_NON_AGENTS.has('data'); // false
 */
export const ABSTRACT_NON_AGENTS: ReadonlySet<string> = new Set([
  'stance', 'stances', 'posture', 'decision', 'decisions', 'move', 'moves', 'step', 'steps', 'development',
  'developments', 'situation', 'fact', 'shift', 'change', 'changes', 'trend', 'trends', 'event', 'events',
  'incident', 'episode', 'outcome', 'escalation', 'gesture', 'tone', 'approach', 'reversal', 'delay', 'absence',
  'silence', 'rise', 'fall', 'drop', 'increase', 'decrease', 'decline', 'surge', 'slump', 'jump', 'turn',
  // Feelings: 'their disdain for the jokes'.
  'disdain', 'contempt', 'anger', 'frustration', 'disgust', 'fear', 'fears', 'enthusiasm', 'excitement', 'sympathy',
]);

/**
 * Head nouns of vague, unnamed sources ("officials said", "a source familiar with the talks").
 *
 * @example
 * VAGUE_SOURCE_HEADS.has('officials'); // true
 */
export const VAGUE_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'people', 'person', 'insider', 'insiders', 'someone', 'aide',
  'aides', 'diplomat', 'diplomats', 'observers', 'witnesses', 'witness', 'reports', 'report', 'media', 'critics',
  'estimates', 'estimate', 'rumors', 'rumours', 'accounts',
  'residents', 'individuals', 'individual', 'staffers', 'advisers', 'advisors', 'members', 'authorities',
]);

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
  'former', 'senior', 'top', 'state', 'spokespeople', 'correspondent', 'editor', 'reporter', 'witness',
  'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.', 'dr.', 'prof.', 'rev.', 'capt.', 'cmdr.', 'adm.', 'maj.',
  'supt.', 'det.', 'insp.', 'justice', 'strategist',
  'pollster', 'consultant', 'organizer', 'activist', 'campaigner', 'host', 'anchor', 'columnist', 'writer',
  'author', 'historian', 'commentator', 'owner', 'partner', 'fellow', 'member', 'staffer', 'operative', 'surrogate',
  'chairperson', 'whip', 'majority', 'minority', 'house', 'senate', 'white', 'campaign', 'party', 'national',
  'vice', 'assistant', 'associate', 'general', 'counsel', 'prosecutor', 'investigator', 'agent', 'lieutenant',
  'sergeant', 'colonel', 'major', 'admiral', 'cardinal', 'father', 'sister', 'brother', 'dean', 'principal',
  'superintendent', 'president-elect', 'nominee', 'hopeful', 'rival', 'challenger', 'incumbent',
]);

/**
 * Honorifics dropped from canonical names ("Mr. Smith" and "Smith" are one source).
 *
 * @example
 * HONORIFICS.has('mr.'); // true
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madam',
]);

/**
 * Titles and role nouns that tell a person's grammatical gender ("Mr. Tan" is
 * "he", "the spokeswoman" is "she"), so that a pronoun is not resolved to
 * someone it cannot refer to. First names are not used: they are no reliable sign.
 *
 * @example
 * GENDERED_TITLES.get('mrs.'); // 'female'
 */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['spokesman', 'male'], ['chairman', 'male'],
  ['congressman', 'male'], ['businessman', 'male'], ['king', 'male'], ['prince', 'male'], ['father', 'male'],
  ['brother', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['madam', 'female'], ['dame', 'female'], ['lady', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'],
  ['congresswoman', 'female'], ['businesswoman', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['sister', 'female'], ['mother', 'female'],
]);

/**
 * Personal pronouns that can be a source, with whom they may refer to.
 *
 * @example
 * SOURCE_PRONOUNS.get('she'); // 'person'
 */
export const SOURCE_PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'speaker'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'group'], ['it', 'group'], ['i', 'speaker'], ['we', 'speaker'],
  ['you', 'speaker'],
]);

/**
 * Fixed expressions in which a saying or knowing verb reports nothing ("that
 * said,", "needless to say", "easier said than done", "you know,"). Written as
 * tokens separated by spaces, as the tokenizer splits them ("let 's say").
 *
 * @example
 * NON_REPORTING_PHRASES.includes('needless to say'); // true
 */
export const NON_REPORTING_PHRASES: readonly string[] = [
  'that said ,', 'having said that', 'having said this', 'needless to say', 'easier said than done', 'so to speak',
  'to say the least', 'to say nothing of', 'suffice it to say', 'suffice to say', 'that is to say', 'truth be told',
  'all told', 'strange to say', 'sad to say', "let 's say ,", 'when all is said and done', 'said and done',
  'you know ,', 'you know .', 'i mean ,', 'i guess ,', 'who knows', 'god knows', 'heaven knows', 'as we know',
  'as you know', 'as far as i know', 'mind you', 'i know ,', 'you see ,', 'say ,',
];

/**
 * Adverbs and auxiliaries that may sit between a source and its cue ("X has
 * also repeatedly said"); skipped when looking for the source.
 *
 * @example
 * CUE_INTERVENERS.has('also'); // true
 */
export const CUE_INTERVENERS: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'shall', 'can',
  'did', 'does', 'do', 'not', "n't", 'never', 'always', 'repeatedly', 'publicly', 'privately', 'later', 'then',
  'once', 'often', 'still', 'further', 'again', 'recently', 'previously', 'earlier', 'already', 'yet', 'just',
  'swiftly', 'promptly', 'quickly', 'firmly', 'flatly', 'openly', 'bluntly', 'clearly', 'explicitly', 'reportedly',
  'allegedly', 'even', 'now', 'consistently', 'frequently', 'reportedly', 'apparently', 'first', 'initially',
  'subsequently', 'immediately', 'simply', 'only', 'ultimately', 'finally', 'long', 'been', 'being', 'be',
  'is', 'are', 'was', 'were', 'all', 'both', 'each', 'themselves', 'himself', 'herself', 'itself', 'too',
  'emphatically', 'strongly', 'loudly', 'angrily', 'quietly', 'calmly', 'tersely', 'curtly', 'sharply',
]);

/**
 * Cue verbs whose first object is the addressee, not the content ("told reporters that …").
 *
 * @example
 * ADDRESSEE_VERBS.has('tell'); // true
 */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'warn', 'remind', 'notify', 'brief', 'ask', 'urge', 'advise', 'promise', 'thank', 'invite', 'caution', 'call on', 'call upon', 'accuse']);

/**
 * Cue verbs whose object is always the addressee, even with nothing after it ("…," she told reporters).
 *
 * @example
 * ALWAYS_ADDRESSEE.has('tell'); // true
 */
export const ALWAYS_ADDRESSEE: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'notify', 'brief', 'remind']);

/**
 * Verbs of saying that, followed by one of these words, name a legal act rather
 * than report speech: "pleaded guilty", "pleads not guilty", "was charged with
 * fraud" (but "charged that the vote was rigged" reports).
 *
 * @example
 * LEGAL_FRAMES.get('plead')?.has('guilty'); // true
 */
export const LEGAL_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['plead', new Set(['guilty', 'innocent', 'not', 'no'])],
  ['charge', new Set(['with'])],
]);

/**
 * Verbs of saying that, followed by one of these particles, name a call on the
 * phone or a summons rather than report speech: "called in to the show",
 * "called into a radio program", "called up reserves", "called back" (but
 * "called for talks" and "called on Congress" are phrasal cues of their own).
 *
 * @example
 * NON_SPEECH_PARTICLES.get('call')?.has('into'); // true
 */
export const NON_SPEECH_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['in', 'into', 'up', 'back', 'off'])],
]);

/**
 * Verbs that, as a participle right after a noun and before a name, give the
 * noun its name rather than report: "a stream called Miracle Run", "the
 * program, called EB-5," (but "Lee called the plan a farce" reports).
 *
 * @example
 * NAMING_VERBS.has('call'); // true
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'label', 'term', 'nickname', 'title']);

/**
 * Past participles that, without "has" or "was" before them, modify a noun ("a letter written by") rather than report.
 *
 * @example
 * BARE_PARTICIPLES.has('written'); // true
 */
export const BARE_PARTICIPLES: ReadonlySet<string> = new Set(['written', 'shown', 'known', 'spoken', 'proven', 'seen', 'given', 'taken', 'heard', 'understood']);

/**
 * Speech-act nouns that are a cue after a possessive source ("X's rejection of the offer").
 *
 * @example
 * POSSESSIVE_CUE_NOUNS.has('rejection'); // true
 */
export const POSSESSIVE_CUE_NOUNS: ReadonlySet<string> = new Set([
  'decline', 'rejection', 'refusal', 'denial', 'dismissal', 'questioning', 'call', 'calls', 'demand', 'demands', 'proposal',
  'insistence', 'claim', 'claims', 'statement', 'remarks', 'comments', 'warning', 'appeal', 'invitation', 'offer', 'assertion',
  'criticism', 'condemnation', 'praise', 'endorsement', 'suggestion', 'argument', 'accusation', 'accusations', 'allegation',
  'allegations', 'promise', 'pledge', 'vow', 'threat', 'assessment', 'characterization', 'description', 'announcement',
]);

/**
 * Words that link a speech-act noun to its content ("rejection of", "call for").
 *
 * @example
 * NOMINAL_LINKS.has('of'); // true
 */
export const NOMINAL_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'that', 'to', 'about', 'on', 'against']);

/**
 * Words before "to" that keep the following cue a report ("continues to urge", "went on to say", "was quick to deny").
 *
 * @example
 * ASPECTUAL.has('continues'); // true
 */
export const ASPECTUAL: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'keep', 'keeps', 'kept', 'went', 'go', 'goes', 'going', 'proceeded', 'moved', 'rushed', 'hastened', 'quick', 'careful', 'sought', 'seek', 'seeks']);

/**
 * Words that tie a participle cue to the clause before it ("… by asserting", "… while calling on").
 *
 * @example
 * PARTICIPLE_LINKS.has('by'); // true
 */
export const PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'while', 'when', 'before', 'after', 'in', 'without']);

/**
 * First words of an adverbial that opens a sentence before "X said" and is not content ("Asked about it, …").
 *
 * @example
 * ADVERBIAL_OPENERS.has('asked'); // true
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['asked', 'when', 'after', 'before', 'while', 'since', 'although', 'though', 'if', 'as', 'despite', 'during', 'following', 'unlike', 'later', 'earlier', 'meanwhile', 'still', 'yet', 'however', 'speaking', 'responding', 'pressed', 'interviewed']);

/**
 * Headline kickers that precede a colon without being a source ("Analysis: …").
 *
 * @example
 * HEADLINE_LABELS.has('analysis'); // true
 */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set(['update', 'updated', 'watch', 'exclusive', 'breaking', 'latest', 'video', 'photos', 'photo', 'analysis', 'opinion', 'live', 'review', 'editorial', 'explainer', 'factbox', 'timeline', 'q', 'note', 'correction', 'listen', 'podcast', 'read', 'see', 'graphic', 'chart', 'map', 'fact', 'check', 'related', 'source', 'sources', 'photo', 'credit', 'image', 'caption', 'tags', 'topics', 'share', 'advertisement', 'warning', 'disclaimer', 'editor', 'contact', 'email', 'tel', 'phone', 'note', 'ps', 'p.s', 'by', 'via', 'from', 'posted', 'published', 'date', 'updated', 'location', 'dateline']);

/**
 * Verbs that report only after their content ("…, he continued.").
 *
 * @example
 * TAIL_ONLY.has('continue'); // true
 */
export const TAIL_ONLY: ReadonlySet<string> = new Set(['continue', 'wonder']);

/**
 * Participles that, opening a sentence ("Asked about the rally, Lee said …",
 * "When pressed, she said …"), put a question to the main clause's subject:
 * the report is the main clause's, not theirs.
 *
 * @example
 * QUESTION_PARTICIPLES.has('asked'); // true
 */
export const QUESTION_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'questioned', 'pressed', 'quizzed', 'challenged']);

/**
 * Saying verbs that, negated by "did not" ("did not say that …", "did not directly
 * answer whether …"), report what was left unsaid: the article's own account, no
 * speaker's. Acts ("did not rule out", "did not deny") still report.
 *
 * @example
 * UNSAID_REPORTS.has('say'); // true
 */
export const UNSAID_REPORTS: ReadonlySet<string> = new Set(['say', 'answer', 'state', 'claim', 'explain', 'specify', 'elaborate', 'indicate', 'mention']);

/**
 * Conjunctions that may stand before a sentence-opening participle ("When asked whether …").
 *
 * @example
 * PARTICIPLE_OPENERS.has('when'); // true
 */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'after', 'once', 'while', 'before', 'again', 'later', 'also']);

/**
 * Verbs that, with an inanimate subject, carry the writer's own reading ("the
 * refusal highlights a rift"): never learned as cues from data.
 *
 * @example
 * EDITORIAL_VERBS.has('highlight'); // true
 */
export const EDITORIAL_VERBS: ReadonlySet<string> = new Set([
  'highlight', 'underscore', 'underline', 'reflect', 'mark', 'illustrate', 'cast', 'fuel', 'deepen', 'complicate',
  'represent', 'solidify', 'dim', 'spark', 'prompt', 'trigger', 'raise', 'pose', 'reveal', 'expose', 'echo',
]);

/**
 * A learned cue verb: lemma, class, and how often it was a cue when it occurred.
 *
 * @example
 * const c: LearnedCue = { lemma: 'say', cls: 'speech', rate: 0.9, count: 100 };
 */
export interface LearnedCue {
  readonly lemma: string;
  readonly cls: 'speech' | 'clausal' | 'act';
  readonly rate: number;
  readonly count: number;
}
