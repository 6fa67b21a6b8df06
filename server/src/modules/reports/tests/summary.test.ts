// Every figure of GET /api/reports/summary against a hand count of the scenario (scenario.ts),
// including the period boundaries and a need reopened after resolution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../../../jobs/index.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { buildScenario, MARCH, type Scenario } from './scenario.js';

let sc: Scenario;
const zeroCategories = {
  trademark: { open: 0, resolved: 0 },
  standards: { open: 0, resolved: 0 },
  distribution: { open: 0, resolved: 0 },
  workspace: { open: 0, resolved: 0 },
  funding: { open: 0, resolved: 0 },
  mentoring: { open: 0, resolved: 0 },
  technology: { open: 0, resolved: 0 },
  legal: { open: 0, resolved: 0 },
  marketing: { open: 0, resolved: 0 },
  training: { open: 0, resolved: 0 },
};
const noStatuses = { pending_staff: 0, pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0, rejected: 0 };

beforeAll(async () => {
  sc = await buildScenario();
});
afterAll(() => sc.t.close());

describe('Lạng Sơn, March 2026 (Vietnam time)', () => {
  let r: any;
  beforeAll(async () => {
    const res = await sc.staffLS.get(`/api/reports/summary?${MARCH}`);
    expect(res.status).toBe(200);
    r = res.body;
  });

  it('states its period and scope', () => {
    expect(r.period).toEqual({ from: '2026-02-28T17:00:00.000Z', to: '2026-03-31T17:00:00.000Z', timeZone: 'Asia/Ho_Chi_Minh (UTC+7)' });
    expect(r.province).toBe('lang-son');
    expect(r.scope).toEqual({ level: 'province', province: 'lang-son', region: null, provinces: ['lang-son'] });
    expect(r.byProvince).toBeUndefined();
  });

  it('needs by category: entered open (created at 00:00 on 1 March, or reopened) and entered resolved', () => {
    // A: created in February, resolved 7 March, reopened 10 March, resolved again 20 March → open 1, resolved 1.
    // B: created 23:59 on 28 February (outside), resolved 15 March → resolved 1 only.
    // C: created at the first instant of March, resolved 6 March. D: created 12 March. E: created at 00:00 on 1 April (outside).
    expect(r.needs.byCategory).toEqual({
      ...zeroCategories,
      trademark: { open: 1, resolved: 1 },
      standards: { open: 0, resolved: 1 },
      distribution: { open: 1, resolved: 1 },
      workspace: { open: 1, resolved: 0 },
    });
    expect(r.needs.totals).toEqual({ opened: 3, reopened: 1, resolved: 3, closed: 0 });
  });

  it('intros by status entered within the period, and where the month’s requests ended', () => {
    // pending: X2, X3 (after approval), X4, X5 (23:59 on 31 March); accepted: X2 (X5's acceptance is after the period);
    // declined: X0 (requested in February), X3; expired: X4.
    expect(r.intros.byStatus).toEqual({ ...noStatuses, pending_staff: 1, pending: 4, accepted: 1, declined: 2, expired: 1 });
    expect(r.intros.statusAtEnd).toEqual({ ...noStatuses, accepted: 1, declined: 1, expired: 1, pending: 1 });
  });

  it('the funnel of intros requested in March', () => {
    // requested X2 X3 X4 X5; accepted X2; consulted X2 (K2 completed); resolved X2 (need C resolved after the request).
    expect(r.funnel).toEqual({ requested: 4, accepted: 1, consulted: 1, resolved: 1 });
  });

  it('median hours to a first answer, counted from when the request reached the other side', () => {
    // X2: 6 h; X3: approved 06:00 on 8 March, declined 06:00 on 9 March → 24 h. X4 never answered; X5 answered after the period.
    expect(r.medianFirstResponseHours).toBe(15);
    expect(r.intros.firstResponses).toBe(2);
  });

  it('consultations and outcomes', () => {
    expect(r.consultations).toEqual({ completed: 2, averageRating: 4, scheduled: 3, cancelled: 1, ratings: 2 });
    expect(r.outcomes).toEqual({ trademark_filed: 1, distribution_contract: 1 });
    expect(r.outcomeStartups).toEqual({ trademark_filed: 1, distribution_contract: 1 });
  });

  it('median time in each stage, for stays that ended within the period', () => {
    expect(r.timeInStage.needs).toEqual({
      open: { medianHours: 264, count: 4 }, // A 288 h and 240 h, B 345.02 h, C 57 h
      in_progress: { medianHours: 72, count: 2 }, // A, C
      resolved: { medianHours: 72, count: 1 }, // A, resolved 7 March → reopened 10 March
      closed: { medianHours: null, count: 0 },
    });
    expect(r.timeInStage.intros).toEqual({
      pending_staff: { medianHours: 4, count: 1 }, // X3
      pending: { medianHours: 60, count: 4 }, // X0 96 h, X2 6 h, X3 24 h, X4 190 h
    });
    expect(r.timeInStage.consultations).toEqual({ scheduled: { medianHours: 24, count: 3 } }); // K1 3 h, K2 50 h, K3 24 h
  });
});

describe('period boundaries', () => {
  it('the first week of March', async () => {
    const r = (await sc.staffLS.get('/api/reports/summary?from=2026-03-01&to=2026-03-08')).body;
    expect(r.needs.byCategory.trademark).toEqual({ open: 0, resolved: 1 }); // A resolved 09:00 on 7 March (VN)
    expect(r.needs.byCategory.distribution).toEqual({ open: 1, resolved: 1 });
    expect(r.needs.byCategory.standards).toEqual({ open: 0, resolved: 0 });
    expect(r.funnel).toEqual({ requested: 1, accepted: 1, consulted: 1, resolved: 1 }); // X3 came at 09:00 on 8 March
  });

  it('date-times with offsets: one minute either side of an instant', async () => {
    const q = (from: string, to: string) =>
      sc.staffLS.get(`/api/reports/summary?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect((await q('2026-03-31T23:59:00+07:00', '2026-04-01T00:00:00+07:00')).body.funnel.requested).toBe(1); // X5
    expect((await q('2026-03-31T23:58:00+07:00', '2026-03-31T23:59:00+07:00')).body.funnel.requested).toBe(0);
    expect((await q('2026-04-01T00:00:00+07:00', '2026-04-02T00:00:00+07:00')).body.intros.byStatus.accepted).toBe(1); // X5 accepted
  });

  it('defaults to everything up to now and rejects an empty period', async () => {
    const all = (await sc.staffLS.get('/api/reports/summary')).body;
    expect(all.period.from).toBeNull();
    expect(all.funnel.requested).toBe(6); // X0..X5
    expect(all.needs.byCategory.trademark.open).toBe(2); // A, E
    expect((await sc.staffLS.get('/api/reports/summary?from=2026-04-01&to=2026-03-01')).status).toBe(400);
    expect((await sc.staffLS.get('/api/reports/summary?from=March')).status).toBe(400);
  });
});

describe('admin roll-ups', () => {
  it('a province, the region (Lạng Sơn + Phú Thọ) and the country', async () => {
    const ls = (await sc.admin.get(`/api/reports/summary?province=lang-son&${MARCH}`)).body;
    const own = (await sc.staffLS.get(`/api/reports/summary?${MARCH}`)).body;
    expect({ ...ls, exposure: null }).toEqual({ ...own, exposure: null });

    const region = (await sc.admin.get(`/api/reports/summary?region=trung-du-mien-nui-phia-bac&${MARCH}`)).body;
    expect(region.scope).toMatchObject({ level: 'region', region: 'trung-du-mien-nui-phia-bac' });
    expect(region.scope.provinces).toEqual(expect.arrayContaining(['lang-son', 'phu-tho']));
    expect(region.needs.byCategory.trademark).toEqual({ open: 2, resolved: 1 }); // + F in Phú Thọ
    expect(region.funnel).toEqual({ requested: 5, accepted: 2, consulted: 1, resolved: 1 }); // + X6
    expect(region.medianFirstResponseHours).toBe(6); // 2, 6, 24
    expect(region.byProvince['phu-tho']).toEqual({
      needsOpened: 1,
      needsResolved: 0,
      introsRequested: 1,
      introsAccepted: 1,
      consultationsCompleted: 0,
    });
    expect(region.byProvince['lang-son']).toEqual({
      needsOpened: 3,
      needsResolved: 3,
      introsRequested: 4,
      introsAccepted: 1,
      consultationsCompleted: 2,
    });
    expect(region.byProvince['ha-noi']).toBeUndefined();

    const national = (await sc.admin.get(`/api/reports/summary?${MARCH}`)).body;
    expect(national.scope.level).toBe('national');
    expect(national.needs.byCategory.funding).toEqual({ open: 1, resolved: 0 }); // G in Hà Nội
    expect(national.byProvince['ha-noi'].needsOpened).toBe(1);
    expect((await sc.admin.get(`/api/reports/summary?province=lang-son&region=tay-nguyen`)).status).toBe(400);
  });
});

describe('exposure per candidate', () => {
  it('counts how often each of the province’s candidates was shown in match lists', async () => {
    const before = (await sc.staffLS.get('/api/reports/summary')).body.exposure;
    expect(before).toMatchObject({ available: true, totalShown: 0, items: [] });
    const fresh = await member(sc.t, 'startup', { name: 'Miến dong Bình Liêu' });
    const needId = (await fresh.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu miến dong', category: 'trademark' })).body.id;
    const res = await fresh.client.get(`/api/matches?needId=${needId}&kind=expert`);
    expect(res.status, res.text).toBe(200);
    await sc.t.app.container.jobs.run(JOBS.matchExposure);
    const shown = res.body.items.map((i: any) => i.profile);
    const local = shown
      .filter((p: any) => p.province === 'lang-son')
      .map((p: any) => p.id)
      .sort();
    expect(local.length).toBeGreaterThan(0);
    const after = (await sc.staffLS.get('/api/reports/summary')).body.exposure;
    expect(after.items.map((i: any) => i.profileId).sort()).toEqual(local);
    expect(after.items.every((i: any) => i.shown === 1 && i.recent === 1 && i.province === 'lang-son')).toBe(true);
    expect(after.totalShown).toBe(local.length);
  });
});
