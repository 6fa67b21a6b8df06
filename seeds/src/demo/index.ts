// The demo dataset: ≈25 startups across 12 provinces and all six regions, 17 experts,
// 6 investors, 6 providers, staff for Lạng Sơn, Phú Thọ and Đà Nẵng, and one admin.
// Every account uses DEMO_PASSWORD; emails are on the fictitious domain demo.ketnoi.vn.
import type { ProvinceCode } from '../reference/index.js';
import type { NeedSeed, ProfileSeed, Role, SeedDataset, SeedUser } from '../types.js';
import { DEMO_PASSWORD, demoEmail, demoPhone, type DemoEntry } from './entries.js';
import { experts } from './experts.js';
import { investors } from './investors.js';
import { providers } from './providers.js';
import { daNangStartups } from './startupsDaNang.js';
import { langSonStartups } from './startupsLangSon.js';
import { otherStartups } from './startupsOther.js';

export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoEmail } from './entries.js';

interface AccountOnly {
  key: string;
  role: Extract<Role, 'staff' | 'admin'>;
  name: string;
  province: ProvinceCode;
}

const staffAndAdmin: AccountOnly[] = [
  { key: 'staff-lang-son', role: 'staff', name: 'Hoàng Minh Tuấn (Sở KH&CN Lạng Sơn)', province: 'lang-son' },
  { key: 'staff-phu-tho', role: 'staff', name: 'Nguyễn Thị Thu Hằng (Sở KH&CN Phú Thọ)', province: 'phu-tho' },
  { key: 'staff-da-nang', role: 'staff', name: 'Trần Văn Quang (Sở KH&CN Đà Nẵng)', province: 'da-nang' },
  { key: 'admin', role: 'admin', name: 'Quản trị KếtNối', province: 'ha-noi' },
];

const entries: DemoEntry[] = [...langSonStartups, ...daNangStartups, ...otherStartups, ...experts, ...investors, ...providers];

function userOf(entry: DemoEntry): SeedUser {
  return {
    key: entry.key,
    email: demoEmail(entry.key),
    password: DEMO_PASSWORD,
    role: entry.profile.kind,
    name: entry.person,
    province: entry.profile.province,
  };
}

function profileOf(entry: DemoEntry): ProfileSeed {
  const phone = demoPhone(entry.phoneSuffix);
  const contact = { email: demoEmail(entry.key), phone, zalo: phone, ...(entry.website ? { website: entry.website } : {}) };
  return { ...entry.profile, contact };
}

function buildDemoDataset(): SeedDataset {
  const users: SeedUser[] = [
    ...entries.map(userOf),
    ...staffAndAdmin.map((a) => ({ ...a, email: demoEmail(a.key), password: DEMO_PASSWORD })),
  ];
  const profiles: Record<string, ProfileSeed> = Object.fromEntries(entries.map((e) => [e.key, profileOf(e)]));
  const needs: NeedSeed[] = entries.flatMap((e) => (e.needs ?? []).map((n) => ({ startupKey: e.key, ...n })));
  return { users, profiles, needs };
}

export const demoDataset: SeedDataset = buildDemoDataset();

export interface DemoLogin {
  role: Role;
  email: string;
  name: string;
  province: ProvinceCode;
}

// One account per role plus every staff account, for printing at start-up.
const LOGIN_KEYS = [
  'mat-ong-chi-lang',
  'thach-den-hong-nhung',
  'chuyen-gia-shtt-ha-noi',
  'clb-dau-tu-lang-son',
  'khong-gian-khoi-nghiep-lang-son',
  'staff-lang-son',
  'staff-phu-tho',
  'staff-da-nang',
  'admin',
];

export const demoLogins: DemoLogin[] = LOGIN_KEYS.map((key) => {
  const user = demoDataset.users.find((u) => u.key === key);
  if (!user) throw new Error(`demo login ${key} is not in the dataset`);
  return { role: user.role, email: user.email, name: user.name, province: user.province };
});
export { demoEvents, type EventSeed, type EventRegistrantSeed, type MeetingSeed } from './events.js';
export { demoCalls, type CallSeed, type EntrySeed, type JudgementSeed } from './calls.js';
