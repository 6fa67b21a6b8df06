import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUpcomingEvents } from '../../api/hooks/portal.js';
import type { Labels } from '../../api/hooks/reference.js';
import { dateFormatter, formatDateTime, monthText } from '../../lib/format.js';
import { withProvince } from './province.js';

const dayFmt = () => dateFormatter('vi-VN', { day: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
const monthFmt = () => dateFormatter('vi-VN', { month: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

/** The next events of the shared calendar (of the chosen province), each linking to its page. */
export function UpcomingEvents({ province, labels }: { province: string | undefined; labels: Labels }) {
  const { t, i18n } = useTranslation();
  const events = useUpcomingEvents(province, 3);
  const items = events.data?.items ?? [];
  return (
    <section className="upcoming" aria-labelledby="upcoming-title">
      <div className="section-head">
        <h2 id="upcoming-title">{t('portal.events.title')}</h2>
        <Link to={withProvince('/events', province)}>{t('portal.events.all')}</Link>
      </div>
      {events.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : events.isError ? (
        <p className="muted">{t('portal.events.unavailable')}</p>
      ) : items.length === 0 && province ? (
        // A province without events yet (most, at first): not a dead end, the other provinces' calendar is one tap away.
        <p className="muted">
          {t('firstSteps.events.noneIn', { province: labels.province(province) })}{' '}
          <Link to="/events">{t('firstSteps.events.elsewhere')}</Link>
        </p>
      ) : items.length === 0 ? (
        <p className="muted">{t('portal.events.none')}</p>
      ) : (
        <ul className="event-cards">
          {items.map((event) => {
            const start = new Date(event.startsAt);
            return (
              <li key={event.id} className="card event-card">
                <span className="event-card__date" aria-hidden="true">
                  <strong>{dayFmt().format(start)}</strong>
                  <span>
                    {t('portal.events.month', {
                      // "Th01" in Vietnamese, "Jan" in English.
                      month: i18n.language.startsWith('en')
                        ? monthText(Number(monthFmt().format(start)), i18n.language, 'short')
                        : monthFmt().format(start),
                    })}
                  </span>
                </span>
                <span className="event-card__body">
                  <Link to={`/events/${encodeURIComponent(event.id)}`} className="event-card__title">
                    {event.title}
                  </Link>
                  <span className="muted">
                    {t(`portal.eventKind.${event.kind}`, { defaultValue: event.kind })} · {formatDateTime(event.startsAt)} ·{' '}
                    {event.online ? t('portal.events.online') : (event.venue?.name ?? labels.province(event.province))}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
