import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useStaffQueue } from '../../api/hooks/staff.js';
import type { Intro } from '@ketnoi/contract';
import { EmptyState, QueryView } from '../../components/States.js';
import { IntroCard } from '../intros/IntroCard.js';
import { NeedsList } from '../needs/NeedsList.js';
import { withProvince } from '../portal/province.js';

/**
 * An empty queue (every province's first days): what a new staff member can do instead of
 * waiting, each a link to the page that does it.
 */
function FirstSteps({ province }: { province: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('firstSteps.queue.emptyTitle')}</h2>
      <p>{t('firstSteps.queue.emptyLead')}</p>
      <ul className="plain-list step-links">
        <li>
          <Link to="/staff/needs">{t('firstSteps.queue.needs')}</Link>
        </li>
        <li>
          <Link to="/staff/verify">{t('firstSteps.queue.verify')}</Link>
        </li>
        <li>
          <Link to="/events/new">{t('firstSteps.queue.event')}</Link>
        </li>
        <li>
          <Link to={withProvince('/', province)}>{t('firstSteps.queue.portal')}</Link>
        </li>
      </ul>
    </section>
  );
}

type QueueIntro = Intro & { actions: string[] };

/**
 * What staff can do about a request nobody answered (the queue's `actions`): call the side that
 * was asked and note it, or put the startup to someone else about the same need.
 */
function StalledActions({ intro }: { intro: QueueIntro }) {
  const { t } = useTranslation();
  const asked = intro.to;
  const startup = intro.from?.kind === 'startup' ? intro.from : intro.to?.kind === 'startup' ? intro.to : null;
  return (
    <div className="form__actions">
      {intro.actions.includes('follow_up') && asked && (
        <Link className="btn btn--secondary btn--small" to={`/staff/contacts?profileId=${encodeURIComponent(asked.id)}`}>
          {t('queue.followUp', { name: asked.name })}
        </Link>
      )}
      {intro.actions.includes('reassign') && startup && (
        <Link
          className="btn btn--secondary btn--small"
          to={`/staff/broker?a=${encodeURIComponent(startup.id)}${intro.needId ? `&need=${encodeURIComponent(intro.needId)}` : ''}`}
        >
          {t('queue.reassign')}
        </Link>
      )}
    </div>
  );
}

function IntroSection({ title, intros, empty, stalled }: { title: string; intros: QueueIntro[]; empty: string; stalled?: boolean }) {
  return (
    <section className="queue__section">
      <h2>
        {title} <span className="badge badge--count">{intros.length}</span>
      </h2>
      {intros.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className="list">
          {intros.map((intro) => (
            <IntroCard key={intro.id} intro={intro} myProfileId={null} staff>
              {stalled && <StalledActions intro={intro} />}
            </IntroCard>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function QueuePage() {
  const { t } = useTranslation();
  const queue = useStaffQueue();
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('queue.title')}</h1>
        <Link to="/staff/broker" className="btn btn--primary">
          {t('broker.start')}
        </Link>
      </div>
      <QueryView query={queue}>
        {(data) => (
          <>
            {Object.values(data.counts).every((count) => count === 0) && <FirstSteps province={data.scope.province ?? undefined} />}
            <IntroSection title={t('queue.pendingStaff')} intros={data.pendingStaff} empty={t('queue.noPending')} />
            <section className="queue__section">
              <h2>
                {t('queue.staleNeeds')} <span className="badge badge--count">{data.staleNeeds.length}</span>
              </h2>
              <p className="muted">{t('queue.staleNeedsHint')}</p>
              {data.staleNeeds.length === 0 ? <EmptyState title={t('queue.noStale')} /> : <NeedsList needs={data.staleNeeds} showStartup />}
            </section>
            <IntroSection title={t('queue.stalled')} intros={data.stalledIntros} empty={t('queue.noStalled')} stalled />
          </>
        )}
      </QueryView>
    </div>
  );
}
