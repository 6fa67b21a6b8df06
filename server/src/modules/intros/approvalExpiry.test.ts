// An intro waiting for staff approval reaches the other side only when approved; from then the
// other side has the whole answering time (INTRO_EXPIRY_DAYS), as the reminders count it.
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../test/helpers/signedIn.js';
import { DAY_MS, ManualClock } from '../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const { t, staff } = useAppWithStaff(['lang-son'], { clock });
const [staffLs] = staff;
const expireDue = () => t.app.container.modules.intros.service.expireDue();

describe('expiry of an intro approved by staff', () => {
  it('counts the 7 days from the approval, not from the request', async () => {
    expect((await staffLs.put('/api/staff/policy', { staffApprovalKinds: ['investor'] })).status).toBe(200);
    const startup = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const asked = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp quỹ' })).body;
    expect(asked.status).toBe('pending_staff');
    expect(Date.parse(asked.expiresAt) - Date.parse(asked.createdAt)).toBe(7 * DAY_MS);

    // Staff take five days to approve.
    clock.advance(5 * DAY_MS);
    const approved = await staffLs.post(`/api/intros/${asked.id}/approve`);
    expect(approved.body.status).toBe('pending');
    expect(approved.body.expiresAt).toBe(new Date(clock.now().getTime() + 7 * DAY_MS).toISOString());
    expect((await investor.client.get(`/api/intros/${asked.id}`)).body.expiresAt).toBe(approved.body.expiresAt);

    // Three days later (eight after the request) the investor can still answer…
    clock.advance(3 * DAY_MS);
    expect(await expireDue()).toBe(0);
    const accepted = await investor.client.post(`/api/intros/${asked.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
  });

  it('still expires an approved intro left unanswered for the whole time', async () => {
    const startup = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const asked = (await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp' })).body;
    clock.advance(DAY_MS);
    await staffLs.post(`/api/intros/${asked.id}/approve`);
    clock.advance(7 * DAY_MS - 1000);
    expect(await expireDue()).toBe(0);
    clock.advance(2000);
    expect(await expireDue()).toBe(1);
    const after = (await startup.client.get(`/api/intros/${asked.id}`)).body;
    expect(after.status).toBe('expired');
    expect(after.history.map((h: { to: string }) => h.to)).toEqual(['pending_staff', 'pending', 'expired']);
  });
});
