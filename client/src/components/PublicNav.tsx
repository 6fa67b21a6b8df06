import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

const LINKS = [
  { to: '/directory', key: 'directory' },
  { to: '/search', key: 'search' },
  { to: '/events', key: 'events' },
  { to: '/opportunities', key: 'opportunities' },
  { to: '/stats', key: 'stats' },
] as const;

/** The public portal's sections, for a visitor without an account (signed-in users have the app's menu). */
export function PublicNav({ province }: { province?: string | undefined }) {
  const { t } = useTranslation();
  const suffix = province ? `?province=${encodeURIComponent(province)}` : '';
  return (
    <nav className="public-nav" aria-label={t('portal.nav.label')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={`${link.to}${suffix}`} className="public-nav__link">
              {t(`portal.nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
