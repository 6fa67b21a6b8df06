// The organiser's meeting board: slots × tables with who meets whom, the accepted meetings still
// without a slot, and "re-plan", which places every accepted meeting anew (as many as possible,
// nobody twice at once, no table twice) and reports what it did.
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, Meeting } from '@ketnoi/contract';
import { useMeetings, useSchedule } from '../../api/hooks/events.js';
import { QueryView } from '../../components/States.js';
import { formatTime } from '../../lib/format.js';
import { EventFormError } from './eventErrors.js';

type Config = NonNullable<CalendarEvent['meetings']>;

function slotStarts(config: Config): string[] {
  const from = Date.parse(config.from);
  const count = Math.floor((Date.parse(config.to) - from) / (config.slotMinutes * 60_000));
  return Array.from({ length: Math.max(0, count) }, (_, i) => new Date(from + i * config.slotMinutes * 60_000).toISOString());
}

function Board({ config, meetings }: { config: Config; meetings: Meeting[] }) {
  const { t } = useTranslation();
  const starts = slotStarts(config);
  const at = new Map<string, Meeting>();
  for (const m of meetings) if (m.slot) at.set(`${new Date(m.slot.startsAt).toISOString()}|${m.slot.table}`, m);
  const tables = Array.from({ length: config.tables }, (_, i) => i + 1);
  return (
    <div className="board-wrap" tabIndex={0} role="region" aria-label={t('events.board.gridLabel')}>
      <table className="board" data-testid="meeting-board">
        <thead>
          <tr>
            <th scope="col" className="board__corner">
              {t('events.board.time')}
            </th>
            {tables.map((table) => (
              <th scope="col" key={table}>
                {t('events.meetings.table', { table })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {starts.map((start) => (
            <tr key={start}>
              <th scope="row" className="board__time">
                {formatTime(start)}
              </th>
              {tables.map((table) => {
                const m = at.get(`${start}|${table}`);
                return (
                  <td
                    key={table}
                    className={m ? 'board__cell board__cell--busy' : 'board__cell'}
                    title={m ? `${m.requester.name} ↔ ${m.invitee.name}` : undefined}
                  >
                    {m && (
                      <>
                        <span className="board__name">{m.requester.name}</span>
                        <span className="board__name">{m.invitee.name}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MeetingBoard({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation();
  const meetings = useMeetings(event.id);
  const schedule = useSchedule(event.id);
  const config = event.meetings;
  if (!config) return <p className="muted">{t('events.board.noMeetings')}</p>;
  return (
    <QueryView query={meetings}>
      {(all) => {
        const accepted = all.filter((m) => m.status === 'accepted');
        const unplaced = accepted.filter((m) => !m.slot);
        const waiting = all.filter((m) => m.status === 'requested').length;
        return (
          <div className="meeting-board">
            <div className="stats">
              <div className="card stat">
                <span className="stat__value">{accepted.length - unplaced.length}</span>
                <span className="stat__label">{t('events.board.placed')}</span>
              </div>
              <div className="card stat">
                <span className="stat__value">{unplaced.length}</span>
                <span className="stat__label">{t('events.board.unplaced')}</span>
              </div>
              <div className="card stat">
                <span className="stat__value">{waiting}</span>
                <span className="stat__label">{t('events.board.waiting')}</span>
              </div>
            </div>
            <div className="form__actions">
              <button
                type="button"
                className="btn btn--primary"
                disabled={schedule.isPending || event.status !== 'published'}
                onClick={() => schedule.mutate()}
              >
                {schedule.isPending ? t('events.board.replanning') : t('events.board.replan')}
              </button>
              <span className="muted">{t('events.board.replanHint')}</span>
            </div>
            <EventFormError error={schedule.error} />
            {schedule.data && (
              <p className="notice notice--ok" role="status" data-testid="replan-result">
                {t('events.board.result', {
                  scheduled: schedule.data.scheduled,
                  unscheduled: schedule.data.unscheduled.length,
                  moved: schedule.data.moved,
                })}
              </p>
            )}
            <Board config={config} meetings={accepted} />
            {unplaced.length > 0 && (
              <section>
                <h3>{t('events.board.unplacedTitle')}</h3>
                <ul className="plain-list">
                  {unplaced.map((m) => (
                    <li key={m.id}>
                      {m.requester.name} ↔ {m.invitee.name}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        );
      }}
    </QueryView>
  );
}
