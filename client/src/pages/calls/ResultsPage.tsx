import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Call, CallResults, ResultItem } from '@ketnoi/contract';
import { callsApi } from '../../api/calls.js';
import { useMe } from '../../api/hooks/auth.js';
import { isApiError } from '../../api/http.js';
import { useCall, useCallResults, useJudgingProgress, usePublishResults } from '../../api/hooks/calls.js';
import { useLabels } from '../../api/hooks/reference.js';
import { ConfirmButton } from '../../components/ConfirmPanel.js';
import { EmptyState, FormError, QueryView } from '../../components/States.js';
import { formatDateTime } from '../../lib/format.js';
import { CsvDownload } from '../staff/CsvDownload.js';
import { formatPoints, labelOf, RankCell, useCallLanguage } from './shared.js';
import './calls.css';

/**
 * Publishing ends the call: no more entries, edits or scores. Said before it happens when the call
 * still takes entries or judges have entries left to score, as neither can be undone.
 */
export function PublishButton({ call }: { call: Call }) {
  const { t } = useTranslation();
  const publish = usePublishResults(call.eventId);
  const progress = useJudgingProgress(call.eventId);
  const unscored = progress.data?.judges.reduce((sum, judge) => sum + judge.remaining, 0) ?? 0;
  const warnings = [
    call.open ? t('calls.results.publishWhileOpen', { at: formatDateTime(call.closesAt) }) : null,
    unscored > 0 ? t('calls.results.publishUnscored', { count: unscored }) : null,
  ].filter(Boolean);
  return (
    <ConfirmButton
      buttonClassName="btn btn--primary"
      label={t('calls.results.publish')}
      question={[...warnings, t('calls.results.publishConfirm')].join(' ')}
      yes={publish.isPending ? t('common.sending') : t('calls.results.publishYes')}
      no={t('common.cancel')}
      onYes={() => publish.mutate(undefined)}
      pending={publish.isPending}
      error={<FormError error={publish.error} />}
      variant="primary"
    />
  );
}

/** Staff: broker help for an entrant from its named open needs (the existing broker page, both sides opt in). */
function BrokerLinks({ item }: { item: ResultItem }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const a = encodeURIComponent(item.entry.startup.id);
  const needs = item.needs ?? [];
  return (
    <ul className="plain-list broker-links">
      {needs.map((n) => (
        <li key={n.id}>
          <Link className="btn btn--small btn--secondary" to={`/staff/broker?a=${a}&need=${encodeURIComponent(n.id)}`}>
            {t('calls.results.brokerFor', { need: labels.category(n.category) })}
          </Link>
        </li>
      ))}
      {needs.length === 0 && (
        <li>
          <Link className="btn btn--small btn--ghost" to={`/staff/broker?a=${a}`}>
            {t('calls.results.broker')}
          </Link>
        </li>
      )}
    </ul>
  );
}

function Standings({ results, staff }: { results: CallResults; staff: boolean }) {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const labels = useLabels();
  const counts = new Map<number, number>();
  for (const item of results.items) if (item.rank !== null) counts.set(item.rank, (counts.get(item.rank) ?? 0) + 1);
  return (
    <div className="table-wrap">
      <table className="table results-table">
        <caption className="visually-hidden">{t('calls.results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calls.results.rank')}</th>
            <th scope="col">{t('calls.results.entry')}</th>
            <th scope="col">{t('calls.results.total')}</th>
            {results.criteria.map((c) => (
              <th key={c.code} scope="col" className="results-table__criterion">
                {labelOf(c, lang)}
                <small> / {formatPoints(c.max)}</small>
              </th>
            ))}
            <th scope="col">{t('calls.results.judges')}</th>
            {staff && <th scope="col">{t('calls.results.help')}</th>}
          </tr>
        </thead>
        <tbody>
          {results.items.map((item) => (
            <tr key={item.entry.id} data-testid="result-row">
              <td>
                <RankCell rank={item.rank} shared={item.rank !== null && (counts.get(item.rank) ?? 0) > 1} />
              </td>
              <th scope="row">
                {item.entry.title}
                <small className="results-table__who">
                  {item.entry.startup.name} · {labels.province(item.entry.startup.province)}
                </small>
              </th>
              <td className="results-table__total">{formatPoints(item.total)}</td>
              {results.criteria.map((c) => (
                <td key={c.code}>{formatPoints(item.byCriterion[c.code])}</td>
              ))}
              <td>{item.judges}</td>
              {staff && <td>{item.rank !== null && <BrokerLinks item={item} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Heading({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="eyebrow">
        <Link to={`/events/${call.eventId}/call`}>{call.event.title}</Link>
      </p>
      <h1>{t('calls.results.title')}</h1>
    </>
  );
}

/** Results of a call: public once published; a preview for the organisers and judges before. */
export default function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const { data: me } = useMe();
  const call = useCall(id);
  const results = useCallResults(id, call.isSuccess);
  const staff = me?.user.role === 'staff' || me?.user.role === 'admin';

  return (
    <div className="page page--wide">
      <QueryView query={call}>
        {(c) => (
          <>
            <Heading call={c} />
            {isApiError(results.error) && results.error.status === 403 ? (
              <EmptyState title={t('calls.results.notYet')}>
                <Link to={`/events/${id}/call`}>{t('calls.results.backToCall')}</Link>
              </EmptyState>
            ) : (
              <QueryView query={results} isEmpty={(r) => r.items.length === 0} empty={<EmptyState title={t('calls.results.none')} />}>
                {(r) => (
                  <>
                    {r.published ? (
                      <p className="call-window">{t('calls.results.publishedAt', { at: formatDateTime(r.publishedAt) })}</p>
                    ) : (
                      <p className="notice">{t('calls.results.preview')}</p>
                    )}
                    {r.normalized && <p className="muted">{t('calls.results.normalized')}</p>}
                    {!r.published && c.viewer?.manager && <PublishButton call={c} />}
                    <Standings results={r} staff={staff && r.items.some((i) => i.needs !== undefined)} />
                    {c.viewer?.organiser && (
                      <CsvDownload
                        href={callsApi.scoresCsvUrl(id, lang)}
                        label={t('calls.console.csv')}
                        filename={`cham-diem-scores-${id}.csv`}
                      />
                    )}
                  </>
                )}
              </QueryView>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
