import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/hooks/auth.js';
import { useLabels, useReference } from '../api/hooks/reference.js';
import { homePathFor } from '../app/nav.js';
import { pageTitle, SITE_NAME, usePageTitle } from '../app/pageTitle.js';
import { PublicNav } from '../components/PublicNav.js';
import { Figures } from './portal/Figures.js';
import { PortalSearch } from './portal/PortalSearch.js';
import { usePortalProvinceRequest, withProvince } from './portal/province.js';
import { UpcomingEvents } from './portal/UpcomingEvents.js';

const ROLES = ['startup', 'expert', 'investor', 'provider', 'staff'] as const;

/**
 * The public portal's front page: search, the province's figures, the next events and a way in.
 * `/?province=lang-son` makes it a department's own portal. Everything below the first screen
 * loads after it; nothing here waits for the session to paint.
 */
export default function Landing() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const labels = useLabels();
  const { code: province, unknown: unknownProvince } = usePortalProvinceRequest();
  const reference = useReference();
  // A province the reference lists (the server's first paint named it already); unknown ones read as the country.
  const provinceName = province ? reference.data?.provinces.find((p) => p.code === province)?.name : undefined;
  usePageTitle(
    province && !reference.data
      ? undefined
      : provinceName
        ? pageTitle(t('portal.landing.provinceTitle', { place: provinceName }))
        : `${SITE_NAME} — ${t('portal.landing.tagline')}`,
  );
  return (
    <div className="landing">
      <section className="hero">
        <p className="eyebrow">
          {provinceName ? t('portal.landing.provincePortal', { place: provinceName }) : t('portal.landing.eyebrow')}
        </p>
        <h1>{t('landing.title')}</h1>
        {unknownProvince && (
          <p className="notice" role="status">
            {t('portal.landing.unknownProvince', { asked: unknownProvince })}
          </p>
        )}
        <p className="hero__lead">{t('portal.landing.lead')}</p>
        <PortalSearch province={province} />
        <div className="hero__actions">
          {me ? (
            <Link to={homePathFor(me.user.role)} className="btn btn--primary btn--large">
              {t('landing.goHome')}
            </Link>
          ) : (
            <>
              <Link to="/signup" className="btn btn--primary btn--large">
                {t('landing.signUp')}
              </Link>
              <Link to="/signin" className="btn btn--secondary btn--large">
                {t('landing.signIn')}
              </Link>
            </>
          )}
        </div>
        <p>
          <Link to={withProvince('/events', province)} className="link-arrow">
            {t('events.calendar.landingLink')}
          </Link>
        </p>
      </section>
      <PublicNav province={province} />
      <Figures province={province} provinceName={provinceName} />
      <UpcomingEvents province={province} labels={labels} />
      <section className="explore" aria-labelledby="explore-title">
        <h2 id="explore-title">{t('portal.landing.exploreTitle')}</h2>
        <ul className="explore__list">
          {(['startups', 'opportunities', 'stats'] as const).map((key) => (
            <li key={key} className="card explore__item">
              <Link to={withProvince(key === 'startups' ? '/directory?kind=startup' : `/${key}`, province)} className="explore__link">
                {t(`portal.landing.explore.${key}.title`)}
              </Link>
              <p>{t(`portal.landing.explore.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('landing.rolesTitle')}</h2>
        <ul className="role-cards">
          {ROLES.map((role) => (
            <li key={role} className="card role-card">
              <h3>{t(`landing.roles.${role}.title`)}</h3>
              <p>{t(`landing.roles.${role}.body`)}</p>
              {role !== 'staff' && !me && (
                <Link to={`/signup?role=${role}`} className="link-arrow">
                  {t(`landing.roles.${role}.cta`)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how-title" className="how">
        <h2 id="how-title">{t('landing.howTitle')}</h2>
        <ol className="steps">
          {(['need', 'match', 'intro', 'outcome'] as const).map((step) => (
            <li key={step}>
              <strong>{t(`landing.steps.${step}.title`)}</strong>
              <span>{t(`landing.steps.${step}.body`)}</span>
            </li>
          ))}
        </ol>
      </section>
      <footer className="landing__footer">
        <p>{t('landing.footer')}</p>
      </footer>
    </div>
  );
}
