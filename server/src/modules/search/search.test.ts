import { createEmbeddedSearchEngine, createFlakyEngine } from '@ketnoi/search';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member, profileBodies } from '../../../test/helpers/fixtures.js';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';

let ipExpert: Member;
let ipExpert2: Member;
let honey: Member;
let mat: Member;

const search = async (query: string) => {
  const res = await t.client().get(`/api/search?${query}`);
  expect(res.status).toBe(200);
  return res.body as {
    items: { id: string; name: string; kind: string; highlight: Record<string, string> }[];
    total: number;
    facets: Record<string, Record<string, number>>;
    nextCursor: string | null;
  };
};
const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

const t = useTestApp();
beforeAll(async () => {
  ipExpert = await member(t, 'expert');
  ipExpert2 = await member(t, 'expert', {
    name: 'Công ty Luật Sao Việt',
    headline: 'Bảo hộ nhãn hiệu và sáng chế',
    expertise: ['trademark'],
    province: 'da-nang',
  });
  await member(t, 'expert', {
    name: 'Chuyên gia ATTP',
    headline: 'Tiêu chuẩn chất lượng, an toàn thực phẩm',
    expertise: ['standards'],
    province: 'phu-tho',
  });
  honey = await member(t, 'startup');
  mat = await member(t, 'startup', {
    name: 'Mát-xa thảo dược Mẫu Sơn',
    headline: 'Dịch vụ thư giãn',
    products: [{ name: 'Túi chườm thảo mộc', description: 'Mát lạnh' }],
    contact: { email: 'matxa@example.vn' },
  });
  await member(t, 'startup', {
    name: 'Trà hoa vàng',
    headline: 'Mặt hàng trà đặc sản Quảng Ninh',
    province: 'quang-ninh',
    products: [{ name: 'Trà hoa vàng', description: 'Mặt hàng OCOP' }],
  });
  await member(t, 'provider');
});

describe('Vietnamese search over HTTP', () => {
  it.each([
    ['with diacritics', 'đăng ký nhãn hiệu'],
    ['without diacritics', 'dang ky nhan hieu'],
    ['in NFD form', 'đăng ký nhãn hiệu'.normalize('NFD')],
    ['with a typo', 'nhan hieuu'],
  ])('finds the trademark experts %s', async (_label, q) => {
    const r = await search(`q=${encodeURIComponent(q)}`);
    expect(ids(r)).toEqual(expect.arrayContaining([ipExpert.profile.id, ipExpert2.profile.id]));
    expect(r.items.slice(0, 2).every((i) => i.kind === 'expert')).toBe(true);
  });

  it('finds the honey startup for "mat ong" and ranks "mật ong" above lookalikes', async () => {
    const folded = await search('q=mat%20ong');
    expect(ids(folded)).toContain(honey.profile.id);
    expect(ids(folded)[0]).toBe(honey.profile.id);
    const exact = await search(`q=${encodeURIComponent('mật ong')}`);
    expect(ids(exact)[0]).toBe(honey.profile.id);
    if (ids(exact).includes(mat.profile.id)) expect(ids(exact).indexOf(mat.profile.id)).toBeGreaterThan(0);
  });

  it('highlights matches with <mark> on the original text', async () => {
    const r = await search(`q=${encodeURIComponent('nhãn hiệu')}&kind=expert`);
    const hit = r.items.find((i) => i.id === ipExpert.profile.id)!;
    expect(Object.values(hit.highlight).join(' ')).toMatch(/<mark>nhãn<\/mark>/i);
  });

  it('highlights only the profile’s own words, never the index vocabulary of categories', async () => {
    const r = await search(`q=${encodeURIComponent('sở hữu trí tuệ')}`);
    expect(ids(r)).toContain(ipExpert.profile.id);
    for (const item of r.items) expect(Object.keys(item.highlight)).not.toContain('needLabels');
    expect(JSON.stringify(r.items.map((i) => i.highlight))).not.toMatch(/Trademark & IP|sáng chế, logo/);
  });

  it('filters, counts facets equal to the filtered totals, and maps legacy provinces', async () => {
    const all = await search('');
    const kinds = all.facets.kind!;
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(all.total);
    const experts = await search('kind=expert');
    expect(experts.total).toBe(kinds.expert);
    expect(experts.items.every((i) => i.kind === 'expert')).toBe(true);
    const quangNam = await search(`province=${encodeURIComponent('Quảng Nam')}`);
    expect(ids(quangNam)).toEqual([ipExpert2.profile.id]);
    const byNeed = await search('need=trademark');
    expect(byNeed.total).toBe(2);
    expect(byNeed.facets.kind).toEqual({ expert: 2 });
  });

  it('pages through results without duplicates', async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let cursor: string | null = null;
    do {
      const r = await search(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      totals.add(r.total);
      seen.push(...ids(r));
      cursor = r.nextCursor;
    } while (cursor);
    expect(totals.size).toBe(1);
    const total = [...totals][0]!;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('never returns contact details or e-mail addresses', async () => {
    const r = await t.client().get('/api/search?limit=100');
    for (const secret of ['matong@example.vn', '0912 345 678', 'binh.ip@example.vn', '0987654321', 'matxa@example.vn'])
      expect(r.text).not.toContain(secret);
    expect(r.text).not.toContain('"contact"');
  });

  it('sees profile changes and new needs immediately, and forgets hidden profiles', async () => {
    const fresh = await member(t, 'startup', { name: 'Miến ngô Thuận Anh', headline: 'Miến ngô Đình Lập', products: [] });
    expect(ids(await search(`q=${encodeURIComponent('miến ngô')}`))).toContain(fresh.profile.id);
    await fresh.client.post('/api/needs', { title: 'Tham gia hội chợ thương mại', category: 'distribution' });
    const byNeedText = await search(`q=${encodeURIComponent('hội chợ')}`);
    expect(ids(byNeedText)).toContain(fresh.profile.id);
    expect((await search('need=distribution&kind=startup')).items.map((i) => i.id)).toContain(fresh.profile.id);
    await fresh.client.put(
      '/api/profiles/me',
      profileBodies.startup({ name: 'Miến ngô Thuận Anh', headline: 'Miến ngô Đình Lập', products: [], hidden: true }),
    );
    expect(ids(await search(`q=${encodeURIComponent('miến ngô')}`))).not.toContain(fresh.profile.id);
  });

  it('rejects bad query parameters with 400', async () => {
    for (const q of ['kind=wizard', 'limit=0', 'limit=1000', 'province=atlantis', 'cursor=%%%', 'need=magic']) {
      const res = await t.client().get(`/api/search?${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('when the search engine fails', () => {
  it('keeps saving profiles, answers 503, reports degraded health, and catches up afterwards', async () => {
    const engine = createFlakyEngine(createEmbeddedSearchEngine());
    const app = await startTestApp({ searchEngine: engine });
    try {
      const before = (await app.client().get('/api/health')).body;
      expect(before).toMatchObject({ status: 'ok', search: { ok: true, lag: 0 } });

      engine.down('simulated outage');
      const c = app.client();
      await c.register({ role: 'expert' });
      const saved = await c.put('/api/profiles/me', profileBodies.expert({ name: 'Chuyên gia mã vạch GS1', expertise: ['standards'] }));
      expect(saved.status).toBe(201);
      expect((await app.app.store.collection({ name: 'profiles' }).findOne({ _id: saved.body.id }))!.name).toBe('Chuyên gia mã vạch GS1');

      const during = await app.client().get('/api/search?q=ma%20vach');
      expect(during.status).toBe(503);
      expect(during.body.error.code).toBe('unavailable');
      const health = (await app.client().get('/api/health')).body;
      expect(health.status).toBe('degraded');
      expect(health.search.ok).toBe(false);
      expect(health.search.lag).toBeGreaterThanOrEqual(1);

      engine.up();
      let found: string[] = [];
      for (let i = 0; i < 50 && !found.includes(saved.body.id); i++) {
        await app.client().get('/api/health');
        await new Promise((r) => setTimeout(r, 100));
        const r = await app.client().get('/api/search?q=ma%20vach');
        found = r.status === 200 ? (r.body.items as { id: string }[]).map((x) => x.id) : [];
      }
      expect(found).toContain(saved.body.id);
      const after = (await app.client().get('/api/health')).body;
      expect(after).toMatchObject({ status: 'ok', search: { ok: true, lag: 0 } });
    } finally {
      await app.close();
    }
  });
});
