import { needCategoryCodes } from '@ketnoi/seeds';
import { describe, expect, it } from 'vitest';
import { RELATED_CATEGORIES, RELATED_CREDIT, coverageOf, fundingInterest, helperCoverage, startupNeedCoverage } from './coverage.js';

describe('need coverage', () => {
  it('gives full credit when the candidate covers the need category, in both languages', () => {
    const r = helperCoverage('trademark', { kind: 'expert', coverage: ['legal', 'trademark'] });
    expect(r.score).toBe(1);
    expect(r.detail.vi).toBe('Chuyên môn: đăng ký nhãn hiệu, sở hữu trí tuệ (đúng nhu cầu)');
    expect(r.detail.en).toBe('Expertise: Trademark & IP (exactly the need)');
  });

  it('gives partial credit only through a documented related category', () => {
    const lawyer = helperCoverage('trademark', { kind: 'expert', coverage: ['legal'] });
    expect(lawyer.score).toBe(RELATED_CREDIT);
    expect(lawyer.detail.vi).toContain('liên quan đến nhu cầu đăng ký nhãn hiệu');
    expect(helperCoverage('trademark', { kind: 'expert', coverage: ['marketing', 'training'] }).score).toBe(0);
    expect(helperCoverage('workspace', { kind: 'provider', coverage: ['training', 'mentoring'] }).score).toBe(0);
  });

  it('keeps the related map within the known categories and symmetric where it claims to be', () => {
    for (const [category, related] of Object.entries(RELATED_CATEGORIES)) {
      expect(needCategoryCodes).toContain(category);
      for (const r of related) {
        expect(needCategoryCodes).toContain(r);
        expect(r).not.toBe(category);
      }
    }
    expect(Object.keys(RELATED_CATEGORIES).sort()).toEqual([...needCategoryCodes].sort());
    expect(RELATED_CATEGORIES.trademark).toContain('legal');
    expect(RELATED_CATEGORIES.legal).toContain('trademark');
  });

  it('prefers the exact category over a related one', () => {
    expect(coverageOf('standards', ['technology', 'standards'])).toEqual({ kind: 'exact', score: 1, via: 'standards' });
    expect(coverageOf('standards', ['technology'])).toEqual({ kind: 'related', score: RELATED_CREDIT, via: 'technology' });
  });

  it('words provider and investor coverage by what they do', () => {
    expect(helperCoverage('workspace', { kind: 'provider', coverage: ['workspace'] }).detail.vi).toMatch(
      /^Cung cấp: không gian làm việc chung/,
    );
    expect(helperCoverage('funding', { kind: 'investor', coverage: ['funding'] }).detail.en).toBe(
      'Invests: Funding & investment (exactly the need)',
    );
  });

  it('judges a startup for a helper by its best open need', () => {
    const needs = [
      { category: 'marketing', title: 'Bao bì mới' },
      { category: 'trademark', title: 'Đăng ký nhãn hiệu mật ong' },
    ];
    const r = startupNeedCoverage(needs, ['trademark']);
    expect(r.score).toBe(1);
    expect(r.detail.vi).toContain('“Đăng ký nhãn hiệu mật ong”');
    expect(startupNeedCoverage(needs, ['legal']).score).toBe(RELATED_CREDIT);
    expect(startupNeedCoverage(needs, ['workspace']).score).toBe(0);
    expect(startupNeedCoverage([], ['workspace']).detail.en).toBe('No open needs');
  });

  it('ranks an open funding need above a stated ask above nothing for investors', () => {
    const open = fundingInterest([{ category: 'funding', title: 'Gọi vốn mồi' }], undefined).score;
    const ask = fundingInterest([], { min: 300_000_000, max: 500_000_000 });
    const none = fundingInterest([{ category: 'trademark', title: 'x' }], undefined).score;
    expect(open).toBe(1);
    expect(ask.score).toBeLessThan(open);
    expect(none).toBeLessThan(ask.score);
    expect(ask.detail.vi).toContain('300 triệu – 500 triệu đồng');
  });
});
