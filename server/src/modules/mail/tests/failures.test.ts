// Mail delivery when things go wrong, against a real SMTP peer: refusals (4xx, 5xx), a peer that
// is down, two app instances over one store, and an instance that died holding a mail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpPeer } from '../../../../test/helpers/smtpPeer.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { startTestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';
import { createEmbeddedStore } from '../../../store/embedded/index.js';
import type { Store } from '../../../store/types.js';

const from = { MAIL_FROM: 'KếtNối <no-reply@ketnoi.test>' };

async function queueResetMails(t: TestApp, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    const user = await t.client().register({ email: `${prefix}${i}@example.vn` });
    expect((await t.client().post('/api/auth/password-reset', { email: user.email })).status).toBe(202);
  }
}

describe('an SMTP peer that refuses or is down', () => {
  let peer: SmtpPeer;
  let t: TestApp;
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  const deliver = () => t.app.container.jobs.run(JOBS.mailDelivery);
  const health = async () => (await t.client().get('/api/health')).body;

  beforeAll(async () => {
    peer = await new SmtpPeer().start();
    t = await startTestApp({ env: { SMTP_URL: peer.url, ...from }, clock, startJobs: false });
  });
  afterAll(async () => {
    await t.close();
    await peer.stop();
  });

  it('keeps a mail refused with 4xx queued and retries it after the backoff; gives up on a 5xx', async () => {
    peer.mode = 'reject-temporary';
    await queueResetMails(t, 1, 'busy');
    await deliver();
    expect(peer.received).toHaveLength(0);
    const [row] = await t.app.container.modules.mail.outbox.find({ kind: 'password.reset' });
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastErrorKind: 'temporary' });
    expect(row!.lastError).toContain('451');
    expect(Date.parse(row!.nextAttemptAt) - clock.now().getTime()).toBeGreaterThanOrEqual(4_000);
    expect(await health()).toMatchObject({ status: 'degraded', mail: { transport: 'smtp', ok: false, queued: 1, failing: 1, failed: 0 } });

    peer.mode = 'accept';
    await deliver(); // not due yet
    expect(peer.received).toHaveLength(0);
    clock.advance(10_000);
    await deliver();
    await peer.waitFor(1);
    expect(peer.received[0]!.messageId).toBe(row!.messageId);
    expect(await health()).toMatchObject({ status: 'ok', mail: { ok: true, queued: 0, failing: 0 } });

    peer.mode = 'reject-permanent';
    await queueResetMails(t, 1, 'unknown-mailbox');
    await deliver();
    const rejected = await t.app.container.modules.mail.outbox.find({ status: 'failed' });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ attempts: 1, lastErrorKind: 'permanent' });
    expect(rejected[0]!.lastError).toContain('550');
    clock.advance(3_600_000);
    await deliver();
    expect(peer.received).toHaveLength(1);
    expect((await health()).mail).toMatchObject({ ok: true, queued: 0, failing: 0, failed: 1 });
    peer.mode = 'accept';
  });

  it('waits while the peer is down, keeps the app answering, and delivers each mail once when it is back', async () => {
    const before = peer.received.length;
    await peer.stop();
    await queueResetMails(t, 8, 'down');
    await deliver();
    const attempted = (await t.app.container.modules.mail.outbox.find({ status: 'queued' })).filter((r) => r.attempts > 0);
    await deliver(); // only probes: a dead relay does not use up the other mails' attempts
    const rows = await t.app.container.modules.mail.outbox.find({ status: 'queued' });
    expect(rows).toHaveLength(8);
    // At most one attempt per worker lane (4) before the first connection failure stops the round.
    expect(attempted.length).toBeGreaterThanOrEqual(1);
    expect(attempted.length).toBeLessThanOrEqual(4);
    expect(rows.filter((r) => r.attempts > 0).map((r) => [r._id, r.attempts])).toEqual(attempted.map((r) => [r._id, 1]));
    expect(attempted.every((r) => r.lastErrorKind === 'connection')).toBe(true);
    expect(await health()).toMatchObject({ status: 'degraded', mail: { ok: false, queued: 8, failing: attempted.length } });
    const someone = t.client();
    await someone.register();
    expect((await someone.get('/api/auth/me')).status).toBe(200);

    await peer.start();
    await deliver();
    const arrived = (await peer.waitFor(before + 8)).slice(before);
    expect(new Set(arrived.map((m) => m.messageId))).toEqual(new Set(rows.map((r) => r.messageId)));
    await deliver();
    expect(peer.received).toHaveLength(before + 8);
    expect(await health()).toMatchObject({ status: 'ok', mail: { ok: true, queued: 0, failing: 0 } });
  });
});

describe('two app instances over one store', () => {
  let peer: SmtpPeer;
  let store: Store;
  let a: TestApp;
  let b: TestApp;
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-mail-two-'));

  beforeAll(async () => {
    peer = await new SmtpPeer({ parse: false }).start();
    store = await createEmbeddedStore({ dataDir: dir });
    const env = { SMTP_URL: peer.url, SESSION_SECRET: 'a-shared-session-secret-of-at-least-32-chars', ...from };
    a = await startTestApp({ env, store, dataDir: dir, clock, startJobs: false });
    b = await startTestApp({ env, store, dataDir: dir, clock, startJobs: false });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    await peer.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never send the same mail twice, each delivering its share', async () => {
    const user = await a.client().register({ name: 'Người nhận' });
    const count = 200;
    const ids: string[] = [];
    await store.withTransaction(async () => {
      for (let i = 0; i < count; i++) {
        const mail = await a.app.container.modules.mail.service.enqueue('event.registration_confirmed', user.id, {
          eventId: `ev-${i}`,
          title: `Sự kiện ${i}`,
          startsAt: '2026-04-10T01:30:00.000Z',
          endsAt: '2026-04-10T03:00:00.000Z',
          ticketCode: `T-${i}`,
        });
        ids.push(mail!.messageId);
      }
    });
    await Promise.all([a.app.container.jobs.run(JOBS.mailDelivery), b.app.container.jobs.run(JOBS.mailDelivery)]);
    await peer.waitFor(count);
    const counts = peer.countsByMessageId();
    expect(counts.size).toBe(count);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(counts.keys())).toEqual(new Set(ids));
    const sent = await a.app.container.modules.mail.outbox.find({ status: 'sent' }, count + 1);
    expect(sent).toHaveLength(count);
    // Both workers took part: the claims really raced.
    expect(new Set(sent.map((row) => row.sentBy))).toEqual(
      new Set([a.app.container.modules.mail.worker.owner, b.app.container.modules.mail.worker.owner]),
    );
  });

  it('sends, once, a mail whose instance died holding it, after its lease ran out', async () => {
    const user = await b.client().register();
    const queued = await b.app.container.modules.mail.service.enqueue('password.reset', user.id, {
      token: 'x'.repeat(43),
      validMinutes: 60,
    });
    const held = await a.app.container.modules.mail.outbox.claim('an-instance-that-died', 120_000);
    expect(held?._id).toBe(queued!._id);
    const before = peer.received.length;
    await b.app.container.jobs.run(JOBS.mailDelivery);
    expect(peer.received).toHaveLength(before);
    clock.advance(121_000);
    await b.app.container.jobs.run(JOBS.mailDelivery);
    await a.app.container.jobs.run(JOBS.mailDelivery);
    await peer.waitFor(before + 1);
    expect(peer.received.slice(before).map((m) => m.messageId)).toEqual([queued!.messageId]);
  });
});
