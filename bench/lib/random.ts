// Seeded randomness for benchmarks: the generator's own PRNG, so every run benchmarks the same
// data and the same access pattern.
import type { Random } from '@ketnoi/seeds/generator/prng';

export { mulberry32, pick, type Random } from '@ketnoi/seeds/generator/prng';

export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}
