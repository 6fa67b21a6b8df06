import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoDataset,
  demoLogins,
  isNeedCategoryCode,
  isSectorCode,
  needCategoryCodes,
  provinceByCode,
  resolveProvince,
  stageCodes,
  validateDataset,
  type ProfileSeed,
} from '../index.js';

const { users, profiles, needs } = demoDataset;
const profileList = Object.values(profiles);
const ofKind = <K extends ProfileSeed['kind']>(kind: K) =>
  profileList.filter((p): p is Extract<ProfileSeed, { kind: K }> => p.kind === kind);

describe('demo dataset', () => {
  it('passes the dataset validator', () => {
    expect(validateDataset(demoDataset)).toEqual([]);
  });

  it('resolves every province, including servesProvinces', () => {
    for (const u of users) expect(resolveProvince(u.province), u.key).toBe(u.province);
    for (const p of profileList) {
      expect(resolveProvince(p.province)).toBe(p.province);
      if ('servesProvinces' in p) for (const code of p.servesProvinces) expect(resolveProvince(code)).toBe(code);
    }
  });

  it('uses only known category, sector and stage codes', () => {
    for (const n of needs) expect(isNeedCategoryCode(n.category)).toBe(true);
    for (const p of profileList) for (const s of p.sectors) expect(isSectorCode(s), s).toBe(true);
    for (const s of ofKind('startup')) expect(stageCodes).toContain(s.stage);
    for (const i of ofKind('investor')) for (const s of i.stages) expect(stageCodes).toContain(s);
    for (const e of ofKind('expert')) for (const c of e.expertise) expect(needCategoryCodes).toContain(c);
    for (const p of ofKind('provider')) for (const c of p.offerings) expect(needCategoryCodes).toContain(c);
  });

  it('links every need to an existing startup', () => {
    const startupKeys = new Set(
      Object.entries(profiles)
        .filter(([, p]) => p.kind === 'startup')
        .map(([k]) => k),
    );
    for (const n of needs) expect(startupKeys.has(n.startupKey), n.startupKey).toBe(true);
  });

  it('has unique emails on the demo domain and one shared password of at least 10 characters', () => {
    const emails = users.map((u) => u.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const u of users) {
      expect(u.email).toMatch(/@demo\.ketnoi\.vn$/);
      expect(u.password).toBe(DEMO_PASSWORD);
    }
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
  });

  it('has the size and spread the brief asks for', () => {
    const startups = ofKind('startup');
    expect(startups.length).toBeGreaterThanOrEqual(24);
    expect(ofKind('expert').length).toBeGreaterThanOrEqual(15);
    expect(ofKind('investor').length).toBeGreaterThanOrEqual(6);
    expect(ofKind('provider').length).toBeGreaterThanOrEqual(6);
    expect(new Set(startups.map((s) => s.province)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(startups.map((s) => provinceByCode(s.province)?.region)).size).toBeGreaterThanOrEqual(4);
    const startupKeys = Object.keys(profiles).filter((key) => profiles[key]!.kind === 'startup');
    for (const key of startupKeys) {
      const count = needs.filter((n) => n.startupKey === key).length;
      expect(count, key).toBeGreaterThanOrEqual(1);
      expect(count, key).toBeLessThanOrEqual(3);
    }
    expect(new Set(needs.map((n) => n.category))).toEqual(new Set(needCategoryCodes));
  });

  it('varies expert capacity, reach and fees', () => {
    const expertsList = ofKind('expert');
    const capacities = new Set(expertsList.map((e) => e.capacity));
    expect(Math.min(...capacities)).toBe(1);
    expect(Math.max(...capacities)).toBe(5);
    expect(new Set(expertsList.map((e) => e.remote))).toEqual(new Set([true, false]));
    expect(new Set(expertsList.map((e) => e.fee))).toEqual(new Set(['pro_bono', 'paid', 'negotiable']));
    expect(new Set(ofKind('investor').map((i) => i.investorType))).toEqual(new Set(['angel', 'vc', 'fund', 'corporate', 'public']));
  });

  it('contains the cases named in DESIGN.md', () => {
    const byKey = (key: string) => profiles[key];
    expect(byKey('mat-ong-chi-lang')).toMatchObject({ province: 'lang-son', commune: 'Chi Lăng' });
    expect(needs).toContainEqual(expect.objectContaining({ startupKey: 'mat-ong-chi-lang', category: 'trademark' }));
    expect(needs).toContainEqual(expect.objectContaining({ startupKey: 'thach-den-hong-nhung', category: 'standards' }));
    expect(needs).toContainEqual(expect.objectContaining({ startupKey: 'thach-den-hong-nhung', category: 'distribution' }));
    expect(byKey('mien-ngo-thuan-anh')).toMatchObject({ commune: 'Đình Lập' });
    expect(needs).toContainEqual(expect.objectContaining({ startupKey: 'tumany', category: 'workspace' }));
    expect(needs).toContainEqual(expect.objectContaining({ startupKey: 'iot-xu-lang', category: 'funding' }));
    expect(byKey('may-tre-binh-gia')).toMatchObject({ commune: 'Bình Gia' });
    expect(byKey('ba-kich-dong-giang')).toMatchObject({ province: 'da-nang', commune: 'Đông Giang' });
    expect(byKey('happy-mart')).toMatchObject({ kind: 'provider', offerings: ['distribution'] });
    const coworking = byKey('khong-gian-khoi-nghiep-lang-son');
    expect(coworking?.kind === 'provider' && coworking.resources.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['hall', 'library', 'shared_office']),
    );
  });

  it('has staff for lang-son, phu-tho and da-nang and one admin', () => {
    const staff = users
      .filter((u) => u.role === 'staff')
      .map((u) => u.province)
      .sort();
    expect(staff).toEqual(['da-nang', 'lang-son', 'phu-tho']);
    expect(users.filter((u) => u.role === 'admin')).toHaveLength(1);
    for (const u of users.filter((x) => x.role === 'staff' || x.role === 'admin')) expect(profiles[u.key]).toBeUndefined();
  });

  it('lists demo logins that exist, covering every role', () => {
    for (const login of demoLogins) {
      expect(users.find((u) => u.email === login.email)?.role).toBe(login.role);
    }
    expect(new Set(demoLogins.map((l) => l.role))).toEqual(new Set(['startup', 'expert', 'investor', 'provider', 'staff', 'admin']));
  });

  it('uses fictitious phone numbers and matching zalo', () => {
    for (const p of profileList) {
      expect(p.contact.phone).toMatch(/^0900 000 \d{3}$/);
      expect(p.contact.zalo).toBe(p.contact.phone);
    }
    const phones = profileList.map((p) => p.contact.phone);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('stores text in NFC', () => {
    const json = JSON.stringify(demoDataset);
    expect(json.normalize('NFC')).toBe(json);
  });
});
