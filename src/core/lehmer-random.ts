/**
 * A small deterministic generator of numbers in [0, 1) (Lehmer's, multiplier 48271): the same
 * sequence from the same seed on every machine, for texts that must not change between runs.
 */
export function lehmerRandom(seed: number): () => number {
  let state = seed
  return () => (state = (state * 48271) % 2147483647) / 2147483647
}
