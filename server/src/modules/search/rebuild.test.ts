// `npm run reindex` and boot rebuilds on the embedded engine: the index is filled beside the live
// one and swapped in, so search never goes empty or partial while a rebuild runs.
import { createEmbeddedSearchEngine, createFlakyEngine } from '@ketnoi/search';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileBodies } from '../../../test/helpers/fixtures.js';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';
import { loadGenerated } from '../../seeding/bulk.js';

let searchable: number;

// Totals here measure "the whole index answered": past the 1000-hit bound of a search (as on
// Meilisearch), so a partial index could not show the same total.
const t = useTestApp({ searchEngine: createEmbeddedSearchEngine({ maxTotalHits: 1e6 }) });
beforeAll(async () => {
  // More than one batch of the rebuild (1000 profiles), so it runs in several steps.
  await loadGenerated(t.app.container, { profiles: 2500, seed: 7 });
  await t.app.container.modules.search.indexer.rebuild();
  searchable = await t.app.container.modules.search.engine.count();
}, 120_000);

describe('rebuilding the search index', () => {
  it('keeps answering every search with the whole index while the rebuild runs', async () => {
    expect(searchable).toBeGreaterThan(2000);
    const search = t.app.container.modules.search;
    const totals: Promise<number>[] = [];
    const browse = () => search.service.search(null, { q: '', limit: 20 }).then((r) => r.total);
    const text = () => search.service.search(null, { q: 'mật ong', limit: 20 }).then((r) => r.total);
    const textBefore = await text();
    expect(textBefore).toBeGreaterThan(0);
    const textTotals: Promise<number>[] = [];
    // A search at every step of the rebuild, as requests arriving meanwhile would.
    const rebuilt = await t.app.container.modules.search.indexer.rebuild(() => {
      totals.push(browse());
      textTotals.push(text());
    });
    expect(rebuilt).toBe(2500);
    expect(totals.length).toBeGreaterThanOrEqual(3);
    expect(await Promise.all(totals)).toEqual(totals.map(() => searchable));
    expect(await Promise.all(textTotals)).toEqual(textTotals.map(() => textBefore));
    expect(await browse()).toBe(searchable);
  });
});

describe('a change made elsewhere while the rebuild runs', () => {
  it('is in the new index: profiles changed since the fill began are read again after the swap', async () => {
    const { profiles, search } = t.app.container.modules;
    const first = (await profiles.repository.collection.find({}, { sort: { _id: 1 }, limit: 1 }))[0]!;
    const name = 'Hợp tác xã đổi tên trong lúc dựng lại chỉ mục';
    let changed = false;
    await search.indexer.rebuild(() => {
      if (changed) return;
      changed = true;
      // Another process (the server, while `npm run reindex` runs) saves the profile after the fill
      // copied it; that process writes to the old index only, so here it writes to none.
      void profiles.repository.collection.updateOne({ _id: first._id }, { $set: { name, updatedAt: new Date().toISOString() } });
    });
    const hit = (await search.engine.search({ filters: { ids: [first._id] } })).hits[0];
    expect(hit?.document.name).toBe(name);
  });
});

describe('when the search engine lost its index', () => {
  it('answers 503, reports degraded health, rebuilds from the store and serves again', async () => {
    const engine = createFlakyEngine(createEmbeddedSearchEngine());
    const app = await startTestApp({ searchEngine: engine });
    try {
      const c = app.client();
      await c.register({ role: 'expert' });
      const saved = await c.put('/api/profiles/me', profileBodies.expert({ name: 'Chuyên gia mã số mã vạch' }));
      expect(saved.status).toBe(201);
      const found = async () => (await app.client().get('/api/search?q=ma%20vach')).body.items?.map((i: { id: string }) => i.id);
      expect(await found()).toContain(saved.body.id);

      await engine.loseIndex();
      const during = await app.client().get('/api/search?q=ma%20vach');
      expect(during.status).toBe(503);
      expect(during.body.error.code).toBe('unavailable');
      const health = (await app.client().get('/api/health')).body;
      expect(health).toMatchObject({ status: 'degraded', search: { ok: false } });

      // The health check started a rebuild; it reads the profile back from the store.
      let after: string[] | undefined;
      for (let i = 0; i < 50 && !after?.includes(saved.body.id); i++) {
        await new Promise((r) => setTimeout(r, 50));
        await app.client().get('/api/health');
        after = await found();
      }
      expect(after).toContain(saved.body.id);
      expect((await app.client().get('/api/health')).body).toMatchObject({ status: 'ok', search: { ok: true } });
    } finally {
      await app.close();
    }
  });
});
