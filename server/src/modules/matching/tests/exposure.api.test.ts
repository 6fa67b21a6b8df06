// Fair exposure over HTTP: every candidate shown is counted (once per viewer and day, by the
// background job); near-equal experts take turns at the top instead of one of them heading every
// list; a clearly better one keeps its place; staff read the counts of their province.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import { JOBS } from '../../../jobs/index.js';
import type { MatchItemBody } from './fixtures.js';
import { expectReasonsAddUp, reason } from './fixtures.js';

const startups: { m: Member; needId: string }[] = [];
let star: Member;
let peer: Member;
let local: Member;

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLs, staffPt] = staff;
beforeAll(async () => {
  // Two experts in Hà Nội serving Lạng Sơn with identical profiles: a tie broken only by id.
  star = await member(t, 'expert', { name: 'An – sở hữu trí tuệ', province: 'ha-noi', servesProvinces: ['lang-son'] });
  peer = await member(t, 'expert', { name: 'Bình – sở hữu trí tuệ', province: 'ha-noi', servesProvinces: ['lang-son'] });
  for (let i = 0; i < 6; i++) {
    const m = await member(t, 'startup', { name: `Dự án ${i}` });
    const needId = (await m.client.post('/api/needs', { category: 'trademark', title: 'Đăng ký nhãn hiệu' })).body.id as string;
    startups.push({ m, needId });
  }
});

/** One match list, then the background job that counts what it showed. */
const top = async (s: { m: Member; needId: string }, limit = 1) => {
  const res = await s.m.client.get(`/api/matches?needId=${s.needId}&limit=${limit}`);
  expect(res.status).toBe(200);
  await t.app.container.jobs.run(JOBS.matchExposure);
  return res.body.items as MatchItemBody[];
};

describe('fair exposure', () => {
  it('lets near-equal experts take turns at the top', async () => {
    const leaders: string[] = [];
    for (const s of startups) leaders.push((await top(s))[0]!.profile.id);
    expect(new Set(leaders)).toEqual(new Set([star.profile.id, peer.profile.id]));
    const counts = leaders.reduce((acc, id) => acc.set(id, (acc.get(id) ?? 0) + 1), new Map<string, number>());
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
  });

  it('explains the exposure and keeps the reasons adding up', async () => {
    const items = await top(startups[0]!, 2);
    for (const item of items) {
      expect(reason(item, 'exposure')!.detail).toMatch(/lần trong 14 ngày/);
      expectReasonsAddUp(item);
    }
  });

  it('never lets exposure push down a clearly better candidate', async () => {
    local = await member(t, 'expert', {
      name: 'Chuyên gia tại Lạng Sơn',
      province: 'lang-son',
      servesProvinces: ['lang-son'],
      remote: false,
    });
    for (const s of startups) expect((await top(s))[0]!.profile.id).toBe(local.profile.id);
  });

  it('counts every candidate shown and reports it to staff of the province', async () => {
    const res = await staffLs.get('/api/matches/exposure?province=lang-son');
    expect(res.status).toBe(200);
    const localRow = res.body.items.find((i: { profile: { id: string } }) => i.profile.id === local.profile.id);
    expect(localRow).toMatchObject({
      shown: startups.length,
      recentShown: startups.length,
      profile: { id: local.profile.id, kind: 'expert', province: 'lang-son' },
    });
    expect(Date.parse(localRow.lastShownAt)).toBeGreaterThan(Date.now() - 60_000);
    // Hà Nội experts are not in Lạng Sơn's list; staff default to their own province.
    expect(res.body.items.map((i: { profile: { id: string } }) => i.profile.id)).not.toContain(star.profile.id);
    expect((await staffLs.get('/api/matches/exposure')).body.items).toEqual(res.body.items);
  });

  it('lets admins see any province or all, and refuses other staff and members', async () => {
    const all = await admin.get('/api/matches/exposure');
    const shown = new Map(all.body.items.map((i: { profile: { id: string }; shown: number }) => [i.profile.id, i.shown]));
    // Six single-item lists and one list of two for a viewer that had seen one of the two that
    // day already (counted once); the local expert led every later list.
    expect((shown.get(star.profile.id) as number) + (shown.get(peer.profile.id) as number)).toBe(startups.length + 1);
    const counts = all.body.items.map((i: { shown: number }) => i.shown);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect((await admin.get('/api/matches/exposure?province=ha-noi')).body.items.length).toBe(2);
    expect((await staffPt.get('/api/matches/exposure?province=lang-son')).status).toBe(403);
    expect((await startups[0]!.m.client.get('/api/matches/exposure')).status).toBe(403);
  });

  it('does not let what a founder was shown move their own list when they look again', async () => {
    const m = await member(t, 'startup', { name: 'Dự án xem lại' });
    const looker = { m, needId: (await m.client.post('/api/needs', { category: 'trademark', title: 'Nhãn hiệu' })).body.id as string };
    const exposureOf = (items: MatchItemBody[]) => items.map((i) => [i.profile.id, reason(i, 'exposure')!.score, i.score]);
    const first = await top(looker, 3);
    expect(first.length).toBe(3);
    // Counted for everyone else: another founder sees these three as shown once more.
    const again = await top(looker, 3);
    expect(exposureOf(again)).toEqual(exposureOf(first));
    const shown = new Map(
      (await admin.get('/api/matches/exposure')).body.items.map((i: { profile: { id: string }; recentShown: number }) => [
        i.profile.id,
        i.recentShown,
      ]),
    );
    expect(shown.get(local.profile.id)).toBe(startups.length + 1);
  });
});
