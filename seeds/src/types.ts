// Shapes of seed records. Profiles follow API.md "Profiles" (per kind) without the fields the
// server owns (id, verified, createdAt, updatedAt); `verified` here is only a suggestion for
// the seeding script. Users carry a `key` so profiles and needs can point at them before any
// database id exists.
import type {
  FeeCode,
  InvestorTypeCode,
  LanguageCode,
  NeedCategoryCode,
  ProvinceCode,
  ResourceKindCode,
  SectorCode,
  StageCode,
  UrgencyCode,
} from './reference/index.js';

export type Role = 'startup' | 'expert' | 'investor' | 'provider' | 'staff' | 'admin';
export type ProfileKind = Extract<Role, 'startup' | 'expert' | 'investor' | 'provider'>;
export const profileKinds: ProfileKind[] = ['startup', 'expert', 'investor', 'provider'];
export const roles: Role[] = [...profileKinds, 'staff', 'admin'];

export interface SeedUser {
  key: string;
  email: string;
  password: string;
  role: Role;
  /** The person behind the account. */
  name: string;
  province: ProvinceCode;
}

export interface Contact {
  email?: string;
  phone?: string;
  zalo?: string;
  website?: string;
}

/** Integer VND. */
export interface MoneyRange {
  min: number;
  max: number;
}

interface CommonProfile {
  /** The project's or organisation's public name. */
  name: string;
  headline: string;
  about: string;
  province: ProvinceCode;
  commune?: string;
  sectors: SectorCode[];
  languages: LanguageCode[];
  contact: Contact;
  verified?: boolean;
}

export interface StartupProfileSeed extends CommonProfile {
  kind: 'startup';
  stage: StageCode;
  products: { name: string; description: string }[];
  teamSize: number;
  foundedYear?: number;
  fundingAsk?: MoneyRange;
}

export interface ExpertProfileSeed extends CommonProfile {
  kind: 'expert';
  expertise: NeedCategoryCode[];
  organization?: string;
  yearsExperience?: number;
  capacity: number;
  remote: boolean;
  servesProvinces: ProvinceCode[];
  fee: FeeCode;
}

export interface InvestorProfileSeed extends CommonProfile {
  kind: 'investor';
  investorType: InvestorTypeCode;
  ticket: MoneyRange;
  stages: StageCode[];
  servesProvinces: ProvinceCode[];
}

/** When a resource can be booked, Vietnam time (the contract's OpeningPeriod). */
export interface OpeningPeriodSeed {
  days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
  opens: string;
  closes: string;
}

export interface ProviderResource {
  name: string;
  kind: ResourceKindCode;
  capacity?: number;
  description?: string;
  openingHours?: OpeningPeriodSeed[];
}

export interface ProviderProfileSeed extends CommonProfile {
  kind: 'provider';
  offerings: NeedCategoryCode[];
  resources: ProviderResource[];
  servesProvinces: ProvinceCode[];
}

export type ProfileSeed = StartupProfileSeed | ExpertProfileSeed | InvestorProfileSeed | ProviderProfileSeed;

export interface NeedSeed {
  startupKey: string;
  category: NeedCategoryCode;
  title: string;
  description: string;
  urgency: UrgencyCode;
}

export interface SeedDataset {
  users: SeedUser[];
  /** Keyed by user key; staff and admin have none. */
  profiles: Record<string, ProfileSeed>;
  needs: NeedSeed[];
}
