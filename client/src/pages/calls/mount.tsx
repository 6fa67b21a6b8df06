// What the events pages mount for calls for entries (they are built separately): a section on the
// event page with the call's window and the reader's next step, and a panel for the organiser's
// console with counts and the way into the call's own console. Both render nothing while loading
// and nothing on an event without a call (the organiser's panel then offers to open one).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/http.js';
import { useCall } from '../../api/hooks/calls.js';
import { CallWindow } from './shared.js';
import './calls.css';

/** On the event page: the call at a glance, with a button for what the reader can do next. */
export function EventCallSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const call = useCall(eventId);
  if (!call.data) return null;
  const c = call.data;
  const primary =
    c.viewer?.judge && !c.resultsPublishedAt
      ? { to: `/events/${eventId}/judging`, label: t('calls.page.judge') }
      : c.resultsPublishedAt
        ? { to: `/events/${eventId}/results`, label: t('calls.page.results') }
        : c.myEntry?.status === 'submitted'
          ? { to: `/events/${eventId}/call`, label: t('calls.mount.yourEntry') }
          : { to: `/events/${eventId}/call`, label: c.open ? t('calls.list.enter') : t('calls.list.details') };
  return (
    <section className="card call-section" aria-labelledby={`call-${eventId}`}>
      <h2 id={`call-${eventId}`}>{t('calls.mount.title')}</h2>
      <CallWindow call={c} />
      <p className="muted">{t('calls.list.entries', { count: c.entries })}</p>
      <Link className="btn btn--primary" to={primary.to}>
        {primary.label}
      </Link>
    </section>
  );
}

/** In the organiser's console: entries, judging and results of the event's call, or a way to open one. */
export function OrganiserCallPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const call = useCall(eventId);
  const missing = isApiError(call.error) && call.error.status === 404;
  if (!call.data && !missing) return null;
  return (
    <section className="card call-section" aria-labelledby={`call-panel-${eventId}`}>
      <h2 id={`call-panel-${eventId}`}>{t('calls.mount.title')}</h2>
      {call.data ? (
        <>
          <CallWindow call={call.data} />
          <p className="muted">{t('calls.list.entries', { count: call.data.entries })}</p>
        </>
      ) : (
        <p className="muted">{t('calls.mount.none')}</p>
      )}
      <div className="form__actions">
        <Link className="btn btn--primary" to={`/events/${eventId}/call/manage`}>
          {call.data ? t('calls.page.manage') : t('calls.mount.open')}
        </Link>
        {call.data && (
          <Link className="btn btn--secondary" to={`/events/${eventId}/results`}>
            {t('calls.page.results')}
          </Link>
        )}
      </div>
    </section>
  );
}
