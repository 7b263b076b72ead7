/**
 * English function words that carry no topic: left out of term vectors.
 *
 * @module
 */

/**
 * Lower-case English stopwords (articles, pronouns, auxiliaries, prepositions, conjunctions).
 * Negators are deliberately absent: "not" changes meaning.
 *
 * @example
 * stopwords.has('the'); // true
 * stopwords.has('not'); // false
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then else of at by for with about against between into through during before after above below to from up ' +
    'down in out on off over under again further once here there when where why how all any both each few more most other some such ' +
    'only own same so than too very s t can will just should now i me my myself we our ours ourselves you your yours yourself ' +
    'yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that ' +
    'these those am is are was were be been being have has had having do does did doing would could ought may might must shall ' +
    "as until while also 's said says say told tell according per via like even still yet however which whose one two its'"
  ).split(/\s+/),
);
