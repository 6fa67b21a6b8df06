import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Call } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useCall } from '../../api/hooks/calls.js';
import { useLabels } from '../../api/hooks/reference.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { formatDate } from '../../lib/format.js';
import { EntryForm } from './EntryForm.js';
import { CallWindow, eventKindLabel, formatPoints, labelOf, useCallLanguage } from './shared.js';
import './calls.css';

/** The rubric as founders read it before they enter: what the jury scores and how much each counts. */
export function Rubric({ call }: { call: Pick<Call, 'criteria' | 'normalizeJudges'> }) {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const total = call.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <section className="card" aria-labelledby="rubric-title">
      <h2 id="rubric-title">{t('calls.rubric.title')}</h2>
      <Table columns={[t('calls.rubric.criterion'), t('calls.rubric.share'), t('calls.rubric.max')]}>
        {call.criteria.map((c) => (
          <tr key={c.code}>
            <td>
              <strong>{labelOf(c, lang)}</strong>
              {c.hint && <p className="muted">{c.hint}</p>}
            </td>
            <td>{formatPoints(Math.round((c.weight / total) * 1000) / 10)} %</td>
            <td>{formatPoints(c.max)}</td>
          </tr>
        ))}
      </Table>
      {call.normalizeJudges && <p className="muted">{t('calls.rubric.normalized')}</p>}
    </section>
  );
}

function NextStep({ call }: { call: Call }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me } = useMe();
  const id = call.eventId;
  return (
    <div className="form__actions call-actions">
      {call.viewer?.organiser && (
        <Link className="btn btn--secondary" to={`/events/${id}/call/manage`}>
          {t('calls.page.manage')}
        </Link>
      )}
      {call.viewer?.judge && !call.resultsPublishedAt && (
        <Link className="btn btn--primary" to={`/events/${id}/judging`}>
          {t('calls.page.judge')}
        </Link>
      )}
      {(call.resultsPublishedAt || call.viewer?.organiser || call.viewer?.judge) && (
        <Link className="btn btn--secondary" to={`/events/${id}/results`}>
          {t('calls.page.results')}
        </Link>
      )}
      {!me && call.open && (
        <Link className="btn btn--primary" to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
          {t('calls.page.signInToEnter')}
        </Link>
      )}
    </div>
  );
}

/** A call for entries: rules and rubric for everyone; the founder's entry form; each role's next step. */
export default function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const labels = useLabels();
  const { data: me } = useMe();
  const call = useCall(id);
  const startupId = me?.user.role === 'startup' ? me.profile?.id : undefined;

  return (
    <div className="page page--narrow">
      <QueryView query={call}>
        {(c) => (
          <>
            <p className="eyebrow">
              {eventKindLabel(c.event.kind, lang)} · {labels.province(c.event.province)} · {formatDate(c.event.startsAt)}
            </p>
            <h1>{c.event.title}</h1>
            <CallWindow call={c} />
            <p className="muted">{t('calls.list.entries', { count: c.entries })}</p>
            <NextStep call={c} />
            {c.rules && (
              <section className="card" aria-labelledby="rules-title">
                <h2 id="rules-title">{t('calls.page.rules')}</h2>
                <p className="prose">{c.rules}</p>
              </section>
            )}
            {startupId && <EntryForm call={c} entry={c.myEntry ?? null} startupId={startupId} />}
            {me?.user.role === 'startup' && !me.profile && c.open && (
              <p className="notice">
                {t('calls.page.profileFirst')} <Link to="/profile">{t('calls.page.createProfile')}</Link>
              </p>
            )}
            <Rubric call={c} />
          </>
        )}
      </QueryView>
    </div>
  );
}
