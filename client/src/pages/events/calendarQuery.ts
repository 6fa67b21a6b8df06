// The calendar's filters and list query as the URL holds them. EventsPage asks with it, and the
// start-up seeds the same query from the server's HTML (app/firstPaintData.ts): one definition,
// so both arrive at the same cache entry.
import { EVENT_KINDS, NEED_CATEGORIES } from '@ketnoi/contract';
import type { EventListQuery } from '../../api/events.js';
import { oneOf } from '../../lib/codes.js';
import type { CalendarFilterValues } from './CalendarFilters.js';

export function calendarFilters(params: URLSearchParams): CalendarFilterValues {
  return {
    province: params.get('province') ?? '',
    region: params.get('region') ?? '',
    kind: oneOf(EVENT_KINDS, params.get('kind')) ?? '',
    topic: oneOf(NEED_CATEGORIES, params.get('topic')) ?? '',
  };
}

/** The list's query for these filters (drafts: staff asking for their province's unpublished events). */
export function calendarQuery(filters: CalendarFilterValues, drafts = false): EventListQuery {
  return {
    province: filters.province || undefined,
    region: (filters.region || undefined) as EventListQuery['region'],
    kind: oneOf(EVENT_KINDS, filters.kind),
    topic: oneOf(NEED_CATEGORIES, filters.topic),
    ...(drafts ? { status: 'draft' as const } : {}),
  };
}
