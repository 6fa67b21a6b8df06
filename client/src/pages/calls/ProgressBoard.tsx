import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Entry } from '@ketnoi/contract';
import { useCallEntries, useJudgingProgress } from '../../api/hooks/calls.js';
import { useLabels } from '../../api/hooks/reference.js';
import { EmptyState, QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { formatDateTime } from '../../lib/format.js';

/** Each judge's progress, with the way in to type in that judge's paper scores. */
export function ProgressBoard({ eventId, open }: { eventId: string; open: boolean }) {
  const { t } = useTranslation();
  const progress = useJudgingProgress(eventId);
  return (
    <QueryView query={progress} isEmpty={(p) => p.judges.length === 0} empty={<EmptyState title={t('calls.progress.noJudges')} />}>
      {(p) => (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t('calls.progress.title', { count: p.entries })}</h2>
          <ul className="plain-list progress-board">
            {p.judges.map((j) => {
              const done = j.scored + j.recused;
              return (
                <li key={j.userId} className="card progress-card" data-testid="judge-progress">
                  <div className="progress-card__head">
                    <strong>{j.name}</strong>
                    <span className={`badge ${j.remaining === 0 ? 'badge--ok' : 'badge--warn'}`}>
                      {j.remaining === 0 ? t('calls.progress.done') : t('calls.progress.remaining', { count: j.remaining })}
                    </span>
                  </div>
                  <progress
                    className="call-progress"
                    max={Math.max(j.assigned, 1)}
                    value={done}
                    aria-label={t('calls.progress.bar', { name: j.name })}
                  />
                  <p className="muted">
                    {t('calls.progress.counts', { scored: j.scored, assigned: j.assigned, recused: j.recused, conflicted: j.conflicted })}
                    {j.paper > 0 && ` · ${t('calls.progress.paper', { count: j.paper })}`}
                  </p>
                  {open && (
                    <Link className="btn btn--small btn--ghost" to={`/events/${eventId}/judging?judge=${encodeURIComponent(j.userId)}`}>
                      {t('calls.progress.typeIn')}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </QueryView>
  );
}

/** Every entry with its startup, named needs and how far the jury has got with it. */
export function EntriesTable({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const entries = useCallEntries(eventId, { as: 'organiser' });
  const status = (e: Entry) => (e.status === 'withdrawn' ? t('calls.console.withdrawn') : e.assisted ? t('calls.console.assisted') : '');
  return (
    <QueryView query={entries} isEmpty={(list) => list.length === 0} empty={<EmptyState title={t('calls.console.noEntries')} />}>
      {(list) => (
        <Table
          className="results-table entries-table"
          columns={[t('calls.results.entry'), t('calls.console.needs'), t('calls.console.judging'), t('calls.console.submitted')]}
        >
          {list.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                {e.title}
                <small className="results-table__who">
                  <Link to={`/profiles/${e.startup.id}`}>{e.startup.name}</Link> {status(e) && `· ${status(e)}`}
                </small>
              </th>
              <td>{(e.needs ?? []).map((n) => labels.category(n.category)).join(', ') || '—'}</td>
              <td>
                {t('calls.console.judgingCounts', {
                  scored: e.judging?.scored ?? 0,
                  recused: e.judging?.recused ?? 0,
                  conflicted: e.judging?.conflicted ?? 0,
                })}
              </td>
              <td>{formatDateTime(e.createdAt)}</td>
            </tr>
          ))}
        </Table>
      )}
    </QueryView>
  );
}
