import { describe, expect, it } from 'vitest';
import { demoDataset, demoEvents, isNeedCategoryCode, resolveProvince } from '../index.js';

const userKeys = new Set(demoDataset.users.map((u) => u.key));

describe('demo events', () => {
  it('name existing accounts, staff organisers and provider resources', () => {
    for (const e of demoEvents) {
      expect(demoDataset.users.find((u) => u.key === e.organiserKey)?.role, e.key).toBe('staff');
      for (const r of e.registrants) expect(userKeys.has(r.key), r.key).toBe(true);
      for (const q of e.meetingRequests) {
        expect(e.registrants.map((r) => r.key)).toEqual(expect.arrayContaining([q.from, q.to]));
      }
      if (e.venue.providerKey) {
        const provider = demoDataset.profiles[e.venue.providerKey];
        expect(provider?.kind, e.venue.providerKey).toBe('provider');
        if (e.venue.resource && provider?.kind === 'provider') expect(provider.resources.map((r) => r.name)).toContain(e.venue.resource);
      }
      for (const p of e.coOrganizers) expect(resolveProvince(p)).toBe(p);
      for (const c of e.topics) expect(isNeedCategoryCode(c)).toBe(true);
    }
  });

  it('keep each event in order: created, then held, meetings inside it, capacity for everyone', () => {
    for (const e of demoEvents) {
      expect(e.createdDay).toBeLessThan(e.startDay);
      expect(e.startDay * 24 + e.startHour).toBeLessThan(e.endDay * 24 + e.endHour);
      if (e.meetings) {
        expect(e.meetings.day).toBeGreaterThanOrEqual(e.startDay);
        expect(e.meetings.day).toBeLessThanOrEqual(e.endDay);
        expect(e.meetings.fromHour).toBeLessThan(e.meetings.toHour);
      }
      if (e.capacity) expect(e.registrants.length).toBeLessThanOrEqual(e.capacity);
      // Past events are the only ones with check-ins.
      if (e.registrants.some((r) => r.checkedIn)) expect(e.endDay).toBeLessThan(0);
    }
  });
});
