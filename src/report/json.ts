/**
 * Stable JSON of a report, so that stored reports diff cleanly and a cache
 * can key on the bytes.
 *
 * @module
 */
import type { Report } from '../types';

/**
 * A copy of a JSON-like value whose object keys are sorted at every depth.
 * Arrays keep their order (order there is meaning); `undefined` fields are
 * dropped and `toJSON()` is honoured, exactly as `JSON.stringify` would.
 *
 * @example
 * JSON.stringify(sortKeys({ b: 1, a: { d: 2, c: 3 } })); // '{"a":{"c":3,"d":2},"b":1}'
 */
export function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return sortKeys(withJson.toJSON());
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : sortKeys(v)));
  const out: Record<string, unknown> = {};
  // Code-unit order, not locale order: the bytes must not depend on the machine.
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out[key] = sortKeys(v);
  }
  return out;
}

/**
 * Any JSON-like value as stable JSON: sorted keys, 2-space indent, trailing newline.
 *
 * @example
 * stableStringify({ b: 1, a: 2 }); // '{\n  "a": 2,\n  "b": 1\n}\n'
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * Stable JSON of a report: the same report gives byte-identical output,
 * whatever order its objects' keys were written in.
 *
 * @example
 * import { compare, toJson } from 'claimdiff';
 * const json = toJson(compare([{ text: 'The bridge is closed.' }, { text: 'The bridge is open.' }]));
 * JSON.parse(json).schemaVersion; // 2
 */
export function toJson(report: Report): string {
  return stableStringify(report);
}
