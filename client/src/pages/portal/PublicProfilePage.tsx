import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { useProfile } from '../../api/hooks/profiles.js';
import { useLabels } from '../../api/hooks/reference.js';
import { ChipList } from '../../components/Chips.js';
import { PublicNav } from '../../components/PublicNav.js';
import { Loading } from '../../components/States.js';
import { PublicNotFound } from './NotFoundState.js';
import { VisitorCta } from './VisitorCta.js';
import { Documents, OutcomeBadges, ProfileHead, Products } from './Showcase.js';
import { LinkedText } from '../../components/LinkedText.js';

/** What a visitor can do next: sign up to be introduced; a signed-in user goes to the full page. */
function NextStep({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (me) {
    return (
      <Link className="btn btn--primary" to={`/profiles/${encodeURIComponent(profile.id)}`}>
        {me.profile?.id === profile.id ? t('portal.profile.openOwn') : t('portal.profile.connect')}
      </Link>
    );
  }
  return <VisitorCta message={t('portal.profile.visitorCta', { name: profile.name })} next={`/profiles/${profile.id}`} />;
}

function KindSummary({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const areas = profile.expertise ?? profile.offerings ?? [];
  return (
    <>
      {profile.stage && <p>{t('portal.profile.stage', { stage: labels.stage(profile.stage) })}</p>}
      {areas.length > 0 && <ChipList items={areas.map(labels.category)} label={t('portal.profile.areas')} />}
      {profile.sectors.length > 0 && <ChipList items={profile.sectors.map(labels.sector)} label={t('fields.sectors')} />}
    </>
  );
}

/** /p/:id: a profile as anyone sees it, without an account (the server applies the sharing policy). */
export default function PublicProfilePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useProfile(id);
  const profile = query.data;
  usePageTitle(profile ? pageTitle(profile.name) : undefined);
  return (
    <div className="page public-page">
      <PublicNav />
      {query.isPending ? (
        <Loading />
      ) : !profile ? (
        <PublicNotFound error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <article className="showcase">
          <ProfileHead profile={profile} />
          <OutcomeBadges profile={profile} />
          <Products profile={profile} />
          <section className="card" aria-labelledby="about-title">
            <h2 id="about-title">{t('portal.profile.about')}</h2>
            {profile.about && (
              <p className="prose">
                <LinkedText>{profile.about}</LinkedText>
              </p>
            )}
            <KindSummary profile={profile} />
          </section>
          <Documents profile={profile} />
          <NextStep profile={profile} />
        </article>
      )}
    </div>
  );
}
