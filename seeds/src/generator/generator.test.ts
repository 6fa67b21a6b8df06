import { describe, expect, it } from 'vitest';
import {
  collectDataset,
  generateDataset,
  mulberry32,
  needCategoryCodes,
  provinceCodes,
  provinceByCode,
  validateDataset,
  type GeneratedRecord,
} from '../index.js';

const take = (profiles: number, seed: number): GeneratedRecord[] => [...generateDataset({ profiles, seed })];

describe('mulberry32', () => {
  it('is deterministic and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('generateDataset', () => {
  it('gives identical output for the same seed and different output for another seed', () => {
    const first = take(500, 7);
    expect(take(500, 7)).toEqual(first);
    expect(JSON.stringify(take(500, 8))).not.toBe(JSON.stringify(first));
  });

  it('makes a shorter run a prefix of a longer one', () => {
    expect(take(300, 11)).toEqual(take(1000, 11).slice(0, 300));
  });

  it('streams lazily: records are produced on demand', () => {
    const iterator = generateDataset({ profiles: 100_000, seed: 1 });
    const firstThree = [iterator.next(), iterator.next(), iterator.next()].map((r) => r.value as GeneratedRecord);
    expect(firstThree.map((r) => r.user.key)).toEqual(['gen-1-0', 'gen-1-1', 'gen-1-2']);
  });

  it('produces valid records (same checks as the demo dataset)', () => {
    const dataset = collectDataset(generateDataset({ profiles: 3000, seed: 2025 }));
    expect(validateDataset(dataset)).toEqual([]);
    const emails = dataset.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    const phones = Object.values(dataset.profiles).map((p) => p.contact.phone);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('mixes kinds roughly 55/25/8/12 and spreads over all 34 units', () => {
    const records = take(20_000, 3);
    const share = (kind: string) => records.filter((r) => r.profile.kind === kind).length / records.length;
    expect(share('startup')).toBeCloseTo(0.55, 1);
    expect(share('expert')).toBeCloseTo(0.25, 1);
    expect(share('investor')).toBeCloseTo(0.08, 1);
    expect(share('provider')).toBeCloseTo(0.12, 1);
    const perProvince = new Map<string, number>();
    for (const r of records) perProvince.set(r.profile.province, (perProvince.get(r.profile.province) ?? 0) + 1);
    expect(new Set(perProvince.keys())).toEqual(new Set(provinceCodes));
    // Every unit gets a real share (uniform would be 1/38 ≈ 2.6% for the 32 smaller units).
    for (const [code, n] of perProvince) {
      if (code !== 'ha-noi' && code !== 'tp-ho-chi-minh') expect(n / records.length, code).toBeGreaterThan(0.015);
    }
    const regions = new Set([...perProvince.keys()].map((c) => provinceByCode(c)?.region));
    expect(regions.size).toBe(6);
  });

  it('gives each startup 1–3 needs across all categories, and other kinds none', () => {
    const records = take(5000, 4);
    const categories = new Set<string>();
    for (const r of records) {
      if (r.profile.kind === 'startup') {
        expect(r.needs.length).toBeGreaterThanOrEqual(1);
        expect(r.needs.length).toBeLessThanOrEqual(3);
        expect(new Set(r.needs.map((n) => n.category)).size).toBe(r.needs.length);
        for (const n of r.needs) {
          expect(n.startupKey).toBe(r.user.key);
          categories.add(n.category);
          expect(n.title).not.toMatch(/[{}]/);
          expect(n.description).not.toMatch(/[{}]/);
        }
      } else {
        expect(r.needs).toEqual([]);
      }
    }
    expect(categories).toEqual(new Set(needCategoryCodes));
  });

  it('writes Vietnamese vocabulary search can find', () => {
    const text = take(2000, 5)
      .map((r) => `${r.profile.name} ${r.profile.headline} ${r.profile.about}`)
      .join(' ');
    for (const word of ['mật ong', 'miến ngô', 'chè', 'quế', 'hồi', 'cà phê', 'thổ cẩm', 'nhãn hiệu', 'an toàn thực phẩm']) {
      expect(text.toLocaleLowerCase('vi'), word).toContain(word);
    }
  });

  it('rejects invalid options', () => {
    expect(() => take(-1, 1)).toThrow(RangeError);
    expect(() => take(10, 1.5)).toThrow(RangeError);
  });

  it('streams 100 000 profiles quickly', () => {
    const started = performance.now();
    let count = 0;
    let needs = 0;
    for (const record of generateDataset({ profiles: 100_000, seed: 9 })) {
      count++;
      needs += record.needs.length;
    }
    const seconds = (performance.now() - started) / 1000;
    expect(count).toBe(100_000);
    expect(needs).toBeGreaterThan(100_000);
    expect(seconds).toBeLessThan(20);
  });
});
