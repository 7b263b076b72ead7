/**
 * The seeded random numbers every training script uses, so that splits and
 * models are the same on every machine.
 */

/**
 * Seeded PRNG (mulberry32): the same seed gives the same sequence everywhere.
 *
 * @example
 * rng(1)() === rng(1)(); // true
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
