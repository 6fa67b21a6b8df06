// Authoring helpers for the demo dataset: each organisation is written once (person, profile,
// needs) and demo/index.ts derives the users, profiles and needs lists from it.
import type { NeedSeed, ProfileSeed } from '../types.js';

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
