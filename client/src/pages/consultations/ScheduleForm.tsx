import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioRows } from '../../components/RadioRows.js';
import { useConsultationChange } from '../../api/hooks/consultations.js';
import { useProfile } from '../../api/hooks/profiles.js';
import { fieldErrors } from '../../api/errors.js';
import {
  CONSULTATION_MODES,
  nextOpening,
  withinOpeningHours,
  type Consultation,
  type ConsultationMode,
  type Intro,
  type OpeningPeriod,
} from '@ketnoi/contract';
import { fromLocalInput, toLocalInput } from '../../lib/format.js';
import { formatOpeningHours } from '../../lib/openingHours.js';
import { DateTimeField, Fieldset, SelectField, TextField } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { FormError } from '../../components/States.js';

const DURATIONS = [30, 45, 60, 90, 120];

/** Without a resource's own hours, a meeting is proposed in office hours (never at 20:00). */
const OFFICE_HOURS: OpeningPeriod[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:00' }];
const HOUR_MS = 3_600_000;

/** The next opening at least an hour from now (office hours when `hours` is absent), as a datetime-local value. */
function nextSlot(hours: OpeningPeriod[] | undefined, now = Date.now()): string {
  const at = nextOpening(hours && hours.length ? hours : OFFICE_HOURS, new Date(now + HOUR_MS)) ?? new Date(now + 24 * HOUR_MS);
  return toLocalInput(at);
}

/** Read when the form is sent, never while rendering. */
const isPast = (iso: string) => Date.parse(iso) < Date.now();

const plusHour = (local: string) => {
  const start = fromLocalInput(local);
  return start ? toLocalInput(new Date(Date.parse(start) + HOUR_MS)) : '';
};

type Errors = Partial<Record<string, string>>;

/** A consultation with an expert/investor, or a resource booking when one side is a provider. */
export function ScheduleForm({
  intro,
  myProfileId,
  onDone,
}: {
  intro: Intro;
  myProfileId: string | null;
  /** Called with the consultation booked, or with nothing when the form is cancelled. */
  onDone: (booked?: Consultation) => void;
}) {
  const { t } = useTranslation();
  const change = useConsultationChange();
  const other = intro.fromProfileId === myProfileId ? intro.to : intro.from;
  // A provider side makes this a booking of one of its resources, which its full profile lists.
  const providerSide = [intro.from, intro.to].find((p) => p?.kind === 'provider');
  const provider = useProfile(providerSide?.id);
  const isBooking = !!providerSide;
  const [startsAt, setStartsAt] = useState(() => nextSlot(undefined));
  const [endsAt, setEndsAt] = useState('');
  // Until the person picks a time, the start follows the chosen resource's next opening.
  const [timeChosen, setTimeChosen] = useState(false);
  const [duration, setDuration] = useState('60');
  const [mode, setMode] = useState<ConsultationMode>('online');
  const [location, setLocation] = useState('');
  const [resource, setResource] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const chosen = provider.data?.resources?.find((r) => r.name === resource);
  const hoursText = chosen ? formatOpeningHours(chosen.openingHours, t) : '';
  const outside = chosen ? t('openingHours.outside', { name: chosen.name, hours: hoursText }) : '';

  /** A time the person typed: it stays, whatever resource they choose next. */
  const typedTime = (setTime: (value: string) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    setTime(event.target.value);
    setTimeChosen(true);
  };

  const chooseResource = (name: string) => {
    setResource(name);
    if (timeChosen) return;
    const next = nextSlot(provider.data?.resources?.find((r) => r.name === name)?.openingHours);
    setStartsAt(next);
    setEndsAt(plusHour(next));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const start = fromLocalInput(startsAt);
    if (!start) next.startsAt = t('validation.required');
    else if (isPast(start)) next.startsAt = t('validation.future');
    let end: string | null = null;
    if (isBooking) {
      end = fromLocalInput(endsAt);
      if (!end) next.endsAt = t('validation.required');
      else if (start && end <= start) next.endsAt = t('validation.endAfterStart');
      if (!resource) next.resource = t('validation.choose');
      else if (start && end && end > start && !withinOpeningHours(chosen?.openingHours, new Date(start), new Date(end)))
        next.startsAt = outside;
    } else if (mode === 'onsite' && !location.trim()) {
      next.location = t('validation.required');
    }
    setErrors(next);
    if (Object.keys(next).length || !start) return;
    const input = isBooking
      ? { introId: intro.id, startsAt: start, endsAt: end!, resource, mode: 'onsite' as const }
      : {
          introId: intro.id,
          startsAt: start,
          durationMinutes: Number(duration),
          mode,
          ...(location.trim() ? { location: location.trim() } : {}),
        };
    change.mutate(
      { action: 'create', input },
      { onSuccess: (booked) => onDone(booked), onError: (e) => setErrors(fieldErrors(e, t, { outside_opening_hours: outside })) },
    );
  };

  if (isBooking && provider.isPending) return null;

  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <h2>{providerSide ? t('consultations.bookTitle', { name: providerSide.name }) : t('consultations.scheduleTitle')}</h2>
      <p className="muted">{t('consultations.withWhom', { name: other?.name ?? t('common.unknownProfile') })}</p>
      <div className="grid-2">
        <DateTimeField
          label={t('consultations.startsAt')}
          value={startsAt}
          onChange={typedTime(setStartsAt)}
          error={errors.startsAt}
          hint={t('consultations.timezone')}
          required
        />
        {isBooking ? (
          <DateTimeField label={t('consultations.endsAt')} value={endsAt} onChange={typedTime(setEndsAt)} error={errors.endsAt} required />
        ) : (
          <SelectField
            label={t('consultations.duration')}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            options={DURATIONS.map((d) => ({ value: String(d), label: t('consultations.minutes', { count: d }) }))}
            error={errors.durationMinutes}
          />
        )}
      </div>
      {isBooking ? (
        <SelectField
          label={t('consultations.resource')}
          value={resource}
          onChange={(e) => chooseResource(e.target.value)}
          hint={chosen ? t('openingHours.shown', { hours: hoursText }) : undefined}
          options={(provider.data?.resources ?? []).map((r) => ({
            value: r.name,
            label: `${r.name} (${t(`resourceKind.${r.kind}`, { defaultValue: r.kind })})`,
          }))}
          placeholder={t('common.choose')}
          error={errors.resource}
          required
        />
      ) : (
        <>
          <Fieldset legend={t('consultations.modeLabel')}>
            <RadioRows
              name="mode"
              options={CONSULTATION_MODES}
              value={mode}
              onChange={setMode}
              label={(m) => t(`consultations.mode.${m}`)}
              inline
            />
          </Fieldset>
          <TextField
            label={mode === 'online' ? t('consultations.link') : t('consultations.location')}
            value={location}
            onChange={(e) => setLocation(e.target.value)}
            error={errors.location}
            required={mode === 'onsite'}
          />
        </>
      )}
      {change.isError && !Object.values(errors).some(Boolean) && <FormError error={change.error} />}
      <FormActions
        submitLabel={change.isPending ? t('common.saving') : isBooking ? t('consultations.book') : t('consultations.schedule')}
        pending={change.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}
