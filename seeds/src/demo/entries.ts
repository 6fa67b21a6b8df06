// Authoring helpers for the demo dataset: each organisation is written once (person, profile,
// needs) and demo/index.ts derives the users, profiles and needs lists from it.
import {
  isNeedCategoryCode,
  isProvinceCode,
  provinceCodes,
  provincesInRegion,
  regionByCode,
  type ProvinceCode,
} from '../reference/index.js';
import { profileKinds, type NeedSeed, type ProfileSeed } from '../types.js';

/** One shared, documented password for every demo account (README / docs/REFERENCE.md). */
export const DEMO_PASSWORD = 'ketnoi-demo-2025';
export const DEMO_EMAIL_DOMAIN = 'demo.ketnoi.vn';

export function demoEmail(key: string): string {
  return `${key}@${DEMO_EMAIL_DOMAIN}`;
}

/** Fictitious numbers in one visibly fake block: 0900 000 001 … 0900 000 999. */
export function demoPhone(suffix: number): string {
  return `0900 000 ${String(suffix).padStart(3, '0')}`;
}

type WithoutContact<P> = P extends ProfileSeed ? Omit<P, 'contact'> : never;

export interface DemoEntry {
  /** Stable ASCII key; also the local part of the account's email. */
  key: string;
  /** The person who holds the account. */
  person: string;
  phoneSuffix: number;
  website?: string;
  profile: WithoutContact<ProfileSeed>;
  needs?: Omit<NeedSeed, 'startupKey'>[];
}

/**
 * A `servesProvinces` list as the data files write it: province codes, `all` for every province,
 * `region:<code>` for the provinces of a region (so the lists follow the reference tables).
 */
function servedProvinces(where: string, tokens: unknown): ProvinceCode[] {
  if (!Array.isArray(tokens)) throw new Error(`${where}: servesProvinces is not a list`);
  return tokens.flatMap((token: unknown): ProvinceCode[] => {
    if (token === 'all') return [...provinceCodes];
    if (typeof token === 'string' && token.startsWith('region:')) {
      const region = regionByCode(token.slice('region:'.length));
      if (!region) throw new Error(`${where}: unknown region in "${token}"`);
      return provincesInRegion(region.code).map((p) => p.code);
    }
    if (typeof token === 'string' && isProvinceCode(token)) return [token];
    throw new Error(`${where}: unknown province "${String(token)}"`);
  });
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The entries of one demo data file (demo/data/*.json), checked as they load: a malformed row
 * fails at start-up naming the file and the entry, not later as a 400 from the API. The full
 * rules (codes of every list, kinds, roles) are checked over the whole dataset by validateDataset.
 */
export function demoEntries(file: string, rows: readonly unknown[]): DemoEntry[] {
  return rows.map((row, i) => {
    const entry = row as DemoEntry & { profile: Record<string, unknown> };
    const where = `${file} entry ${i} (${String(entry?.key)})`;
    if (!isText(entry?.key) || !/^[a-z0-9-]+$/.test(entry.key)) throw new Error(`${where}: key must be lower-case ASCII words`);
    if (!isText(entry.person)) throw new Error(`${where}: no person`);
    if (!Number.isInteger(entry.phoneSuffix) || entry.phoneSuffix < 1 || entry.phoneSuffix > 999)
      throw new Error(`${where}: phoneSuffix must be 1–999`);
    const profile = entry.profile;
    if (typeof profile !== 'object' || profile === null) throw new Error(`${where}: no profile`);
    if (!profileKinds.includes(profile.kind as never)) throw new Error(`${where}: unknown kind "${String(profile.kind)}"`);
    if (!isText(profile.name)) throw new Error(`${where}: profile without a name`);
    if (!isProvinceCode(String(profile.province))) throw new Error(`${where}: unknown province "${String(profile.province)}"`);
    for (const need of entry.needs ?? [])
      if (!isNeedCategoryCode(need.category) || !isText(need.title))
        throw new Error(`${where}: a need without a known category or a title`);
    if (!('servesProvinces' in profile)) return entry;
    return { ...entry, profile: { ...profile, servesProvinces: servedProvinces(where, profile.servesProvinces) } } as DemoEntry;
  });
}
