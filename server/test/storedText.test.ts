// Every endpoint stores text the way contract/src/primitives.ts cleans it: length limits count
// the NFC form that is stored, and control characters, lone surrogates, direction overrides and
// invisible-only text are refused (400) or removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member, profileBodies, type Member } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/testApp.js';

let t: TestApp;
let startup: Member;

beforeAll(async () => {
  t = await startTestApp();
  startup = await member(t, 'startup');
});
afterAll(() => t.close());

const needs = async () => (await startup.client.get('/api/needs')).body.items as { title: string; description: string }[];

describe('stored text over HTTP', () => {
  it.each([
    ['NUL', 'Mã vạch\u0000'],
    ['a lone surrogate', 'Mã vạch \uD83D'],
    ['a right-to-left override', 'Mã vạch \u202Ehcav aM'],
    ['a bidi isolate', '\u2067Mã vạch\u2069'],
  ])('refuses a need title with %s (400, nothing stored)', async (_label, title) => {
    const res = await startup.client.post('/api/needs', { title, category: 'standards' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'title', message: expect.stringMatching(/invisible control characters/) }),
    );
    expect(await needs()).toEqual([]);
  });

  it('counts the limit on the stored (NFC) form', async () => {
    // 100 characters sent, 300 once normalised: over the 200-character title limit.
    const res = await startup.client.post('/api/needs', { title: '\uFB2C'.repeat(100), category: 'standards' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'title', message: 'At most 200 characters.' }));
    expect(await needs()).toEqual([]);
  });

  it('refuses invisible-only text where text is required, and removes zero-width characters', async () => {
    const blank = await startup.client.post('/api/needs', { title: '\u200B\u200D\u2060', category: 'standards' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details).toContainEqual(expect.objectContaining({ path: 'title', message: 'Give the need a short title.' }));
    const created = await startup.client.post('/api/needs', {
      title: 'Mã\u200B vạch'.normalize('NFD'),
      description: '\u200B\u200B',
      category: 'standards',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Mã vạch', description: '' });
    expect(await needs()).toEqual([expect.objectContaining({ title: 'Mã vạch', description: '' })]);
  });

  it('applies to profiles and account names as well', async () => {
    const res = await startup.client.put('/api/profiles/me', profileBodies.startup({ name: 'Mật ong \u202Egnor' }));
    expect(res.status).toBe(400);
    expect((await startup.client.get('/api/profiles/me')).body.name).toBe(startup.profile.name);
    const account = await t.client().post('/api/auth/register', {
      email: 'khong-ten@example.vn',
      password: 'mat-khau-du-dai',
      role: 'startup',
      name: '\u200B',
      province: 'lang-son',
    });
    expect(account.status).toBe(400);
    expect(account.body.error.details).toContainEqual(expect.objectContaining({ path: 'name', message: 'Enter a name.' }));
  });
});
