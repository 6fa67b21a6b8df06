import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthText, vietnamDay } from '../../lib/format.js';
import type { CalendarEvent } from '@ketnoi/contract';
import { EventLine } from './EventCard.js';
import { lastVietnamDay, thisMonth } from './eventView.js';

const DAY_MS = 86_400_000;

/** The days of the month's grid, Monday first, with the days of the neighbouring months blank. */
function gridDays(month: string): Array<string | null> {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return cells;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** Every Vietnam day an event touches (events last at most 92 days). */
function daysOf(event: CalendarEvent): string[] {
  const out: string[] = [];
  const last = lastVietnamDay(event.endsAt);
  for (let day = vietnamDay(event.startsAt); day <= last && out.length < 93; day = nextDay(day)) out.push(day);
  return out;
}

/**
 * A month as a grid (Monday to Sunday): each day shows how many events it has (their titles on
 * wider screens); choosing a day lists its events below. Days are Vietnam days.
 */
export function MonthView({ month, events }: { month: string; events: CalendarEvent[] }) {
  const { t, i18n } = useTranslation();
  const byDay = new Map<string, CalendarEvent[]>();
  for (const event of events) for (const day of daysOf(event)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  const today = vietnamDay(new Date());
  const firstWithEvents = [...byDay.keys()].filter((d) => d.startsWith(month)).sort()[0] ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = chosen?.startsWith(month) ? chosen : month === thisMonth() && byDay.has(today) ? today : firstWithEvents;
  const weekdays = t('events.month.weekdays').split(',');

  return (
    <div className="month">
      <div
        className="month__grid"
        role="grid"
        aria-label={t('events.month.label', { month: monthText(Number(month.slice(5)), i18n.language), year: month.slice(0, 4) })}
      >
        <div className="month__row" role="row">
          {weekdays.map((w) => (
            <span key={w} className="month__weekday" role="columnheader">
              {w}
            </span>
          ))}
        </div>
        {Array.from({ length: gridDays(month).length / 7 }, (_, week) => (
          <div className="month__row" role="row" key={week}>
            {gridDays(month)
              .slice(week * 7, week * 7 + 7)
              .map((day, i) => {
                if (!day) return <span key={i} className="month__cell month__cell--blank" role="gridcell" />;
                const list = byDay.get(day) ?? [];
                return (
                  <span key={day} role="gridcell" className="month__cell-wrap">
                    <button
                      type="button"
                      className={`month__cell${day === today ? ' month__cell--today' : ''}${list.length ? ' month__cell--busy' : ''}`}
                      aria-pressed={day === selected}
                      aria-label={t('events.month.dayLabel', { day: Number(day.slice(8)), count: list.length })}
                      onClick={() => setChosen(day)}
                    >
                      <span className="month__num">{Number(day.slice(8))}</span>
                      {list.length > 0 && <span className="month__count">{list.length}</span>}
                      <span className="month__titles" aria-hidden="true">
                        {list.slice(0, 2).map((e) => (
                          <span key={e.id} className={`month__title kind--${e.kind}`}>
                            {e.title}
                          </span>
                        ))}
                      </span>
                    </button>
                  </span>
                );
              })}
          </div>
        ))}
      </div>
      {selected && (
        <section className="month__day" aria-live="polite">
          <h2>{t('events.month.dayTitle', { date: `${selected.slice(8)}/${selected.slice(5, 7)}/${selected.slice(0, 4)}` })}</h2>
          {(byDay.get(selected) ?? []).length === 0 ? (
            <p className="muted">{t('events.month.noneThatDay')}</p>
          ) : (
            <ul className="plain-list">
              {byDay.get(selected)!.map((e) => (
                <EventLine key={e.id} event={e} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
