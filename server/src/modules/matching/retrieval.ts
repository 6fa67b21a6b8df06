// Retrieval: which profiles are worth scoring. Candidates come from the search engine's filters
// in geography-aware tiers (same province first, then those serving the province, the region,
// the sector, anyone), each a bounded browse, so nearby candidates are always in the pool and the
// pool stays a few hundred profiles however large the store is. Pure planning + one executor.
import type { SearchEngine, SearchFilters } from '@ketnoi/search';
import { regionOf } from '@ketnoi/seeds';
import { relatedCategories } from './criteria/coverage.js';

export interface RetrievalTier {
  /** What the tier is for (tests and logs). */
  name: string;
  filters: SearchFilters;
  limit: number;
}

/** Upper bound on one request's pool, whatever the number of needs. */
export const MAX_POOL = 600;

/** Apply the sharing policy (hidden provinces) and the pool share to each tier. */
function finish(tiers: RetrievalTier[], hidden: ReadonlySet<string>, scale: number): RetrievalTier[] {
  const hideProvinces = [...hidden];
  return tiers.map((tier) => ({
    ...tier,
    filters: hideProvinces.length ? { ...tier.filters, hideProvinces } : tier.filters,
    limit: Math.max(10, Math.round(tier.limit * scale)),
  }));
}

export interface NeedRetrieval {
  category: string;
  kinds: readonly string[];
  /** The startup's province and sectors. */
  province: string;
  sectors: readonly string[];
  excludeIds: readonly string[];
  hiddenProvinces: ReadonlySet<string>;
  /** Share of MAX_POOL for this need (1 for a single need; 1/n across n needs). */
  share?: number;
}

/** Tiers for a startup's need: helpers of the wanted kinds covering the category. */
export function tiersForNeed(r: NeedRetrieval): RetrievalTier[] {
  const base = { kind: [...r.kinds], need: [r.category], excludeIds: [...r.excludeIds] };
  const region = regionOf(r.province);
  const tiers: RetrievalTier[] = [
    { name: 'same-province', filters: { ...base, province: [r.province] }, limit: 150 },
    { name: 'serves-province', filters: { ...base, servesProvince: [r.province] }, limit: 120 },
    ...(region ? [{ name: 'same-region', filters: { ...base, region: [region] }, limit: 80 }] : []),
    ...(r.sectors.length ? [{ name: 'same-sector', filters: { ...base, sector: [...r.sectors] }, limit: 80 }] : []),
    { name: 'anywhere', filters: base, limit: 40 },
  ];
  const related = relatedCategories(r.category);
  if (related.length) {
    tiers.push({ name: 'related-nearby', filters: { ...base, need: [...related], province: [r.province] }, limit: 20 });
    tiers.push({ name: 'related-serving', filters: { ...base, need: [...related], servesProvince: [r.province] }, limit: 20 });
  }
  return finish(tiers, r.hiddenProvinces, r.share ?? 1);
}

export interface HelperRetrieval {
  /** The expert's or provider's coverage. */
  coverage: readonly string[];
  province: string;
  servesProvinces: readonly string[];
  sectors: readonly string[];
  excludeIds: readonly string[];
}

/** Tiers for an expert or provider: startups with open needs it covers, near it first. */
export function tiersForHelper(r: HelperRetrieval): RetrievalTier[] {
  if (r.coverage.length === 0) return [];
  const base = { kind: ['startup'], need: [...r.coverage], excludeIds: [...r.excludeIds] };
  const region = regionOf(r.province);
  const served = r.servesProvinces.filter((p) => p !== r.province);
  return finish(
    [
      { name: 'same-province', filters: { ...base, province: [r.province] }, limit: 150 },
      ...(served.length ? [{ name: 'served-provinces', filters: { ...base, province: served }, limit: 150 }] : []),
      ...(region ? [{ name: 'same-region', filters: { ...base, region: [region] }, limit: 80 }] : []),
      ...(r.sectors.length ? [{ name: 'same-sector', filters: { ...base, sector: [...r.sectors] }, limit: 80 }] : []),
      { name: 'anywhere', filters: base, limit: 40 },
    ],
    new Set(),
    1,
  );
}

export interface InvestorRetrieval {
  province: string;
  servesProvinces: readonly string[];
  sectors: readonly string[];
  excludeIds: readonly string[];
}

/** Tiers for an investor: startups seeking funding in its sectors and provinces first. */
export function tiersForInvestor(r: InvestorRetrieval): RetrievalTier[] {
  const base = { kind: ['startup'], excludeIds: [...r.excludeIds] };
  const provinces = [...new Set([r.province, ...r.servesProvinces])];
  const sector = r.sectors.length ? { sector: [...r.sectors] } : {};
  return finish(
    [
      { name: 'funding-thesis-provinces', filters: { ...base, ...sector, need: ['funding'], province: provinces }, limit: 150 },
      { name: 'funding-thesis', filters: { ...base, ...sector, need: ['funding'] }, limit: 100 },
      { name: 'thesis-provinces', filters: { ...base, ...sector, province: provinces }, limit: 100 },
      { name: 'funding-anywhere', filters: { ...base, need: ['funding'] }, limit: 60 },
      ...(r.sectors.length ? [{ name: 'thesis-anywhere', filters: { ...base, ...sector }, limit: 40 }] : []),
    ],
    new Set(),
    1,
  );
}

/** Run the tiers (in parallel) and return the distinct ids, earlier tiers first, at most MAX_POOL. */
export async function retrieve(engine: SearchEngine, tiers: readonly RetrievalTier[]): Promise<string[]> {
  const results = await Promise.all(tiers.map((t) => engine.search({ q: '', filters: t.filters, limit: t.limit, highlight: false })));
  const seen = new Set<string>();
  for (const r of results) {
    for (const hit of r.hits) {
      if (seen.size >= MAX_POOL) break;
      seen.add(hit.id);
    }
  }
  return [...seen];
}
