import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '@ketnoi/contract';
import { useLabels } from '../../api/hooks/reference.js';
import { formatNumber, monthText, vietnamDay } from '../../lib/format.js';
import { hoursText, weekday, whenText } from './eventView.js';

/** The kind as a small label, and the status when it is not simply published. */
export function EventBadges({ event }: { event: Pick<CalendarEvent, 'kind' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <span className="event-badges">
      <span className={`kind kind--${event.kind}`}>{t(`events.kind.${event.kind}`)}</span>
      {event.status !== 'published' && (
        <span className={`badge badge--${event.status === 'cancelled' ? 'bad' : event.status === 'draft' ? 'warn' : 'muted'}`}>
          {t(`events.status.${event.status}`)}
        </span>
      )}
    </span>
  );
}

/** "Lạng Sơn, cùng Tuyên Quang, Thái Nguyên" */
export function useOrganisersText() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (event: Pick<CalendarEvent, 'province' | 'coOrganizers'>) =>
    event.coOrganizers.length
      ? t('events.withCoOrganisers', {
          province: labels.province(event.province),
          others: event.coOrganizers.map(labels.province).join(', '),
        })
      : labels.province(event.province);
}

/** One event in the calendar list: the date block, what, when, where, who organises, places left. */
export function EventCard({ event }: { event: CalendarEvent }) {
  const { t, i18n } = useTranslation();
  const organisers = useOrganisersText();
  const day = vietnamDay(event.startsAt);
  const places = event.capacity === null ? null : Math.max(0, event.capacity - event.registered);
  return (
    <li className="card event-card" data-testid="event-card">
      <div className="event-card__date" aria-hidden="true">
        <span className="event-card__weekday">{weekday(event.startsAt, i18n.language)}</span>
        <span className="event-card__day">{day.slice(8)}</span>
        <span className="event-card__month">
          {t('events.monthShort', { month: monthText(Number(day.slice(5, 7)), i18n.language, 'short') })}
        </span>
      </div>
      <div className="event-card__body">
        <EventBadges event={event} />
        <h2 className="event-card__title">
          <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
        </h2>
        <p className="event-card__meta">
          <span>{whenText(event)}</span>
          <span>{event.venue ? event.venue.name : event.online ? t('events.online') : t('events.venueTbd')}</span>
          <span>{organisers(event)}</span>
        </p>
        <p className="event-card__places muted">
          {t('events.registeredCount', { count: event.registered, formatted: formatNumber(event.registered) })}
          {places !== null && (places > 0 ? ` · ${t('events.placesLeft', { count: places })}` : ` · ${t('events.full')}`)}
          {event.meetings && ` · ${t('events.hasMeetings')}`}
        </p>
      </div>
    </li>
  );
}

/** A compact line for the month view's day list. */
export function EventLine({ event }: { event: CalendarEvent }) {
  return (
    <li className="event-line">
      <span className="event-line__time">{hoursText(event)}</span>
      <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
      <EventBadges event={event} />
    </li>
  );
}
