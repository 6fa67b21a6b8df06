// Deterministic synthetic dataset for load tests and benchmarks. generateDataset() is a
// generator: 100 000 profiles stream one record at a time, never as one big array.
// Record i depends only on (seed, i): the same seed always yields the same records, and a
// shorter run is a prefix of a longer one.
import { DEMO_PASSWORD, demoEmail } from '../demo/entries.js';
import { provinces, type Province } from '../reference/index.js';
import type { NeedSeed, ProfileKind, ProfileSeed, SeedDataset, SeedUser } from '../types.js';
import { buildExpert, buildInvestor, buildProvider, buildStartup, personName } from './builders.js';
import { mixSeed, mulberry32, weightedPick } from './prng.js';

export interface GenerateOptions {
  /** Number of profiles (one user each) to generate. */
  profiles: number;
  seed: number;
}

export interface GeneratedRecord {
  user: SeedUser;
  profile: ProfileSeed;
  /** Needs of a startup (1–3); empty for other kinds. */
  needs: NeedSeed[];
}

/** Target mix: 55% startup, 25% expert, 8% investor, 12% provider. */
export const kindWeights: readonly (readonly [ProfileKind, number])[] = [
  ['startup', 55],
  ['expert', 25],
  ['investor', 8],
  ['provider', 12],
];

// The two largest cities get three times the weight of other units.
const provinceWeights: readonly (readonly [Province, number])[] = provinces.map((p) => [
  p,
  p.code === 'ha-noi' || p.code === 'tp-ho-chi-minh' ? 3 : 1,
]);

/** Fictitious numbers 0900 001 000 and up (the demo dataset uses 0900 000 xxx). */
function generatedPhone(index: number): string {
  const digits = String(1000 + index).padStart(6, '0');
  return `0900 ${digits.slice(0, 3)} ${digits.slice(3)}`;
}

export function generateRecord(seed: number, index: number): GeneratedRecord {
  const rng = mulberry32(mixSeed(seed, index));
  const kind = weightedPick(rng, kindWeights);
  const province = weightedPick(rng, provinceWeights);
  const person = personName(rng);
  const key = `gen-${seed}-${index}`;
  const phone = generatedPhone(index);
  const contact = { email: demoEmail(key), phone, zalo: phone };
  const user: SeedUser = { key, email: demoEmail(key), password: DEMO_PASSWORD, role: kind, name: person.name, province: province.code };
  switch (kind) {
    case 'startup': {
      const { profile, needs } = buildStartup(rng, key, province, person);
      return { user, profile: { ...profile, contact }, needs };
    }
    case 'expert':
      return { user, profile: { ...buildExpert(rng, province, person), contact }, needs: [] };
    case 'investor':
      return { user, profile: { ...buildInvestor(rng, province, person), contact }, needs: [] };
    case 'provider':
      return { user, profile: { ...buildProvider(rng, province), contact }, needs: [] };
  }
}

export function* generateDataset(options: GenerateOptions): Generator<GeneratedRecord, void, undefined> {
  if (!Number.isInteger(options.profiles) || options.profiles < 0) throw new RangeError('profiles must be a non-negative integer');
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  for (let index = 0; index < options.profiles; index++) yield generateRecord(options.seed, index);
}

/** Gather generated records into the demo dataset's shape (for small runs and tests). */
export function collectDataset(records: Iterable<GeneratedRecord>): SeedDataset {
  const dataset: SeedDataset = { users: [], profiles: {}, needs: [] };
  for (const { user, profile, needs } of records) {
    dataset.users.push(user);
    dataset.profiles[user.key] = profile;
    dataset.needs.push(...needs);
  }
  return dataset;
}
