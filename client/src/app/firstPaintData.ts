// The answers the server's HTML carries for the page it drew (a JSON script, #first-paint-data; the
// contract's FirstPaintData): put in the query cache before the first render, so the page starts
// from them, draws once over the server's screen with the same content, and asks again only when
// they go stale.
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { CalendarEvent, FirstPaintData, Page } from '@ketnoi/contract';
import { queryKeys } from '../api/keys.js';
import { eventKeys } from '../api/events.js';
import { calendarFilters, calendarQuery } from '../pages/events/calendarQuery.js';

function readFirstPaintData(): FirstPaintData | null {
  const script = document.getElementById('first-paint-data');
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as FirstPaintData;
  } catch {
    return null;
  }
}

export function seedFirstPaintData(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  const data = readFirstPaintData();
  if (!data) return;
  if (data.reference) queryClient.setQueryData(queryKeys.reference, data.reference);
  // The calendar's first page, for the list the URL asks for (the server draws the upcoming list only).
  if (data.calendar && location.pathname.replace(/\/+$/, '') === '/events') {
    const key = eventKeys.list(calendarQuery(calendarFilters(new URLSearchParams(location.search))));
    queryClient.setQueryData<InfiniteData<Page<CalendarEvent>, string | undefined>>(key, {
      pages: [data.calendar],
      pageParams: [undefined],
    });
  }
}
