// The behaviour every SearchEngine must show, run against each engine that is reachable
// (embedded always, Meilisearch when MEILI_URL is set). Assertions are on data only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSearchDocument } from '../documents.js';
import type { FacetName, SearchEngine, SearchFilters, SearchResult } from '../engine.js';
import { MAX_TOTAL_HITS } from '../engine.js';
import { toSearchDocument } from '../documents.js';
import { SearchError } from '../errors.js';
import { CONTRACT_PROFILES, contractContactValues, contractDocuments } from './fixtures.js';

export interface ContractOptions {
  /** Called once after the suite (e.g. drop a throw-away Meilisearch index). */
  dispose?: (engine: SearchEngine) => Promise<void>;
}

const ALL_FACETS: FacetName[] = ['kind', 'province', 'sector', 'need'];

/** Brute-force reference for filters: OR within a field, AND across fields. */
export function passes(doc: ProfileSearchDocument, f: SearchFilters): boolean {
  const anyOf = (values: readonly string[] | undefined, have: readonly string[]): boolean =>
    !values || values.length === 0 || values.some((v) => have.includes(v));
  return (
    anyOf(f.kind, [doc.kind]) &&
    anyOf(f.province, [doc.province]) &&
    anyOf(f.sector, doc.sectors) &&
    anyOf(f.need, doc.need) &&
    (f.verified === undefined || doc.verified === f.verified) &&
    anyOf(f.ids, [doc.id]) &&
    !(f.excludeIds ?? []).includes(doc.id) &&
    !((f.hideProvinces ?? []).includes(doc.province) && doc.kind !== 'startup')
  );
}

function facetOf(doc: ProfileSearchDocument, facet: FacetName): string[] {
  return facet === 'kind' ? [doc.kind] : facet === 'province' ? [doc.province] : facet === 'sector' ? doc.sectors : doc.need;
}

const ids = (r: SearchResult): string[] => r.hits.map((h) => h.id);
const sum = (counts: Record<string, number> | undefined): number => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

export function runSearchContract(
  name: string,
  makeEngine: () => SearchEngine | Promise<SearchEngine>,
  options: ContractOptions = {},
): void {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    const docs = contractDocuments();
    const byId = new Map(docs.map((d) => [d.id, d]));
    const textOf = (id: string): string => {
      const d = byId.get(id)!;
      return [d.name, d.headline, d.about, d.needsText, d.productsText].join(' ').toLowerCase();
    };

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.configure();
    }, 60_000);

    beforeEach(async () => {
      await engine.clear();
      await engine.upsert(docs);
    }, 60_000);

    afterAll(async () => {
      if (!engine) return;
      await options.dispose?.(engine);
      await engine.close();
    }, 60_000);

    it('counts, pings and reports health', async () => {
      await engine.ping();
      expect(await engine.count()).toBe(docs.length);
      const health = await engine.health();
      expect(health).toMatchObject({ engine: engine.engine, ok: true, documents: docs.length });
    });

    describe('rebuilding into a replacement index', () => {
      it('keeps answering from the live index until the swap, and loses no write made meanwhile', async () => {
        const q = 'đăng ký nhãn hiệu';
        const before = await engine.search({ q, limit: 50 });
        expect(before.total).toBeGreaterThan(0);
        const rebuild = await engine.beginRebuild();
        // The fill: every document but one, which is deleted meanwhile; plus one changed meanwhile.
        const kept = docs.filter((d) => d.id !== 'ex-ip-2');
        await rebuild.upsert(kept.slice(0, 3));
        expect(ids(await engine.search({ q, limit: 50 })).sort()).toEqual(ids(before).sort());
        expect(await engine.count()).toBe(docs.length);
        const renamed = { ...byId.get('ex-ip-1')!, name: 'Lê Minh Tuấn (đổi tên khi đang dựng lại)' };
        await engine.upsert([renamed]); // an edit during the rebuild: live and replacement
        await engine.delete(['ex-ip-2']);
        await rebuild.upsert(kept.slice(3).filter((d) => d.id !== 'ex-ip-1'));
        expect((await engine.search({ filters: { ids: ['ex-ip-1'] } })).hits[0]!.document.name).toBe(renamed.name);
        await rebuild.finish();
        expect(await engine.count()).toBe(docs.length - 1);
        expect((await engine.search({ filters: { ids: ['ex-ip-1'] } })).hits[0]!.document.name).toBe(renamed.name);
        expect((await engine.search({ filters: { ids: ['ex-ip-2'] } })).total).toBe(0);
        // The replacement has the settings: filters, facets, sorting and typo tolerance all work.
        const experts = await engine.search({ q: 'nhan hieuu', filters: { kind: ['expert'] }, facets: ['kind'], limit: 50 });
        expect(ids(experts)).toContain('ex-ip-1');
        expect(experts.facets.kind).toEqual({ expert: experts.total });
        expect((await engine.health()).ok).toBe(true);
      });

      it('leaves the live index as it was when a rebuild is abandoned', async () => {
        const rebuild = await engine.beginRebuild();
        await rebuild.upsert(docs.slice(0, 2));
        await rebuild.abandon();
        expect(await engine.count()).toBe(docs.length);
        await engine.upsert([{ ...docs[0]!, headline: 'Sau khi bỏ dựng lại' }]);
        expect((await engine.search({ filters: { ids: [docs[0]!.id] } })).hits[0]!.document.headline).toBe('Sau khi bỏ dựng lại');
      });

      it('refuses writes to a rebuild once it is abandoned', async () => {
        const rebuild = await engine.beginRebuild();
        await rebuild.abandon();
        await expect(rebuild.upsert(docs.slice(0, 1))).rejects.toThrow(SearchError);
        await expect(rebuild.delete([docs[0]!.id])).rejects.toThrow(SearchError);
        await expect(rebuild.finish()).rejects.toThrow(SearchError);
        expect(await engine.count()).toBe(docs.length);
      });
    });

    describe('Vietnamese matching', () => {
      const trademarkExperts = ['ex-ip-1', 'ex-ip-2'];

      it('"đăng ký nhãn hiệu" finds the trademark experts and only them among experts', async () => {
        const all = await engine.search({ q: 'đăng ký nhãn hiệu', limit: 50 });
        expect(ids(all)).toEqual(expect.arrayContaining(trademarkExperts));
        const experts = await engine.search({ q: 'đăng ký nhãn hiệu', filters: { kind: ['expert'] }, limit: 50 });
        expect(ids(experts).sort()).toEqual(trademarkExperts);
      });

      it('folded, NFD and precomposed spellings give the same result', async () => {
        const precomposed = await engine.search({ q: 'đăng ký nhãn hiệu', limit: 50 });
        const folded = await engine.search({ q: 'dang ky nhan hieu', limit: 50 });
        const nfd = await engine.search({ q: 'đăng ký nhãn hiệu'.normalize('NFD'), limit: 50 });
        const upper = await engine.search({ q: 'ĐĂNG KÝ NHÃN HIỆU', limit: 50 });
        expect(precomposed.total).toBeGreaterThanOrEqual(2);
        for (const other of [folded, nfd, upper]) {
          expect(ids(other).sort()).toEqual(ids(precomposed).sort());
          expect(other.total).toBe(precomposed.total);
        }
      });

      it('tolerates a typo: "nhan hieuu"', async () => {
        const r = await engine.search({ q: 'nhan hieuu', limit: 50 });
        expect(ids(r)).toEqual(expect.arrayContaining(trademarkExperts));
      });

      it('matches the last word as a prefix: "nhãn hiệ"', async () => {
        const r = await engine.search({ q: 'nhãn hiệ', limit: 50 });
        expect(ids(r)).toEqual(expect.arrayContaining(trademarkExperts));
      });

      for (const q of ['mật ong', 'mat ong']) {
        it(`"${q}" ranks every "mật ong" profile before "mặt"/"mất" look-alikes`, async () => {
          const r = await engine.search({ q, limit: 50 });
          const order = ids(r);
          const honey = order.filter((id) => textOf(id).includes('mật ong'));
          expect(honey).toEqual(expect.arrayContaining(['st-honey', 'st-honey-2', 'st-xss', 'st-tea']));
          expect(order).toEqual(expect.arrayContaining(['st-mask', 'st-loss']));
          const lastHoney = Math.max(...honey.map((id) => order.indexOf(id)));
          expect(lastHoney).toBeLessThan(order.indexOf('st-mask'));
          expect(lastHoney).toBeLessThan(order.indexOf('st-loss'));
        });
      }

      it('reads a query as its first 10 distinct words, the most Meilisearch takes', async () => {
        const ten = 'tư vấn đăng ký nhãn hiệu bảo hộ sáng chế';
        const first = await engine.search({ q: ten, limit: 50 });
        const longer = await engine.search({ q: `${ten} tư xylophonequartz quartzxylophone`, limit: 50 });
        expect(ids(first)).toContain('ex-ip-1');
        expect(first.relaxed).toBeFalsy();
        expect(ids(longer)).toEqual(ids(first));
        expect(longer.total).toBe(first.total);
        expect(longer.relaxed).toBeFalsy();
      });

      it('finds nothing for a word no profile contains', async () => {
        const r = await engine.search({ q: 'xylophonequartz', facets: ALL_FACETS });
        expect(r.total).toBe(0);
        expect(r.hits).toEqual([]);
        for (const facet of ALL_FACETS) expect(sum(r.facets[facet])).toBe(0);
      });
    });

    describe('filters and facets', () => {
      const cases: SearchFilters[] = [
        { kind: ['startup'], province: ['lang-son'] },
        { province: ['ha-noi', 'lang-son'] },
        { sector: ['food'], verified: true },
        { need: ['distribution', 'workspace'] },
        { kind: ['expert', 'provider'], verified: false },
        { need: ['trademark'], kind: ['startup'] },
        { ids: ['st-honey', 'ex-std', 'no-such-id'] },
        { kind: ['startup'], excludeIds: ['st-honey', 'st-mask'] },
        { province: ['no-such-province'] },
        { hideProvinces: ['lang-son', 'ha-noi'] },
        { kind: ['startup', 'provider'], hideProvinces: ['lang-son'], verified: true },
      ];

      for (const filters of cases) {
        it(`browse with ${JSON.stringify(filters)} returns exactly the matching profiles`, async () => {
          const expected = docs
            .filter((d) => passes(d, filters))
            .map((d) => d.id)
            .sort();
          const r = await engine.search({ filters, facets: ALL_FACETS, limit: 100 });
          expect(ids(r).sort()).toEqual(expected);
          expect(r.total).toBe(expected.length);
          for (const facet of ALL_FACETS) {
            const counts: Record<string, number> = {};
            for (const id of expected) for (const v of facetOf(byId.get(id)!, facet)) counts[v] = (counts[v] ?? 0) + 1;
            expect(r.facets[facet] ?? {}).toEqual(counts);
          }
          expect(sum(r.facets.kind)).toBe(r.total);
          expect(sum(r.facets.province)).toBe(r.total);
        });
      }

      it('combines text with filters (AND) and counts facets over the filtered result', async () => {
        const r = await engine.search({
          q: 'mat ong',
          filters: { kind: ['startup'], province: ['lang-son', 'thai-nguyen'] },
          facets: ALL_FACETS,
          limit: 50,
        });
        expect(ids(r).sort()).toEqual(['st-honey', 'st-honey-2']);
        expect(r.facets.kind).toEqual({ startup: 2 });
        expect(r.facets.province).toEqual({ 'lang-son': 1, 'thai-nguyen': 1 });
        expect(sum(r.facets.kind)).toBe(r.total);
      });

      it('returns only the facets asked for', async () => {
        const r = await engine.search({ q: 'siêu thị', facets: ['need'] });
        expect(Object.keys(r.facets)).toEqual(['need']);
        expect(r.facets.need?.distribution).toBeGreaterThanOrEqual(1);
      });
    });

    describe('ordering and pagination', () => {
      it('browses verified profiles first, then by name, and pages without gaps or duplicates', async () => {
        const full = await engine.search({ limit: 100 });
        expect(full.total).toBe(docs.length);
        const verified = full.hits.map((h) => h.document.verified);
        expect(verified).toEqual([...verified].sort((a, b) => Number(b) - Number(a)));
        const paged: string[] = [];
        for (let offset = 0; offset < full.total; offset += 4) {
          const page = await engine.search({ limit: 4, offset });
          expect(page.total).toBe(full.total);
          paged.push(...ids(page));
        }
        expect(paged).toEqual(ids(full));
        expect(new Set(paged).size).toBe(docs.length);
      });

      it(`reaches the first ${MAX_TOTAL_HITS} hits and no further; totals stop there, facet counts do not`, async () => {
        const startup = docs.find((d) => d.kind === 'startup')!;
        const extra = MAX_TOTAL_HITS + 5;
        await engine.upsert(
          Array.from({ length: extra }, (_v, i) => ({ ...startup, id: `bulk-${i}`, name: `Hồ sơ ${i} zyxbulk`, verified: false })),
        );
        for (const q of ['zyxbulk', '']) {
          const first = await engine.search({ q, limit: 20, facets: ['kind'] });
          expect(first.total).toBe(MAX_TOTAL_HITS);
          expect(first.hits).toHaveLength(20);
          if (q) expect(first.facets.kind).toEqual({ startup: extra });
          const last = await engine.search({ q, limit: 20, offset: MAX_TOTAL_HITS - 10 });
          expect(last.hits).toHaveLength(10);
          expect(last.total).toBe(MAX_TOTAL_HITS);
          expect((await engine.search({ q, limit: 20, offset: MAX_TOTAL_HITS })).hits).toEqual([]);
        }
      }, 60_000);

      it('pages a text query consistently', async () => {
        const q = 'san pham';
        const full = await engine.search({ q, limit: 100 });
        expect(full.total).toBeGreaterThanOrEqual(3);
        const paged: string[] = [];
        for (let offset = 0; offset < full.total; offset += 2) paged.push(...ids(await engine.search({ q, limit: 2, offset })));
        expect(paged).toEqual(ids(full));
        expect(new Set(paged).size).toBe(full.total);
      });

      it('returns the same order for the same query', async () => {
        const a = await engine.search({ q: 'hội trường', limit: 20 });
        const b = await engine.search({ q: 'hội trường', limit: 20 });
        expect(ids(a)).toEqual(ids(b));
        expect(a.total).toBeGreaterThanOrEqual(2);
      });
    });

    describe('writes', () => {
      it('delete removes a profile from results, counts and facets', async () => {
        await engine.delete(['st-honey', 'unknown-id']);
        expect(await engine.count()).toBe(docs.length - 1);
        const r = await engine.search({ q: 'mật ong', limit: 50 });
        expect(ids(r)).not.toContain('st-honey');
        const browse = await engine.search({ filters: { province: ['lang-son'] }, facets: ['kind'], limit: 100 });
        expect(ids(browse)).not.toContain('st-honey');
        expect(sum(browse.facets.kind)).toBe(browse.total);
      });

      it('upsert replaces a profile by id (text, filters and facets follow)', async () => {
        const original = CONTRACT_PROFILES.find((p) => p.id === 'st-honey')!;
        await engine.upsert([
          toSearchDocument({
            ...original,
            name: 'Mật ong hoa ban Mộc Châu',
            headline: 'Mật ong hoa ban',
            about: 'Hợp tác xã ở Mộc Châu.',
            products: [],
            commune: 'Mộc Châu',
            province: 'son-la',
          }),
        ]);
        expect(await engine.count()).toBe(docs.length);
        const renamed = await engine.search({ q: 'hoa ban moc chau', limit: 50 });
        expect(ids(renamed).filter((id) => id === 'st-honey')).toHaveLength(1);
        const oldName = await engine.search({ q: 'chanh rừng', filters: { ids: ['st-honey'] } });
        expect(oldName.total).toBe(0);
        const sonLa = await engine.search({ filters: { province: ['son-la'] }, facets: ['province'], limit: 100 });
        expect(ids(sonLa).sort()).toEqual(['st-honey', 'st-mask']);
        expect(sonLa.facets.province).toEqual({ 'son-la': 2 });
      });

      it('clear empties the index', async () => {
        await engine.clear();
        expect(await engine.count()).toBe(0);
        expect((await engine.search({ q: 'mật ong' })).total).toBe(0);
      });
    });

    describe('safe output', () => {
      it('highlights matches with <mark> on the original text and escapes HTML', async () => {
        const r = await engine.search({ q: 'mật ong', filters: { ids: ['st-xss'] } });
        const hit = r.hits[0]!;
        expect(hit.id).toBe('st-xss');
        expect(hit.document.name).toContain('<script>');
        const name = hit.highlight.name!;
        expect(name).toContain('<mark>Mật</mark> <mark>ong</mark>');
        expect(name).toContain('&lt;script&gt;');
        expect(name).toContain('&amp;');
        for (const html of Object.values(hit.highlight)) {
          expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        }
      });

      it('highlights the original diacritics for a folded query', async () => {
        const r = await engine.search({ q: 'thach den', filters: { ids: ['st-jelly'] } });
        expect(r.hits[0]!.highlight.name).toBe('<mark>Thạch</mark> <mark>đen</mark> Hồng Nhung');
      });

      it('omits highlights when asked to', async () => {
        const r = await engine.search({ q: 'mật ong', highlight: false });
        expect(r.hits.length).toBeGreaterThan(0);
        for (const hit of r.hits) expect(hit.highlight).toEqual({});
      });

      it('never returns contact data', async () => {
        const results = [
          await engine.search({ limit: 100, facets: ALL_FACETS }),
          await engine.search({ q: 'mật ong', limit: 100 }),
          await engine.search({ q: 'lien he', limit: 100 }),
          await engine.search({ q: 'example', limit: 100 }),
          await engine.search({ q: '0987', limit: 100 }),
        ];
        const json = JSON.stringify(results);
        for (const value of contractContactValues()) expect(json).not.toContain(value);
        expect(json).not.toContain('"contact"');
        expect(results[4]!.total).toBe(0);
      });

      it('returns only search-document fields even if a caller passes more', async () => {
        const leaky = { ...docs[0]!, contact: { phone: '0900 111 222' }, email: 'leak@example.vn' };
        await engine.upsert([leaky as ProfileSearchDocument]);
        const r = await engine.search({ filters: { ids: [leaky.id] } });
        expect(r.hits[0]!.document).toEqual(docs[0]);
        expect(JSON.stringify(r)).not.toMatch(/0900 111 222|leak@example/);
      });
    });
  });
}
