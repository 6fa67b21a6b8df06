import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CALL_LIST_STATUSES, type CallListStatus, type JudgingAssignment } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useAssignments, useCalls } from '../../api/hooks/calls.js';
import { useLabels } from '../../api/hooks/reference.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { Tabs } from '../../components/Tabs.js';
import { formatDate } from '../../lib/format.js';
import { CallWindow, eventKindLabel, useCallLanguage } from './shared.js';
import './calls.css';

function Assignments({ items }: { items: JudgingAssignment[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{t('calls.list.toJudge')}</h2>
      <ul className="plain-list call-list">
        {items.map((a) => (
          <li key={a.event.id} className="call-list__item split">
            <div>
              <strong>{a.event.title}</strong>
              <p className="muted">{t('calls.list.judged', { scored: a.scored + a.recused, assigned: a.assigned })}</p>
              <progress className="call-progress" max={Math.max(a.assigned, 1)} value={a.scored + a.recused} />
            </div>
            <Link className="btn btn--primary" to={`/events/${a.event.id}/judging`}>
              {t('calls.list.openSheet')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The public list of calls for entries, and what waits for a judge. */
export default function CallsPage() {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const labels = useLabels();
  const { data: me } = useMe();
  const [status, setStatus] = useState<CallListStatus>('open');
  const calls = useCalls({ status });
  const assignments = useAssignments(me?.user.role === 'expert' || me?.user.role === 'staff');
  const toJudge = assignments.data?.items.filter((a) => !a.resultsPublishedAt) ?? [];
  // Startups send entries (a visitor may become one); judges and others come for the rules.
  const mayEnter = !me || me.user.role === 'startup';

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('calls.list.title')}</h1>
      </div>
      <p className="lead">{t('calls.list.lead')}</p>
      {toJudge.length > 0 && <Assignments items={toJudge} />}
      <Tabs
        label={t('calls.list.title')}
        values={CALL_LIST_STATUSES}
        selected={status}
        onSelect={setStatus}
        labelOf={(s) => t(`calls.list.status.${s}`)}
      />
      <ItemsView query={calls} empty={<EmptyState title={t(`calls.list.empty.${status}`)} />}>
        {(items) => (
          <ul className="plain-list call-list">
            {items.map((c) => (
              <li key={c.event.id} className="card call-card">
                <p className="eyebrow">
                  {eventKindLabel(c.event.kind, lang)} · {labels.province(c.event.province)} · {formatDate(c.event.startsAt)}
                </p>
                <h2 className="call-card__title">
                  <Link to={`/events/${c.event.id}/call`}>{c.event.title}</Link>
                </h2>
                <CallWindow call={c} />
                <p className="muted">{t('calls.list.entries', { count: c.entries })}</p>
                <div className="form__actions">
                  <Link className="btn btn--secondary" to={`/events/${c.event.id}/call`}>
                    {c.open && mayEnter ? t('calls.list.enter') : t('calls.list.details')}
                  </Link>
                  {c.resultsPublishedAt && (
                    <Link className="btn btn--primary" to={`/events/${c.event.id}/results`}>
                      {t('calls.list.results')}
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </ItemsView>
    </div>
  );
}
