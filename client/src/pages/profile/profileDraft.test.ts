// The founding year is checked as the server checks it (from 1950) and against this year in
// Vietnam: on New Year's night a browser west of Vietnam is still in the old year.
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from 'i18next';
import { toFormState, validateDraft } from './profileDraft.js';

const founding = (year: string) => {
  const draft = {
    ...toFormState('startup', null, { name: 'Thạch đen Hồng Nhung', province: 'lang-son' }),
    stage: 'prototype' as const,
    teamSize: '4',
  };
  return validateDraft({ ...draft, foundedYear: year }, i18n.t).foundedYear;
};

afterEach(() => vi.useRealTimers());

describe('founding year', () => {
  it('is this year in Vietnam at the latest, whatever the browser’s clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-31T18:00:00Z')); // 01:00 on 1 January 2027 in Vietnam
    expect(founding('2027')).toBeUndefined();
    expect(founding('2028')).toBe('Năm chưa hợp lệ.');
  });

  it('is 1950 at the earliest, as the server says', () => {
    expect(founding('1950')).toBeUndefined();
    expect(founding('1949')).toBe('Năm chưa hợp lệ.');
  });
});
