// One startup cannot pile up needs (issue 14, item 6): at most MAX_ACTIVE_NEEDS open or in
// progress, and its search document does not grow with what they say.
import { beforeAll, describe, expect, it } from 'vitest';
import { member, type Member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { StoreDocumentSource } from '../search/source.js';
import { MAX_ACTIVE_NEEDS } from './service.js';

let startup: Member;

const t = useTestApp();
beforeAll(async () => {
  startup = await member(t, 'startup');
});

const needCount = async (status: string) =>
  ((await startup.client.get(`/api/needs?limit=100&status=${status}`)).body.items as unknown[]).length;

const searchDocumentSize = async () => {
  const { profiles, needs } = t.app.container.modules;
  const doc = await new StoreDocumentSource(profiles.repository, needs.repository).documentFor(startup.profile.id);
  return JSON.stringify(doc).length;
};

describe('open needs per startup', () => {
  it(`allows ${MAX_ACTIVE_NEEDS} open or in progress, then answers 409 and stores nothing`, async () => {
    const before = await searchDocumentSize();
    const ids: string[] = [];
    for (let i = 0; i < MAX_ACTIVE_NEEDS; i++) {
      const res = await startup.client.post('/api/needs', {
        title: `Nhu cầu số ${i}`,
        description: 'Cần hỗ trợ đăng ký nhãn hiệu và mã vạch cho sản phẩm. '.repeat(70),
        category: i % 2 ? 'trademark' : 'standards',
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    await startup.client.patch(`/api/needs/${ids[0]}`, { status: 'in_progress' });

    const refused = await startup.client.post('/api/needs', { title: 'Thêm một nhu cầu', category: 'funding' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', details: { limit: MAX_ACTIVE_NEEDS } });
    expect(refused.body.error.message).toContain(`at most ${MAX_ACTIVE_NEEDS} needs open or in progress`);
    expect((await needCount('open')) + (await needCount('in_progress'))).toBe(MAX_ACTIVE_NEEDS);

    // Twenty needs of ~4 000 characters each add only their two categories to the search document.
    expect((await searchDocumentSize()) - before).toBeLessThan(300);

    // Closing one makes room; reopening it while full is refused like a new one.
    expect((await startup.client.patch(`/api/needs/${ids[1]}`, { status: 'closed' })).status).toBe(200);
    expect((await startup.client.post('/api/needs', { title: 'Gọi vốn mồi', category: 'funding' })).status).toBe(201);
    const reopen = await startup.client.patch(`/api/needs/${ids[1]}`, { status: 'open' });
    expect(reopen.status).toBe(409);
    expect((await startup.client.get(`/api/needs/${ids[1]}`)).body.status).toBe('closed');
    // Moving between open and in progress is not adding one.
    expect((await startup.client.patch(`/api/needs/${ids[0]}`, { status: 'open' })).status).toBe(200);
  });
});
