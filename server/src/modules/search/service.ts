import type { z } from 'zod';
import type { SearchQuerySchema } from '@ketnoi/contract';
import type { SearchHit as SearchResultItem } from '@ketnoi/contract';
import type { FacetCounts, SearchEngine, SearchFilters, SearchHit } from '@ketnoi/search';
import { FACET_NAMES } from '@ketnoi/search';
import type { AuthUser } from '../../http/api.js';
import { ValidationError } from '../../lib/errors.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { withCurrentPlaceNames } from './legacyPlaces.js';

export type SearchRequest = z.output<typeof SearchQuerySchema>;

const decodeOffset = (cursor: string | undefined): number => {
  if (!cursor) return 0;
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const n = match ? Number(match[1]) : -1;
  if (n < 0 || n > 100_000) throw new ValidationError('The cursor is not valid.', [{ path: 'cursor', message: 'invalid cursor' }]);
  return n;
};
const encodeOffset = (n: number) => Buffer.from(`o:${n}`).toString('base64url');

/** Highlights of need texts: signed-in users only (a visitor sees what a startup offers, not what it asks for). */
const NEED_TEXT_FIELDS = ['needsText'];

function presentHit(hit: SearchHit, visitor: boolean): SearchResultItem {
  const d = hit.document;
  const highlight = visitor
    ? Object.fromEntries(Object.entries(hit.highlight).filter(([f]) => !NEED_TEXT_FIELDS.includes(f)))
    : hit.highlight;
  // The document's need categories mean what the kind covers: expertise, offerings or needs.
  const covered = d.kind === 'expert' ? 'expertise' : d.kind === 'provider' ? 'offerings' : d.kind === 'startup' ? 'needs' : null;
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    headline: d.headline,
    province: d.province,
    sectors: d.sectors,
    verified: d.verified,
    ...(covered ? { [covered]: d.need } : {}),
    highlight,
  };
}

export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly visibility: VisibilityRules,
  ) {}

  async search(viewer: AuthUser | null, request: SearchRequest) {
    const filters: SearchFilters = {};
    if (request.kind) filters.kind = [request.kind];
    if (request.province) filters.province = [request.province];
    if (request.sector) filters.sector = [request.sector];
    if (request.need) filters.need = [request.need];
    const hidden = await this.visibility.hiddenProvincesFor(viewer);
    if (hidden.length) filters.hideProvinces = hidden;
    const offset = decodeOffset(request.cursor);
    // "quang nam" means Đà Nẵng since the 2025 merger (profiles carry the current unit).
    const places = withCurrentPlaceNames(request.q ?? '');
    const q = places.replaced.length ? places.q : request.q;
    const result = await this.engine.search({ q, filters, facets: FACET_NAMES, limit: request.limit, offset, highlight: true });
    const facets = (f: FacetCounts) => ({ kind: f.kind ?? {}, province: f.province ?? {}, sector: f.sector ?? {}, need: f.need ?? {} });
    const next = offset + result.hits.length;
    return {
      items: result.hits.map((hit) => presentHit(hit, viewer === null)),
      facets: facets(result.facets),
      total: result.total,
      nextCursor: next < result.total && result.hits.length > 0 ? encodeOffset(next) : null,
      ...(places.replaced.length ? { placesRead: places.replaced } : {}),
    };
  }
}
