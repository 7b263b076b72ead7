/**
 * The options of extractAttributions() and their frozen defaults.
 *
 * @module
 */
/**
 * Options of extractAttributions().
 *
 * @example
 * const o: AttributionOptions = { resolvePronouns: false };
 */
export interface AttributionOptions {
  /** Resolve "he", "they", "the spokesperson" and surnames to a named source of the article. */
  readonly resolvePronouns?: boolean;
  /** Count verbs of belief and evidence ("X believes that Y", "polls show Y") as cues. */
  readonly beliefs?: boolean;
  /** Count speech acts whose content is their object ("X rejected the offer") as cues. */
  readonly speechActs?: boolean;
}

/**
 * Default attribution options.
 *
 * @example
 * extractAttributions('He said it rained.', defaultAttributionOptions);
 */
export const defaultAttributionOptions: AttributionOptions = Object.freeze({ resolvePronouns: true, beliefs: true, speechActs: true });
