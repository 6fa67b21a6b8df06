// Requests whose endpoint declares no body (accept, withdraw, approve, logout…): API.md
// "Unknown body fields are rejected (400), never stored" holds for them too. No body, or `{}`
// as many clients send for a bare POST, is the request itself.
import { describe, expect, it } from 'vitest';
import { member } from './helpers/fixtures.js';
import { useTestApp } from './helpers/testApp.js';

const t = useTestApp();

describe('a request to an endpoint without a body', () => {
  it('refuses any field with 400 validation_failed and changes nothing', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin được kết nối.' })).body;

    const refused = await e.client.post(`/api/intros/${intro.id}/accept`, { note: 'đồng ý', status: 'accepted' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.any(String),
        details: [{ path: '(root)', message: 'Unknown field(s): note, status', code: 'unrecognized_keys' }],
      },
    });
    const unchanged = await e.client.get(`/api/intros/${intro.id}`);
    expect(unchanged.body).toMatchObject({ status: 'pending', acceptedBy: [] });
    expect(unchanged.body.history).toHaveLength(1);

    const array = await s.client.post(`/api/intros/${intro.id}/withdraw`, ['x']);
    expect(array.status).toBe(400);
    expect(array.body.error.code).toBe('validation_failed');
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('pending');

    const loggedOut = await s.client.post('/api/auth/logout', { everywhere: true });
    expect(loggedOut.status).toBe(400);
    expect((await s.client.get('/api/auth/me')).status).toBe(200);
  });

  it('takes the request with no body or an empty object', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const first = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Lần một' })).body;
    const accepted = await e.client.post(`/api/intros/${first.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');

    const e2 = await member(t, 'expert');
    const second = (await s.client.post('/api/intros', { toProfileId: e2.profile.id, message: 'Lần hai' })).body;
    const withdrawn = await s.client.post(`/api/intros/${second.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');

    expect((await s.client.post('/api/auth/logout', {})).status).toBe(204);
    expect((await s.client.get('/api/auth/me')).status).toBe(401);
  });
});
