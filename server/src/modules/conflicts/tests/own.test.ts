// Conflicts of interest an expert, investor or provider declares itself (/api/me/conflicts): they
// hold like staff declarations (no intro, no match, no judging of the startup's entry), the
// declarer withdraws its own, and a startup cannot use one to pick its jury.
import { beforeAll, describe, expect, it } from 'vitest';
import { member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';

let startup: Member;
let expert: Member;
let investor: Member;
let needId: string;

const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho']);
const [staffLS, staffPT] = staff;
beforeAll(async () => {
  startup = await member(t, 'startup', { name: 'Mật ong Chi Lăng', province: 'lang-son' });
  expert = await member(t, 'expert', { name: 'Luật sư Hạnh', province: 'phu-tho' });
  investor = await member(t, 'investor', { name: 'Quỹ Đồng Đăng', province: 'lang-son' });
  needId = (await startup.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu mật ong', category: 'trademark' })).body.id;
});

const matchedExperts = async () =>
  (await startup.client.get(`/api/matches?needId=${needId}&kind=expert&limit=50`)).body.items.map((m: any) => m.profile.id);

describe('a conflict of interest declared by the party itself', () => {
  it('keeps the two apart until the declarer withdraws it', async () => {
    expect(await matchedExperts()).toContain(expert.profile.id);
    const declared = await expert.client.post('/api/me/conflicts', {
      otherProfileId: startup.profile.id,
      reason: 'Em gái tôi là nhà sáng lập',
    });
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({
      profileId: expert.profile.id,
      otherProfileId: startup.profile.id,
      reason: 'Em gái tôi là nhà sáng lập',
      declaredBy: expert.user.id,
      byParty: true,
      profile: { id: expert.profile.id, name: 'Luật sư Hạnh' },
      otherProfile: { id: startup.profile.id, name: 'Mật ong Chi Lăng' },
    });

    // Neither side can ask for an introduction, and the matcher no longer proposes the pair.
    expect((await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin gặp' })).status).toBe(409);
    expect((await expert.client.post('/api/intros', { toProfileId: startup.profile.id, message: 'Chào' })).status).toBe(409);
    expect(await matchedExperts()).not.toContain(expert.profile.id);

    // The declarer lists it; staff of both provinces see it, marked as the party's own.
    expect((await expert.client.get('/api/me/conflicts')).body.items.map((c: any) => c.id)).toEqual([declared.body.id]);
    for (const office of [staffLS, staffPT]) {
      const listed = (await office.get('/api/staff/conflicts')).body.items.find((c: any) => c.id === declared.body.id);
      expect(listed).toMatchObject({ byParty: true, declaredBy: expert.user.id });
    }
    // It is the expert's word: staff of its province cannot lift it; someone else gets 404.
    expect((await staffPT.delete(`/api/staff/conflicts/${declared.body.id}`)).status).toBe(403);
    expect((await investor.client.delete(`/api/me/conflicts/${declared.body.id}`)).status).toBe(404);
    expect((await startup.client.delete(`/api/me/conflicts/${declared.body.id}`)).status).toBe(404);

    expect((await expert.client.delete(`/api/me/conflicts/${declared.body.id}`)).status).toBe(204);
    expect((await expert.client.delete(`/api/me/conflicts/${declared.body.id}`)).status).toBe(404);
    expect((await expert.client.get('/api/me/conflicts')).body.items).toEqual([]);
    expect(await matchedExperts()).toContain(expert.profile.id);
    const intro = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin gặp' });
    expect(intro.status).toBe(201);
    await startup.client.post(`/api/intros/${intro.body.id}/withdraw`);
  });

  it('refuses what it cannot be, and writes nothing', async () => {
    const post = (who: Member, body: unknown) => who.client.post('/api/me/conflicts', body);
    const refused = async (who: Member, body: unknown, status: number, code: string) => {
      const res = await post(who, body);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
    };
    // A startup would choose its jury with it: it asks staff instead.
    await refused(startup, { otherProfileId: expert.profile.id, reason: 'Không thích' }, 403, 'forbidden');
    await refused(investor, { otherProfileId: investor.profile.id, reason: 'x' }, 400, 'validation_failed');
    await refused(investor, { otherProfileId: 'no-such-profile', reason: 'x' }, 404, 'not_found');
    await refused(investor, { otherProfileId: startup.profile.id }, 400, 'validation_failed');
    await refused(investor, { otherProfileId: startup.profile.id, reason: '   ' }, 400, 'validation_failed');
    await refused(investor, { profileId: investor.profile.id, otherProfileId: startup.profile.id, reason: 'x' }, 400, 'validation_failed');
    const hidden = await member(t, 'startup', { name: 'Ẩn danh', province: 'phu-tho', hidden: true });
    await refused(investor, { otherProfileId: hidden.profile.id, reason: 'x' }, 404, 'not_found');
    expect((await staffLS.post('/api/me/conflicts', { otherProfileId: startup.profile.id, reason: 'x' })).status).toBe(409);
    expect((await t.client().post('/api/me/conflicts', { otherProfileId: startup.profile.id, reason: 'x' })).status).toBe(401);
    expect((await investor.client.get('/api/me/conflicts')).body.items).toEqual([]);
    expect((await staffLS.get(`/api/staff/conflicts?profileId=${startup.profile.id}`)).body.items).toEqual([]);

    // Declared once, by whoever first: the party again, or staff after it, get 409.
    const first = await post(investor, { otherProfileId: startup.profile.id, reason: 'Đã góp vốn' });
    expect(first.status).toBe(201);
    await refused(investor, { otherProfileId: startup.profile.id, reason: 'lần nữa' }, 409, 'conflict');
    const byStaff = await staffLS.post('/api/staff/conflicts', {
      profileId: startup.profile.id,
      otherProfileId: investor.profile.id,
      reason: 'x',
    });
    expect(byStaff.status).toBe(409);
    // An admin may still lift it (as with every declaration).
    expect((await admin.delete(`/api/staff/conflicts/${first.body.id}`)).status).toBe(204);
  });

  it('lets the party withdraw only its own, never a declaration staff made about it', async () => {
    const byStaff = await staffLS.post('/api/staff/conflicts', {
      profileId: investor.profile.id,
      otherProfileId: startup.profile.id,
      reason: 'Cùng gia đình',
    });
    expect(byStaff.status).toBe(201);
    expect(byStaff.body.byParty).toBe(false);
    expect((await investor.client.get('/api/me/conflicts')).body.items).toEqual([]);
    expect((await investor.client.delete(`/api/me/conflicts/${byStaff.body.id}`)).status).toBe(404);
    expect((await staffLS.get(`/api/staff/conflicts?profileId=${investor.profile.id}`)).body.items.map((c: any) => c.id)).toEqual([
      byStaff.body.id,
    ]);
  });
});
