import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/hooks/auth.js';
import { homePathFor } from '../app/nav.js';

const ROLES = ['startup', 'expert', 'investor', 'provider', 'staff'] as const;

export default function Landing() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <div className="landing">
      <section className="hero">
        <h1>{t('landing.title')}</h1>
        <p className="hero__lead">{t('landing.lead')}</p>
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
          <Link to="/events" className="link-arrow">
            {t('events.calendar.landingLink')}
          </Link>
        </p>
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
