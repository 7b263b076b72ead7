/**
 * A small evaluative lexicon: words that praise or fault what a claim is about.
 * Two claims about one event can both be true and still pull in opposite
 * directions ("the talks were productive" / "the offer was a non-starter");
 * that pull is most of what weakening is in news, so relate() measures it.
 *
 * Lemma-like stems are matched by prefix on the Porter stem, so keep entries short.
 * Beyond these hand lists, the ML-SentiCon polarities shipped inside natural
 * (read by path, lazily) cover the long tail.
 *
 * @module
 */
import senticonTable from '../lexicon/senticon.generated.json';

/**
 * Stems of words that fault, doubt or alarm.
 *
 * @example
 * NEGATIVE_EVALUATION.includes('lie'); // true
 */
export const NEGATIVE_EVALUATION: readonly string[] = [
  'lie', 'liar', 'fals', 'wrong', 'fail', 'failur', 'flaw', 'critic', 'blame', 'accus', 'attack', 'disput', 'reject',
  'controversi', 'scandal', 'problem', 'concern', 'worri', 'fear', 'threat', 'danger', 'risk', 'harm', 'damag',
  'crisi', 'chao', 'disast', 'corrupt', 'fraud', 'abus', 'illeg', 'unconstitut', 'mislead', 'misinform', 'hoax',
  'condemn', 'denounc', 'slam', 'blast', 'outrag', 'anger', 'angri', 'furiou', 'protest', 'oppos', 'oppon', 'against',
  'inappropri', 'unacceptable', 'nonstart', 'non-start', 'bad', 'wors', 'poor', 'weak', 'declin', 'loss', 'lose',
  'lost', 'collaps', 'struggl', 'delay', 'stall', 'block', 'obstruct', 'refus', 'deni', 'violat', 'violenc', 'kill',
  'death', 'dead', 'victim', 'racist', 'racism', 'sexist', 'hate', 'unfair', 'unjust', 'bias', 'partisan', 'divis',
  'polar', 'extrem', 'radic', 'reckless', 'irrespons', 'incompet', 'disgrac', 'shame', 'embarrass', 'mistak', 'error',
  'warn', 'alarm', 'skeptic', 'doubt', 'question', 'undermin', 'sabotag', 'cost', 'expens', 'burden', 'debt', 'deficit',
];

/**
 * Stems of words that praise, support or reassure.
 *
 * @example
 * POSITIVE_EVALUATION.includes('success'); // true
 */
export const POSITIVE_EVALUATION: readonly string[] = [
  'success', 'succeed', 'support', 'praise', 'good', 'great', 'best', 'better', 'strong', 'win', 'won', 'victori',
  'improv', 'help', 'benefit', 'progress', 'product', 'effect', 'safe', 'secur', 'protect', 'agre', 'bipartisan',
  'cooper', 'welcom', 'applaud', 'celebr', 'hope', 'optim', 'confid', 'encourag', 'promis', 'fair', 'legal', 'legitim',
  'accur', 'true', 'truth', 'honest', 'credibl', 'resolv', 'solv', 'recov', 'growth', 'gain', 'boost', 'rise', 'record',
  'histor', 'landmark', 'breakthrough', 'peac', 'relief', 'reliev', 'thank', 'grate', 'proud', 'endors', 'back',
  'champion', 'defend', 'uphold', 'affirm', 'approv', 'pass', 'allow', 'grant', 'free', 'freedom', 'right',
];

const SENTICON = senticonTable as Readonly<Record<string, number>>;

/**
 * ML-SentiCon polarity (−1 … 1) of a Porter stem, averaged over the words that
 * share it; 0 when unknown or weak. From a table generated at build time
 * (scripts/build-senticon.ts), so the CommonJS and ESM builds read the same data.
 *
 * @example
 * senticonPolarity('admir') > 0; // true
 */
export function senticonPolarity(key: string): number {
  return Object.prototype.hasOwnProperty.call(SENTICON, key) ? SENTICON[key] ?? 0 : 0;
}
