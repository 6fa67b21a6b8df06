import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../documents.js';
import { createEmbeddedSearchEngine } from '../embedded/embeddedEngine.js';
import { SearchUnavailableError } from '../errors.js';
import { createFlakyEngine } from './flakyEngine.js';

const doc = (id: string, name: string) => toSearchDocument({ id, kind: 'startup', name, province: 'ha-noi' });

describe('createFlakyEngine', () => {
  it('passes calls through while up', async () => {
    const flaky = createFlakyEngine(createEmbeddedSearchEngine());
    await flaky.configure();
    await flaky.upsert([doc('a', 'Mật ong')]);
    expect((await flaky.search({ q: 'mat ong' })).hits.map((h) => h.id)).toEqual(['a']);
    expect(flaky.engine).toBe('embedded');
    expect(await flaky.health()).toMatchObject({ ok: true, documents: 1 });
  });

  it('while down, every call throws SearchUnavailableError and nothing reaches the engine', async () => {
    const flaky = createFlakyEngine(createEmbeddedSearchEngine());
    await flaky.upsert([doc('a', 'Mật ong')]);
    flaky.down('network cut');
    expect(flaky.isDown()).toBe(true);
    await expect(flaky.search({ q: 'mat' })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(flaky.upsert([doc('b', 'Thạch đen')])).rejects.toThrow(/network cut/);
    await expect(flaky.delete(['a'])).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(flaky.ping()).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(flaky.count()).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await flaky.health()).toEqual({ engine: 'embedded', ok: false, error: 'network cut' });
    expect(flaky.refused).toMatchObject({ search: 1, upsert: 1, delete: 1, ping: 1, count: 1 });
    expect(await flaky.inner.count()).toBe(1);
    expect((await flaky.inner.search({ q: 'thach den' })).total).toBe(0);

    flaky.up();
    await flaky.upsert([doc('b', 'Thạch đen')]); // the catch-up a retrying indexer performs
    expect(await flaky.count()).toBe(2);
    expect((await flaky.search({ q: 'thach den' })).hits.map((h) => h.id)).toEqual(['b']);
  });
});
