// What the public portal reads without an account: the figures of a province (or the country)
// and the upcoming events of the shared calendar (the events pages have their own API module).
import type { CalendarEvent, EventListParams, Page, PublicStats, PublicStatsParams } from '@ketnoi/contract';
import { http } from './http.js';

export const portalApi = {
  stats: (params: PublicStatsParams = {}) => http.get<PublicStats>('/api/public/stats', params),
  upcomingEvents: (params: EventListParams = {}) => http.get<Page<CalendarEvent>>('/api/events', params),
};
