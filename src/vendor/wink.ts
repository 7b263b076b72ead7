/**
 * One lazily created wink-nlp instance with the English lite model.
 * Loading the model takes ~100 ms, so it happens on first use, not on import.
 *
 * @module
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/**
 * The shared wink-nlp instance (created on first call).
 *
 * @example
 * nlp().readDoc('It rained.').tokens().length(); // 3
 */
export function nlp(): Nlp {
  // Only sentence breaking and POS: the default pipe also runs negation, sentiment and entity passes we do not read.
  if (instance === null) instance = winkNLP(model, ['sbd', 'pos'] as never);
  return instance;
}

/**
 * wink-nlp's `its` helpers of the shared instance.
 *
 * @example
 * nlp().readDoc('It rained.').tokens().out(its().pos); // ['PRON', 'VERB', 'PUNCT']
 */
export function its(): Nlp['its'] {
  return nlp().its;
}
