import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { healthStatus } from './routes.js';

const t = useTestApp();

describe('GET /api/health', () => {
  it('reports the store, its missing indexes and search', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      store: { engine: 'embedded', ok: true, failedIndexes: [] },
      search: { engine: 'embedded', ok: true, lag: 0 },
    });
  });

  it('is degraded while a declared index could not be built', () => {
    const search = { ok: true };
    expect(healthStatus(true, [], search)).toBe('ok');
    expect(healthStatus(true, [{ collection: 'users', index: 'email_1', error: 'E11000 duplicate key' }], search)).toBe('degraded');
    expect(healthStatus(false, [], search)).toBe('degraded');
    expect(healthStatus(true, [], { ok: false })).toBe('degraded');
  });
});
