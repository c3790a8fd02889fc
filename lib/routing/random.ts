/**
 * Deterministic randomness for deciders: the seed lives in the actor state, so a
 * replayed event sequence makes the same choices (Math.random would not).
 * mulberry32: 32-bit state, good enough to spread agents evenly.
 */
export function nextRandom(seed: number): { value: number; seed: number } {
  const s = (seed + 0x6d2b79f5) | 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, seed: s };
}

/** A mutable generator over the same sequence, for the simulator and tests. */
export class SeededRandom {
  constructor(private seed: number) {}

  next(): number {
    const r = nextRandom(this.seed);
    this.seed = r.seed;
    return r.value;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}
