/**
 * mulberry32: a small, fast 32-bit PRNG, so bootstrap intervals are the same
 * for the same seed on every machine (Math.random cannot be seeded).
 * Returns uniform 32-bit unsigned integers.
 */
export function seededUint32(seed: number): () => number {
  // The state lives in a typed array: a closure variable above 2³¹ is boxed,
  // one heap allocation per draw (100 million in a 100-round bootstrap).
  const state = Uint32Array.of(seed >>> 0);
  return () => {
    state[0] = (state[0] as number) + 0x6d2b79f5;
    let t = state[0] as number;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform numbers in [0, 1) with 53 random bits (two 32-bit draws each), from the same generator. */
export function seededRandom(seed: number): () => number {
  const next32 = seededUint32(seed);
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}
