/** A small seeded generator of uniform numbers, for deterministic generated values. */

/**
 * A function returning uniform numbers in [0, 1), the same sequence for the same seed
 * (mulberry32). Pass it as `GeneratorContext.random`.
 *
 * @example
 * const random = createSeededRandom(42);
 * generateValue({ type: 'RandomInt', min: 1, max: 6 }, { mode: 'consumer', random }); // same roll every run
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
