// Events on the regional calendar: create (answered with the region's overlaps), list publicly,
// read, and change (PATCH, status transitions; moving or cancelling tells every registrant).
import type { z } from 'zod';
import type { CalendarEvent, CreateEventBody, EventListQuery, OverlapsQuery, Page, PatchEventBody } from '@ketnoi/contract';
import { eventShapeIssues } from '@ketnoi/contract';
import { regionOf } from '@ketnoi/seeds';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError, InvalidTransitionError, ValidationError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { cursorQuery, decodeCursor, toPage } from '../../lib/pagination.js';
import type { Filter } from '../../store/types.js';
import type { Lang } from '../matching/criteria/types.js';
import { boundaryInstant } from '../reports/period.js';
import { staffScope } from '../staff/policy.js';
import type { EventsCore } from './deps.js';
import { monthsOf, soonest } from './calendar.js';
import type { EventChange } from './events.js';
import { findOverlaps, type Overlap, overlapFilter, type PlannedEvent } from './overlaps.js';
import { eventPolicy } from './policy.js';
import { presentEvent } from './presenter.js';
import type { RegistrationsService } from './registrations.js';
import { ACTIVE_REGISTRATION } from './registrationsRepository.js';
import type { EventDoc, MeetingsConfig, Venue } from './repository.js';

export type CreateEventInput = z.output<typeof CreateEventBody>;
export type PatchEventInput = z.output<typeof PatchEventBody>;
export type EventListParams = z.output<typeof EventListQuery>;
export type OverlapsParams = z.output<typeof OverlapsQuery>;

const TRANSITIONS: Readonly<Record<string, readonly string[]>> = { draft: ['published'], published: ['completed', 'cancelled'] };
const iso = (s: string) => new Date(s).toISOString();
const regionsOf = (provinces: readonly string[]) => [...new Set(provinces.map(regionOf).filter((r): r is NonNullable<typeof r> => !!r))];
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class EventsService {
  constructor(private readonly d: EventsCore & { registrationsService: RegistrationsService }) {}

  async create(user: AuthUser, input: CreateEventInput, lang: Lang): Promise<{ event: EventDoc; overlaps: Overlap[] }> {
    const province = staffScope.provinceFor(user, input.province, { path: 'province' })!;
    const venue = input.venue ? await this.checkVenue(input.venue) : null;
    const now = this.now();
    const coOrganizers = input.coOrganizers.filter((p) => p !== province);
    const doc: EventDoc = {
      _id: newId(),
      kind: input.kind,
      title: input.title,
      description: input.description,
      province,
      coOrganizers,
      provinces: [province, ...coOrganizers],
      regions: regionsOf([province, ...coOrganizers]),
      topics: input.topics,
      startsAt: iso(input.startsAt),
      endsAt: iso(input.endsAt),
      months: monthsOf(iso(input.startsAt), iso(input.endsAt)),
      venue,
      online: input.online,
      capacity: input.capacity ?? null,
      registration: {
        opensAt: input.registration?.opensAt ? iso(input.registration.opensAt) : null,
        closesAt: input.registration?.closesAt ? iso(input.registration.closesAt) : null,
      },
      meetings: input.meetings ? this.meetingsConfig(input.meetings) : null,
      status: input.status,
      organizerId: user.id,
      history: [{ at: now, by: user.id, from: null, to: input.status }],
      registered: 0,
      waitlisted: 0,
      checkedIn: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.d.store.withTransaction(async () => {
      await this.d.events.insert(doc);
      await this.d.bus.record('event.created', { event: doc, by: user.id });
    });
    return { event: doc, overlaps: await this.overlapsOf({ ...doc, id: doc._id }, lang) };
  }

  /** Staff ask before creating: what the region already has around these dates. */
  async overlaps(user: AuthUser, query: OverlapsParams, lang: Lang): Promise<Overlap[]> {
    const province = user.role === 'staff' ? (query.province ?? user.province) : query.province;
    if (!province) throw new ValidationError('Name the province.', [{ path: 'query.province', message: 'required for admins' }]);
    const startsAt = iso(query.startsAt);
    const endsAt = query.endsAt ? iso(query.endsAt) : startsAt;
    if (endsAt < startsAt)
      throw new ValidationError('The event must end after it starts.', [{ path: 'query.endsAt', message: 'before startsAt' }]);
    const coOrganizers = query.coOrganizers ?? [];
    return this.overlapsOf(
      { id: query.excludeId, province, coOrganizers, startsAt, endsAt, topics: query.topics ?? [], kind: query.kind },
      lang,
    );
  }

  /** The public calendar: soonest first, drafts only for their organisers. */
  async list(user: AuthUser | null, query: EventListParams): Promise<Page<CalendarEvent>> {
    const status = query.status ?? 'published';
    let scope: Filter = {};
    if (status === 'draft') {
      if (user?.role === 'staff' && user.province) scope = { provinces: user.province };
      else if (user?.role !== 'admin') throw new ForbiddenError('Drafts are visible to the organising staff only.');
    }
    const now = this.d.clock.now();
    const from = query.from ? boundaryInstant(query.from).toISOString() : now.toISOString();
    const to = query.to ? boundaryInstant(query.to).toISOString() : null;
    const cursor = decodeCursor(query.cursor, 'instant');
    const { filter: after } = cursorQuery('startsAt', 1, cursor);
    const filter = allOf(
      { status },
      scope,
      query.province ? { provinces: query.province } : {},
      query.region ? { regions: query.region } : {},
      query.kind ? { kind: query.kind } : {},
      query.topic ? { topics: query.topic } : {},
      { endsAt: { $gt: from } },
      to ? { startsAt: { $lt: to } } : {},
      after,
    );
    // One province holds few events: its index alone is the cheapest read. Otherwise month by
    // month (calendar.ts); a next page starts reading at the month of the last event shown.
    const start = cursor && String(cursor.value) > from ? String(cursor.value) : from;
    const docs = query.province
      ? await this.d.events.find(filter, { sort: { startsAt: 1, _id: 1 }, limit: query.limit + 1 })
      : await soonest(this.d.events, filter, { from: start, to }, query.limit + 1);
    return toPage(docs, query.limit, 'startsAt', (d) => presentEvent(d, now));
  }

  async get(user: AuthUser | null, id: string): Promise<CalendarEvent> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(id));
    return presentEvent(event, this.d.clock.now(), user ? await this.d.registrationsService.mine(user, event) : undefined);
  }

  present(event: EventDoc): CalendarEvent {
    return presentEvent(event, this.d.clock.now());
  }

  async patch(user: AuthUser, id: string, input: PatchEventInput): Promise<EventDoc> {
    const previous = eventPolicy.assertManage(user, await this.d.events.findById(id));
    // A status the event cannot move to is named as such, even from a final status.
    if (input.status && input.status !== previous.status && !TRANSITIONS[previous.status]?.includes(input.status))
      throw new InvalidTransitionError(previous.status, input.status);
    if (previous.status === 'cancelled' || previous.status === 'completed')
      throw new ConflictError(`This event is ${previous.status} and can no longer be changed.`, { status: previous.status });
    const next = await this.merged(previous, input, user.id);
    // (A completed or cancelled event was refused above.) Completing closes the event for good (no
    // registration, no edit): a tap on an event still to come would freeze it before anyone came.
    if (next.status === 'completed' && next.startsAt > this.now())
      throw new ConflictError('An event can be completed once it has started.', { startsAt: next.startsAt });
    // Once over, its registrations are the record of who came: cancelling would tell them, by mail,
    // that an event they attended is off.
    if (next.status === 'cancelled' && previous.endsAt <= this.now())
      throw new ConflictError('This event is over: complete it instead of cancelling it.', { endsAt: previous.endsAt });
    const issues = eventShapeIssues(next);
    if (issues.length)
      throw new ValidationError(
        `Some fields are not valid: ${issues.map((i) => i.path.join('.')).join(', ')}.`,
        issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    const changes = this.changesBetween(previous, next);
    const meetingsChanged = !sameJson(previous.meetings, next.meetings);
    // A change of the meeting hours re-plans: it takes its turn on the event's meeting board.
    const inTransaction = <R>(fn: () => Promise<R>) =>
      meetingsChanged ? this.d.board.serialise(id, fn) : this.d.store.withTransaction(fn);
    return inTransaction(async () => {
      if (
        meetingsChanged &&
        !next.meetings &&
        (await this.d.meetings.collection.countDocuments({ eventId: id, status: { $in: ['requested', 'accepted'] } }))
      )
        throw new ConflictError('This event has open meeting requests or accepted meetings; cancel them before turning meetings off.');
      const { _id, registered: _r, waitlisted: _w, checkedIn: _c, ...fields } = next;
      const saved = await this.d.events.collection.findOneAndUpdate(
        { _id, updatedAt: previous.updatedAt },
        { $set: fields },
        { returnDocument: 'after' },
      );
      if (!saved) throw new ConflictError('This event changed just now. Reload it and try again.');
      if (meetingsChanged && saved.meetings) await this.d.board.replan(saved, user.id);
      const capacityGrew = saved.capacity === null || (previous.capacity !== null && saved.capacity > previous.capacity);
      if (saved.status === 'published' && capacityGrew) await this.d.registrationsService.promoteWaitlisted(id, user.id);
      const registrants = await this.d.registrations.find({ eventId: id, status: { $in: [...ACTIVE_REGISTRATION] } });
      const userIds = registrants.map((r) => r.userId);
      if (saved.status === 'cancelled') {
        await this.d.notices.tell(userIds, 'event.cancelled', this.d.notices.aboutEvent(saved));
        await this.d.mails.cancelled(saved, registrants);
      } else if (changes.includes('time') || changes.includes('venue')) {
        await this.d.notices.tell(
          userIds,
          'event.changed',
          this.d.notices.aboutEvent(saved, { changes: changes.filter((c) => c !== 'details'), venue: saved.venue }),
        );
        await this.d.mails.changed(saved, registrants);
      }
      const event = (await this.d.events.findById(id))!;
      // In this transaction: the audit log records publishing, completing and cancelling.
      await this.d.bus.record('event.updated', { event, previous, changes, registrantUserIds: userIds, by: user.id });
      return event;
    });
  }

  // ── internals ──

  private async overlapsOf(planned: PlannedEvent, lang: Lang): Promise<Overlap[]> {
    const filter = overlapFilter(planned);
    return filter ? findOverlaps(planned, await this.d.events.find(filter, { sort: { startsAt: 1, _id: 1 } }), lang) : [];
  }

  /** The event after the patch (counters untouched; a PATCH never writes them). */
  private async merged(previous: EventDoc, input: PatchEventInput, by: string): Promise<EventDoc> {
    const now = this.now();
    const next: EventDoc = { ...previous, updatedAt: now };
    if (input.kind !== undefined) next.kind = input.kind;
    if (input.title !== undefined) next.title = input.title;
    if (input.description !== undefined) next.description = input.description;
    if (input.topics !== undefined) next.topics = input.topics;
    if (input.online !== undefined) next.online = input.online;
    if (input.startsAt !== undefined) next.startsAt = iso(input.startsAt);
    if (input.endsAt !== undefined) next.endsAt = iso(input.endsAt);
    next.months = monthsOf(next.startsAt, next.endsAt);
    if (input.capacity !== undefined) next.capacity = input.capacity;
    if (input.venue !== undefined) next.venue = input.venue === null ? null : await this.checkVenue(input.venue);
    if (input.meetings !== undefined) next.meetings = input.meetings === null ? null : this.meetingsConfig(input.meetings);
    if (input.coOrganizers !== undefined) {
      next.coOrganizers = input.coOrganizers.filter((p) => p !== previous.province);
      next.provinces = [previous.province, ...next.coOrganizers];
      next.regions = regionsOf(next.provinces);
    }
    if (input.registration) {
      const { opensAt, closesAt } = input.registration;
      next.registration = {
        opensAt: opensAt === undefined ? previous.registration.opensAt : opensAt && iso(opensAt),
        closesAt: closesAt === undefined ? previous.registration.closesAt : closesAt && iso(closesAt),
      };
    }
    if (input.status && input.status !== previous.status) {
      next.status = input.status;
      next.history = [...previous.history, { at: now, by, from: previous.status, to: input.status }];
    }
    return next;
  }

  private changesBetween(a: EventDoc, b: EventDoc): EventChange[] {
    const changes: EventChange[] = [];
    if (a.startsAt !== b.startsAt || a.endsAt !== b.endsAt) changes.push('time');
    if (!sameJson(a.venue, b.venue) || a.online !== b.online) changes.push('venue');
    if (a.status !== b.status) changes.push('status');
    const rest = (e: EventDoc) => [e.kind, e.title, e.description, e.topics, e.coOrganizers, e.capacity, e.registration, e.meetings];
    if (!sameJson(rest(a), rest(b))) changes.push('details');
    return changes;
  }

  private meetingsConfig(m: MeetingsConfig): MeetingsConfig {
    return { slotMinutes: m.slotMinutes, tables: m.tables, from: iso(m.from), to: iso(m.to), maxPerParticipant: m.maxPerParticipant };
  }

  /** A venue naming a provider must name a provider profile, and one of its resources if any. */
  private async checkVenue(venue: Venue): Promise<Venue> {
    const out: Venue = { name: venue.name };
    if (venue.address) out.address = venue.address;
    if (venue.providerId) {
      const provider = await this.d.profiles.findById(venue.providerId);
      if (!provider || provider.kind !== 'provider')
        throw new ValidationError('The venue’s provider is not a provider profile.', [
          { path: 'venue.providerId', message: 'unknown provider' },
        ]);
      out.providerId = provider._id;
      if (venue.resource) {
        if (!(provider.resources ?? []).some((r) => r.name === venue.resource))
          throw new ValidationError('This provider has no resource of that name.', [
            { path: 'venue.resource', message: 'unknown resource' },
          ]);
        out.resource = venue.resource;
      }
    } else if (venue.resource) out.resource = venue.resource;
    return out;
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
