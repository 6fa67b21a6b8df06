// Exposure counts cannot be inflated by asking again (issue 14, item 9): GET /api/matches writes
// nothing; the background job counts each viewer, candidate and (UTC) day once, and the exposure
// report and fair-exposure scores read those counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';

const clock = new ManualClock('2026-03-02T03:00:00.000Z');
let expert: Member;
const seekers: { m: Member; needId: string }[] = [];

const t = useTestApp({ env: adminEnv, clock, startJobs: false });
const admin = useAdmin(t);
beforeAll(async () => {
  expert = await member(t, 'expert', { name: 'Chuyên gia nhãn hiệu', province: 'lang-son', servesProvinces: ['lang-son'] });
  for (let i = 0; i < 2; i++) {
    const m = await member(t, 'startup', { name: `Dự án ${i}` });
    const needId = (await m.client.post('/api/needs', { category: 'trademark', title: 'Đăng ký nhãn hiệu' })).body.id as string;
    seekers.push({ m, needId });
  }
});

const shown = async () => {
  const row = (await admin.get('/api/matches/exposure?province=lang-son')).body.items.find(
    (i: { profile: { id: string } }) => i.profile.id === expert.profile.id,
  );
  return row ? { shown: row.shown as number, recentShown: row.recentShown as number } : { shown: 0, recentShown: 0 };
};

const look = async (s: { m: Member; needId: string }, times: number) => {
  for (let i = 0; i < times; i++) {
    const res = await s.m.client.get(`/api/matches?needId=${s.needId}&kind=expert`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((item: { profile: { id: string } }) => item.profile.id)).toContain(expert.profile.id);
  }
};

describe('exposure counting', () => {
  it('writes nothing while answering; the job counts once per viewer, candidate and day', async () => {
    await look(seekers[0]!, 10);
    expect(await shown()).toEqual({ shown: 0, recentShown: 0 });
    expect(await t.app.store.collection({ name: 'match_exposure' }).countDocuments()).toBe(0);

    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 1, recentShown: 1 });

    // The same viewer again the same day (even across job runs): still one.
    await look(seekers[0]!, 5);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 1, recentShown: 1 });

    // Another viewer counts.
    await look(seekers[1]!, 3);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 2, recentShown: 2 });

    // The next day, the first viewer counts again.
    clock.advance(DAY_MS);
    await look(seekers[0]!, 4);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 3, recentShown: 3 });
  });

  it('feeds fair exposure: the reasons quote the showings counted for others than the reader', async () => {
    const quoted = async (s: { m: Member; needId: string }) => {
      const res = await s.m.client.get(`/api/matches?needId=${s.needId}&kind=expert`);
      const item = res.body.items.find((i: { profile: { id: string } }) => i.profile.id === expert.profile.id);
      return item.reasons.find((r: { criterion: string }) => r.criterion === 'exposure').detail as string;
    };
    // Three counted: two to the first founder (two days), one to the second.
    expect(await quoted(seekers[1]!)).toMatch(/\(2 lần trong 14 ngày\)/);
    expect(await quoted(seekers[0]!)).toMatch(/\(1 lần trong 14 ngày\)/);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 4, recentShown: 4 });
  });

  it('forgets who saw what once the window has passed, and still counts the total', async () => {
    clock.advance(20 * DAY_MS);
    await look(seekers[0]!, 1);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 5, recentShown: 1 });
    expect(await t.app.store.collection({ name: 'match_sightings' }).countDocuments()).toBe(1);
  });

  it('counts a showing noted before a long outage in the total only', async () => {
    await look(seekers[1]!, 1);
    clock.advance(20 * DAY_MS);
    await t.app.container.jobs.run(JOBS.matchExposure);
    expect(await shown()).toEqual({ shown: 6, recentShown: 0 });
  });
});
