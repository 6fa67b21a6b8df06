// Filter and facet postings: value → bit set of slots, per filterable field. Filters combine as
// OR within a field and AND across fields; facet counts are |posting ∧ result|.
import { Bitset } from './bitset.js';
import type { ProfileSearchDocument } from '../documents.js';
import type { FacetCounts, FacetName, SearchFilters } from '../engine.js';

const FILTER_FIELDS = ['kind', 'province', 'sector', 'need', 'region', 'servesProvince', 'verified'] as const;
type FilterField = (typeof FILTER_FIELDS)[number];

function valuesOf(doc: ProfileSearchDocument, field: FilterField): string[] {
  switch (field) {
    case 'kind':
      return [doc.kind];
    case 'province':
      return [doc.province];
    case 'sector':
      return doc.sectors;
    case 'need':
      return doc.need;
    case 'region':
      return doc.region ? [doc.region] : [];
    case 'servesProvince':
      return doc.servesProvinces;
    case 'verified':
      return [String(doc.verified)];
  }
}

/** Below this many matches, counting facets document by document beats AND-ing bit sets. */
const PER_DOCUMENT_FACET_LIMIT = 2048;

export class FilterPostings {
  private readonly fields = new Map<FilterField, Map<string, Bitset>>(FILTER_FIELDS.map((f) => [f, new Map<string, Bitset>()]));

  add(slot: number, doc: ProfileSearchDocument): void {
    for (const field of FILTER_FIELDS) {
      const byValue = this.fields.get(field)!;
      for (const value of valuesOf(doc, field)) {
        let bits = byValue.get(value);
        if (!bits) {
          bits = new Bitset(slot + 1);
          byValue.set(value, bits);
        }
        bits.set(slot);
      }
    }
  }

  remove(slot: number, doc: ProfileSearchDocument): void {
    for (const field of FILTER_FIELDS) {
      const byValue = this.fields.get(field)!;
      for (const value of valuesOf(doc, field)) {
        const bits = byValue.get(value);
        if (!bits) continue;
        bits.clear(slot);
        if (bits.isEmpty()) byValue.delete(value);
      }
    }
  }

  clear(): void {
    for (const byValue of this.fields.values()) byValue.clear();
  }

  /**
   * Slots that pass the filters, or null when the filters constrain nothing. `live` is the set
   * of all current slots; `slotOf` resolves ids for the ids/excludeIds filters.
   */
  match(filters: SearchFilters | undefined, live: Bitset, slotOf: (id: string) => number | undefined): Bitset | null {
    if (!filters) return null;
    let result: Bitset | null = null;
    const intersect = (bits: Bitset): void => {
      result = result === null ? bits : result.and(bits);
    };
    const lists: [FilterField, readonly string[] | undefined][] = [
      ['kind', filters.kind],
      ['province', filters.province],
      ['sector', filters.sector],
      ['need', filters.need],
      ['region', filters.region],
      ['servesProvince', filters.servesProvince],
      ['verified', filters.verified === undefined ? undefined : [String(filters.verified)]],
    ];
    for (const [field, values] of lists) {
      if (!values || values.length === 0) continue;
      const byValue = this.fields.get(field)!;
      const union = new Bitset(32);
      for (const value of new Set(values)) {
        const bits = byValue.get(value);
        if (bits) union.or(bits);
      }
      intersect(union);
    }
    if (filters.ids && filters.ids.length > 0) {
      const wanted = new Bitset(32);
      for (const id of filters.ids) {
        const slot = slotOf(id);
        if (slot !== undefined) wanted.set(slot);
      }
      intersect(wanted);
    }
    if (filters.hideProvinces && filters.hideProvinces.length > 0) {
      const hidden = new Bitset(32);
      const byProvince = this.fields.get('province')!;
      for (const province of new Set(filters.hideProvinces)) {
        const bits = byProvince.get(province);
        if (bits) hidden.or(bits);
      }
      const startups = this.fields.get('kind')!.get('startup');
      if (startups) hidden.andNot(startups);
      result = (result ?? live.clone()).andNot(hidden);
    }
    if (filters.excludeIds && filters.excludeIds.length > 0) {
      const excluded = new Bitset(32);
      for (const id of filters.excludeIds) {
        const slot = slotOf(id);
        if (slot !== undefined) excluded.set(slot);
      }
      result = (result ?? live.clone()).andNot(excluded);
    }
    return result;
  }

  /** Facet counts over a result given as a bit set (large results). */
  facetsOfBits(result: Bitset, facets: readonly FacetName[]): FacetCounts {
    const out: FacetCounts = {};
    for (const facet of facets) {
      const counts: Record<string, number> = {};
      for (const [value, bits] of this.fields.get(facet)!) {
        const n = bits.countAnd(result);
        if (n > 0) counts[value] = n;
      }
      out[facet] = sortedCounts(counts);
    }
    return out;
  }

  /** Facet counts over a result given as documents; switches to bit sets when it is large. */
  facetsOfDocuments(slots: ArrayLike<number>, docAt: (slot: number) => ProfileSearchDocument, facets: readonly FacetName[]): FacetCounts {
    if (facets.length === 0) return {};
    if (slots.length > PER_DOCUMENT_FACET_LIMIT) {
      const bits = new Bitset(32);
      for (let i = 0; i < slots.length; i++) bits.set(slots[i]!);
      return this.facetsOfBits(bits, facets);
    }
    const out: FacetCounts = {};
    for (const facet of facets) {
      const counts: Record<string, number> = {};
      for (let i = 0; i < slots.length; i++) {
        for (const value of new Set(valuesOf(docAt(slots[i]!), facet))) counts[value] = (counts[value] ?? 0) + 1;
      }
      out[facet] = sortedCounts(counts);
    }
    return out;
  }
}

/** Most frequent first, then by code, so the JSON is stable. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}
