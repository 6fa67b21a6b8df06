// The events part of the staff reports page (GET /api/reports/events): what a department needs to
// show an event was worth it — events held by kind, registrations, check-ins and no-shows, the
// one-to-one meetings, and the introductions that followed between participants within 30 days.
import { Bar } from 'recharts';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type SummaryParams } from '@ketnoi/contract';
import { useEventsReport } from '../../api/hooks/events.js';
import { HorizontalBarChart } from '../../components/HorizontalBarChart.js';
import { QueryView } from '../../components/States.js';
import { formatNumber, formatPercent } from '../../lib/format.js';

const BAR = '#0b5c6b';

function Figure({ value, label, hint }: { value: string; label: string; hint?: string }) {
  return (
    <div className="card stat">
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
      {hint && (
        <span className="muted" style={{ fontSize: '0.82rem' }}>
          {hint}
        </span>
      )}
    </div>
  );
}

export function EventsReport({ params }: { params: SummaryParams }) {
  const { t } = useTranslation();
  const report = useEventsReport(params);
  return (
    <section aria-labelledby="events-report-title" className="events-report">
      <h2 id="events-report-title">{t('events.report.title')}</h2>
      <p className="muted">{t('events.report.lead')}</p>
      <QueryView query={report}>
        {(data) => {
          const kinds = EVENT_KINDS.map((kind) => ({ name: t(`events.kind.${kind}`), value: data.events.byKind[kind] ?? 0 })).filter(
            (row) => row.value > 0,
          );
          const meetings = [
            { name: t('events.report.meetingsRequested'), value: data.meetings.requested },
            { name: t('events.report.meetingsAccepted'), value: data.meetings.accepted },
            { name: t('events.report.meetingsScheduled'), value: data.meetings.scheduled },
          ];
          return (
            <>
              <div className="stats">
                <Figure
                  value={formatNumber(data.events.total)}
                  label={t('events.report.events')}
                  hint={data.events.cancelled ? t('events.report.cancelled', { count: data.events.cancelled }) : undefined}
                />
                <Figure value={formatNumber(data.registrations)} label={t('events.report.registrations')} />
                <Figure value={formatNumber(data.checkedIn)} label={t('events.report.checkedIn')} />
                <Figure
                  value={data.noShowRate === null ? '—' : formatPercent(data.noShowRate)}
                  label={t('events.report.noShowRate')}
                  hint={t('events.report.noShowHint')}
                />
                <Figure
                  value={formatNumber(data.introsAfterEvents)}
                  label={t('events.report.introsAfter')}
                  hint={t('events.report.introsAfterHint')}
                />
              </div>
              <div className="grid-2">
                <figure className="chart card">
                  <figcaption>{t('events.report.byKind')}</figcaption>
                  {kinds.length === 0 ? (
                    <p className="muted">{t('events.report.noEvents')}</p>
                  ) : (
                    <div className="chart__canvas" style={{ height: Math.max(160, kinds.length * 44) }} aria-hidden="true">
                      <HorizontalBarChart data={kinds}>
                        <Bar dataKey="value" name={t('events.report.count')} fill={BAR} label={{ position: 'right', fontSize: 13 }} />
                      </HorizontalBarChart>
                    </div>
                  )}
                  <ul className="visually-hidden">
                    {kinds.map((row) => (
                      <li key={row.name}>
                        {row.name}: {row.value}
                      </li>
                    ))}
                  </ul>
                </figure>
                <figure className="chart card">
                  <figcaption>{t('events.report.meetings')}</figcaption>
                  <table className="table">
                    <tbody>
                      {meetings.map((row) => (
                        <tr key={row.name}>
                          <th scope="row">{row.name}</th>
                          <td>{formatNumber(row.value)}</td>
                        </tr>
                      ))}
                      <tr>
                        <th scope="row">{t('events.report.waitlisted')}</th>
                        <td>{formatNumber(data.waitlisted)}</td>
                      </tr>
                    </tbody>
                  </table>
                </figure>
              </div>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
