import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../api/hooks/auth.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { NotificationBell } from '../components/NotificationBell.js';
import { useRealtime } from '../realtime/context.js';
import { homePathFor, navItemsFor, type NavItem } from './nav.js';
import { APP_NAME, titleKeyFor } from './titles.js';

function NavList({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <ul className="nav__list">
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} className="nav__link" onClick={onNavigate}>
            <span className="nav__icon" aria-hidden="true">
              {item.icon}
            </span>
            <span>{t(`nav.${item.key}`)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function ConnectionNotice() {
  const { t } = useTranslation();
  const { status } = useRealtime();
  if (status !== 'reconnecting') return null;
  return (
    <p className="connection-notice" role="status">
      {t('realtime.reconnecting')}
    </p>
  );
}

/** The tab title of the current page, in the interface language. */
function useDocumentTitle(pathname: string) {
  const { t } = useTranslation();
  const key = titleKeyFor(pathname);
  const title = key ? `${t(key)} · ${APP_NAME}` : APP_NAME;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function Shell() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const location = useLocation();
  useDocumentTitle(location.pathname);
  // The phone menu belongs to the page it was opened on: a new page closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? location.pathname : null);

  const user = me?.user;
  const items = user ? navItemsFor(user.role) : [];
  const primary = items.filter((item) => item.primary).slice(0, 4);

  const onLogout = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        void navigate('/', { replace: true });
      },
    });

  return (
    <div className={`shell${user ? ' shell--signed-in' : ''}`}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label={t('common.loading')} />}
      <header className="topbar">
        <Link to={user ? homePathFor(user.role) : '/'} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span>KếtNối</span>
        </Link>
        <div className="topbar__actions">
          <LanguageSwitch />
          {user ? (
            <>
              <NotificationBell />
              <span className="topbar__user" title={user.email}>
                {user.name}
              </span>
              <button type="button" className="btn btn--ghost" onClick={onLogout} disabled={logout.isPending}>
                {t('nav.logout')}
              </button>
            </>
          ) : (
            location.pathname !== '/signin' && (
              <Link to="/signin" className="btn btn--ghost">
                {t('nav.signIn')}
              </Link>
            )
          )}
        </div>
      </header>
      <ConnectionNotice />
      <div className="layout">
        {user && (
          <nav className={`sidenav${menuOpen ? ' sidenav--open' : ''}`} aria-label={t('nav.main')} id="main-menu">
            <NavList items={items} onNavigate={() => setMenuOpen(false)} />
          </nav>
        )}
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      {user && (
        <nav className="bottomnav" aria-label={t('nav.quick')}>
          <NavList items={primary} />
          <button
            type="button"
            className="nav__link bottomnav__more"
            aria-expanded={menuOpen}
            aria-controls="main-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span className="nav__icon" aria-hidden="true">
              ☰
            </span>
            <span>{t('nav.more')}</span>
          </button>
        </nav>
      )}
    </div>
  );
}
