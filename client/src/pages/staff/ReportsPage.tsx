import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportsSummary } from '../../api/hooks/staff.js';
import { useLabels } from '../../api/hooks/reference.js';
import { reportsApi } from '../../api/reports.js';
import { EXPORT_TYPES, INTRO_STATUSES, type SummaryParams } from '@ketnoi/contract';
import { fieldErrors } from '../../api/errors.js';
import { formatNumber, reportPeriod, vietnamYear } from '../../lib/format.js';
import { TextField } from '../../components/Field.js';
import { QueryView } from '../../components/States.js';
import { StarsDisplay } from '../../components/Stars.js';
import { Table } from '../../components/Table.js';
import { CategoryChart, FunnelChart } from './ReportCharts.js';
import { CsvDownload } from './CsvDownload.js';
import { EventsReport } from './EventsReport.js';
import { ScopedPage, useProvinceScope } from './scope.js';

/** 1 January of this year in Vietnam (a browser elsewhere may already, or still, be in another year). */
function startOfYear(): string {
  return `${vietnamYear()}-01-01`;
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { province } = useProvinceScope();
  const [from, setFrom] = useState(startOfYear);
  const [to, setTo] = useState('');
  // Whole Vietnam days, the last one included (the server's own reading of bare dates).
  const params: SummaryParams = { ...(province ? { province } : {}), ...reportPeriod(from, to) };
  // A period that ends before it starts is marked on the form, not sent (issue 14 item 22).
  const badRange = !!from && !!to && to < from;
  const summary = useReportsSummary(params, !badRange);
  const serverFields = fieldErrors(summary.error, t, { 'query.to': t('reports.badRange'), 'query.from': t('reports.badRange') });
  const fromError = serverFields['query.from'];
  const toError = badRange ? t('reports.badRange') : serverFields['query.to'];

  return (
    <ScopedPage title={t('reports.title')} wide>
      <div className="toolbar">
        <TextField label={t('reports.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} error={fromError} />
        <TextField label={t('reports.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} error={toError} />
      </div>
      {badRange || fromError || toError ? null : (
        <QueryView query={summary}>
          {(data) => (
            <>
              <div className="stats">
                <div className="card stat">
                  <span className="stat__value">{formatNumber(data.funnel.requested)}</span>
                  <span className="stat__label">{t('reports.figure.requested')}</span>
                </div>
                <div className="card stat">
                  <span className="stat__value">{formatNumber(data.consultations.completed)}</span>
                  <span className="stat__label">{t('reports.figure.consultationsDone')}</span>
                </div>
                <div className="card stat">
                  <span className="stat__value">
                    {data.medianFirstResponseHours === null ? '—' : formatNumber(Math.round(data.medianFirstResponseHours * 10) / 10)}
                  </span>
                  <span className="stat__label">{t('reports.medianResponse')}</span>
                </div>
                <div className="card stat">
                  <span className="stat__value">
                    {data.consultations.averageRating === null ? (
                      '—'
                    ) : (
                      <>
                        {formatNumber(Math.round(data.consultations.averageRating * 10) / 10)}{' '}
                        <StarsDisplay value={data.consultations.averageRating} />
                      </>
                    )}
                  </span>
                  <span className="stat__label">{t('reports.figure.averageRating', { count: data.consultations.ratings })}</span>
                </div>
              </div>
              <div className="grid-2">
                <section className="card">
                  <CategoryChart summary={data} labels={labels} />
                </section>
                <section className="card">
                  <FunnelChart summary={data} />
                </section>
              </div>
              <div className="grid-2">
                <section className="card">
                  <h2>{t('reports.introsByStatus')}</h2>
                  <p className="muted">{t('reports.introsByStatusHint')}</p>
                  <Table
                    caption={t('reports.introsByStatus')}
                    columns={[t('reports.status'), t('reports.enteredInPeriod'), t('reports.atEnd')]}
                  >
                    {INTRO_STATUSES.map((status) => (
                      <tr key={status}>
                        <th scope="row">{t(`status.${status}`)}</th>
                        <td>{formatNumber(data.intros.byStatus[status] ?? 0)}</td>
                        <td>{formatNumber(data.intros.statusAtEnd[status] ?? 0)}</td>
                      </tr>
                    ))}
                  </Table>
                </section>
                <section className="card">
                  <h2>{t('reports.outcomes')}</h2>
                  {Object.keys(data.outcomes).length === 0 ? (
                    <p className="muted">{t('reports.noOutcomes')}</p>
                  ) : (
                    <>
                      <p className="muted">{t('reportOutcomes.hint')}</p>
                      <Table
                        caption={t('reports.outcomes')}
                        columns={[t('reportOutcomes.outcome'), t('reportOutcomes.consultations'), t('reportOutcomes.projects')]}
                      >
                        {Object.entries(data.outcomes).map(([tag, count]) => (
                          <tr key={tag}>
                            <th scope="row">{t(`outcome.${tag}`)}</th>
                            <td>{formatNumber(count)}</td>
                            <td>{formatNumber(data.outcomeStartups[tag] ?? 0)}</td>
                          </tr>
                        ))}
                      </Table>
                    </>
                  )}
                </section>
              </div>
            </>
          )}
        </QueryView>
      )}
      {badRange || fromError || toError ? null : <EventsReport params={params} />}
      <section className="card">
        <h2>{t('reports.export')}</h2>
        <p className="muted">{t('reports.exportHint')}</p>
        <div className="form__actions">
          {EXPORT_TYPES.map((type) => (
            <CsvDownload
              key={type}
              href={reportsApi.exportUrl({ type, ...params })}
              label={t(`reports.csv.${type}`)}
              filename={`ketnoi-${type}${province ? `-${province}` : ''}.csv`}
            />
          ))}
        </div>
      </section>
    </ScopedPage>
  );
}
