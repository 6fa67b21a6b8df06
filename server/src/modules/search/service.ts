import type { FacetCounts, SearchEngine, SearchFilters, SearchHit } from '@ketnoi/search';
import { FACET_NAMES } from '@ketnoi/search';
import type { AuthUser } from '../../http/api.js';
import { ValidationError } from '../../lib/errors.js';
import type { VisibilityRules } from '../profiles/visibility.js';

export interface SearchRequest {
  q: string;
  kind?: string;
  province?: string;
  sector?: string;
  need?: string;
  limit: number;
  cursor?: string;
}

const decodeOffset = (cursor: string | undefined): number => {
  if (!cursor) return 0;
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const n = match ? Number(match[1]) : -1;
  if (n < 0 || n > 100_000) throw new ValidationError('The cursor is not valid.', [{ path: 'cursor', message: 'invalid cursor' }]);
  return n;
};
const encodeOffset = (n: number) => Buffer.from(`o:${n}`).toString('base64url');

function presentHit(hit: SearchHit): Record<string, unknown> {
  const d = hit.document;
  const item: Record<string, unknown> = {
    id: d.id,
    kind: d.kind,
    name: d.name,
    headline: d.headline,
    province: d.province,
    sectors: d.sectors,
    verified: d.verified,
  };
  if (d.kind === 'expert') item.expertise = d.need;
  else if (d.kind === 'provider') item.offerings = d.need;
  else if (d.kind === 'startup') item.needs = d.need;
  item.highlight = hit.highlight;
  return item;
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
    const result = await this.engine.search({ q: request.q, filters, facets: FACET_NAMES, limit: request.limit, offset, highlight: true });
    const facets = (f: FacetCounts) => ({ kind: f.kind ?? {}, province: f.province ?? {}, sector: f.sector ?? {}, need: f.need ?? {} });
    const next = offset + result.hits.length;
    return {
      items: result.hits.map(presentHit),
      facets: facets(result.facets),
      total: result.total,
      nextCursor: next < result.total && result.hits.length > 0 ? encodeOffset(next) : null,
    };
  }
}
