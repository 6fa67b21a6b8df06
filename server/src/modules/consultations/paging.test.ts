// GET /api/consultations is a list like every other (API.md "Conventions"): ?limit= (default 20,
// max 100) and ?cursor=, answered with nextCursor, so a long-serving expert can reach every one.
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import type { TestClient } from '../../../test/helpers/testClient.js';
import { ManualClock } from '../../lib/clock.js';

const clock = new ManualClock('2025-06-25T00:00:00Z');
const t = useTestApp({ clock });
const at = (days: number) => new Date(Date.UTC(2025, 6, 1 + days, 2)).toISOString();

interface Page {
  items: { id: string; startsAt: string; status: string }[];
  nextCursor: string | null;
}

async function everyPage(client: TestClient, query: string): Promise<Page['items'][]> {
  const pages: Page['items'][] = [];
  let cursor: string | null = null;
  do {
    const res = await client.get(`/api/consultations?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status).toBe(200);
    const page = res.body as Page;
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('GET /api/consultations paging', () => {
  it('pages through every consultation, latest start first, without repeats', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert', { capacity: 1 });
    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin chào' })).body;
    await expert.client.post(`/api/intros/${intro.id}/accept`);
    // Five meetings on five days; all but the last are cancelled, so the expert's capacity of one holds.
    const ids: string[] = [];
    for (let day = 1; day <= 5; day++) {
      const res = await startup.client.post('/api/consultations', {
        introId: intro.id,
        startsAt: at(day),
        durationMinutes: 60,
        mode: 'online',
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
      if (day < 5) expect((await expert.client.post(`/api/consultations/${res.body.id}/cancel`, { reason: 'Dời lịch' })).status).toBe(200);
    }
    const latestFirst = [...ids].reverse();

    const pages = await everyPage(expert.client, 'limit=2');
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(latestFirst);
    expect(pages.flat().map((c) => c.startsAt)).toEqual([5, 4, 3, 2, 1].map(at));

    // The status filter pages the same way; without limit a page holds up to 20.
    const cancelled = await everyPage(startup.client, 'status=cancelled&limit=3');
    expect(cancelled.flat().map((c) => c.id)).toEqual(latestFirst.slice(1));
    const all = (await startup.client.get('/api/consultations')).body as Page;
    expect(all).toMatchObject({ nextCursor: null });
    expect(all.items.map((c) => c.id)).toEqual(latestFirst);

    const bad = await startup.client.get('/api/consultations?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  it('reads an agenda soonest first with order=soonest, so the next booking is never on a later page', async () => {
    const startup = await member(t, 'startup');
    const provider = await member(t, 'provider', { resources: [{ name: 'Văn phòng chia sẻ', kind: 'shared_office', capacity: 20 }] });
    const intro = (await startup.client.post('/api/intros', { toProfileId: provider.profile.id, message: 'Xin chỗ ngồi' })).body;
    await provider.client.post(`/api/intros/${intro.id}/accept`);
    const ids: string[] = [];
    for (const day of [9, 3, 6]) {
      const res = await startup.client.post('/api/consultations', {
        introId: intro.id,
        startsAt: at(day),
        endsAt: at(day + 1),
        resource: 'Văn phòng chia sẻ',
        mode: 'onsite',
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const pages = await everyPage(provider.client, 'status=scheduled&order=soonest&limit=2');
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((c) => c.startsAt)).toEqual([3, 6, 9].map(at));
    const latest = await everyPage(provider.client, 'status=scheduled&order=latest');
    expect(latest.flat().map((c) => c.startsAt)).toEqual([9, 6, 3].map(at));
    expect((await provider.client.get('/api/consultations?order=nearest')).status).toBe(400);
  });
});
