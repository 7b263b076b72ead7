import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeVectorTable, vectorTable, wordIndex, wordRank, wordVector } from '../../src/semantics/vectors';

const norm = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('vectorTable', () => {
  test('the shipped table decodes: 40,000 words of 100 dimensions, hashes ascending', () => {
    const t = vectorTable();
    expect(t).not.toBeNull();
    expect(t?.count).toBe(40_000);
    expect(t?.dims).toBe(100);
    const h = t?.hashes ?? new Uint32Array();
    for (let i = 1; i < h.length; i++) expect((h[i] ?? 0) > (h[i - 1] ?? 0)).toBe(true);
    expect(norm(t?.common ?? new Float32Array())).toBeCloseTo(1, 5);
  });
  test.each([
    ['empty bytes', new Uint8Array(0)],
    ['wrong magic', new Uint8Array(64)],
    ['truncated table', Uint8Array.prototype.slice.call(readFileSync(join(__dirname, '../../src/semantics/vectors.generated.bin')), 0, 5000)],
  ])('%s do not decode', (_label, bytes) => {
    expect(decodeVectorTable(bytes)).toBeNull();
  });
  test('the same bytes decode the same way from an unaligned Buffer', () => {
    const bytes = readFileSync(join(__dirname, '../../src/semantics/vectors.generated.bin'));
    const shifted = Buffer.concat([Buffer.alloc(3), bytes]).subarray(3);
    const a = decodeVectorTable(bytes);
    const b = decodeVectorTable(shifted);
    expect(b?.hashes).toEqual(a?.hashes);
    expect(b?.ranks).toEqual(a?.ranks);
  });
});

describe('wordVector', () => {
  test.each(['king', 'minister', 'resigned', 'not', 'cross-country'])('%s has a unit vector', (word) => {
    const v = wordVector(word);
    expect(v).toBeInstanceOf(Float32Array);
    expect(norm(v ?? new Float32Array())).toBeCloseTo(1, 5);
  });
  test.each([
    ['unknown word', 'qzxvbnmw'],
    ['empty string', ''],
    ['upper case (the table is lower-case)', 'King'],
    ['number', '1990'],
    ['punctuation', ','],
  ])('%s has no vector', (_label, word) => {
    expect(wordVector(word)).toBeNull();
    expect(wordRank(word)).toBeNull();
  });
  test('the same array is returned on every call', () => {
    expect(wordVector('talks')).toBe(wordVector('talks'));
  });
  test('ranks follow frequency', () => {
    expect(wordRank('the')).toBe(0);
    expect(wordRank('government') ?? Infinity).toBeLessThan(wordRank('ceasefire') ?? Infinity);
  });
  test('wordIndex finds the word whose hash it stores', () => {
    const t = vectorTable();
    if (!t) throw new Error('no table');
    expect(wordIndex(t, 'talks')).toBeGreaterThanOrEqual(0);
    expect(wordIndex(t, 'qzxvbnmw')).toBe(-1);
  });
});

describe('without the table', () => {
  test('lookups answer null and nothing throws', () => {
    jest.isolateModules(() => {
      jest.doMock('node:fs', () => ({
        readFileSync: () => {
          throw new Error('ENOENT');
        },
      }));
      const v = require('../../src/semantics/vectors') as typeof import('../../src/semantics/vectors');
      expect(v.vectorTable()).toBeNull();
      expect(v.wordVector('king')).toBeNull();
      expect(v.wordRank('king')).toBeNull();
    });
    jest.dontMock('node:fs');
  });
});
