/**
 * Errors for misuse of the API, and the codes of report messages.
 *
 * Misuse (wrong types, duplicate ids) throws a {@link ClaimdiffError}; odd but
 * valid text never throws and is described by a `Message` in the report.
 *
 * @module
 */

/**
 * Codes a {@link ClaimdiffError} can carry.
 *
 * @example
 * const code: ErrorCode = 'duplicate_id';
 */
export type ErrorCode =
  | 'not_an_array'
  | 'not_an_object'
  | 'text_not_string'
  | 'invalid_field'
  | 'duplicate_id'
  | 'invalid_date'
  | 'invalid_option'
  | 'invalid_argument'
  | 'too_few_articles'
  /** claimdiff/store: the database driver (better-sqlite3 or pg) is not installed. */
  | 'missing_driver'
  /** claimdiff/store: the file or schema holds something other than a claimdiff store. */
  | 'not_a_store'
  /** claimdiff/store: the store was written by a newer claimdiff (a higher schema version). */
  | 'store_too_new'
  /** claimdiff/store: the store was closed. */
  | 'store_closed';

/**
 * Thrown when claimdiff is called the wrong way. The message says how to fix it.
 *
 * @example
 * import { compare, ClaimdiffError } from 'claimdiff';
 * try {
 *   compare('not an array' as never);
 * } catch (err) {
 *   if (err instanceof ClaimdiffError) console.log(err.code); // 'not_an_array'
 * }
 */
export class ClaimdiffError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ClaimdiffError';
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Codes of the messages that land in `report.messages`.
 *
 * @example
 * const code: MessageCode = MESSAGE_CODES.unclosedQuote; // 'unclosed_quote'
 */
export const MESSAGE_CODES = Object.freeze({
  emptyText: 'empty_text',
  noSentences: 'no_sentences',
  noClaims: 'no_claims',
  unclosedQuote: 'unclosed_quote',
  unopenedQuote: 'unopened_quote',
  htmlStripped: 'html_stripped',
  longLine: 'long_line',
  noPublishDate: 'no_publish_date',
  unparsedDate: 'unparsed_date',
  unresolvedSource: 'unresolved_source',
  truncated: 'truncated',
  severalEvents: 'several_events',
} as const);

/**
 * Any code in {@link MESSAGE_CODES}.
 *
 * @example
 * const code: MessageCode = 'no_sentences';
 */
export type MessageCode = (typeof MESSAGE_CODES)[keyof typeof MESSAGE_CODES];
