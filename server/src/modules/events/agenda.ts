// A participant's agenda: the event and their accepted meetings in time order (those still
// without a slot last), as JSON or as an iCalendar file (RFC 5545, through the `ics` package):
// one VEVENT for the event and one per placed meeting, with UIDs that stay the same across
// downloads, so a calendar app updates the entries instead of adding copies.
import type { Agenda } from '@ketnoi/contract';
import { EVENT_KIND_LABELS } from '@ketnoi/contract';
import { createEvents, type EventAttributes } from 'ics';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import { foldOctets, icsText } from '../../lib/icalendar.js';
import type { Lang } from '../matching/criteria/types.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { MeetingDoc, MeetingsRepository } from './meetingsRepository.js';
import { eventPolicy } from './policy.js';
import { presentEvent, presentMeeting, presentRegistration } from './presenter.js';
import type { RegistrationsRepository } from './registrationsRepository.js';
import type { EventDoc, EventsRepository } from './repository.js';

// The same UIDs as the registration mail's attachment (mail/kinds/eventRegistered.ts): one calendar entry per event.
export const ICS_DOMAIN = 'ketnoi';
export const eventUid = (id: string) => `event-${id}@${ICS_DOMAIN}`;
export const meetingUid = (id: string) => `meeting-${id}@${ICS_DOMAIN}`;

interface AgendaParts {
  event: EventDoc;
  profile: ProfileDoc;
  meetings: MeetingDoc[];
  profiles: Map<string, ProfileDoc>;
}

const byTime = (a: MeetingDoc, b: MeetingDoc) =>
  (a.slot ? 0 : 1) - (b.slot ? 0 : 1) || (a.slot?.startsAt ?? '').localeCompare(b.slot?.startsAt ?? '') || a._id.localeCompare(b._id);

export class AgendaService {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly clock: Clock,
  ) {}

  async json(user: AuthUser, eventId: string, profileId?: string): Promise<Agenda> {
    const parts = await this.load(user, eventId, profileId);
    const reg = (await this.registrations.forProfile(eventId, parts.profile._id))!;
    const position = reg.status === 'waitlisted' ? await this.registrations.waitlistPosition(reg) : null;
    return {
      event: presentEvent(parts.event, this.clock.now()),
      registration: presentRegistration(reg, parts.profile, 'self', position),
      meetings: parts.meetings.map((m) => presentMeeting(m, parts.profiles)),
    };
  }

  async ics(user: AuthUser, eventId: string, profileId: string | undefined, lang: Lang): Promise<{ filename: string; body: string }> {
    const { event, profile, meetings, profiles } = await this.load(user, eventId, profileId);
    const place = [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') || (event.online ? 'Online' : '');
    const common = {
      startInputType: 'utc',
      startOutputType: 'utc',
      endInputType: 'utc',
      endOutputType: 'utc',
      status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    } as const;
    const entries: EventAttributes[] = [
      {
        ...common,
        uid: eventUid(event._id),
        start: Date.parse(event.startsAt),
        end: Date.parse(event.endsAt),
        title: event.title,
        description: `${EVENT_KIND_LABELS[event.kind][lang]}. ${event.description}`.trim(),
        ...(place ? { location: place } : {}),
        lastModified: Date.parse(event.updatedAt),
        categories: [EVENT_KIND_LABELS[event.kind][lang]],
      },
    ];
    for (const m of meetings) {
      if (!m.slot) continue;
      const other = profiles.get(m.requesterId === profile._id ? m.inviteeId : m.requesterId);
      const table = lang === 'vi' ? `Bàn ${m.slot.table}` : `Table ${m.slot.table}`;
      entries.push({
        ...common,
        uid: meetingUid(m._id),
        start: Date.parse(m.slot.startsAt),
        end: Date.parse(m.slot.endsAt),
        title: `${lang === 'vi' ? 'Gặp' : 'Meet'} ${other?.name ?? ''} · ${table}`,
        description: [other?.headline, m.message].filter(Boolean).join('\n'),
        location: [place, table].filter(Boolean).join(' · '),
        lastModified: Date.parse(m.updatedAt),
      });
    }
    const { error, value } = createEvents(entries, { productId: '-//KetNoi//Events//VI', calName: icsText(event.title) });
    if (error || !value) throw error ?? new Error('calendar could not be written');
    return { filename: `ketnoi-${event._id}.ics`, body: foldOctets(value) };
  }

  /** The event, the profile whose agenda it is (own, or any registrant for the organisers) and its meetings. */
  private async load(user: AuthUser, eventId: string, profileId?: string): Promise<AgendaParts> {
    const event = eventPolicy.assertVisible(user, await this.events.findById(eventId));
    let profile: ProfileDoc | null;
    if (profileId) {
      eventPolicy.assertOrganise(user, event);
      profile = await this.profiles.findById(profileId);
    } else profile = await this.profiles.findByUserId(user.id);
    const reg = profile ? await this.registrations.forProfile(eventId, profile._id) : null;
    if (!profile || !reg || reg.status === 'cancelled') throw new NotFoundError('Registration for this event');
    const meetings = (await this.meetings.ofProfile(eventId, profile._id, ['accepted'])).sort(byTime);
    const ids = [...new Set(meetings.flatMap((m) => [m.requesterId, m.inviteeId]))];
    const profiles = new Map((await this.profiles.findMany(ids)).map((p) => [p._id, p]));
    return { event, profile, meetings, profiles };
  }
}
