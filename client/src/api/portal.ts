// What the public portal reads without an account: the figures of a province (or the country)
// and the upcoming events of the shared calendar (the events pages have their own API module).
import type { EventListParams, PublicStatsParams } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const portalApi = {
  stats: (params: PublicStatsParams = {}) => call(endpoints.portal.stats, { query: params }),
  upcomingEvents: (params: EventListParams = {}) => call(endpoints.events.calendar, { query: params }),
};
