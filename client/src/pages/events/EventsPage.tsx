// The regional calendar, open to everyone: a list (soonest first) or a month grid, filtered by
// province, region, kind, topic and period. The URL holds every choice, so a filtered calendar can
// be shared (a department sends "Trung du và miền núi phía Bắc, tháng 4" to its neighbours).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { monthText } from '../../lib/format.js';
import { useMe } from '../../api/hooks/auth.js';
import { isApiError } from '../../api/http.js';
import { useEventList, useEventMonth, useEventsLive } from '../../api/hooks/events.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { EmptyState, PagedView, QueryView, ListOf } from '../../components/States.js';
import { CalendarFilters } from './CalendarFilters.js';
import { calendarFilters, calendarQuery } from './calendarQuery.js';
import { EventCard } from './EventCard.js';
import { MonthView } from './MonthView.js';
import { isMonth, isStaff, monthRange, shiftMonth, thisMonth } from './eventView.js';
import './events.css';

type View = 'list' | 'month';

/** The server refused the address's province (`?province=CM`, a slug cut short): not a fault to retry. */
function refusesProvince(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.code === 'validation_failed' &&
    Array.isArray(error.details) &&
    error.details.some((issue: { path?: unknown }) => issue?.path === 'query.province')
  );
}

export default function EventsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  useEventsLive();
  const view: View = params.get('view') === 'month' ? 'month' : 'list';
  const monthParam = params.get('month');
  const month = isMonth(monthParam) ? monthParam : null;
  const drafts = params.get('status') === 'draft' && isStaff(me);
  const filters = calendarFilters(params);
  const query = calendarQuery(filters, drafts);
  const shownMonth = month ?? thisMonth();
  const list = useEventList({ ...query, ...(month ? monthRange(month) : {}) });
  const monthEvents = useEventMonth({ ...query, ...monthRange(shownMonth) }, view === 'month');

  const activeFilters = Object.values(filters).filter(Boolean).length;

  return (
    <div className="page page--wide events-page">
      <div className="page__head">
        <div>
          <h1>{t('events.calendar.title')}</h1>
          <p className="muted">{t('events.calendar.lead')}</p>
        </div>
        {isStaff(me) && (
          <Link to="/events/new" className="btn btn--primary">
            {t('events.calendar.create')}
          </Link>
        )}
      </div>

      <div className="calendar-bar">
        <div className="segmented" role="group" aria-label={t('events.calendar.viewLabel')}>
          {(['list', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="segmented__option"
              aria-pressed={view === v}
              onClick={() => update({ view: v === 'list' ? null : v, month: v === 'month' ? shownMonth : month })}
            >
              {t(`events.calendar.view.${v}`)}
            </button>
          ))}
        </div>
        <div className="period" role="group" aria-label={t('events.calendar.period')}>
          {view === 'list' && (
            <button type="button" className="btn btn--ghost btn--small" aria-pressed={!month} onClick={() => update({ month: null })}>
              {t('events.calendar.upcoming')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-label={t('events.calendar.previousMonth')}
            onClick={() => update({ month: shiftMonth(shownMonth, -1) })}
          >
            ‹
          </button>
          <button
            type="button"
            className="btn btn--ghost btn--small period__month"
            aria-pressed={!!month || view === 'month'}
            onClick={() => update({ month: shownMonth })}
          >
            {t('events.month.label', { month: monthText(Number(shownMonth.slice(5)), i18n.language), year: shownMonth.slice(0, 4) })}
          </button>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-label={t('events.calendar.nextMonth')}
            onClick={() => update({ month: shiftMonth(shownMonth, 1) })}
          >
            ›
          </button>
        </div>
      </div>

      <div className="calendar-filters-box">
        <CalendarFilters values={filters} onChange={(patch) => update(patch)} />
        {isStaff(me) && (
          <label className="field--checkbox calendar-drafts">
            <input type="checkbox" checked={drafts} onChange={(e) => update({ status: e.target.checked ? 'draft' : null })} />
            <span>{t('events.filters.drafts')}</span>
          </label>
        )}
        {activeFilters > 0 && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => update({ province: null, region: null, kind: null, topic: null })}
          >
            {t('events.filters.clear')}
          </button>
        )}
      </div>

      {refusesProvince(view === 'month' ? monthEvents.error : list.error) ? (
        // Said in words with a way on, instead of the server's English "Some fields are not valid".
        <EmptyState
          title={t('firstSteps.events.unknownProvince', { province: filters.province })}
          hint={t('firstSteps.events.unknownProvinceHint')}
        >
          <button type="button" className="btn btn--secondary" onClick={() => update({ province: null })}>
            {t('firstSteps.events.allProvinces')}
          </button>
        </EmptyState>
      ) : view === 'month' ? (
        <QueryView query={monthEvents}>{(events) => <MonthView month={shownMonth} events={events} />}</QueryView>
      ) : (
        <PagedView
          query={list}
          moreLabel={t('events.calendar.more')}
          empty={
            <EmptyState
              title={t(month ? 'events.calendar.emptyMonth' : 'events.calendar.empty')}
              hint={activeFilters > 0 ? t('events.calendar.emptyFiltered') : undefined}
            />
          }
        >
          {(items) => (
            <ListOf items={items} className="plain-list event-list" item={(event) => <EventCard key={event.id} event={event} />} />
          )}
        </PagedView>
      )}
    </div>
  );
}
