// Audit entries share the transaction of their cause: when the audit write fails, the change is
// refused and rolled back; when the transaction fails after the entry was written (a transactional
// listener that throws, registered after the audit log's), the change and its entry are both gone;
// when it succeeds, the entry is there by the time the request is answered.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import type { DomainEvents } from '../../lib/events.js';

let startup: Member;
let expert: Member;

const auditCount = async (query = '') => ((await admin.get(`/api/admin/audit?limit=100&${query}`)).body.items as unknown[]).length;

/** Make every transaction that records `name` fail after the audit entry was written, for the duration of `fn`. */
async function failing<T>(name: keyof DomainEvents, fn: () => Promise<T>): Promise<T> {
  const off = t.app.container.events.inTransaction(name, () => {
    throw new Error(`simulated failure after ${name} was audited`);
  });
  try {
    return await fn();
  } finally {
    off();
  }
}

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');
beforeAll(async () => {
  startup = await member(t, 'startup');
  expert = await member(t, 'expert', { province: 'lang-son' });
});

describe('when the audit write itself fails', () => {
  it('refuses the change and stores nothing of it', async () => {
    // The only fault injected in this file: the audit log's own insert fails (a full disk, a lost
    // connection), which no request can provoke.
    const { log } = t.app.container.modules.audit;
    const append = log.append;
    log.append = () => Promise.reject(new Error('simulated audit write failure'));
    try {
      const res = await staff.put('/api/staff/policy', { staleNeedDays: 21 });
      expect(res.status).toBe(500);
    } finally {
      log.append = append;
    }
    expect((await staff.get('/api/staff/policy')).body.staleNeedDays).toBe(14);
    expect(await auditCount('action=policy.changed')).toBe(0);
  });
});

describe('an audited change and its entry commit together', () => {
  it('intro created, then accepted', async () => {
    const before = await auditCount('action=intro.created');
    const refused = await failing('intro.created', () =>
      startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin tư vấn' }),
    );
    expect(refused.status).toBe(500);
    expect((await startup.client.get('/api/intros?box=outgoing')).body.items).toEqual([]);
    expect(await auditCount('action=intro.created')).toBe(before);

    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin tư vấn' })).body;
    expect(await auditCount(`targetId=${intro.id}`)).toBe(1);
    expect((await failing('intro.updated', () => expert.client.post(`/api/intros/${intro.id}/accept`))).status).toBe(500);
    expect((await startup.client.get(`/api/intros/${intro.id}`)).body.status).toBe('pending');
    expect(await auditCount(`targetId=${intro.id}`)).toBe(1);

    expect((await expert.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
    expect(await auditCount(`targetId=${intro.id}&action=intro.status_changed`)).toBe(1);
  });

  it('need status changed', async () => {
    const need = (await startup.client.post('/api/needs', { title: 'Mã vạch', category: 'standards' })).body;
    const refused = await failing('need.status_changed', () => startup.client.patch(`/api/needs/${need.id}`, { status: 'closed' }));
    expect(refused.status).toBe(500);
    expect((await startup.client.get(`/api/needs/${need.id}`)).body.status).toBe('open');
    expect(await auditCount(`targetId=${need.id}`)).toBe(0);
  });

  it('verification recorded (the flag, the record and both entries)', async () => {
    const body = { profileId: expert.profile.id, verified: true, checked: ['Thẻ luật sư số 42'] };
    const refused = await failing('verification.recorded', () => staff.post('/api/staff/verifications', body));
    expect(refused.status).toBe(500);
    expect((await t.client().get(`/api/profiles/${expert.profile.id}`)).body.verified).toBe(false);
    expect((await staff.get(`/api/staff/verifications?profileId=${expert.profile.id}`)).body.items).toEqual([]);
    expect(await auditCount(`targetId=${expert.profile.id}`)).toBe(0);

    expect((await staff.post('/api/staff/verifications', body)).status).toBe(201);
    expect(await auditCount(`targetId=${expert.profile.id}`)).toBe(2);
  });

  it('policy and weights changed', async () => {
    const policy = await failing('policy.changed', () => staff.put('/api/staff/policy', { staleNeedDays: 9 }));
    expect(policy.status).toBe(500);
    expect((await staff.get('/api/staff/policy')).body.staleNeedDays).toBe(14);
    expect(await auditCount('action=policy.changed')).toBe(0);

    const weights = await failing('weights.changed', () => staff.put('/api/admin/weights', { weights: { geography: 7 } }));
    expect(weights.status).toBe(500);
    expect((await staff.get('/api/admin/weights')).body.overrides).toEqual({});
    expect(await auditCount('action=weights.changed')).toBe(0);
  });

  it('conflict declared, and account created by an admin', async () => {
    const declared = await failing('conflict.declared', () =>
      staff.post('/api/staff/conflicts', { profileId: startup.profile.id, otherProfileId: expert.profile.id, reason: 'Họ hàng' }),
    );
    expect(declared.status).toBe(500);
    expect((await staff.get('/api/staff/conflicts')).body.items).toEqual([]);
    expect(await auditCount('action=conflict.declared')).toBe(0);

    const before = await auditCount('action=account.created');
    const account = {
      email: 'can.bo.moi@ketnoi.test',
      password: 'staff-password-2',
      role: 'staff',
      name: 'Cán bộ mới',
      province: 'lang-son',
    };
    expect((await failing('account.created', () => admin.post('/api/admin/users', account))).status).toBe(500);
    expect(await auditCount('action=account.created')).toBe(before);
    // The account was not created either: the address is still free.
    expect((await admin.post('/api/admin/users', account)).status).toBe(201);
    expect(await auditCount('action=account.created')).toBe(before + 1);
  });
});
