/**
 * Benchmark: the word-vector features. The table's one-time load (read and
 * decode, timed on the first lookup of this fresh process), profiles per
 * second, and softMatch and claimCosine pairs per second over 300 generated
 * news-like claims (every pair of them, 89,700 ordered pairs).
 *
 * @example
 * // npx tsx bench/vectors.bench.ts
 */
import { vectorTable } from '../src/semantics/vectors';
import { vectorProfile } from '../src/semantics/profile';
import { softMatch } from '../src/semantics/soft-match';
import { claimCosine, claimVector } from '../src/semantics/claim-vector';

const SUBJECTS = ['The minister', 'Officials', 'The company', 'Police', 'The union', 'A spokesperson', 'The council', 'Investigators'];
const VERBS = ['confirmed', 'denied', 'ruled out', 'said it could consider', 'refused to discuss', 'announced', 'rejected', 'welcomed'];
const OBJECTS = ['a meeting with the opposition', 'new talks next week', 'the proposed deal', 'a 30-day ceasefire', 'the report on Monday',
  'plans to cut 1,200 jobs', 'an agreement on prisoners', 'the result of the vote'];
const TAILS = ['', ' for now', ', but only if written guarantees are given', ' on Tuesday', ' after two days of talks', ' according to local media'];

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

let t0 = process.hrtime.bigint();
const table = vectorTable();
const loadMs = ms(t0);
if (!table) throw new Error('no vector table beside src/semantics/vectors.ts');

const texts: string[] = [];
for (let i = 0; i < 300; i++) {
  const pick = <T>(xs: readonly T[], k: number): T => xs[(i * k + (i >> 3)) % xs.length] as T;
  texts.push(`${pick(SUBJECTS, 7)} ${pick(VERBS, 5)} ${pick(OBJECTS, 3)}${pick(TAILS, 11)}`);
}
t0 = process.hrtime.bigint();
const profiles = texts.map((t) => vectorProfile(t));
const profileMs = ms(t0);
const vectors = profiles.map((p) => claimVector(p));

t0 = process.hrtime.bigint();
let sum = 0;
for (const a of profiles) for (const b of profiles) if (a !== b) sum += softMatch(a, b);
const softMs = ms(t0);
t0 = process.hrtime.bigint();
for (const a of vectors) for (const b of vectors) if (a !== b) sum += claimCosine(a, b);
const cosMs = ms(t0);
const pairs = profiles.length * (profiles.length - 1);
process.stdout.write(
  `vector table: ${table.count} words × ${table.dims}, loaded in ${loadMs.toFixed(1)} ms; ` +
    `${Math.round((profiles.length / profileMs) * 1000)} profiles/s (cold word cache); ` +
    `softMatch ${Math.round((pairs / softMs) * 1000)} pairs/s; claimCosine ${Math.round((pairs / cosMs) * 1000)} pairs/s [${sum.toFixed(1)}]\n`,
);
