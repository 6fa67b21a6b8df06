// `npm start` on an empty store loads the demo dataset and a few weeks of history, once.
import { DEMO_PASSWORD, demoDataset } from '@ketnoi/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_DATA: '1' } });
}, 120_000);
afterAll(() => t.close());

describe('demo data on first start', () => {
  it('loads every demo account and profile, and prints the logins', async () => {
    expect(await t.app.container.modules.accounts.repository.count()).toBe(demoDataset.users.length);
    expect(await t.app.container.modules.profiles.repository.collection.countDocuments()).toBe(Object.keys(demoDataset.profiles).length);
    expect(t.app.banner().join('\n')).toContain(`"${DEMO_PASSWORD}"`);
    expect(t.app.banner().join('\n')).toContain('staff-lang-son@demo.ketnoi.vn');
  });

  it('comes with history that the queue, reports, chats and notifications show', async () => {
    const staff = t.client();
    await staff.login('staff-lang-son@demo.ketnoi.vn', DEMO_PASSWORD);
    const queue = (await staff.get('/api/staff/queue')).body;
    expect(queue.counts.pendingStaff).toBe(1);
    expect(queue.counts.stalledIntros).toBeGreaterThanOrEqual(1);
    const report = (await staff.get('/api/reports/summary')).body;
    expect(report.outcomes).toMatchObject({ trademark_filed: 1, label_compliant: 1, workspace_granted: 1 });
    expect(report.funnel.requested).toBeGreaterThanOrEqual(8);
    expect(report.consultations.completed).toBe(3);

    const honey = t.client();
    await honey.login('mat-ong-chi-lang@demo.ketnoi.vn', DEMO_PASSWORD);
    const conversations = (await honey.get('/api/conversations')).body.items;
    expect(conversations).toHaveLength(1);
    expect(conversations[0].lastMessage.body).toContain('thẩm định hình thức');
    // One consultation still to come, so the founder can see, move or cancel it.
    const upcoming = (await honey.get('/api/consultations?status=scheduled')).body.items;
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ mode: 'online', durationMinutes: 45, status: 'scheduled' });
    expect(Date.parse(upcoming[0].startsAt)).toBeGreaterThan(Date.now() + 2 * 86_400_000);
    expect((await honey.get('/api/notifications?unread=true')).body.items.length).toBeGreaterThan(0);
    const trademark = (await honey.get('/api/needs')).body.items.find((n: { category: string }) => n.category === 'trademark');
    expect(trademark.status).toBe('in_progress');
    // History was recorded in the past, not all at start-up time.
    expect(Date.parse(trademark.history[1].at)).toBeLessThan(Date.now() - 20 * 86_400_000);
  });

  it('dates needs before their history, so the stale-needs queue has something (issue 14 item 22)', async () => {
    const { needs, intros, profiles } = t.app.container.modules;
    const allNeeds = await needs.repository.find({});
    expect(allNeeds).toHaveLength(demoDataset.needs.length);
    const now = Date.now();
    for (const need of allNeeds) {
      expect(Date.parse(need.createdAt)).toBeLessThan(now - 35 * 86_400_000);
      expect(need.history[0]!.at).toBe(need.createdAt);
      const startup = await profiles.repository.findById(need.startupId);
      expect(startup!.createdAt < need.createdAt).toBe(true);
    }
    for (const intro of await intros.repository.find({ needId: { $ne: null } })) {
      const need = allNeeds.find((n) => n._id === intro.needId)!;
      expect(need.createdAt < intro.createdAt).toBe(true);
    }
    const staff = t.client();
    await staff.login('staff-lang-son@demo.ketnoi.vn', DEMO_PASSWORD);
    const queue = (await staff.get('/api/staff/queue')).body;
    expect(queue.counts.staleNeeds).toBeGreaterThan(0);
    expect(queue.staleNeeds[0].waitingDays).toBeGreaterThanOrEqual(queue.staleNeedDays);
  });

  it('keeps the department hall to office hours, and its ten-day booking inside them', async () => {
    const { consultations } = t.app.container.modules;
    const [booking] = await consultations.repository.find({ resource: 'Hội trường tầng 2' });
    for (const at of [booking!.startsAt, booking!.endsAt]) {
      const local = new Date(Date.parse(at) + 7 * 3_600_000);
      expect([1, 2, 3, 4, 5]).toContain(local.getUTCDay());
    }
  });

  it('shows startups with logos, product photos and OCOP stars, a pitch deck behind an intro, and opportunities', async () => {
    const visitor = t.client();
    const honey = (await visitor.get('/api/search?q=mat%20ong%20chanh%20rung%20chi%20lang')).body.items[0];
    const profile = (await visitor.get(`/api/profiles/${honey.id}`)).body;
    expect(profile.logoFileId).toEqual(expect.any(String));
    expect(profile.products[0]).toMatchObject({ ocopStars: 4, photoFileIds: [expect.any(String)] });
    for (const id of [profile.logoFileId, profile.products[0].photoFileIds[0]]) {
      const image = await fetch(`${t.url}/api/files/${id}`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/webp');
    }
    expect(profile.documents).toEqual([{ fileId: expect.any(String), title: 'Hồ sơ gọi vốn 2026' }]);
    expect((await fetch(`${t.url}/api/files/${profile.documents[0].fileId}`)).status).toBe(404);
    const owner = t.client();
    await owner.login('mat-ong-chi-lang@demo.ketnoi.vn', DEMO_PASSWORD);
    const deck = await fetch(`${t.url}/api/files/${profile.documents[0].fileId}`, {
      headers: { cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(deck.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await deck.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const ocop = (await visitor.get('/api/opportunities?q=sieu%20thi%20tim%20nha%20cung%20cap%20ocop')).body.items;
    expect(ocop).toHaveLength(1);
    expect(ocop[0]).toMatchObject({ type: 'request', category: 'distribution', profile: { name: expect.stringContaining('Happy Mart') } });
    const all = (await visitor.get('/api/opportunities?limit=100')).body.items;
    expect(all.map((o: { category: string }) => o.category).sort()).toEqual([
      'distribution',
      'distribution',
      'funding',
      'funding',
      'standards',
      'trademark',
      'workspace',
    ]);
  });

  it('gives the demo investor and supermarket startups’ requests that fit them', async () => {
    const requestsFor = async (key: string) => {
      const member = t.client();
      await member.login(`${key}@demo.ketnoi.vn`, DEMO_PASSWORD);
      const me = (await member.get('/api/profiles/me')).body;
      const res = await member.get(`/api/matches?for=${me.id}&kind=opportunity`);
      expect(res.status).toBe(200);
      return res.body.items.map((m: { opportunity: { type: string; category: string; title: string } }) => m.opportunity);
    };
    expect(await requestsFor('clb-dau-tu-lang-son')).toContainEqual(
      expect.objectContaining({ type: 'request', category: 'funding', title: 'Tìm nhà đầu tư cho lô sản xuất đầu tiên 300 bộ điều khiển' }),
    );
    expect(await requestsFor('happy-mart')).toContainEqual(
      expect.objectContaining({ type: 'request', category: 'distribution', title: 'Tìm siêu thị và đại lý phân phối miến ngô ở Hà Nội' }),
    );
  });

  it('does not load again when the store is not empty', async () => {
    const dataDir = t.dataDir;
    const users = await t.app.container.modules.accounts.repository.count();
    await t.app.close();
    const again = await startTestApp({ env: { DEMO_DATA: '1' }, dataDir });
    try {
      expect(await again.app.container.modules.accounts.repository.count()).toBe(users);
      expect(again.app.banner().join('\n')).not.toContain('Demo data loaded');
    } finally {
      await again.close();
    }
    // afterAll's t.close() is a no-op for the closed app and removes the data directory.
  });
});
