// Creating and editing an event (staff of the organising province, admins). Times are typed in
// Vietnam time. While the dates, kind and topics are filled in, the region's overlapping events
// are shown, so a department sees the duplicated workshop before it publishes its own.
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVENT_KINDS,
  NEED_CATEGORIES,
  type CalendarEvent,
  type CreateEventInput,
  type EventKind,
  type Me,
  type NeedCategoryCode,
  type PatchEventInput,
} from '@ketnoi/contract';
import { useEventOverlaps } from '../../api/hooks/events.js';
import { useLabels } from '../../api/hooks/reference.js';
import { fieldErrors } from '../../api/errors.js';
import { ChipSelect } from '../../components/Chips.js';
import { CheckboxField, DateTimeField, SelectField, TextArea, TextField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { ProvincesPicker } from '../../components/ProvincesPicker.js';
import { fromLocalInput, toLocalInput } from '../../lib/format.js';
import { EventFormError } from './eventErrors.js';
import { translateEventIssues } from './eventIssues.js';
import { OverlapList } from './OverlapList.js';
import { VenueProvider } from './VenueProvider.js';

export interface EventDraft {
  kind: EventKind;
  title: string;
  description: string;
  province: string;
  coOrganizers: string[];
  topics: NeedCategoryCode[];
  startsAt: string;
  endsAt: string;
  venueName: string;
  venueAddress: string;
  /** A provider of the province lending the place, and which of its resources. */
  venueProviderId: string;
  venueProviderName: string;
  venueResource: string;
  online: boolean;
  capacity: string;
  opensAt: string;
  closesAt: string;
  meetings: boolean;
  slotMinutes: string;
  tables: string;
  meetingsFrom: string;
  meetingsTo: string;
  maxPerParticipant: string;
}

const local = (iso: string | null | undefined) => (iso ? toLocalInput(iso) : '');

export function draftOf(event: CalendarEvent | null, me: Me): EventDraft {
  return {
    kind: event?.kind ?? 'workshop',
    title: event?.title ?? '',
    description: event?.description ?? '',
    province: event?.province ?? me.user.province ?? '',
    coOrganizers: event?.coOrganizers ?? [],
    topics: (event?.topics ?? []) as NeedCategoryCode[],
    startsAt: local(event?.startsAt),
    endsAt: local(event?.endsAt),
    venueName: event?.venue?.name ?? '',
    venueAddress: event?.venue?.address ?? '',
    venueProviderId: event?.venue?.providerId ?? '',
    venueProviderName: '',
    venueResource: event?.venue?.resource ?? '',
    online: event?.online ?? false,
    capacity: event?.capacity ? String(event.capacity) : '',
    opensAt: local(event?.registration.opensAt),
    closesAt: local(event?.registration.closesAt),
    meetings: !!event?.meetings,
    slotMinutes: String(event?.meetings?.slotMinutes ?? 20),
    tables: String(event?.meetings?.tables ?? 10),
    meetingsFrom: local(event?.meetings?.from),
    meetingsTo: local(event?.meetings?.to),
    maxPerParticipant: String(event?.meetings?.maxPerParticipant ?? 4),
  };
}

const iso = (value: string) => fromLocalInput(value) ?? value;

/** The venue of the draft, or undefined without one; a provider's place is named after it if unnamed. */
function venueOf(d: EventDraft) {
  const provider = d.venueProviderId ? { providerId: d.venueProviderId, ...(d.venueResource ? { resource: d.venueResource } : {}) } : {};
  const name = d.venueName.trim() || (d.venueProviderId ? [d.venueResource, d.venueProviderName].filter(Boolean).join(', ') : '');
  if (!name) return undefined;
  return { name, ...(d.venueAddress.trim() ? { address: d.venueAddress.trim() } : {}), ...provider };
}
const int = (value: string) => Math.round(Number(value));

/** The request body of a create. */
export function createBody(d: EventDraft, admin: boolean, status: 'draft' | 'published'): CreateEventInput {
  return {
    kind: d.kind,
    title: d.title.trim(),
    description: d.description.trim(),
    ...(admin ? { province: d.province } : {}),
    coOrganizers: d.coOrganizers,
    topics: d.topics,
    startsAt: iso(d.startsAt),
    endsAt: iso(d.endsAt),
    ...(venueOf(d) ? { venue: venueOf(d) } : {}),
    online: d.online,
    ...(d.capacity ? { capacity: int(d.capacity) } : {}),
    ...(d.opensAt || d.closesAt
      ? { registration: { ...(d.opensAt ? { opensAt: iso(d.opensAt) } : {}), ...(d.closesAt ? { closesAt: iso(d.closesAt) } : {}) } }
      : {}),
    ...(d.meetings ? { meetings: meetingsOf(d) } : {}),
    status,
  };
}

function meetingsOf(d: EventDraft) {
  return {
    slotMinutes: int(d.slotMinutes),
    tables: int(d.tables),
    from: iso(d.meetingsFrom),
    to: iso(d.meetingsTo),
    maxPerParticipant: int(d.maxPerParticipant),
  };
}

/** A merge patch of what changed (`null` clears venue, capacity, registration times, meetings). */
export function patchBody(before: EventDraft, d: EventDraft): PatchEventInput {
  const patch: PatchEventInput = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (d.kind !== before.kind) patch.kind = d.kind;
  if (d.title !== before.title) patch.title = d.title.trim();
  if (d.description !== before.description) patch.description = d.description.trim();
  if (!same(d.coOrganizers, before.coOrganizers)) patch.coOrganizers = d.coOrganizers;
  if (!same(d.topics, before.topics)) patch.topics = d.topics;
  if (d.startsAt !== before.startsAt) patch.startsAt = iso(d.startsAt);
  if (d.endsAt !== before.endsAt) patch.endsAt = iso(d.endsAt);
  const venueFields = ['venueName', 'venueAddress', 'venueProviderId', 'venueResource'] as const;
  if (venueFields.some((f) => d[f] !== before[f])) patch.venue = venueOf(d) ?? null;
  if (d.online !== before.online) patch.online = d.online;
  if (d.capacity !== before.capacity) patch.capacity = d.capacity ? int(d.capacity) : null;
  if (d.opensAt !== before.opensAt || d.closesAt !== before.closesAt)
    patch.registration = { opensAt: d.opensAt ? iso(d.opensAt) : null, closesAt: d.closesAt ? iso(d.closesAt) : null };
  const meetingFields = ['meetings', 'slotMinutes', 'tables', 'meetingsFrom', 'meetingsTo', 'maxPerParticipant'] as const;
  if (meetingFields.some((f) => d[f] !== before[f])) patch.meetings = d.meetings ? meetingsOf(d) : null;
  return patch;
}

/** The issue paths this form shows on a field; a refusal naming only these is said on the fields. */
const FIELD_PATHS = new Set([
  'title',
  'province',
  'startsAt',
  'endsAt',
  'venue.name',
  'venue.providerId',
  'venue.resource',
  'capacity',
  'registration.opensAt',
  'registration.closesAt',
  'meetings.from',
  'meetings.to',
]);

/** The draft's free-text keys (typed into a text, number or date-time field). */
type TextKey = { [K in keyof EventDraft]: string extends EventDraft[K] ? K : never }[keyof EventDraft];

interface Props {
  me: Me;
  event: CalendarEvent | null;
  saving: boolean;
  error: unknown;
  /** `status` is the button pressed when creating (save a draft, or publish at once). */
  onSubmit: (draft: EventDraft, status: 'draft' | 'published') => void;
}

export function EventForm({ me, event, saving, error, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [d, setD] = useState<EventDraft>(() => draftOf(event, me));
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setD((old) => ({ ...old, [key]: value }));
  const errors = translateEventIssues(fieldErrors(error, t), t);
  const errorPaths = Object.keys(errors);
  // Every issue is marked on its field: the summary says so in words instead of the server's English list.
  const allOnFields = errorPaths.length > 0 && errorPaths.every((path) => FIELD_PATHS.has(path));
  const formRef = useRef<HTMLFormElement>(null);
  // A refused save takes the focus to the first field to fix; on a phone it may be far above the buttons.
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const admin = me.user.role === 'admin';
  const startsAt = fromLocalInput(d.startsAt);
  const overlaps = useEventOverlaps(
    startsAt && d.province
      ? {
          province: d.province,
          coOrganizers: d.coOrganizers,
          startsAt,
          endsAt: fromLocalInput(d.endsAt) ?? undefined,
          topics: d.topics,
          kind: d.kind,
          ...(event ? { excludeId: event.id } : {}),
          lang: i18n.language.startsWith('en') ? 'en' : 'vi',
        }
      : null,
  );
  /** A text field's label (`events.form.<key>`), value and change handler for one key of the draft. */
  const field = (key: TextKey) => ({
    label: t(`events.form.${key}`),
    value: d[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value),
  });
  const submit = (status: 'draft' | 'published') => (e?: FormEvent) => {
    e?.preventDefault();
    onSubmit(d, status);
  };

  return (
    <form className="form event-form" onSubmit={submit(event ? (event.status as 'draft') : 'draft')} noValidate ref={formRef}>
      <SelectField
        label={t('events.form.kind')}
        value={d.kind}
        onChange={(e) => set('kind', e.target.value as EventKind)}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        required
      />
      <TextField {...field('title')} maxLength={200} required error={errors.title} />
      <TextArea {...field('description')} rows={4} maxLength={5000} />
      {admin && !event && (
        <ProvinceSelect
          label={t('events.form.province')}
          value={d.province}
          onChange={(v) => set('province', v)}
          required
          error={errors.province}
        />
      )}
      <ProvincesPicker
        legend={t('events.form.coOrganisers')}
        hint={t('events.form.coOrganisersHint')}
        value={d.coOrganizers}
        onChange={(v) => set('coOrganizers', v)}
      />
      <ChipSelect
        legend={t('events.form.topics')}
        hint={t('events.form.topicsHint')}
        options={NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
        value={d.topics}
        onChange={(v) => set('topics', v)}
      />
      <div className="grid-2">
        <DateTimeField {...field('startsAt')} required error={errors.startsAt} />
        <DateTimeField {...field('endsAt')} required error={errors.endsAt} />
      </div>
      {overlaps.data && <OverlapList overlaps={overlaps.data.items} lead={t('events.overlaps.beforeLead')} />}
      <div className="grid-2">
        <TextField {...field('venueName')} maxLength={200} error={errors['venue.name']} />
        <TextField {...field('venueAddress')} maxLength={300} />
      </div>
      <VenueProvider
        province={d.province}
        value={{ providerId: d.venueProviderId, providerName: d.venueProviderName, resource: d.venueResource }}
        onChange={(v) =>
          setD((old) => ({
            ...old,
            venueProviderId: v.providerId,
            venueProviderName: v.providerName,
            venueResource: v.resource,
            venueName: old.venueName.trim() || !v.resource ? old.venueName : `${v.resource}, ${v.providerName}`,
          }))
        }
        error={errors['venue.providerId'] ?? errors['venue.resource']}
      />
      <CheckboxField label={t('events.form.online')} checked={d.online} onChange={(v) => set('online', v)} />
      <TextField
        {...field('capacity')}
        hint={t('events.form.capacityHint')}
        type="number"
        inputMode="numeric"
        min={1}
        error={errors.capacity}
      />
      <div className="grid-2">
        <DateTimeField {...field('opensAt')} error={errors['registration.opensAt']} />
        <DateTimeField {...field('closesAt')} hint={t('events.form.closesAtHint')} error={errors['registration.closesAt']} />
      </div>
      <CheckboxField
        label={t('events.form.meetings')}
        checked={d.meetings}
        // Meetings usually run for the whole event: start from its times rather than two empty fields.
        onChange={(on) =>
          setD((old) => ({
            ...old,
            meetings: on,
            meetingsFrom: on && !old.meetingsFrom ? old.startsAt : old.meetingsFrom,
            meetingsTo: on && !old.meetingsTo ? old.endsAt : old.meetingsTo,
          }))
        }
      />
      {d.meetings && (
        <fieldset className="subcard">
          <legend>{t('events.form.meetingsLegend')}</legend>
          <div className="grid-2">
            <DateTimeField {...field('meetingsFrom')} error={errors['meetings.from']} />
            <DateTimeField {...field('meetingsTo')} error={errors['meetings.to']} />
            <TextField {...field('slotMinutes')} type="number" inputMode="numeric" min={5} max={240} />
            <TextField {...field('tables')} type="number" inputMode="numeric" min={1} max={500} />
            <TextField {...field('maxPerParticipant')} type="number" inputMode="numeric" min={1} max={50} />
          </div>
        </fieldset>
      )}
      {allOnFields ? (
        <p className="form-error" role="alert">
          {t('errors.validation_failed')}
        </p>
      ) : (
        <EventFormError error={error} />
      )}
      <div className="form__actions">
        {event ? (
          <button type="submit" className="btn btn--primary" disabled={saving}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--primary" disabled={saving} onClick={submit('published')}>
              {t('events.form.publish')}
            </button>
            <button type="submit" className="btn btn--secondary" disabled={saving}>
              {t('events.form.saveDraft')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
