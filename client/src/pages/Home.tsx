import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/hooks/auth.js';
import { useIntros } from '../api/hooks/intros.js';
import { useNeeds } from '../api/hooks/needs.js';
import { useConsultations } from '../api/hooks/consultations.js';
import { homePathFor } from '../app/nav.js';
import { formatDateTime } from '../lib/format.js';
import { Loading } from '../components/States.js';
import { useNow } from '../lib/useNow.js';
import { CreateProfileNotice } from './profile/CreateProfileNotice.js';
import { OpportunityMatches } from './opportunities/OpportunityMatches.js';
import { UpcomingEvents } from './portal/UpcomingEvents.js';
import { useLabels } from '../api/hooks/reference.js';

function Stat({ to, value, label }: { to: string; value: number | undefined; label: string }) {
  return (
    <Link to={to} className="card stat">
      <span className="stat__value">{value ?? '…'}</span>
      <span className="stat__label">{label}</span>
    </Link>
  );
}

export default function Home() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const role = me?.user.role;
  const isStartup = role === 'startup';
  const hasProfile = !!me?.profile;
  const incoming = useIntros('incoming', 'pending');
  const needs = useNeeds({ startupId: me?.profile?.id, status: 'open' }, isStartup && hasProfile);
  const consultations = useConsultations('scheduled');
  const now = useNow();
  const labels = useLabels();
  const openNeed = needs.data?.items[0];

  if (!me) return <Loading />;
  if (role === 'staff' || role === 'admin') return <Navigate to={homePathFor(role)} replace />;

  // Still to come, under way (a month's shelf rental), or over within the hour.
  const upcoming = (consultations.data?.items ?? [])
    .filter((c) => Date.parse(c.endsAt) >= now - 3600_000)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 3);

  return (
    <div className="page">
      <h1>{t('home.greeting', { name: me.user.name })}</h1>
      {!hasProfile && <CreateProfileNotice reason={t('home.noProfile')} />}
      <div className="stats">
        {isStartup ? (
          // Without a profile there are no needs yet (the query waits for one): say 0, not "…" for ever.
          <Stat to="/needs" value={hasProfile ? needs.data?.items.length : 0} label={t('home.openNeeds')} />
        ) : (
          <Link to="/suggestions" className="card stat">
            <span className="stat__value" aria-hidden="true">
              ★
            </span>
            <span className="stat__label">{t('home.seeSuggestions')}</span>
          </Link>
        )}
        <Stat to="/intros" value={incoming.data?.pages.reduce((n, page) => n + page.items.length, 0)} label={t('home.pendingIntros')} />
        <Stat
          to="/consultations"
          value={consultations.data?.items.length}
          label={role === 'provider' ? t('home.scheduledBookings') : t('home.scheduled')}
        />
      </div>
      {isStartup && hasProfile && (
        <div className="card">
          <h2>{t('home.nextStepTitle')}</h2>
          {/* With a need stated, the next step is its list of helpers, not another need. */}
          {openNeed ? (
            <>
              <p>{t('firstSteps.home.seeHelpers', { title: openNeed.title })}</p>
              <Link to={`/needs/${encodeURIComponent(openNeed.id)}`} className="btn btn--primary">
                {t('firstSteps.home.seeHelpersAction')}
              </Link>
            </>
          ) : (
            <>
              <p>{t('home.nextStepStartup')}</p>
              <Link to="/needs" className="btn btn--primary">
                {t('needs.new')}
              </Link>
            </>
          )}
        </div>
      )}
      {me.profile && <OpportunityMatches profileId={me.profile.id} />}
      {upcoming.length > 0 && (
        <section className="card" aria-labelledby="home-upcoming">
          <h2 id="home-upcoming">{role === 'provider' ? t('home.upcomingBookings') : t('home.upcoming')}</h2>
          <ul className="plain-list">
            {upcoming.map((c) => (
              <li key={c.id}>
                <Link to="/consultations">{formatDateTime(c.startsAt)}</Link>
                {c.resource
                  ? ` – ${formatDateTime(c.endsAt)} · ${c.resource}`
                  : ` · ${t(`consultations.mode.${c.mode}`)}${c.location ? ` · ${c.location}` : ''}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The province's startup days, trainings and fairs: where members meet, beyond the app. */}
      <UpcomingEvents province={me.profile?.province ?? me.user.province ?? undefined} labels={labels} />
    </div>
  );
}
