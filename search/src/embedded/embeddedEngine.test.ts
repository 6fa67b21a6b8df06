// Embedded-engine specifics beyond the shared contract: results checked against a brute-force
// reference on a random corpus (also after heavy churn that triggers compaction and slot reuse),
// the typo policy, the relaxed fallback, bounds and lifecycle.
import { describe, expect, it } from 'vitest';
import { createEmbeddedSearchEngine } from './embeddedEngine.js';
import { SEARCHABLE_FIELDS, type ProfileKind, type ProfileSearchDocument } from '../documents.js';
import { MAX_TOTAL_HITS, type FacetName, type SearchEngine, type SearchFilters } from '../engine.js';
import { SearchError, SearchUnavailableError } from '../errors.js';
import { fold, tokenize } from '../text.js';
import { passes } from '../contract/searchContract.js';

const WORDS = [
  'mật',
  'mặt',
  'ong',
  'chè',
  'trà',
  'gạo',
  'nếp',
  'miến',
  'thạch',
  'đen',
  'quế',
  'nấm',
  'măng',
  'sâm',
  'gốm',
  'tre',
  'cá',
  'muối',
  'hồi',
  'bưởi',
];
const KINDS: ProfileKind[] = ['startup', 'expert', 'investor', 'provider'];
const PROVINCES = ['ha-noi', 'lang-son', 'da-nang', 'can-tho', 'son-la'];
const SECTORS = ['food', 'iot', 'education', 'tourism'];
const NEEDS = ['trademark', 'standards', 'distribution', 'workspace', 'funding'];
const FACETS: FacetName[] = ['kind', 'province', 'sector', 'need'];

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(count: number, seed: number, idPrefix = 'd'): ProfileSearchDocument[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[]): T[] => [...new Set([pick(list), pick(list)])].slice(0, Math.floor(rnd() * 3));
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_v, i) => ({
    id: `${idPrefix}${i}`,
    kind: pick(KINDS),
    name: text(3),
    headline: text(4),
    about: text(12),
    province: pick(PROVINCES),
    sectors: some(SECTORS),
    need: some(NEEDS),
    verified: rnd() < 0.5,
    servesProvinces: [],
    languages: ['vi'],
    productsText: '',
    needsText: '',
    needLabels: '',
    placeText: '',
  }));
}

/** Every query word matches (the last also as a prefix); with `any`, at least one does. */
function matchesText(doc: ProfileSearchDocument, q: string, any = false): boolean {
  const terms = [...new Set(tokenize(fold(q)))];
  if (terms.length === 0) return true;
  const tokens = new Set(SEARCHABLE_FIELDS.flatMap((f) => tokenize(fold(doc[f]))));
  const has = (term: string, i: number) =>
    i === terms.length - 1 && term.length >= 2 ? [...tokens].some((t) => t.startsWith(term)) : tokens.has(term);
  return any ? terms.some(has) : terms.every(has);
}

async function expectSameAsBruteForce(engine: SearchEngine, docs: ProfileSearchDocument[], seed: number): Promise<void> {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  for (let round = 0; round < 40; round++) {
    const filters: SearchFilters = {};
    if (rnd() < 0.5) filters.kind = [pick(KINDS), pick(KINDS)];
    if (rnd() < 0.5) filters.province = [pick(PROVINCES)];
    if (rnd() < 0.3) filters.sector = [pick(SECTORS), pick(SECTORS)];
    if (rnd() < 0.3) filters.need = [pick(NEEDS)];
    if (rnd() < 0.3) filters.verified = rnd() < 0.5;
    if (rnd() < 0.2) filters.hideProvinces = [pick(PROVINCES), pick(PROVINCES)];
    const q = round % 4 === 0 ? '' : Array.from({ length: 1 + (round % 3) }, () => pick(WORDS)).join(' ');
    let expected = docs.filter((d) => passes(d, filters) && matchesText(d, q));
    // No document has every word: the engine relaxes to any word (and says so).
    const relaxed = expected.length === 0 && new Set(tokenize(fold(q))).size > 1;
    if (relaxed) expected = docs.filter((d) => passes(d, filters) && matchesText(d, q, true));
    const r = await engine.search({ q, filters, facets: FACETS, limit: 1000 });
    const label = JSON.stringify({ q, filters });
    const all = r.hits.map((h) => h.id);
    for (let offset = 1000; offset < r.total; offset += 1000) {
      all.push(...(await engine.search({ q, filters, limit: 1000, offset })).hits.map((h) => h.id));
    }
    expect(new Set(all).size, label).toBe(all.length);
    expect(all.sort(), label).toEqual(expected.map((d) => d.id).sort());
    expect(r.total, label).toBe(expected.length);
    expect(r.relaxed === true, label).toBe(relaxed && expected.length > 0);
    for (const facet of FACETS) {
      const counts: Record<string, number> = {};
      for (const d of expected) {
        const values = facet === 'kind' ? [d.kind] : facet === 'province' ? [d.province] : facet === 'sector' ? d.sectors : d.need;
        for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
      }
      expect(r.facets[facet], `${label} ${facet}`).toEqual(counts);
    }
  }
}

describe('embedded engine against a brute-force reference', () => {
  it('returns exactly the matching documents and facet counts', async () => {
    const docs = corpus(3000, 7);
    // Past the 1000-hit bound of the port (MAX_TOTAL_HITS), so every match is reachable and checked.
    const engine = createEmbeddedSearchEngine({ chunkSize: 700, maxTotalHits: 1e6 });
    await engine.upsert(docs);
    await expectSameAsBruteForce(engine, docs, 11);
  });

  it('stays exact after churn that compacts the index and reuses slots', async () => {
    const engine = createEmbeddedSearchEngine({ maxTotalHits: 1e6 });
    const first = corpus(2500, 3);
    await engine.upsert(first);
    // Replace 1500 documents (same ids, new content) and delete 800 others: dead slots pass
    // the compaction threshold, and later inserts reuse the freed slots.
    const replaced = corpus(1500, 99);
    await engine.upsert(replaced);
    const deleted = first.slice(1500, 2300).map((d) => d.id);
    await engine.delete(deleted);
    const added = corpus(900, 42, 'n');
    await engine.upsert(added);
    const current = new Map<string, ProfileSearchDocument>();
    for (const d of [...first, ...replaced]) current.set(d.id, d);
    for (const id of deleted) current.delete(id);
    for (const d of added) current.set(d.id, d);
    expect(await engine.count()).toBe(current.size);
    await expectSameAsBruteForce(engine, [...current.values()], 5);
  });

  it('browses in a stable order: verified first, then folded name, then id', async () => {
    const docs = corpus(500, 21);
    const engine = createEmbeddedSearchEngine();
    await engine.upsert(docs);
    const r = await engine.search({ limit: 1000 });
    const key = (d: ProfileSearchDocument) => `${d.verified ? 0 : 1}${fold(d.name)}\u0001${d.name.toLowerCase()}\u0000${d.id}`;
    const expected = [...docs].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((d) => d.id);
    expect(r.hits.map((h) => h.id)).toEqual(expected);
  });
});

describe('embedded engine policies', () => {
  const doc = (id: string, name: string, extra: Partial<ProfileSearchDocument> = {}): ProfileSearchDocument => ({
    id,
    kind: 'startup',
    name,
    headline: '',
    about: '',
    province: 'ha-noi',
    sectors: [],
    need: [],
    verified: false,
    servesProvinces: [],
    languages: [],
    productsText: '',
    needsText: '',
    needLabels: '',
    placeText: '',
    ...extra,
  });

  it('corrects typos only in words the index does not know', async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.upsert([doc('a', 'Đăng ký nhãn hiệu'), doc('b', 'Giao hàng nhanh')]);
    expect((await engine.search({ q: 'nhanh' })).hits.map((h) => h.id)).toEqual(['b']);
    expect((await engine.search({ q: 'nhann' })).hits.map((h) => h.id).sort()).toEqual(['a', 'b']);
  });

  it('relaxes to any word when no document has them all, ranking by words matched', async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.upsert([doc('a', 'mật ong rừng'), doc('b', 'mật ong'), doc('c', 'rừng thông')]);
    const strict = await engine.search({ q: 'mật ong' });
    expect(strict.relaxed).toBeUndefined();
    const r = await engine.search({ q: 'mật ong rừng xylophone' });
    expect(r.relaxed).toBe(true);
    expect(r.hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('clamps paging and long queries instead of doing unbounded work', async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.upsert(Array.from({ length: 1200 }, (_v, i) => doc(`d${String(i).padStart(4, '0')}`, 'mật ong')));
    expect((await engine.search({ q: 'mat', limit: 5000 })).hits).toHaveLength(1000);
    expect((await engine.search({ q: 'mat', limit: 0 })).hits).toHaveLength(1);
    expect((await engine.search({ q: 'mat', limit: Number.NaN })).hits).toHaveLength(20);
    expect((await engine.search({ q: 'mat', offset: -5, limit: 1 })).hits[0]!.id).toBe('d0000');
    const long = await engine.search({ q: `mật ${'x'.repeat(100_000)}` });
    expect(long.total).toBe(MAX_TOTAL_HITS); // 1200 match: totals stop at the bound, as on Meilisearch
    expect(long.relaxed).toBe(true);
    expect((await engine.search({ q: 'mat', offset: 990, limit: 50 })).hits).toHaveLength(10);
  });

  it('keeps its own copy of documents', async () => {
    const engine = createEmbeddedSearchEngine();
    const d = doc('a', 'mật ong', { sectors: ['food'] });
    await engine.upsert([d]);
    d.province = 'da-nang';
    d.sectors.push('iot');
    const r = await engine.search({ filters: { province: ['ha-noi'] }, facets: ['sector'] });
    expect(r.hits.map((h) => h.id)).toEqual(['a']);
    expect(r.facets.sector).toEqual({ food: 1 });
    r.hits[0]!.document.sectors.push('x');
    expect((await engine.search({ filters: { ids: ['a'] } })).hits[0]!.document.sectors).toEqual(['food']);
  });

  it('rejects documents without id', async () => {
    const engine = createEmbeddedSearchEngine();
    await expect(engine.upsert([doc('', 'x')])).rejects.toBeInstanceOf(SearchError);
  });

  it('is unavailable after close', async () => {
    const engine = createEmbeddedSearchEngine();
    await engine.upsert([doc('a', 'x')]);
    await engine.close();
    await expect(engine.search({ q: 'x' })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.upsert([doc('b', 'y')])).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.ping()).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await engine.health()).toEqual({ engine: 'embedded', ok: false, error: 'closed' });
  });
});
