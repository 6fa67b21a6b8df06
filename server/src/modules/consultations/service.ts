import type { z } from 'zod';
import type { Consultation, ConsultationListOrder, FollowUpTag, Page, RefusalReason, RescheduleBody, ScheduleBody } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import { findPage, type PageQuery } from '../../lib/pagination.js';
import { guardKeys, WriteGuards } from '../../store/guards.js';
import type { Filter, Store } from '../../store/types.js';
import type { FileReferences } from '../files/references.js';
import { evidenceFileRefs } from '../files/references.js';
import { introPolicy } from '../intros/policy.js';
import type { IntrosRepository } from '../intros/repository.js';
import type { NeedsService } from '../needs/service.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import { ConsultationChangeLimit } from './changeLimit.js';
import { consultationPolicy, maySchedule, visibleConsultations } from './policy.js';
import { presentConsultation } from './presenter.js';
import type { ConsultationDoc, ConsultationsRepository, ConsultationStatus } from './repository.js';
import { bookingsAtOnce, fullSpans, withinOpeningHours, type OutcomeTagCode, type TimeSpan } from '@ketnoi/contract';

export type ScheduleInput = z.output<typeof ScheduleBody>;
export type RescheduleInput = z.output<typeof RescheduleBody>;

/** The mails a change queues, inside the change's transaction (mail/triggers/consultations.ts). */
export interface ConsultationMails {
  changed(
    consultation: ConsultationDoc,
    action: 'scheduled' | 'rescheduled' | 'cancelled',
    by: string,
    previousStartsAt?: string,
  ): Promise<void>;
}

/**
 * What a refused booking overlaps, for the person choosing another time: when the diary or resource
 * is taken (never by whom: other people's bookings are not theirs to see).
 */
function busyDetails(busy: TimeSpan[], clash: ConsultationDoc[]) {
  const within = (c: ConsultationDoc) => busy.some((b) => c.startsAt < b.endsAt && c.endsAt > b.startsAt);
  return { busy, overlapsWith: clash.filter(within).map((c) => c._id) };
}

const busyText = (busy: TimeSpan[]) =>
  busy.length === 1 ? `from ${busy[0]!.startsAt} to ${busy[0]!.endsAt}` : `at ${busy.length} overlapping times`;

/** 400 on startsAt when a booking does not keep to its resource's opening hours (contract/src/openingHours.ts). */
function assertOpen(resource: NonNullable<ProfileDoc['resources']>[number], startsAt: Date, endsAt: Date): void {
  if (withinOpeningHours(resource.openingHours, startsAt, endsAt)) return;
  throw new ValidationError(`${resource.name} is open only at its opening hours; choose a time inside them.`, [
    { path: 'startsAt', message: 'outside the opening hours of the resource', code: 'outside_opening_hours' },
  ]);
}

/** A little slack for clocks and slow typing: "now" is still a valid start. */
const PAST_TOLERANCE_MS = 5 * 60_000;

export class ConsultationsService {
  private readonly guards: WriteGuards;
  private readonly changeLimit: ConsultationChangeLimit;

  constructor(
    private readonly store: Store,
    private readonly consultations: ConsultationsRepository,
    private readonly intros: IntrosRepository,
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly mail: ConsultationMails,
    private readonly files: FileReferences,
  ) {
    this.guards = new WriteGuards(store);
    this.changeLimit = new ConsultationChangeLimit(clock);
  }

  async schedule(user: AuthUser, input: ScheduleInput): Promise<ConsultationDoc> {
    const own = await this.profiles.findByUserId(user.id);
    const intro = await this.intros.findById(input.introId);
    const actor = { user, profileId: own?._id ?? null };
    // Staff who may open the intro (its province, its broker) are told why, not that it is missing.
    if (!intro || !introPolicy.can(actor, 'view', intro)) throw new NotFoundError('Introduction');
    if (!maySchedule(actor, intro)) throw new ForbiddenError('Only the two sides of the introduction schedule consultations.');
    if (intro.status !== 'accepted')
      throw new ConflictError('Consultations are scheduled on accepted introductions.', { status: intro.status });
    const parties = await this.profiles.findMany([intro.fromProfileId, intro.toProfileId]);
    const startup = parties.find((p) => p.kind === 'startup');
    const helper = parties.find((p) => p.kind !== 'startup');
    if (!startup || !helper) throw new ConflictError('A consultation needs a startup and an expert, investor or provider.');

    const startsAt = new Date(input.startsAt);
    if (startsAt.getTime() < this.clock.now().getTime() - PAST_TOLERANCE_MS) {
      throw new ValidationError('Choose a start time in the future.', [{ path: 'startsAt', message: 'in the past' }]);
    }
    const endsAt = input.endsAt ? new Date(input.endsAt) : new Date(startsAt.getTime() + input.durationMinutes! * 60_000);
    const booked = input.resource ? this.resourceOf(helper, input.resource) : null;
    if (booked) assertOpen(booked, startsAt, endsAt);
    const resource = booked?.name ?? null;
    const now = this.clock.now().toISOString();
    const doc: ConsultationDoc = {
      _id: newId(),
      introId: intro._id,
      startupId: startup._id,
      helperId: helper._id,
      helperKind: helper.kind,
      needId: intro.needId,
      province: intro.province,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
      mode: input.mode,
      location: input.location ?? null,
      resource,
      status: 'scheduled',
      outcome: null,
      completedAt: null,
      cancelReason: null,
      feedback: null,
      history: [{ at: now, by: user.id, from: null, to: 'scheduled' }],
      createdAt: now,
      updatedAt: now,
    };
    // The overlap and capacity checks read, then insert: the guard makes concurrent bookings of
    // one diary or resource take turns on MongoDB too (see store/guards.ts).
    await this.changeLimit.run(user.id, intro._id, () =>
      this.guards.serialise(this.guardsFor(helper, doc), async () => {
        await this.assertFree(helper, doc);
        await this.consultations.collection.insertOne(doc);
        if (doc.needId) await this.needs.transitionBySystem(doc.needId, 'in_progress', user.id);
        await this.mail.changed(doc, 'scheduled', user.id);
      }),
    );
    this.events.publish('consultation.changed', { consultation: doc, action: 'scheduled', by: user.id });
    return doc;
  }

  async complete(
    user: AuthUser,
    id: string,
    outcome: { tags: OutcomeTagCode[]; note?: string; evidence?: string; evidenceFileIds?: string[] },
  ): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'complete', id);
    // An outcome follows the meeting: completing one that has not started would inflate the reports.
    if (Date.parse(consultation.startsAt) > this.clock.now().getTime()) {
      throw new ConflictError('This consultation has not started yet; record its outcome after it takes place.', {
        reason: 'not_started' satisfies RefusalReason,
        startsAt: consultation.startsAt,
      });
    }
    const done = await this.store.withTransaction(async () => {
      // Evidence files (a filing receipt, a certificate) must be the writer's own uploads of purpose evidence.
      await this.files.attach(evidenceFileRefs(outcome.evidenceFileIds), [], [user.id]);
      return this.change(consultation, 'completed', user.id, { outcome, completedAt: this.clock.now().toISOString() });
    });
    this.events.publish('consultation.changed', { consultation: done, action: 'completed', by: user.id });
    return done;
  }

  async cancel(user: AuthUser, id: string, reason?: string): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'cancel', id);
    const done = await this.changeLimit.run(user.id, consultation.introId, () =>
      this.store.withTransaction(async () => {
        const cancelled = await this.change(consultation, 'cancelled', user.id, { cancelReason: reason ?? null });
        await this.mail.changed(cancelled, 'cancelled', user.id);
        return cancelled;
      }),
    );
    this.events.publish('consultation.changed', { consultation: done, action: 'cancelled', by: user.id });
    return done;
  }

  /** Either side moves a scheduled consultation or booking; the same availability rules apply. */
  async reschedule(user: AuthUser, id: string, input: RescheduleInput): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'move', id);
    if (consultation.status !== 'scheduled') throw new InvalidTransitionError(consultation.status, 'rescheduled');
    const startsAt = new Date(input.startsAt);
    if (startsAt.getTime() < this.clock.now().getTime() - PAST_TOLERANCE_MS) {
      throw new ValidationError('Choose a start time in the future.', [{ path: 'startsAt', message: 'in the past' }]);
    }
    const lengthMs = input.durationMinutes
      ? input.durationMinutes * 60_000
      : Date.parse(consultation.endsAt) - Date.parse(consultation.startsAt);
    const endsAt = input.endsAt ? new Date(input.endsAt) : new Date(startsAt.getTime() + lengthMs);
    const helper = await this.profiles.findById(consultation.helperId);
    if (!helper) throw new NotFoundError('Consultation');
    const booked = consultation.resource ? helper.resources?.find((r) => r.name === consultation.resource) : undefined;
    if (booked) assertOpen(booked, startsAt, endsAt);
    const now = this.clock.now().toISOString();
    const set: Partial<ConsultationDoc> = {
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
      ...(input.location !== undefined ? { location: input.location } : {}),
      updatedAt: now,
    };
    const moved = await this.changeLimit.run(user.id, consultation.introId, () =>
      this.guards.serialise(this.guardsFor(helper, consultation), async () => {
        await this.assertFree(helper, { ...consultation, ...set }, consultation._id);
        const doc = await this.consultations.update(consultation, set);
        if (!doc) throw new ConflictError('This consultation changed just now. Reload and try again.');
        await this.mail.changed(doc, 'rescheduled', user.id, consultation.startsAt);
        return doc;
      }),
    );
    this.events.publish('consultation.changed', { consultation: moved, action: 'rescheduled', by: user.id });
    return moved;
  }

  /**
   * The startup answers "what happened next?" (the follow-up mail's one-tap answers). Each tag is
   * stored once per consultation; outcome tags count in the reports' outcomes.
   */
  async recordFollowUp(user: AuthUser, id: string, tag: FollowUpTag): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'followUp', id);
    if (consultation.status !== 'completed')
      throw new InvalidTransitionError(consultation.status, 'followed_up', { reason: 'follow-ups come after completion' });
    if (consultation.followUps?.some((f) => f.tag === tag)) return consultation;
    const now = this.clock.now().toISOString();
    const updated = await this.store.withTransaction(() =>
      this.consultations.update(consultation, { followUps: [...(consultation.followUps ?? []), { at: now, tag }], updatedAt: now }),
    );
    if (!updated) throw new ConflictError('This consultation changed just now. Reload and try again.');
    this.events.publish('consultation.changed', { consultation: updated, action: 'follow_up', by: user.id });
    return updated;
  }

  /** The startup rates a completed consultation once; `resolved` confirms its need is met. */
  async feedback(user: AuthUser, id: string, input: { rating: number; comment?: string; resolved?: boolean }): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'rate', id);
    if (consultation.status !== 'completed')
      throw new InvalidTransitionError(consultation.status, 'rated', { reason: 'feedback follows completion' });
    if (consultation.feedback) throw new ConflictError('Feedback was already given for this consultation.');
    const now = this.clock.now().toISOString();
    const feedback = { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}), at: now };
    const updated = await this.store.withTransaction(async () => {
      const doc = await this.consultations.update(consultation, { feedback, updatedAt: now });
      if (!doc) throw new ConflictError('This consultation changed just now. Reload and try again.');
      if (input.resolved && doc.needId) await this.needs.transitionBySystem(doc.needId, 'resolved', user.id);
      return doc;
    });
    this.events.publish('consultation.changed', { consultation: updated, action: 'feedback', by: user.id });
    return updated;
  }

  /** The startup confirms that the recorded outcome resolved its need. */
  async confirm(user: AuthUser, id: string): Promise<ConsultationDoc> {
    const consultation = await this.authorized(user, 'confirm', id);
    if (consultation.status !== 'completed')
      throw new InvalidTransitionError(consultation.status, 'confirmed', { reason: 'confirmation follows completion' });
    if (consultation.needId)
      await this.store.withTransaction(() => this.needs.transitionBySystem(consultation.needId!, 'resolved', user.id));
    return consultation;
  }

  /** A page of the consultations `user` may see, latest start first, or soonest first for an agenda. */
  async list(
    user: AuthUser,
    status: ConsultationStatus | undefined,
    query: PageQuery & { order: ConsultationListOrder },
  ): Promise<Page<ConsultationDoc>> {
    const own = user.role === 'admin' || user.role === 'staff' ? null : await this.profiles.findByUserId(user.id);
    const visible = visibleConsultations({ user, profileId: own?._id ?? null }, own);
    if (!visible) return { items: [], nextCursor: null };
    const filter: Filter = status ? { ...visible, status } : visible;
    return findPage(this.consultations, filter, query, 'startsAt', query.order === 'soonest' ? 1 : -1);
  }

  async get(user: AuthUser, id: string): Promise<ConsultationDoc> {
    return this.authorized(user, 'view', id);
  }

  /** The contract's consultations with both sides' summaries: one profile lookup for the whole list. */
  async present(docs: ConsultationDoc[]): Promise<Consultation[]> {
    const ids = [...new Set(docs.flatMap((c) => [c.startupId, c.helperId]))];
    const parties = new Map((await this.profiles.findMany(ids)).map((p) => [p._id, p]));
    return docs.map((c) => presentConsultation(c, parties));
  }

  async presentOne(doc: ConsultationDoc): Promise<Consultation> {
    return (await this.present([doc]))[0]!;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  /** The consultation, once the policy allows `action` on it (404 if the user may not see it, else 403). */
  private async authorized(
    user: AuthUser,
    action: 'view' | 'complete' | 'cancel' | 'move' | 'rate' | 'confirm' | 'followUp',
    id: string,
  ): Promise<ConsultationDoc> {
    const consultation = await this.consultations.findById(id);
    if (!consultation) throw new NotFoundError('Consultation');
    const own = await this.profiles.findByUserId(user.id);
    consultationPolicy.authorize({ user, profileId: own?._id ?? null }, action, consultation);
    return consultation;
  }

  private async change(
    current: ConsultationDoc,
    to: ConsultationStatus,
    by: string,
    set: Partial<ConsultationDoc>,
  ): Promise<ConsultationDoc> {
    if (current.status !== 'scheduled') throw new InvalidTransitionError(current.status, to);
    const now = this.clock.now().toISOString();
    const updated = await this.consultations.update(
      current,
      { ...set, status: to, updatedAt: now },
      { at: now, by, from: current.status, to },
    );
    if (!updated) throw new ConflictError('This consultation changed just now. Reload and try again.');
    return updated;
  }

  private resourceOf(helper: ProfileDoc, name: string): NonNullable<ProfileDoc['resources']>[number] {
    if (helper.kind !== 'provider')
      throw new ValidationError('Only providers have bookable resources.', [{ path: 'resource', message: 'not a provider' }]);
    const wanted = name.normalize('NFC').trim().toLocaleLowerCase('vi');
    const match = (helper.resources ?? []).find((r) => r.name.toLocaleLowerCase('vi') === wanted);
    if (!match) {
      throw new ValidationError(`"${name}" is not one of this provider's resources.`, [
        { path: 'resource', message: `one of: ${(helper.resources ?? []).map((r) => r.name).join(', ')}` },
      ]);
    }
    return match;
  }

  /** What assertFree protects for this booking: one resource of a provider, or an expert's diary. */
  private guardsFor(helper: ProfileDoc, doc: ConsultationDoc): string[] {
    if (doc.resource !== null) return [guardKeys.resource(helper._id, doc.resource)];
    return helper.kind === 'expert' ? [guardKeys.helperDiary(helper._id)] : [];
  }

  /**
   * A resource takes as many bookings at once as it has units (contract/src/resources.ts); an
   * expert holds one consultation at a time and at most `capacity` active. A move (`movingId`)
   * does not clash with itself and adds nothing to the count.
   */
  private async assertFree(helper: ProfileDoc, doc: ConsultationDoc, movingId?: string): Promise<void> {
    if (doc.resource !== null) {
      const resource = helper.resources?.find((r) => r.name === doc.resource);
      const units = resource ? bookingsAtOnce(resource) : 1;
      // One clash settles a single room; a pool needs every overlapping booking to find its full times.
      const clash = await this.consultations.overlapping(helper._id, doc.startsAt, doc.endsAt, doc.resource, movingId, units === 1 ? 5 : 0);
      const busy = fullSpans(clash, units, doc.startsAt, doc.endsAt);
      if (busy.length)
        throw new ConflictError(
          units === 1
            ? `${doc.resource} is already booked ${busyText(busy)}.`
            : `All ${units} of ${doc.resource} are booked ${busyText(busy)}.`,
          { reason: 'resource_booked' satisfies RefusalReason, resource: doc.resource, capacity: units, ...busyDetails(busy, clash) },
        );
      return;
    }
    if (helper.kind === 'expert') {
      const clash = await this.consultations.overlapping(helper._id, doc.startsAt, doc.endsAt, null, movingId);
      if (clash.length) {
        const busy = fullSpans(clash, 1, doc.startsAt, doc.endsAt);
        throw new ConflictError(`The expert already has a consultation ${busyText(busy)}.`, {
          reason: 'expert_busy' satisfies RefusalReason,
          ...busyDetails(busy, clash),
        });
      }
      if (movingId) return;
      const active = await this.consultations.activeCount(helper._id);
      if (helper.capacity !== undefined && active >= helper.capacity) {
        throw new ConflictError(`The expert is at capacity (${active}/${helper.capacity} active consultations).`, {
          reason: 'at_capacity' satisfies RefusalReason,
          active,
          capacity: helper.capacity,
        });
      }
    }
  }
}
