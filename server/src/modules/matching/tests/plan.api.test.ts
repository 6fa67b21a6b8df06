// POST /api/matches/plan over HTTP: one candidate per need, nobody over capacity (spare
// capacity and capacityPerCandidate), hard rules kept, staff limited to their province.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import type { MatchItemBody } from './fixtures.js';
import { declareConflict, insertConsultations } from './fixtures.js';

const startups: Member[] = [];
const needIds: string[] = [];
const experts: Record<string, Member> = {};
let workspaceNeed: string;
let cowork: Member;
let phuThoNeed: string;

interface Plan {
  assignments: { needId: string; profileId: string; score: number; profile: { id: string; kind: string } }[];
  unassigned: string[];
  totalScore: number;
}

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLs, staffPt] = staff;
beforeAll(async () => {
  experts.one = await member(t, 'expert', { name: 'Một suất', province: 'lang-son', capacity: 1, servesProvinces: ['lang-son'] });
  experts.three = await member(t, 'expert', { name: 'Ba suất, bận hai', province: 'lang-son', capacity: 3, servesProvinces: ['lang-son'] });
  experts.five = await member(t, 'expert', { name: 'Năm suất', province: 'ha-noi', capacity: 5, servesProvinces: ['lang-son'] });
  experts.marketing = await member(t, 'expert', { name: 'Marketing', province: 'lang-son', expertise: ['marketing'], capacity: 5 });
  cowork = await member(t, 'provider', {});
  for (let i = 0; i < 8; i++) {
    const m = await member(t, 'startup', { name: `Dự án ${i}` });
    startups.push(m);
    needIds.push((await m.client.post('/api/needs', { category: 'trademark', title: `Nhãn hiệu ${i}` })).body.id);
  }
  workspaceNeed = (await startups[0]!.client.post('/api/needs', { category: 'workspace', title: 'Chỗ ngồi' })).body.id;
  const pt = await member(t, 'startup', { province: 'phu-tho', name: 'Chè Phú Thọ' });
  phuThoNeed = (await pt.client.post('/api/needs', { category: 'trademark', title: 'Nhãn hiệu chè' })).body.id;
  await insertConsultations(
    t,
    [0, 1].map(() => ({ startupId: startups[7]!.profile.id, helperId: experts.three!.profile.id, status: 'scheduled' as const })),
  );
});

function loads(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of plan.assignments) out.set(a.profileId, (out.get(a.profileId) ?? 0) + 1);
  return out;
}

describe('cohort planner', () => {
  it('assigns each need one expert within spare capacity and leaves the rest unassigned', async () => {
    const res = await staffLs.post('/api/matches/plan', { needIds, kind: 'expert' });
    expect(res.status).toBe(200);
    const plan = res.body as Plan;
    // Spare: one → 1, three → 3 − 2 scheduled = 1, five → 5; marketing does not cover trademark.
    const l = loads(plan);
    expect(l.get(experts.one!.profile.id)).toBe(1);
    expect(l.get(experts.three!.profile.id)).toBe(1);
    expect(l.get(experts.five!.profile.id)).toBe(5);
    expect(l.has(experts.marketing!.profile.id)).toBe(false);
    expect(plan.assignments).toHaveLength(7);
    expect(plan.unassigned).toHaveLength(1);
    expect(new Set([...plan.assignments.map((a) => a.needId), ...plan.unassigned])).toEqual(new Set(needIds));
    expect(plan.totalScore).toBeCloseTo(
      plan.assignments.reduce((s, a) => s + a.score, 0),
      3,
    );
    expect(plan.assignments.every((a) => a.profile.id === a.profileId && a.profile.kind === 'expert')).toBe(true);
  });

  it('scores each assignment as the match list does, without fair exposure', async () => {
    const plan = (await staffLs.post('/api/matches/plan', { needIds, kind: 'expert' })).body as Plan;
    expect(plan.assignments.length).toBeGreaterThan(0);
    for (const assignment of plan.assignments) {
      const startup = startups[needIds.indexOf(assignment.needId)]!;
      const list = await staffLs.get(`/api/matches?for=${startup.profile.id}&needId=${assignment.needId}&kind=expert`);
      const item = (list.body.items as MatchItemBody[]).find((i) => i.profile.id === assignment.profileId)!;
      const counted = item.reasons.filter((r) => r.criterion !== 'exposure');
      expect(counted.length).toBe(item.reasons.length - 1);
      const withoutExposure = counted.reduce((s, r) => s + r.weight * r.score, 0) / counted.reduce((s, r) => s + r.weight, 0);
      expect(assignment.score).toBeCloseTo(withoutExposure, 4);
    }
  });

  it('caps everyone at capacityPerCandidate', async () => {
    const plan = (await staffLs.post('/api/matches/plan', { needIds, kind: 'expert', capacityPerCandidate: 2 })).body as Plan;
    const l = loads(plan);
    expect([...l.values()].every((n) => n <= 2)).toBe(true);
    expect(l.get(experts.five!.profile.id)).toBe(2);
    expect(plan.assignments).toHaveLength(4);
    expect(plan.unassigned).toHaveLength(4);
  });

  it('keeps the hard rules: a conflicted pair is never assigned', async () => {
    await declareConflict(t, startups[0]!.profile.id, experts.five!.profile.id);
    const plan = (await staffLs.post('/api/matches/plan', { needIds: [needIds[0]], kind: 'expert' })).body as Plan;
    expect(plan.assignments).toHaveLength(1);
    expect(plan.assignments[0]!.profileId).not.toBe(experts.five!.profile.id);
  });

  it('plans providers too (no declared capacity: one per need unless capped)', async () => {
    const plan = (await admin.post('/api/matches/plan', { needIds: [workspaceNeed], kind: 'provider' })).body as Plan;
    expect(plan.assignments.map((a) => a.profileId)).toEqual([cowork.profile.id]);
  });

  it('refuses needs of another province (403), unknown needs (404), closed needs (409) and bad bodies (400)', async () => {
    expect((await staffPt.post('/api/matches/plan', { needIds, kind: 'expert' })).status).toBe(403);
    expect((await staffLs.post('/api/matches/plan', { needIds: [phuThoNeed], kind: 'expert' })).status).toBe(403);
    expect((await admin.post('/api/matches/plan', { needIds: [phuThoNeed, needIds[1]], kind: 'expert' })).status).toBe(200);
    const unknown = await staffLs.post('/api/matches/plan', { needIds: ['nope'], kind: 'expert' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details).toEqual({ needIds: ['nope'] });
    const closed = (await startups[1]!.client.post('/api/needs', { category: 'trademark', title: 'Cũ' })).body.id;
    await startups[1]!.client.patch(`/api/needs/${closed}`, { status: 'closed' });
    expect((await staffLs.post('/api/matches/plan', { needIds: [closed], kind: 'expert' })).status).toBe(409);
    for (const body of [
      { needIds: [], kind: 'expert' },
      { needIds, kind: 'investor' },
      { needIds, kind: 'expert', capacityPerCandidate: 0 },
      { needIds },
    ]) {
      expect((await staffLs.post('/api/matches/plan', body)).status).toBe(400);
    }
    expect((await startups[0]!.client.post('/api/matches/plan', { needIds, kind: 'expert' })).status).toBe(403);
  });
});
