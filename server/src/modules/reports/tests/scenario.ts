// A month of programme history built through the real API while a manual clock moves, so every
// report figure can be counted by hand (docs/REPORTS.md walks through the same story).
// Times are UTC; March 2026 in Vietnam is [2026-02-28T17:00Z, 2026-03-31T17:00Z).
import { adminClient, adminEnv, member, staffOf, type Member } from '../../../../test/helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { ManualClock } from '../../../lib/clock.js';

export const MARCH = 'from=2026-03-01&to=2026-04-01';
/** A title with quotes, a comma and a line break, to prove CSV quoting. */
export const TRICKY_TITLE = 'Mượn hội trường "Sở KH&CN", 10 ngày\nđể tập huấn';
export const FORMULA_TITLE = '=HYPERLINK("http://example.com","Bấm vào đây")';

export interface Scenario {
  t: TestApp;
  clock: ManualClock;
  admin: TestClient;
  staffLS: TestClient;
  s1: Member;
  s2: Member;
  e1: Member;
  e2: Member;
  needs: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', string>;
  intros: Record<'X0' | 'X1' | 'X2' | 'X3' | 'X4' | 'X5' | 'X6', string>;
  consultations: Record<'K1' | 'K2' | 'K3', string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers, as in the other test helpers
function ok<T extends { status: number; text: string; body: any }>(res: T, status = 200): T['body'] {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

export async function buildScenario(): Promise<Scenario> {
  const clock = new ManualClock('2026-02-19T02:00:00.000Z');
  const at = (iso: string) => clock.set(iso);
  const t = await startTestApp({ clock, env: { ...adminEnv, INTRO_EXPIRY_DAYS: '7' } });
  const admin = await adminClient(t);
  const staffLS = await staffOf(t, admin, 'lang-son');
  ok(await staffLS.put('/api/staff/policy', { staffApprovalKinds: ['investor'] }));
  const s1 = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
  const s2 = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung, Tràng Định' });
  const e1 = await member(t, 'expert', {
    name: 'Chuyên gia Một',
    province: 'lang-son',
    expertise: ['trademark', 'distribution'],
    capacity: 5,
  });
  const e2 = await member(t, 'expert', { name: 'Chuyên gia Hai', province: 'lang-son', expertise: ['trademark'] });
  const provider = await member(t, 'provider');
  const investor = await member(t, 'investor');
  const ptStartup = await member(t, 'startup', { name: 'Bưởi Đoan Hùng', province: 'phu-tho' });
  const ptExpert = await member(t, 'expert', { name: 'Chuyên gia Việt Trì', province: 'phu-tho' });
  const hnStartup = await member(t, 'startup', { name: 'Thiết bị IoT trường cao đẳng', province: 'ha-noi' });

  const need = async (m: Member, title: string, category: string) =>
    ok(await m.client.post('/api/needs', { title, category }), 201).id as string;
  const intro = async (m: Member, to: Member, needId?: string) =>
    ok(await m.client.post('/api/intros', { toProfileId: to.profile.id, message: 'Xin được kết nối', ...(needId ? { needId } : {}) }), 201)
      .id as string;
  const consult = async (m: Member, introId: string, startsAt: string) =>
    ok(await m.client.post('/api/consultations', { introId, startsAt, durationMinutes: 60, mode: 'online' }), 201).id as string;

  const n = {} as Scenario['needs'];
  const x = {} as Scenario['intros'];
  const k = {} as Scenario['consultations'];

  // ── before the period ──
  at('2026-02-20T02:00:00.000Z');
  n.A = await need(s1, 'Đăng ký nhãn hiệu "Mật ong chanh rừng Chi Lăng"', 'trademark');
  at('2026-02-20T03:00:00.000Z');
  x.X1 = await intro(s1, e1, n.A);
  at('2026-02-21T03:00:00.000Z');
  ok(await e1.client.post(`/api/intros/${x.X1}/accept`));
  at('2026-02-25T02:00:00.000Z');
  x.X0 = await intro(s2, e2);
  at('2026-02-28T16:59:00.000Z'); // 23:59 on 28 February in Vietnam: one minute before the period
  n.B = await need(s2, 'Mã vạch và nhãn hàng hoá cho thạch đen', 'standards');

  // ── March 2026 (Vietnam time) ──
  at('2026-02-28T17:00:00.000Z'); // 00:00 on 1 March in Vietnam: the first instant of the period
  n.C = await need(s2, 'Đưa thạch đen vào chuỗi siêu thị Happy Mart', 'distribution');
  at('2026-03-01T02:00:00.000Z');
  ok(await e2.client.post(`/api/intros/${x.X0}/decline`, { reason: 'Không đúng chuyên môn' }));
  at('2026-03-02T02:00:00.000Z');
  x.X2 = await intro(s2, e1, n.C);
  at('2026-03-02T08:00:00.000Z');
  ok(await e1.client.post(`/api/intros/${x.X2}/accept`));
  at('2026-03-03T02:00:00.000Z');
  k.K2 = await consult(s2, x.X2, '2026-03-05T02:00:00.000Z'); // C → in_progress
  n.F = await need(ptStartup, 'Đăng ký nhãn hiệu bưởi Đoan Hùng', 'trademark');
  at('2026-03-03T03:00:00.000Z');
  x.X6 = await intro(ptStartup, ptExpert, n.F);
  at('2026-03-03T05:00:00.000Z');
  ok(await ptExpert.client.post(`/api/intros/${x.X6}/accept`));
  at('2026-03-04T02:00:00.000Z');
  k.K1 = await consult(s1, x.X1, '2026-03-04T03:00:00.000Z'); // A → in_progress
  at('2026-03-04T05:00:00.000Z');
  ok(
    await e1.client.post(`/api/consultations/${k.K1}/complete`, {
      outcome: { tags: ['trademark_filed'], note: 'Đã nộp đơn tại Cục SHTT' },
    }),
  );
  at('2026-03-05T02:00:00.000Z');
  n.G = await need(hnStartup, 'Gọi vốn thiên thần cho thiết bị IoT', 'funding');
  at('2026-03-05T04:00:00.000Z');
  ok(await e1.client.post(`/api/consultations/${k.K2}/complete`, { outcome: { tags: ['distribution_contract'] } }));
  at('2026-03-06T02:00:00.000Z');
  ok(await s2.client.post(`/api/consultations/${k.K2}/feedback`, { rating: 5, resolved: true })); // C → resolved
  at('2026-03-07T02:00:00.000Z');
  ok(await s1.client.post(`/api/consultations/${k.K1}/feedback`, { rating: 3, resolved: true })); // A → resolved
  at('2026-03-08T02:00:00.000Z');
  x.X3 = await intro(s1, investor); // pending_staff (province policy)
  at('2026-03-08T06:00:00.000Z');
  ok(await staffLS.post(`/api/intros/${x.X3}/approve`));
  at('2026-03-09T06:00:00.000Z');
  ok(await investor.client.post(`/api/intros/${x.X3}/decline`, {}));
  at('2026-03-10T02:00:00.000Z');
  ok(await s1.client.patch(`/api/needs/${n.A}`, { status: 'open' })); // reopened after resolution
  at('2026-03-12T01:00:00.000Z');
  n.D = await need(s2, TRICKY_TITLE, 'workspace');
  at('2026-03-12T02:00:00.000Z');
  x.X4 = await intro(s2, provider, n.D);
  at('2026-03-14T02:00:00.000Z');
  k.K3 = await consult(s2, x.X2, '2026-03-16T02:00:00.000Z');
  at('2026-03-15T02:00:00.000Z');
  ok(await s2.client.post(`/api/consultations/${k.K3}/cancel`, { reason: 'Bận việc gia đình' }));
  ok(await s2.client.patch(`/api/needs/${n.B}`, { status: 'resolved' }));
  at('2026-03-20T00:00:00.000Z');
  if ((await t.app.container.modules.intros.service.expireDue()) !== 1) throw new Error('X4 should expire');
  at('2026-03-20T02:00:00.000Z');
  ok(await s1.client.patch(`/api/needs/${n.A}`, { status: 'resolved' }));
  at('2026-03-31T16:59:00.000Z'); // 23:59 on 31 March in Vietnam: the last minute of the period
  x.X5 = await intro(s1, e2);

  // ── after the period ──
  at('2026-03-31T17:00:00.000Z');
  ok(await e2.client.post(`/api/intros/${x.X5}/accept`));
  n.E = await need(s2, FORMULA_TITLE, 'trademark');
  at('2026-04-02T02:00:00.000Z');
  return { t, clock, admin, staffLS, s1, s2, e1, e2, needs: n, intros: x, consultations: k };
}
