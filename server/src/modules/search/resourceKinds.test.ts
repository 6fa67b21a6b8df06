// Issue 14 item 22: codes leaked into Vietnamese ("hall", "shared_office" in search highlights).
// A provider's resources are indexed with the words for their kind, never the code.
import { describe, expect, it } from 'vitest';
import { member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

const t = useTestApp();

describe('resource kinds in search', () => {
  it('finds a provider by the words for its resources’ kinds and never shows a code', async () => {
    const provider = await member(t, 'provider'); // a hall and a shared office
    for (const q of ['văn phòng chia sẻ', 'hoi truong', 'shared office']) {
      const res = await t.client().get(`/api/search?q=${encodeURIComponent(q)}&kind=provider`);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(provider.profile.id);
      const text = JSON.stringify(res.body.items);
      expect(text).not.toMatch(/shared_office|\bhall\b/);
    }
    const byCode = await t.client().get('/api/search?q=shared_office&kind=provider');
    expect(JSON.stringify(byCode.body.items)).not.toContain('shared_office');
  });
});
