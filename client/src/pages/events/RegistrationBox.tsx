// Where a person stands with an event and what they can do: sign in, register (with what they
// seek and offer), see their ticket, wait on the list, cancel. Staff are pointed to the console,
// where they register a founder of their province on the founder's behalf.
import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORIES, type CalendarEvent, type Me, type NeedCategoryCode } from '@ketnoi/contract';
import { useCancelRegistration, useRegister } from '../../api/hooks/events.js';
import { useLabels } from '../../api/hooks/reference.js';
import { ChipSelect } from '../../components/Chips.js';
import { ConfirmButton } from '../../components/ConfirmPanel.js';
import { TextArea } from '../../components/Field.js';
import { Loading } from '../../components/States.js';
import { formatDateTime } from '../../lib/format.js';
import { useNow } from '../../lib/useNow.js';
import { canOrganise, isStaff, whenText } from './eventView.js';

import { EventFormError } from './eventErrors.js';

const Ticket = lazy(() => import('./Ticket.js'));

function RegisterForm({ event, me, onRegistered }: { event: CalendarEvent; me: Me; onRegistered: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const change = useRegister(event.id);
  const [more, setMore] = useState(false);
  const [categories, setCategories] = useState<NeedCategoryCode[]>([]);
  const [note, setNote] = useState('');
  const full = event.capacity !== null && event.registered >= event.capacity;
  // A startup says which needs it brings to the event, anyone else which it can help with.
  const side = me.profile?.kind === 'startup' ? 'seeks' : 'offers';
  const options = NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      {
        ...(categories.length ? (side === 'seeks' ? { seeks: categories } : { offers: categories }) : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: onRegistered },
    );
  };
  return (
    <form className="form" onSubmit={onSubmit}>
      <p>{full ? t('events.register.fullLead') : t('events.register.lead')}</p>
      <button type="button" className="btn btn--ghost btn--small" aria-expanded={more} onClick={() => setMore((m) => !m)}>
        {t('events.register.details')}
      </button>
      {more && (
        <>
          <ChipSelect
            legend={t(`events.register.${side}`)}
            hint={t(`events.register.${side}Hint`)}
            options={options}
            value={categories}
            onChange={setCategories}
          />
          <TextArea
            label={t('events.register.note')}
            hint={t('events.register.noteHint')}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
      <EventFormError error={change.error} />
      <button type="submit" className="btn btn--primary btn--large btn--block" disabled={change.isPending}>
        {full ? t('events.register.joinWaitlist') : t('events.register.submit')}
      </button>
    </form>
  );
}

function CancelRegistration({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const change = useCancelRegistration(eventId);
  return (
    <ConfirmButton
      buttonClassName="btn btn--ghost btn--small"
      label={t('events.register.cancel')}
      question={t('events.register.cancelConfirm')}
      yes={t('events.register.cancelYes')}
      no={t('common.cancel')}
      onYes={() => change.mutate(undefined)}
      pending={change.isPending}
      error={<EventFormError error={change.error} />}
      small
    />
  );
}

export function RegistrationBox({ event, me }: { event: CalendarEvent; me: Me | null | undefined }) {
  const { t } = useTranslation();
  const location = useLocation();
  const now = useNow();
  const mine = event.myRegistration;
  const active = mine && mine.status !== 'cancelled' ? mine : null;
  // The form is long and the ticket short: after registering, the heading (now "registered") takes
  // the focus, so the page shows the ticket from its top and a screen reader says what happened.
  const title = useRef<HTMLHeadingElement>(null);

  let body;
  if (active?.status === 'registered') {
    body = (
      <>
        <Suspense fallback={<Loading />}>
          <Ticket registration={active} eventTitle={event.title} when={whenText(event)} />
        </Suspense>
        {active.assisted && <p className="muted">{t('events.register.assistedNote')}</p>}
        {!active.checkedInAt && event.status === 'published' && <CancelRegistration eventId={event.id} />}
      </>
    );
  } else if (active?.status === 'waitlisted') {
    body = (
      <>
        <p className="notice" role="status">
          {t('events.register.waitlisted', { position: active.waitlistPosition ?? '?' })}
        </p>
        <CancelRegistration eventId={event.id} />
      </>
    );
  } else if (event.status === 'cancelled') {
    body = <p className="notice notice--bad">{t('events.register.eventCancelled')}</p>;
  } else if (event.status === 'completed' || Date.parse(event.endsAt) < now) {
    body = <p className="muted">{t('events.register.over')}</p>;
  } else if (!event.registrationOpen) {
    const opensAt = event.registration.opensAt;
    body = (
      <p className="muted">
        {event.status === 'draft'
          ? t('events.register.draft')
          : opensAt && Date.parse(opensAt) > now
            ? t('events.register.opensAt', { at: formatDateTime(opensAt) })
            : t('events.register.closed')}
      </p>
    );
  } else if (!me) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    body = (
      <>
        <p>{t('events.register.signInLead')}</p>
        <div className="form__actions">
          <Link className="btn btn--primary" to={`/signin?next=${next}`}>
            {t('events.register.signIn')}
          </Link>
          <Link className="btn btn--secondary" to="/signup">
            {t('events.register.signUp')}
          </Link>
        </div>
      </>
    );
  } else if (!me.profile) {
    body = isStaff(me) ? (
      <p>
        {canOrganise(me, event) ? (
          <Link to={`/events/${encodeURIComponent(event.id)}/manage?tab=registrants`}>{t('events.register.staffAssist')}</Link>
        ) : (
          t('events.register.staffOther')
        )}
      </p>
    ) : (
      <p>
        <Link to="/profile">{t('events.register.needProfile')}</Link>
      </p>
    );
  } else {
    body = <RegisterForm event={event} me={me} onRegistered={() => title.current?.focus()} />;
  }

  return (
    <section className="card registration-box" aria-labelledby="registration-title">
      <h2 id="registration-title" tabIndex={-1} ref={title}>
        {active ? t(`events.register.status.${active.status}`) : t('events.register.title')}
      </h2>
      {body}
    </section>
  );
}
