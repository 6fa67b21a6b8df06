// Registration, the waitlist, assisted registration by staff, the participant list and
// check-in. Rules: docs/EVENTS.md "Registration and check-in".
import type { z } from 'zod';
import type { EventRegisterBody, Page, Registration, RegistrationListQuery } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import { DuplicateKeyError } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { EventsCore } from './deps.js';
import { newRegistrationCode, normaliseCode } from './codes.js';
import { eventPolicy } from './policy.js';
import { presentRegistration, type RegistrationView, registrationOpen } from './presenter.js';
import { ACTIVE_REGISTRATION, type RegistrationDoc } from './registrationsRepository.js';
import type { EventDoc } from './repository.js';

export type RegisterInput = z.output<typeof EventRegisterBody>;
export type RegistrationListParams = z.output<typeof RegistrationListQuery>;

/**
 * Times one profile may register for one event, cancelling in between. Each registration mails a
 * ticket to the account's address (which nobody has confirmed), so a register-and-cancel loop must
 * not become a way to send someone endless mail; it also bounds the registration's history.
 */
export const MAX_REGISTRATIONS_PER_EVENT = 5;

/** How many times the registration was made anew (first time, or back after a cancellation). */
function timesRegistered(reg: RegistrationDoc): number {
  return reg.history.filter((h) => (h.from === null || h.from === 'cancelled') && h.to !== 'cancelled').length;
}

/** What a profile brings by default: what it covers if it helps, its open needs if it is a startup. */
function defaultsFor(profile: ProfileDoc): { offers: string[]; seeks: string[] } {
  return profile.kind === 'startup' ? { offers: [], seeks: [...profile.coverage] } : { offers: [...profile.coverage], seeks: [] };
}

export class RegistrationsService {
  constructor(private readonly d: EventsCore) {}

  async register(user: AuthUser, eventId: string, input: RegisterInput): Promise<RegistrationDoc> {
    // A draft answers "not published" (409) to everyone, like a cancelled or completed event.
    const event = await this.d.events.findById(eventId);
    if (!event) throw new NotFoundError('Event');
    const { profile, assisted } = await this.whoRegisters(user, input.profileId);
    if (profile.suspended) throw new ConflictError('This profile is suspended and cannot register.');
    this.assertOpen(event);
    const defaults = defaultsFor(profile);
    const saved = await this.d.store
      .withTransaction(async () => {
        const current = await this.d.events.findById(eventId);
        if (!current) throw new NotFoundError('Event');
        this.assertOpen(current);
        const existing = await this.d.registrations.forProfile(eventId, profile._id);
        if (existing && ACTIVE_REGISTRATION.includes(existing.status))
          throw new ConflictError(
            existing.status === 'registered' ? 'Already registered for this event.' : 'Already on the waitlist of this event.',
            { registrationId: existing._id, status: existing.status },
          );
        if (existing && timesRegistered(existing) >= MAX_REGISTRATIONS_PER_EVENT)
          throw new ConflictError(`A profile can register for the same event at most ${MAX_REGISTRATIONS_PER_EVENT} times.`, {
            limit: MAX_REGISTRATIONS_PER_EVENT,
          });
        const status = current.capacity === null || current.registered < current.capacity ? 'registered' : 'waitlisted';
        const now = this.now();
        const doc: RegistrationDoc = {
          _id: existing?._id ?? newId(),
          eventId,
          profileId: profile._id,
          userId: profile.userId,
          province: profile.province,
          status,
          offers: input.offers ?? defaults.offers,
          seeks: input.seeks ?? defaults.seeks,
          note: input.note ?? '',
          code: existing?.code ?? (await this.uniqueCode(eventId)),
          checkedInAt: null,
          checkedInBy: null,
          registeredBy: user.id,
          assisted,
          queuedAt: now,
          history: [...(existing?.history ?? []), { at: now, by: user.id, from: existing?.status ?? null, to: status }],
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        const written = existing ? await this.d.registrations.replace(existing, doc) : await this.d.registrations.insert(doc);
        if (!written) throw new ConflictError('This registration changed just now. Try again.');
        // The counter write is also the guard: concurrent registrations of one event conflict on it.
        const counted = await this.d.events.collection.updateOne({ _id: eventId, [status]: current[status] }, { $inc: { [status]: 1 } });
        if (counted.matchedCount !== 1) throw new ConflictError('The event changed just now. Try again.');
        if (assisted)
          await this.d.notices.tell(
            [profile.userId],
            'event.registered_for_you',
            this.d.notices.aboutEvent(current, { status, code: doc.code }),
          );
        if (written.status === 'registered') await this.d.mails.registered(written, current);
        await this.d.bus.record('event.registration', {
          registration: written,
          event: current,
          action: written.status === 'registered' ? 'registered' : 'waitlisted',
          by: user.id,
        });
        return written;
      })
      .catch((error: unknown) => {
        // The same profile registering twice at once: the unique (event, profile) index lets one through.
        if (error instanceof DuplicateKeyError) throw new ConflictError('Already registered for this event.');
        throw error;
      });
    return saved;
  }

  /** Cancel the caller's own registration (DELETE …/registrations/me). */
  async cancelOwn(user: AuthUser, eventId: string): Promise<void> {
    eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    const own = await this.d.profiles.findByUserId(user.id);
    const reg = own ? await this.d.registrations.forProfile(eventId, own._id) : null;
    if (!reg || !ACTIVE_REGISTRATION.includes(reg.status)) throw new NotFoundError('Registration');
    await this.cancel(eventId, reg._id, user.id);
  }

  /** An organiser cancels someone's registration (e.g. a founder registered by staff who will not come). */
  async cancelById(user: AuthUser, eventId: string, registrationId: string): Promise<void> {
    eventPolicy.assertOrganise(user, await this.d.events.findById(eventId));
    const reg = await this.d.registrations.findById(registrationId);
    if (!reg || reg.eventId !== eventId || !ACTIVE_REGISTRATION.includes(reg.status)) throw new NotFoundError('Registration');
    await this.cancel(eventId, reg._id, user.id);
  }

  /**
   * Move waitlisted registrants up while places are free (after a cancellation or a larger
   * capacity). Runs inside the caller's transaction: each is told in the app and by mail there.
   */
  async promoteWaitlisted(eventId: string, by: string): Promise<RegistrationDoc[]> {
    const promoted: RegistrationDoc[] = [];
    for (;;) {
      const event = await this.d.events.findById(eventId);
      if (!event || event.status !== 'published' || (event.capacity !== null && event.registered >= event.capacity)) break;
      const next = await this.d.registrations.nextWaitlisted(eventId);
      if (!next) break;
      const now = this.now();
      const saved = await this.d.registrations.replace(next, {
        ...next,
        status: 'registered',
        history: [...next.history, { at: now, by, from: 'waitlisted', to: 'registered' }],
        updatedAt: now,
      });
      if (!saved) throw new ConflictError('The waitlist changed just now. Try again.');
      await this.d.events.collection.updateOne({ _id: eventId }, { $inc: { registered: 1, waitlisted: -1 } });
      await this.d.notices.tell([saved.userId], 'event.registration_promoted', this.d.notices.aboutEvent(event, { code: saved.code }));
      await this.d.mails.promoted(saved, event);
      await this.d.bus.record('event.registration', { registration: saved, event, action: 'promoted', by });
      promoted.push(saved);
    }
    return promoted;
  }

  /** Organisers: everyone, with codes and check-ins. A registered participant: the other registered participants. */
  async list(user: AuthUser, eventId: string, query: RegistrationListParams): Promise<Page<Registration>> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    const organiser = eventPolicy.canOrganise(user, event);
    if (!organiser) {
      const own = await this.d.profiles.findByUserId(user.id);
      const reg = own ? await this.d.registrations.forProfile(eventId, own._id) : null;
      if (reg?.status !== 'registered') throw new ForbiddenError('Register for the event to see who else is coming.');
    }
    const status = organiser ? (query.status ? { status: query.status } : {}) : { status: 'registered' };
    const page = await findPage(this.d.registrations, allOf({ eventId }, status), query, 'createdAt', 1);
    const profiles = await this.profilesOf(page.items);
    const positions = new Map<string, number>();
    if (organiser)
      for (const d of page.items) if (d.status === 'waitlisted') positions.set(d._id, await this.d.registrations.waitlistPosition(d));
    const view: RegistrationView = organiser ? 'organiser' : 'participant';
    const result = mapPage(page, (d) => presentRegistration(d, profiles.get(d.profileId), view, positions.get(d._id) ?? null));
    // Other participants do not see profiles their owners hid from the directory, nor suspended ones (the cursor
    // still moves past them).
    if (!organiser) {
      result.items = result.items.filter((r) => {
        const profile = profiles.get(r.profileId);
        return !profile?.hidden && !profile?.suspended;
      });
    }
    return result;
  }

  /** Check in by ticket code; a second scan answers the same. */
  async checkIn(user: AuthUser, eventId: string, rawCode: string): Promise<RegistrationDoc> {
    const event = await this.door(user, eventId);
    const code = normaliseCode(rawCode);
    return this.d.store.withTransaction(async () => {
      const found = await this.d.registrations.byCode(eventId, code);
      if (!found) throw new NotFoundError('Registration with this code at this event');
      // The organiser at the door sees whose ticket it is (and their waitlist place), as in the registrant list.
      if (found.status === 'waitlisted')
        throw new ConflictError('This person is on the waitlist and has no place yet.', {
          status: found.status,
          registration: await this.present(found, 'organiser'),
        });
      if (found.status === 'cancelled')
        throw new ConflictError('This registration was cancelled.', {
          status: found.status,
          registration: await this.present(found, 'organiser'),
        });
      if (found.checkedInAt) return found;
      const now = this.now();
      const saved = await this.d.registrations.replace(found, { ...found, checkedInAt: now, checkedInBy: user.id, updatedAt: now });
      if (!saved) throw new ConflictError('This registration changed just now. Scan again.');
      await this.d.events.collection.updateOne({ _id: eventId }, { $inc: { checkedIn: 1 } });
      // The audit log records who let whom in (in this transaction).
      await this.d.bus.record('event.registration', { registration: saved, event, action: 'checked_in', by: user.id });
      return saved;
    });
  }

  /**
   * Undo a check-in made by mistake (the wrong ticket scanned, the wrong row tapped). Like a
   * second scan, undoing what is not checked in answers the registration as it is.
   */
  async undoCheckIn(user: AuthUser, eventId: string, registrationId: string): Promise<RegistrationDoc> {
    const event = await this.door(user, eventId);
    return this.d.store.withTransaction(async () => {
      const found = await this.d.registrations.findById(registrationId);
      if (!found || found.eventId !== eventId) throw new NotFoundError('Registration');
      if (!found.checkedInAt) return found;
      const saved = await this.d.registrations.replace(found, { ...found, checkedInAt: null, checkedInBy: null, updatedAt: this.now() });
      if (!saved) throw new ConflictError('This registration changed just now. Try again.');
      await this.d.events.collection.updateOne({ _id: eventId }, { $inc: { checkedIn: -1 } });
      await this.d.bus.record('event.registration', { registration: saved, event, action: 'checkin_undone', by: user.id });
      return saved;
    });
  }

  /** The caller's own registration at the event, presented for them (code, waitlist place). */
  async mine(user: AuthUser | null, event: EventDoc): Promise<Registration | null> {
    if (!user) return null;
    const own = await this.d.profiles.findByUserId(user.id);
    const reg = own ? await this.d.registrations.forProfile(event._id, own._id) : null;
    return reg ? this.present(reg, 'self') : null;
  }

  async present(reg: RegistrationDoc, view: RegistrationView): Promise<Registration> {
    const [profile] = await this.d.profiles.findMany([reg.profileId]);
    const position = reg.status === 'waitlisted' ? await this.d.registrations.waitlistPosition(reg) : null;
    return presentRegistration(reg, profile, view, position);
  }

  // ── internals ──

  /** The event whose door the organiser runs: checking in (or taking one back) needs it held or done. */
  private async door(user: AuthUser, eventId: string): Promise<EventDoc> {
    const event = eventPolicy.assertOrganise(user, await this.d.events.findById(eventId));
    if (event.status !== 'published' && event.status !== 'completed') throw new ConflictError(`This event is ${event.status}.`);
    return event;
  }

  /** Cancel a registration and the person's meetings (so it takes its turn on the event's meeting board). */
  private async cancel(eventId: string, registrationId: string, by: string): Promise<void> {
    await this.d.board.serialise(eventId, async () => {
      const reg = await this.d.registrations.findById(registrationId);
      if (!reg || !ACTIVE_REGISTRATION.includes(reg.status)) throw new NotFoundError('Registration');
      if (reg.checkedInAt) throw new ConflictError('This person has already been checked in at the event.');
      const event = await this.d.events.findById(reg.eventId);
      if (!event) throw new NotFoundError('Event');
      // After the event its registrations are the record of who came (the report's no-shows), and
      // a freed place would be offered to the waitlist for an event that has already happened.
      if (event.status === 'completed' || event.endsAt <= this.now())
        throw new ConflictError('This event is over; its registrations stay as they were.', { status: event.status, endsAt: event.endsAt });
      if (event.meetings) await this.d.board.cancelAllOf(event, reg.profileId, by);
      const now = this.now();
      const saved = await this.d.registrations.replace(reg, {
        ...reg,
        status: 'cancelled',
        history: [...reg.history, { at: now, by, from: reg.status, to: 'cancelled' }],
        updatedAt: now,
      });
      if (!saved) throw new ConflictError('This registration changed just now. Try again.');
      await this.d.events.collection.updateOne({ _id: event._id }, { $inc: { [reg.status]: -1 } });
      await this.d.bus.record('event.registration', { registration: saved, event, action: 'cancelled', by });
      if (reg.status === 'registered') await this.promoteWaitlisted(event._id, by);
    });
  }

  private assertOpen(event: EventDoc): void {
    if (event.status !== 'published')
      throw new ConflictError(`Registration is closed: this event is ${event.status}.`, { status: event.status });
    if (!registrationOpen(event, this.d.clock.now())) {
      const opens = event.registration.opensAt;
      throw new ConflictError(opens && this.now() < opens ? `Registration opens at ${opens}.` : 'Registration for this event has closed.', {
        opensAt: event.registration.opensAt,
        closesAt: event.registration.closesAt ?? event.endsAt,
      });
    }
  }

  /** Whose registration this is: the caller's own profile, or (staff) a profile of their province. */
  private async whoRegisters(user: AuthUser, profileId: string | undefined): Promise<{ profile: ProfileDoc; assisted: boolean }> {
    const own = await this.d.profiles.findByUserId(user.id);
    if (!profileId || profileId === own?._id) {
      if (own) return { profile: own, assisted: false };
      if (user.role === 'staff' || user.role === 'admin')
        throw new ValidationError('Name the profile to register on its behalf.', [{ path: 'profileId', message: 'required for staff' }]);
      throw new ConflictError('Create your profile before registering for events.', { profile: 'missing' });
    }
    if (user.role !== 'staff' && user.role !== 'admin') throw new ForbiddenError('You can only register your own profile.');
    const profile = await this.d.profiles.findById(profileId);
    if (!profile || !isStaffFor(user, profile.province)) throw new NotFoundError('Profile');
    return { profile, assisted: true };
  }

  private async uniqueCode(eventId: string): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newRegistrationCode();
      if (!(await this.d.registrations.byCode(eventId, code))) return code;
    }
    throw new ConflictError('Could not draw a free ticket code. Try again.');
  }

  private async profilesOf(docs: readonly RegistrationDoc[]): Promise<Map<string, ProfileDoc>> {
    return new Map((await this.d.profiles.findMany(docs.map((d) => d.profileId))).map((p) => [p._id, p]));
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
