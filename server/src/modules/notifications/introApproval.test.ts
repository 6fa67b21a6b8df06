// Staff approve an intro that waited for them: the side that answers is told of a new request, the
// requester that staff approved it — one notification each, as the mails do (mail/triggers/intros.ts).
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import { liveClientForTest } from '../../../test/helpers/sockets.js';
import type { TestClient } from '../../../test/helpers/testClient.js';

const { t, staff } = useAppWithStaff(['lang-son']);
const [staffLs] = staff;

const types = async (c: TestClient) => ((await c.get('/api/notifications')).body.items as { type: string }[]).map((n) => n.type);

describe('notifications when staff approve an intro', () => {
  it('tells the investor of the request once and the startup of the approval once', async () => {
    expect((await staffLs.put('/api/staff/policy', { staffApprovalKinds: ['investor'] })).status).toBe(200);
    const startup = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const startupLive = await liveClientForTest(t.url, startup.client);
    const investorLive = await liveClientForTest(t.url, investor.client);

    const intro = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp quỹ' })).body;
    expect(intro.status).toBe('pending_staff');
    expect((await staffLs.post(`/api/intros/${intro.id}/approve`)).body.status).toBe('pending');
    await investorLive.next('notification:new', (p) => p.notification.type === 'intro.requested');
    await startupLive.next('notification:new', (p) => p.notification.type === 'intro.pending');

    // The investor's answer is the last news for the startup: by then everything before it is stored.
    await investor.client.post(`/api/intros/${intro.id}/accept`);
    await startupLive.next('notification:new', (p) => p.notification.type === 'intro.accepted');
    expect(await types(investor.client)).toEqual(['intro.requested']);
    expect(await types(startup.client)).toEqual(['intro.accepted', 'intro.pending']);
    expect(investorLive.received('notification:new').map((p) => p.notification.type)).toEqual([]);
  });

  it('does not tell the investor of a request staff rejected before asking them', async () => {
    expect((await staffLs.put('/api/staff/policy', { staffApprovalKinds: ['investor'] })).status).toBe(200);
    const startup = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const startupLive = await liveClientForTest(t.url, startup.client);
    const investorLive = await liveClientForTest(t.url, investor.client);

    const first = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp quỹ' })).body;
    // Until staff approve, the request is not the investor's to see or answer.
    expect((await investor.client.get(`/api/intros/${first.id}`)).status).toBe(404);
    const early = await investor.client.post(`/api/intros/${first.id}/accept`);
    expect([early.status, early.body.error.code]).toEqual([409, 'invalid_transition']);
    expect((await staffLs.post(`/api/intros/${first.id}/reject`, { reason: 'Hồ sơ chưa đủ' })).body.status).toBe('rejected');
    await startupLive.next('notification:new', (p) => p.notification.type === 'intro.rejected');
    const second = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp lại' })).body;
    expect(second.status).toBe('pending_staff');
    expect((await startup.client.post(`/api/intros/${second.id}/withdraw`)).body.status).toBe('withdrawn');

    // Approving a third one is the investor's first news; by then the earlier ends are stored.
    const third = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Lần này' })).body;
    await staffLs.post(`/api/intros/${third.id}/approve`);
    await startupLive.next('notification:new', (p) => p.notification.type === 'intro.pending');
    expect(await types(investor.client)).toEqual(['intro.requested']);
    expect(await types(startup.client)).toEqual(['intro.pending', 'intro.rejected']);
    // Nor does it see the two that ended before it was asked: not live, not in any list, not by id.
    await investorLive.next('intro:new', (p) => p.intro.id === third.id);
    expect(investorLive.received('intro:updated').map((p) => p.intro.id)).toEqual([third.id]);
    for (const box of ['', '?box=incoming', `?with=${startup.profile.id}`]) {
      expect(((await investor.client.get(`/api/intros${box}`)).body.items as { id: string }[]).map((i) => i.id)).toEqual([third.id]);
    }
    for (const id of [first.id, second.id]) expect((await investor.client.get(`/api/intros/${id}`)).status).toBe(404);
    expect((await startup.client.get(`/api/intros/${first.id}`)).body).toMatchObject({ status: 'rejected' });
  });
});
