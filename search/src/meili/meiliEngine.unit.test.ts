// Meilisearch engine parts that need no server: filter building and escaping, result mapping,
// settings, error translation, and behaviour against an address where nothing listens.
import { createServer } from 'node:net';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../documents.js';
import type { SearchHit } from '../engine.js';
import { SearchError, SearchUnavailableError } from '../errors.js';
import { parseQuery } from '../query.js';
import { IMPLICIT_INDEX_SETTINGS } from '../testing/meiliDefaults.js';
import { translateMeiliError } from './errors.js';
import { buildMeiliFilter, quoteFilterValue } from './filters.js';
import { PRE_TAG, POST_TAG, facetsFromDistribution, fromMeiliHit, toMeiliDocument } from './mapping.js';
import { createMeiliSearchEngine, rerankByExactness } from './meiliEngine.js';
import { DEFAULT_MAX_TOTAL_HITS, profileIndexSettings, settingsMismatch } from './settings.js';

describe('buildMeiliFilter', () => {
  it('ORs values within a field and ANDs fields', () => {
    expect(
      buildMeiliFilter({
        kind: ['startup', 'expert'],
        province: ['lang-son'],
        sector: ['food'],
        need: ['trademark'],
        region: ['dong-bang-song-hong'],
        servesProvince: ['ha-noi'],
        hideProvinces: ['son-la'],
        verified: false,
        ids: ['a'],
        excludeIds: ['b', 'c'],
      }),
    ).toBe(
      'kind IN ["startup", "expert"] AND province IN ["lang-son"] AND sectors IN ["food"] AND need IN ["trademark"]' +
        ' AND region IN ["dong-bang-song-hong"] AND servesProvinces IN ["ha-noi"] AND NOT (province IN ["son-la"] AND kind != "startup")' +
        ' AND verified = false' +
        ' AND id IN ["a"] AND id NOT IN ["b", "c"]',
    );
  });

  it('escapes quotes and backslashes so values cannot change the expression', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(buildMeiliFilter({ province: ['x" OR kind = "expert'] })).toBe('province IN ["x\\" OR kind = \\"expert"]');
  });

  it('ignores absent and empty lists', () => {
    expect(buildMeiliFilter(undefined)).toBeUndefined();
    expect(buildMeiliFilter({ kind: [], province: undefined })).toBeUndefined();
    expect(buildMeiliFilter({ verified: true })).toBe('verified = true');
  });
});

describe('mapping', () => {
  const doc = toSearchDocument({
    id: 's1',
    kind: 'startup',
    name: '<b>Mật</b> ong',
    about: 'Ngon',
    province: 'lang-son',
    verified: true,
    contact: { email: 'x@y.vn' },
  });

  it('sends only document keys plus sort keys', () => {
    const sent = toMeiliDocument({ ...doc, contact: { email: 'x@y.vn' } } as typeof doc);
    expect(sent).toEqual({ ...doc, verifiedRank: 0, browseName: '<b>mat</b> ong' });
  });

  it('returns only document keys, escaped highlights and the ranking score', () => {
    const hit = fromMeiliHit(
      {
        ...toMeiliDocument(doc),
        contact: { email: 'leaked@x.vn' },
        _rankingScore: 0.87,
        _formatted: { name: `<b>${PRE_TAG}Mật${POST_TAG}</b> ${PRE_TAG}ong${POST_TAG}`, about: 'Ngon', id: 's1' },
      },
      true,
    );
    expect(hit.id).toBe('s1');
    expect(hit.score).toBe(0.87);
    expect(hit.document).toEqual(doc);
    expect(JSON.stringify(hit)).not.toContain('leaked');
    expect(hit.highlight).toEqual({ name: '&lt;b&gt;<mark>Mật</mark>&lt;/b&gt; <mark>ong</mark>' });
    expect(fromMeiliHit({ ...toMeiliDocument(doc), _formatted: { name: `${PRE_TAG}x${POST_TAG}` } }, false).highlight).toEqual({});
  });

  it('maps facet distributions to the port names, dropping zeros', () => {
    expect(
      facetsFromDistribution({ sectors: { food: 2, iot: 0 }, kind: { startup: 3 }, province: { a: 1 } }, ['sector', 'kind', 'need']),
    ).toEqual({ sector: { food: 2 }, kind: { startup: 3 }, need: {} });
  });

  it('re-ranks the window by exact-diacritic matches, stably', () => {
    const hitOf = (id: string, name: string): SearchHit => ({
      id,
      score: 0,
      highlight: {},
      document: toSearchDocument({ id, kind: 'startup', name, province: 'ha-noi' }),
    });
    const hits = [hitOf('mask', 'Mặt nạ sáp ong'), hitOf('honey', 'Mật ong'), hitOf('loss', 'Mất mùa ong'), hitOf('honey2', 'Ong mật')];
    expect(rerankByExactness(hits, parseQuery('mật ong')).map((h) => h.id)).toEqual(['honey', 'honey2', 'mask', 'loss']);
    expect(rerankByExactness(hits, parseQuery('mat ong')).map((h) => h.id)).toEqual(['mask', 'honey', 'loss', 'honey2']);
  });
});

describe('index settings', () => {
  it('declares searchable fields by importance, the filterable fields and typo thresholds', () => {
    const s = profileIndexSettings({ maxTotalHits: 5000 });
    expect(s.searchableAttributes).toEqual(['name', 'headline', 'needsText', 'needLabels', 'productsText', 'about', 'placeText']);
    expect(s.filterableAttributes).toEqual(
      expect.arrayContaining(['kind', 'province', 'sectors', 'need', 'verified', 'id', 'servesProvinces', 'region']),
    );
    expect(s.sortableAttributes).toEqual(expect.arrayContaining(['verifiedRank', 'browseName', 'id']));
    expect(s.rankingRules?.at(-1)).toBe('sort');
    expect(s.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(s.pagination).toEqual({ maxTotalHits: 5000 });
  });

  it('pages through 1000 hits by default, what the web client scrolls through (not 101 000)', () => {
    expect(DEFAULT_MAX_TOTAL_HITS).toBe(1000);
  });

  it('tells an index created by a document write (Meilisearch defaults) from a configured one', () => {
    const wanted = profileIndexSettings({ maxTotalHits: 1000 });
    expect(settingsMismatch(structuredClone(wanted), wanted)).toBeNull();
    expect(settingsMismatch(IMPLICIT_INDEX_SETTINGS, wanted)).toBe('filterable attributes differ');
    expect(settingsMismatch({ ...wanted, filterableAttributes: [...wanted.filterableAttributes!].reverse() }, wanted)).toBeNull();
    expect(settingsMismatch({ ...wanted, pagination: { maxTotalHits: 101_000 } }, wanted)).toBe('maxTotalHits differs');
  });
});

describe('error translation', () => {
  it('treats network failures, 5xx and rejected keys as unavailable, other API errors as search errors', () => {
    const network = translateMeiliError(new MeilisearchRequestError('http://x', new Error('ECONNREFUSED')), 'search');
    expect(network).toBeInstanceOf(SearchUnavailableError);
    for (const status of [500, 503, 401, 403]) {
      expect(translateMeiliError(new MeilisearchApiError(new Response('{}', { status })), 'search')).toBeInstanceOf(SearchUnavailableError);
    }
    const body = {
      message: 'Invalid value type',
      code: 'invalid_search_q',
      type: 'invalid_request',
      link: 'https://docs.meilisearch.com/errors#invalid_search_q',
    };
    const bad = translateMeiliError(new MeilisearchApiError(new Response(JSON.stringify(body), { status: 400 }), body), 'search');
    expect(bad).toBeInstanceOf(SearchError);
    expect(bad).not.toBeInstanceOf(SearchUnavailableError);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('unreachable Meilisearch', () => {
  it('throws SearchUnavailableError from every call and reports unhealthy', async () => {
    const engine = createMeiliSearchEngine({ url: `http://127.0.0.1:${await closedPort()}`, requestTimeoutMs: 2000 });
    for (const call of [
      () => engine.ping(),
      () => engine.configure(),
      () => engine.search({ q: 'mật ong' }),
      () => engine.upsert([toSearchDocument({ id: 'a', kind: 'startup', name: 'A', province: 'ha-noi' })]),
      () => engine.delete(['a']),
      () => engine.count(),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(SearchUnavailableError);
    }
    const health = await engine.health();
    expect(health.ok).toBe(false);
    expect(health.engine).toBe('meilisearch');
  });

  it('needs a url and refuses calls once closed', async () => {
    expect(() => createMeiliSearchEngine({ url: '' })).toThrow(SearchError);
    const engine = createMeiliSearchEngine({ url: 'http://127.0.0.1:1' });
    await engine.close();
    await expect(engine.search({})).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});
