// A startup's public badges also show what its founder reported through the 90-day follow-up mail
// (a trademark granted since the filing), as the reports count it; "still waiting" is no badge, and
// a GET of the mail's link (a mail scanner) adds nothing.
import { describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';
import { helped } from '../../../../test/helpers/consultations.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { only, useMailApp } from '../../../../test/helpers/mailbox.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');
const { t, mailbox } = useMailApp({ clock });

describe('outcome badges from follow-up answers', () => {
  it('a trademark granted after the consultation becomes a badge once the founder answers the mail', async () => {
    const honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const lawyer = await member(t, 'expert', { name: 'Luật sư Hoàng Thị Thanh' });
    await helped(clock, honey, lawyer, [['trademark_filed']]);
    await mailbox.fresh();

    clock.advance(91 * DAY_MS);
    await t.app.container.jobs.run(JOBS.followUps);
    const mail = only(await mailbox.fresh(), honey.user.email, 'consultation.follow_up');
    const link = (label: string) => {
      const found = (mail.parsed.text ?? '').split('\n').find((line) => line.startsWith(`- ${label}: `));
      return new URL(found!.slice(`- ${label}: `.length)).pathname;
    };
    const badges = async () => (await t.client().get(`/api/profiles/${honey.profile.id}`)).body.outcomeBadges;
    expect(await badges()).toEqual([{ tag: 'trademark_filed', count: 1 }]);

    expect((await t.client().get(link('Được cấp văn bằng bảo hộ'))).status).toBe(200);
    expect(await badges()).toEqual([{ tag: 'trademark_filed', count: 1 }]);

    expect((await t.client().post(link('Được cấp văn bằng bảo hộ'))).status).toBe(200);
    expect((await t.client().post(link('Vẫn đang chờ kết quả'))).status).toBe(200);
    expect(await badges()).toEqual([
      { tag: 'trademark_filed', count: 1 },
      { tag: 'trademark_granted', count: 1 },
    ]);
  });
});
