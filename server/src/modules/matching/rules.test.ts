import { describe, expect, it } from 'vitest';
import type { HardRuleContext } from './rules.js';
import { conflictPartners, declinedPartners, exclusionOf, provincesHiddenFrom } from './rules.js';

const now = new Date('2026-03-01T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('hard rules', () => {
  const ctx: HardRuleContext = {
    seekerId: 'me',
    declinedWith: new Set(['d']),
    conflictsWith: new Set(['c']),
    hiddenProvinces: new Set(['son-la']),
  };
  const candidate = (o: Partial<{ _id: string; kind: string; province: string; hidden: boolean; suspended: boolean }>) => ({
    _id: 'x',
    kind: 'expert',
    province: 'lang-son',
    hidden: false,
    ...o,
  });

  it('excludes the requester, hidden and suspended profiles, declined pairs, conflicts and hidden provinces', () => {
    expect(exclusionOf(candidate({ _id: 'me' }), ctx)).toBe('self');
    expect(exclusionOf(candidate({ hidden: true }), ctx)).toBe('hidden');
    expect(exclusionOf(candidate({ suspended: true }), ctx)).toBe('suspended');
    expect(exclusionOf(candidate({ _id: 'd' }), ctx)).toBe('declined');
    expect(exclusionOf(candidate({ _id: 'c' }), ctx)).toBe('conflict');
    expect(exclusionOf(candidate({ province: 'son-la' }), ctx)).toBe('sharing');
    expect(exclusionOf(candidate({}), ctx)).toBeNull();
  });

  it('never hides startups by the sharing policy', () => {
    expect(exclusionOf(candidate({ kind: 'startup', province: 'son-la' }), ctx)).toBeNull();
  });

  it('counts declines in either direction within 90 days only', () => {
    const intros = [
      { fromProfileId: 'me', toProfileId: 'a', status: 'declined', declinedAt: daysAgo(10) },
      { fromProfileId: 'b', toProfileId: 'me', status: 'declined', declinedAt: daysAgo(89) },
      { fromProfileId: 'me', toProfileId: 'old', status: 'declined', declinedAt: daysAgo(91) },
      { fromProfileId: 'me', toProfileId: 'ok', status: 'accepted', declinedAt: null },
      { fromProfileId: 'x', toProfileId: 'y', status: 'declined', declinedAt: daysAgo(1) },
    ];
    expect([...declinedPartners('me', intros, now)].sort()).toEqual(['a', 'b']);
  });

  it('counts declared conflicts in either direction', () => {
    const conflicts = [
      { profileId: 'me', otherProfileId: 'a' },
      { profileId: 'b', otherProfileId: 'me' },
      { profileId: 'x', otherProfileId: 'y' },
    ];
    expect([...conflictPartners('me', conflicts)].sort()).toEqual(['a', 'b']);
  });

  it('hides provinces by their sharing policy, judged by the seeker’s province', () => {
    const policies = [
      { _id: 'son-la', sharing: 'province' as const },
      { _id: 'cao-bang', sharing: 'region' as const },
      { _id: 'ha-noi', sharing: 'all' as const },
    ];
    expect(provincesHiddenFrom('lang-son', policies)).toEqual(['son-la']);
    expect(provincesHiddenFrom('ca-mau', policies).sort()).toEqual(['cao-bang', 'son-la']);
    expect(provincesHiddenFrom('son-la', policies)).toEqual([]);
  });
});
