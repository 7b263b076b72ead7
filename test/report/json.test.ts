import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortKeys, stableStringify, toJson } from '../../src/report/json';
import type { Report } from '../../src/types';
import { bridgeReport, emptyReport, hostileReport } from '../fixtures/report/bridge';

/** Reverses the key order of every object, to prove the bytes do not depend on it. */
function shuffled(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shuffled);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, shuffled(x)]));
  return v;
}

describe('toJson', () => {
  test.each([
    ['bridge', bridgeReport],
    ['empty', emptyReport],
    ['hostile', hostileReport],
  ] as const)('%s: byte-identical whatever the key order, and round-trips', (_name, report) => {
    const a = toJson(report);
    expect(toJson(shuffled(report) as Report)).toBe(a);
    expect(toJson(JSON.parse(a) as Report)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toMatch(/^ {2}"/);
  });

  test('does not mutate its input', () => {
    const before = JSON.stringify(bridgeReport);
    toJson(bridgeReport);
    expect(JSON.stringify(bridgeReport)).toBe(before);
  });

  test.each([
    ['nested keys sorted', { b: 1, a: { d: 2, c: [{ z: 1, y: 2 }] } }, '{"a":{"c":[{"y":2,"z":1}],"d":2},"b":1}'],
    ['undefined dropped, arrays keep order', { x: undefined, y: [3, 1, 2] }, '{"y":[3,1,2]}'],
    ['code-unit order, not locale', { b: 1, B: 2, é: 3, a: 4 }, '{"B":2,"a":4,"b":1,"é":3}'],
    ['unicode and emoji kept', { t: 'Zoë 🚧 “quote”' }, '{"t":"Zoë 🚧 “quote”"}'],
  ])('sortKeys: %s', (_label, input, expected) => {
    expect(JSON.stringify(sortKeys(input))).toBe(expected);
  });

  test('stableStringify: 2 spaces and a trailing newline', () => {
    expect(stableStringify({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });
});

type Schema = { $ref?: string; type?: string | string[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; const?: unknown; anyOf?: Schema[]; additionalProperties?: boolean | Schema };

/** A small structural validator: $ref, type, required, properties, items, enum, const, anyOf. Returns the errors. */
function validate(value: unknown, schema: Schema, defs: Record<string, Schema>, path = '$'): string[] {
  if (schema.$ref) return validate(value, defs[schema.$ref.replace('#/definitions/', '')]!, defs, path);
  if (schema.anyOf) return schema.anyOf.some((s) => validate(value, s, defs, path).length === 0) ? [] : [`${path}: matches no alternative`];
  if (schema.const !== undefined && value !== schema.const) return [`${path}: expected ${String(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${String(value)} not in enum`];
  const errors: string[] = [];
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(v, schema.items!, defs, `${path}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const rec = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in rec)) errors.push(`${path}.${k}: required`);
    for (const [k, v] of Object.entries(rec)) {
      const sub = schema.properties?.[k];
      if (sub) errors.push(...validate(v, sub, defs, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${k}: not in schema`);
    }
  }
  return errors;
}

describe('schema.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema.json'), 'utf8')) as Schema & { definitions: Record<string, Schema> };

  test('describes every key of a Report as required', () => {
    const report = schema.definitions['Report']!;
    expect([...(report.required ?? [])].sort()).toEqual(['articles', 'claims', 'messages', 'points', 'relations', 'schemaVersion', 'sources']);
    expect(Object.keys(schema.definitions)).toEqual(expect.arrayContaining(['Claim', 'Point', 'Position', 'Relation', 'Reason', 'SourceSummary', 'Message', 'Attribution']));
  });

  test.each([
    ['bridge', bridgeReport],
    ['empty', emptyReport],
    ['hostile', hostileReport],
  ] as const)('%s report validates, through its JSON', (_name, report) => {
    expect(validate(JSON.parse(toJson(report)), schema, schema.definitions)).toEqual([]);
  });

  test.each([
    ['a missing key', (r: Record<string, unknown>) => { delete r['points']; }, '$.points: required'],
    ['a point without positions', (r: Record<string, unknown>) => { delete (r['points'] as Record<string, unknown>[])[0]!['positions']; }, 'points[0].positions: required'],
    ['a wrong label', (r: Record<string, unknown>) => { (r['relations'] as Record<string, unknown>[])[0]!['label'] = 'maybe'; }, 'relations[0].label'],
    ['a string span', (r: Record<string, unknown>) => { ((r['claims'] as Record<string, unknown>[])[0]!['span'] as Record<string, unknown>)['start'] = '0'; }, 'claims[0].span.start'],
  ])('rejects %s', (_label, breakIt, expected) => {
    const copy = JSON.parse(toJson(bridgeReport)) as Record<string, unknown>;
    breakIt(copy);
    expect(validate(copy, schema, schema.definitions).join('\n')).toContain(expected);
  });
});
