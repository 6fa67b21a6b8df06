import type { SearchEngine, SearchQuery } from '@ketnoi/search';
import { createEmbeddedSearchEngine, toSearchDocument } from '@ketnoi/search';
import { regionOf } from '@ketnoi/seeds';
import { describe, expect, it } from 'vitest';
import { MAX_POOL, retrieve, tiersForHelper, tiersForInvestor, tiersForNeed } from './retrieval.js';

describe('retrieval tiers', () => {
  const need = {
    category: 'trademark',
    kinds: ['expert'],
    province: 'lang-son',
    sectors: ['agri_food_ocop'],
    excludeIds: ['me'],
    hiddenProvinces: new Set<string>(),
  };

  it('asks for the same province first, then those serving it, the region, the sector and anyone', () => {
    const tiers = tiersForNeed(need);
    expect(tiers.map((t) => t.name)).toEqual([
      'same-province',
      'serves-province',
      'same-region',
      'same-sector',
      'anywhere',
      'related-nearby',
      'related-serving',
    ]);
    expect(tiers[0]!.filters).toMatchObject({ kind: ['expert'], need: ['trademark'], province: ['lang-son'], excludeIds: ['me'] });
    expect(tiers[1]!.filters).toMatchObject({ servesProvince: ['lang-son'] });
    expect(tiers[2]!.filters).toMatchObject({ region: [regionOf('lang-son')] });
    expect(tiers[5]!.filters).toMatchObject({ need: ['legal'], province: ['lang-son'] });
  });

  it('stays within a few hundred candidates, also across several needs', () => {
    const total = (t: { limit: number }[]) => t.reduce((s, x) => s + x.limit, 0);
    expect(total(tiersForNeed(need))).toBeLessThanOrEqual(MAX_POOL);
    const share = ['trademark', 'standards', 'marketing'].flatMap((category) => tiersForNeed({ ...need, category, share: 1 / 3 }));
    expect(total(share)).toBeLessThanOrEqual(MAX_POOL);
  });

  it('carries the sharing policy to every tier', () => {
    for (const tier of tiersForNeed({ ...need, hiddenProvinces: new Set(['son-la']) }))
      expect(tier.filters.hideProvinces).toEqual(['son-la']);
  });

  it('plans startups for helpers and investors', () => {
    expect(tiersForHelper({ coverage: [], province: 'ha-noi', servesProvinces: [], sectors: [], excludeIds: [] })).toEqual([]);
    const helper = tiersForHelper({
      coverage: ['trademark'],
      province: 'ha-noi',
      servesProvinces: ['lang-son', 'ha-noi'],
      sectors: [],
      excludeIds: ['me'],
    });
    expect(helper[1]!.filters).toMatchObject({ kind: ['startup'], need: ['trademark'], province: ['lang-son'] });
    const investor = tiersForInvestor({
      province: 'ha-noi',
      servesProvinces: ['lang-son'],
      sectors: ['agri_food_ocop'],
      excludeIds: ['me'],
    });
    expect(investor[0]!.filters).toMatchObject({
      kind: ['startup'],
      need: ['funding'],
      sector: ['agri_food_ocop'],
      province: ['ha-noi', 'lang-son'],
    });
  });
});

describe('retrieve', () => {
  it('runs the tiers, keeps their order and removes duplicates', async () => {
    const engine = createEmbeddedSearchEngine();
    const doc = (id: string, province: string, expertise: string[]) =>
      toSearchDocument(
        { id, kind: 'expert', name: `Chuyên gia ${id}`, province, expertise, sectors: ['agri_food_ocop'] },
        { regionOf: (p) => regionOf(p) ?? undefined },
      );
    await engine.upsert([
      doc('a', 'lang-son', ['trademark']),
      doc('b', 'cao-bang', ['trademark']),
      doc('c', 'ca-mau', ['trademark']),
      doc('d', 'lang-son', ['workspace']),
    ]);
    /** Experts for a Lạng Sơn trademark need, leaving out `excludeIds` and helpers of `hiddenProvinces`. */
    const trademarkExperts = (excludeIds: string[], hiddenProvinces: string[]) =>
      retrieve(
        engine,
        tiersForNeed({
          category: 'trademark',
          kinds: ['expert'],
          province: 'lang-son',
          sectors: [],
          excludeIds,
          hiddenProvinces: new Set(hiddenProvinces),
        }),
      );
    const ids = await trademarkExperts([], []);
    expect(ids).toEqual(['a', 'b', 'c']);
    const hidden = await trademarkExperts(['a'], ['cao-bang']);
    expect(hidden).toEqual(['c']);
  });

  it('never asks the engine for more than the tier limits', async () => {
    const seen: SearchQuery[] = [];
    const engine = { search: async (q: SearchQuery) => (seen.push(q), { hits: [], total: 0, facets: {} }) } as unknown as SearchEngine;
    await retrieve(
      engine,
      tiersForNeed({
        category: 'funding',
        kinds: ['investor', 'expert'],
        province: 'da-nang',
        sectors: [],
        excludeIds: [],
        hiddenProvinces: new Set(),
      }),
    );
    expect(seen.every((q) => q.q === '' && (q.limit ?? 0) <= 150)).toBe(true);
  });
});
