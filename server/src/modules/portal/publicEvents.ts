// What the portal reads of events (the figures, the sitemap, the HTML of /events/:id) through a
// narrow hook, so that it works before and after the events module is wired in. The events
// module's repository fits it as it is: `portal.useEvents(events.repository)` in container.ts.
import type { CalendarEvent, EventListQuery } from '@ketnoi/contract';
import type { z } from 'zod';
import type { Collection, Doc } from '../../store/types.js';
import type { Scope } from '../staff/policy.js';

/** The fields of an event document the portal reads (docs/EVENTS.md). */
export interface PublicEventDoc extends Doc {
  title: string;
  description: string;
  province: string;
  /** Organiser and co-organisers. */
  provinces: string[];
  regions: string[];
  status: string;
  startsAt: string;
  endsAt: string;
  registered: number;
  updatedAt: string;
}

export interface PublicEventsSource {
  collection: Collection<PublicEventDoc>;
  /** The public calendar as a visitor reads it (the events service's list, GET /api/events). */
  calendar?: (query: CalendarQuery) => Promise<{ items: CalendarEvent[]; nextCursor: string | null }>;
}

/** The fields of an event's call for entries the portal reads (the HTML of /events/:id/call and /results). */
export interface PublicCallDoc {
  opensAt: string | null;
  closesAt: string;
  resultsPublishedAt: string | null;
}

/** The calls module's hook: an event's call, or null when it has none. */
export type PublicCallsSource = (eventId: string) => Promise<PublicCallDoc | null>;

/** GET /api/events's query, as parsed. */
export type CalendarQuery = z.output<typeof EventListQuery>;

/** Statuses a visitor may see. */
export const PUBLIC_EVENT_STATUSES = ['published', 'completed'];

export class PublicEvents {
  private source: PublicEventsSource | null = null;
  private calls: PublicCallsSource | null = null;

  use(source: PublicEventsSource): void {
    this.source = source;
  }

  useCalls(source: PublicCallsSource): void {
    this.calls = source;
  }

  /** The call of an event a visitor may see, or null (no call, or the calls module not wired in). */
  async call(eventId: string): Promise<PublicCallDoc | null> {
    return this.calls ? this.calls(eventId) : null;
  }

  async find(id: string): Promise<PublicEventDoc | null> {
    if (!this.source) return null;
    return this.source.collection.findOne({ _id: id, status: { $in: PUBLIC_EVENT_STATUSES } });
  }

  /** The calendar's first page for a visitor (the /events first paint), or null before events are wired in. */
  async calendar(query: CalendarQuery): Promise<{ items: CalendarEvent[]; nextCursor: string | null } | null> {
    if (!this.source?.calendar) return null;
    return this.source.calendar(query);
  }

  /** Every event a visitor may see, for the sitemap (id and last change only). */
  async listed(limit: number): Promise<{ _id: string; updatedAt: string }[]> {
    if (!this.source) return [];
    return this.source.collection.find(
      { status: { $in: PUBLIC_EVENT_STATUSES } },
      { sort: { startsAt: -1, _id: 1 }, limit, projection: { _id: 1, updatedAt: 1 } },
    );
  }

  /** Events of the scope that have started (held), and their registered participants. */
  async figures(scope: Scope, now: string): Promise<{ held: number; participants: number }> {
    if (!this.source) return { held: 0, participants: 0 };
    const where = scope.level === 'national' ? {} : scope.level === 'region' ? { regions: scope.region } : { provinces: scope.province };
    const held = await this.source.collection.find(
      { ...where, status: { $in: PUBLIC_EVENT_STATUSES }, startsAt: { $lte: now } },
      { projection: { registered: 1 } },
    );
    return { held: held.length, participants: held.reduce((n, e) => n + (e.registered ?? 0), 0) };
  }
}
