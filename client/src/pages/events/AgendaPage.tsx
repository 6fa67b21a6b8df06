// A participant's agenda at an event: their accepted meetings by time with table and person, the
// ticket code, a printable A4 page for poor connections at the venue (the print stylesheet drops
// navigation and buttons) and the iCalendar file. Organisers print anyone's with `?profileId=`.
// Slots placed or moved arrive live (`meeting:updated`).
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgenda, useEventsLive } from '../../api/hooks/events.js';
import { eventsApi } from '../../api/events.js';
import { isApiError } from '../../api/http.js';
import { EmptyState, ErrorState, Loading } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { formatDateTime } from '../../lib/format.js';
import { QrCode, spacedCode } from './Ticket.js';
import { hoursText, weekday, whenText } from './eventView.js';
import './events.css';

export default function AgendaPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const profileId = params.get('profileId') ?? undefined;
  const agenda = useAgenda(id, profileId);
  useEventsLive();
  const base = `/events/${encodeURIComponent(id)}`;

  if (agenda.isPending) return <Loading />;
  if (agenda.isError) {
    if (isApiError(agenda.error) && (agenda.error.status === 403 || agenda.error.status === 404 || agenda.error.status === 409))
      return (
        <div className="page">
          <EmptyState title={t('events.agenda.notRegistered')}>
            <Link to={base}>{t('events.backToEvent')}</Link>
          </EmptyState>
        </div>
      );
    return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  }
  const { event, registration, meetings } = agenda.data;
  const me = registration.profileId;
  const where = event.venue ? [event.venue.name, event.venue.address].filter(Boolean).join(', ') : event.online ? t('events.online') : '';

  return (
    <div className="page agenda-page">
      <div className="page__head no-print">
        <p className="breadcrumb">
          <Link to={base}>← {event.title}</Link>
        </p>
        <div className="form__actions">
          <button type="button" className="btn btn--primary" onClick={() => window.print()}>
            {t('events.agenda.print')}
          </button>
          <a className="btn btn--secondary" href={eventsApi.agendaIcsUrl(id, profileId)} download={`lich-gap-${id}.ics`}>
            {t('events.agenda.ics')}
          </a>
        </div>
      </div>

      <header className="agenda-head">
        <div className="agenda-head__text">
          <p className="eyebrow">{t('events.agenda.title')}</p>
          <h1>{event.title}</h1>
          <p>
            {weekday(event.startsAt, i18n.language)}, {whenText(event)}
            {where && ` · ${where}`}
          </p>
          <p className="agenda-head__who">
            <strong>{registration.profile.name}</strong>
            {registration.code && (
              <>
                {' · '}
                {t('events.agenda.code')} <span className="agenda-head__code">{spacedCode(registration.code)}</span>
              </>
            )}
          </p>
          {registration.status === 'waitlisted' && <p className="notice">{t('events.agenda.waitlisted')}</p>}
        </div>
        {registration.code && registration.status === 'registered' && (
          <QrCode text={registration.code} label={t('events.ticket.qrLabel', { code: registration.code })} size={120} />
        )}
      </header>

      {meetings.length === 0 ? (
        <EmptyState title={t('events.agenda.empty')}>
          {!profileId && event.meetings && (
            <Link className="no-print" to={`${base}/meetings`}>
              {t('events.links.meetings')}
            </Link>
          )}
        </EmptyState>
      ) : (
        <Table
          columns={[t('events.agenda.time'), t('events.agenda.table'), t('events.agenda.with')]}
          caption={t('events.agenda.caption')}
          className="agenda-table"
          testId="agenda"
        >
          {meetings.map((m) => {
            const other = m.requesterId === me ? m.invitee : m.requester;
            return (
              <tr key={m.id} data-testid="agenda-row">
                <td className="agenda-table__time">{m.slot ? hoursText(m.slot) : t('events.meetings.noSlot')}</td>
                <td className="agenda-table__table">{m.slot ? m.slot.table : '—'}</td>
                <td>
                  <strong>{other.name}</strong>
                  {other.headline && <span className="agenda-table__headline">{other.headline}</span>}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      <p className="muted agenda-foot">{t('events.agenda.printedAt', { at: formatDateTime(new Date()) })}</p>
    </div>
  );
}
