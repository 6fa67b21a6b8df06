import { describe, expect, it } from 'vitest';
import { fold, NEED_CATEGORY_CODES } from '@ketnoi/search';
import { needCategories, needCategoryCodes, outcomeTagCodes, referencePayload, resourceKinds, sectors, stageCodes } from '../index.js';
import { codedLabels } from './labels.js';
import * as enumerations from './stages.js';

describe('need categories', () => {
  it('are the ten codes of the API contract', () => {
    expect(needCategoryCodes).toEqual([...NEED_CATEGORY_CODES]);
  });

  it('carry labels and rich keyword lists in both languages', () => {
    for (const c of needCategories) {
      expect(c.vi.length).toBeGreaterThan(3);
      expect(c.en.length).toBeGreaterThan(3);
      expect(c.keywords.vi.length, c.code).toBeGreaterThanOrEqual(25);
      expect(c.keywords.en.length, c.code).toBeGreaterThanOrEqual(15);
    }
  });

  it('keep the Vietnamese keywords with diacritics and no keyword twice in a category', () => {
    for (const c of needCategories) {
      const withMarks = c.keywords.vi.filter((k) => fold(k) !== k.toLowerCase());
      expect(withMarks.length / c.keywords.vi.length, c.code).toBeGreaterThan(0.6);
      const all = [...c.keywords.vi, ...c.keywords.en].map((k) => k.toLowerCase().normalize('NFC'));
      expect(new Set(all).size, c.code).toBe(all.length);
    }
  });
});

describe('sectors and enumerations', () => {
  it('use unique ASCII snake_case codes', () => {
    for (const list of [sectors, resourceKinds]) {
      const codes = list.map((s) => s.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    expect(sectors.length).toBeGreaterThanOrEqual(15);
  });

  it('include the stages and outcome tags of the API contract', () => {
    expect(stageCodes).toEqual(['idea', 'prototype', 'early_revenue', 'growth']);
    expect(outcomeTagCodes).toEqual(
      expect.arrayContaining([
        'trademark_filed',
        'trademark_granted',
        'standard_certified',
        'label_compliant',
        'distribution_contract',
        'workspace_granted',
        'investment_committed',
        'training_done',
        'other',
      ]),
    );
  });
});

describe('referencePayload (GET /api/reference)', () => {
  it('has the contract shape', () => {
    const payload = referencePayload();
    expect(payload.provinces).toHaveLength(34);
    expect(payload.provinces.find((p) => p.code === 'da-nang')).toMatchObject({
      code: 'da-nang',
      name: 'Đà Nẵng',
      region: 'bac-trung-bo-duyen-hai-mien-trung',
      legacyNames: expect.arrayContaining(['Quảng Nam']),
    });
    expect(payload.needCategories).toHaveLength(10);
    expect(payload.needCategories[0]).toEqual({ code: 'trademark', vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark & IP' });
    expect(payload.sectors.every((s) => Object.keys(s).sort().join() === 'code,en,vi')).toBe(true);
    expect(payload.stages.map((s) => s.code)).toEqual(['idea', 'prototype', 'early_revenue', 'growth']);
  });

  it('is JSON-serialisable and a fresh copy each call', () => {
    const a = referencePayload();
    a.provinces[0]!.legacyNames.push('mutated');
    const b = referencePayload();
    expect(b.provinces[0]!.legacyNames).not.toContain('mutated');
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

describe('label tables', () => {
  it('keep their codes, order and labels (a reworded label updates the snapshot)', () => {
    const needCategoryLabels = needCategories.map(({ code, vi, en }) => ({ code, vi, en }));
    expect(JSON.parse(JSON.stringify({ ...enumerations, sectors, needCategories: needCategoryLabels }))).toMatchSnapshot();
  });
});

describe('codedLabels (the loader of data/*.json label tables)', () => {
  it('keeps the file order and gives each row its code', () => {
    expect(codedLabels('t', { b_code: { vi: 'B', en: 'B' }, a_code: { vi: 'A', en: 'A' } })).toEqual([
      { code: 'b_code', vi: 'B', en: 'B' },
      { code: 'a_code', vi: 'A', en: 'A' },
    ]);
  });

  it.each([
    ['a code that is not snake_case', { 'Bad-Code': { vi: 'x', en: 'x' } }, /^t\.json: code "Bad-Code" is not ASCII snake_case$/],
    ['a missing English label', { ok: { vi: 'x', en: ' ' } }, /^t\.json: "ok" needs a Vietnamese and an English label$/],
    ['an unknown field', { ok: { vi: 'x', en: 'x', note: 'y' } }, /^t\.json: "ok" has unknown fields note$/],
  ])('refuses %s, naming the file', (_, table, message) => {
    expect(() => codedLabels('t.json', table)).toThrow(message);
  });
});
