// Nothing reaches a reader through search, matches or lists that the same reader could not read
// directly (issue 14, item 5). Each need carries unique marker words; for every reader, every need
// it gets 401/404 for at GET /api/needs/:id must leave no marker in anything it can list, search
// or be matched with, and hidden or suspended profiles must not show up at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminEnv, member, profileBodies, staffOf, type Member } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/testApp.js';
import type { TestClient } from './helpers/testClient.js';

let t: TestApp;
let staffLs: TestClient;
let staffPt: TestClient;
let helperInPhuTho: Member;

interface NeedMark {
  id: string;
  words: string[];
}
const needs: NeedMark[] = [];
/** Profiles nobody outside their owner and their province's staff may see: id and name. */
const withheld: { id: string; name: string }[] = [];
let marker = 0;
const word = () => `dauvet${(++marker).toString(36)}q${Math.random().toString(36).slice(2, 7)}`;

async function addNeed(owner: Member, category: string, status?: string): Promise<NeedMark> {
  const words = [word(), word()];
  const res = await owner.client.post('/api/needs', { title: `Nhu cầu ${words[0]}`, description: `Chi tiết ${words[1]}`, category });
  expect(res.status).toBe(201);
  if (status) expect((await owner.client.patch(`/api/needs/${res.body.id}`, { status })).status).toBe(200);
  const mark = { id: res.body.id as string, words };
  needs.push(mark);
  return mark;
}

/** Suspend a profile: there is no endpoint for it yet, so set the flag and re-index as a service would. */
async function suspend(profileId: string): Promise<void> {
  const { profiles, search } = t.app.container.modules;
  await t.app.store.withTransaction(async () => {
    await profiles.repository.setFields(profileId, { suspended: true });
    await search.outbox.enqueue(profileId);
  });
  await search.indexer.drain();
}

beforeAll(async () => {
  t = await startTestApp({ env: adminEnv });
  const admin = await adminClient(t);
  staffLs = await staffOf(t, admin, 'lang-son');
  staffPt = await staffOf(t, admin, 'phu-tho');

  const visible = await member(t, 'startup', { name: 'Mật ong Hữu Lũng' });
  await addNeed(visible, 'trademark');
  await addNeed(visible, 'trademark', 'in_progress');
  await addNeed(visible, 'trademark', 'resolved');
  await addNeed(visible, 'funding');
  await addNeed(visible, 'workspace');
  await addNeed(await member(t, 'startup', { name: 'Trà Mẫu Sơn' }), 'standards');

  const hiddenName = `Khởi nghiệp ẩn ${word()}`;
  const hidden = await member(t, 'startup', { name: hiddenName });
  await addNeed(hidden, 'trademark');
  expect((await hidden.client.put('/api/profiles/me', profileBodies.startup({ name: hiddenName, hidden: true }))).status).toBe(200);
  withheld.push({ id: hidden.profile.id, name: hiddenName });

  const suspendedName = `Khởi nghiệp bị đình chỉ ${word()}`;
  const suspended = await member(t, 'startup', { name: suspendedName });
  await addNeed(suspended, 'trademark');
  await suspend(suspended.profile.id);
  withheld.push({ id: suspended.profile.id, name: suspendedName });

  const hiddenExpertName = `Chuyên gia ẩn ${word()}`;
  const hiddenExpert = await member(t, 'expert', { name: hiddenExpertName, province: 'lang-son', hidden: true });
  withheld.push({ id: hiddenExpert.profile.id, name: hiddenExpertName });
  const suspendedExpertName = `Chuyên gia đình chỉ ${word()}`;
  const suspendedExpert = await member(t, 'expert', { name: suspendedExpertName, province: 'lang-son' });
  await suspend(suspendedExpert.profile.id);
  withheld.push({ id: suspendedExpert.profile.id, name: suspendedExpertName });

  helperInPhuTho = await member(t, 'expert', { name: 'Chuyên gia Phú Thọ', province: 'phu-tho', servesProvinces: ['lang-son'] });
});
afterAll(() => t.close());

/** Everything a reader can get from search, the directory, the needs list and its matches, as text. */
async function everythingListed(client: TestClient, matchesPath: string | null): Promise<string> {
  const paths = [
    '/api/search?limit=100',
    `/api/search?limit=100&q=${encodeURIComponent('nhu cầu chi tiết')}`,
    ...needs.flatMap((n) => n.words.map((w) => `/api/search?q=${w}`)),
    '/api/profiles?limit=100',
    '/api/needs?limit=100',
    ...(matchesPath ? [matchesPath] : []),
  ];
  const texts: string[] = [];
  for (const path of paths) {
    const res = await client.get(path);
    if (path.startsWith('/api/search') || path.startsWith('/api/profiles') || path === matchesPath) expect(res.status, path).toBe(200);
    texts.push(res.text);
  }
  return texts.join('\n');
}

async function readers(): Promise<[string, TestClient, string | null][]> {
  const startup = await member(t, 'startup', { name: 'Bánh khảo Thất Khê' });
  await addNeed(startup, 'trademark');
  const expert = await member(t, 'expert', { province: 'lang-son', expertise: ['trademark', 'legal'] });
  const investor = await member(t, 'investor');
  const provider = await member(t, 'provider');
  return [
    ['anonymous', t.client(), null],
    ['a startup', startup.client, '/api/matches?limit=100'],
    ['an expert', expert.client, '/api/matches?limit=100'],
    ['an investor', investor.client, '/api/matches?limit=100'],
    ['a provider', provider.client, '/api/matches?limit=100'],
    ['staff of another province', staffPt, `/api/matches?for=${helperInPhuTho.profile.id}&limit=100`],
  ];
}

describe('what a reader can list, search or be matched with', () => {
  it('holds no need the reader could not open and no hidden or suspended profile', async () => {
    let readable = 0;
    for (const [who, client, matchesPath] of await readers()) {
      const listed = await everythingListed(client, matchesPath);
      for (const need of needs) {
        const direct = await client.get(`/api/needs/${need.id}`);
        if (direct.status === 200) {
          readable++;
          continue;
        }
        expect([401, 404], who).toContain(direct.status);
        for (const w of need.words) expect(listed, `${who} must not see need ${need.id}`).not.toContain(w);
      }
      for (const profile of withheld) {
        expect(listed, `${who} must not see ${profile.name}`).not.toContain(profile.id);
        expect(listed, who).not.toContain(profile.name);
      }
    }
    // The helpers could open some of the needs: the markers above were there to be found.
    expect(readable).toBeGreaterThan(0);
  });

  it('still shows a helper the needs it may read, in its list and its match reasons', async () => {
    const expert = await member(t, 'expert', { province: 'lang-son', expertise: ['trademark'] });
    const listed = await everythingListed(expert.client, '/api/matches?limit=100');
    const open = needs.filter((n) => n.words.some((w) => listed.includes(w)));
    expect(open.length).toBeGreaterThan(0);
    for (const need of open) expect((await expert.client.get(`/api/needs/${need.id}`)).status).toBe(200);
    const reasons = (await expert.client.get('/api/matches?limit=100')).body.items.flatMap((i: any) => i.reasons.map((r: any) => r.detail));
    expect(reasons.some((d: string) => /“Nhu cầu dauvet/.test(d))).toBe(true);
  });

  it('lets staff of the province read and list everything of their province, withheld profiles included', async () => {
    const list = (await staffLs.get('/api/needs?limit=100')).text;
    for (const need of needs) {
      expect((await staffLs.get(`/api/needs/${need.id}`)).status).toBe(200);
      expect(list).toContain(need.words[0]);
    }
    for (const profile of withheld) expect((await staffLs.get(`/api/profiles/${profile.id}`)).status).toBe(200);
  });
});
