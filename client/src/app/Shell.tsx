import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/hooks/auth.js';
import { useUnreadMessageCount } from '../api/hooks/conversations.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { MessageToasts } from '../components/MessageToasts.js';
import { NotificationBell } from '../components/NotificationBell.js';
import { UserMenu } from '../components/UserMenu.js';
import { useRealtime } from '../realtime/context.js';
import { homePathFor, navItemsFor, type NavItem } from './nav.js';
import { pageOwnsTitle, pageTitle } from './pageTitle.js';
import { titleKeyFor } from './titles.js';
import { useSignOut } from './useSignOut.js';
import { useDismiss } from '../lib/useDismiss.js';

/** Counts shown on navigation items, by item key (unread messages on "chat"). */
/** A count beside a link, and the words that follow it when read aloud ("Tin nhắn 2 chưa đọc"). */
type NavCounts = Partial<Record<string, { count: number; suffix: string }>>;

function NavList({ items, counts = {}, onNavigate }: { items: NavItem[]; counts?: NavCounts; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <ul className="nav__list">
      {items.map((item) => {
        const label = t(`nav.${item.key}`);
        const badge = counts[item.key];
        return (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="nav__link" onClick={onNavigate}>
              <span className="nav__icon" aria-hidden="true">
                {item.icon}
              </span>
              <span>{label}</span>
              {/* The name read aloud is the words seen, then what the count means (WCAG 2.5.3). */}
              {!!badge?.count && (
                <>
                  {' '}
                  <span className="nav__count" data-testid={`nav-count-${item.key}`}>
                    {badge.count > 99 ? '99+' : badge.count}
                  </span>{' '}
                  <span className="visually-hidden">{badge.suffix}</span>
                </>
              )}
            </NavLink>
          </li>
        );
      })}
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
  const title = pageTitle(key ? t(key) : undefined);
  // A page's own title (usePageTitle) is set first (children's effects run before the shell's) and wins.
  useEffect(() => {
    if (!pageOwnsTitle()) document.title = title;
  }, [title]);
}

export function Shell() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { signOut, signingOut } = useSignOut();
  const navigation = useNavigation();
  const location = useLocation();
  useDocumentTitle(location.pathname);
  // The phone menu belongs to the page it was opened on: a new page closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? location.pathname : null);
  const menuRef = useRef<HTMLElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);

  // Like the account menu: Escape closes the phone menu (the focus goes back to "Thêm"), and so
  // does a tap outside it, such as on the account menu or the page behind.
  useDismiss(menuOpen, () => setMenuOpenOn(null), [menuRef, moreRef], moreRef);

  const user = me?.user;
  const items = user ? navItemsFor(user.role) : [];
  const primary = items.filter((item) => item.primary).slice(0, 4);
  const unread = useUnreadMessageCount(items.some((item) => item.key === 'chat'));
  const counts: NavCounts = { chat: { count: unread, suffix: t('messageAlerts.unread') } };
  // An open conversation takes the room of the bottom bar (on a phone with the keyboard up, the
  // bar would leave three lines of messages); the thread's own back link leads out of it.
  const inThread = useMatch('/chat/:id') !== null;
  const bottomNav = Boolean(user) && !inThread;

  return (
    <div className={`shell${user ? ' shell--signed-in' : ''}${bottomNav ? '' : ' shell--no-bottomnav'}`}>
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
              <UserMenu user={user} onLogout={signOut} loggingOut={signingOut} />
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
      {user && <MessageToasts />}
      <div className="layout">
        {user && (
          <nav className={`sidenav${menuOpen ? ' sidenav--open' : ''}`} aria-label={t('nav.main')} id="main-menu" ref={menuRef}>
            <NavList items={items} counts={counts} onNavigate={() => setMenuOpen(false)} />
          </nav>
        )}
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      {bottomNav && (
        <nav className="bottomnav" aria-label={t('nav.quick')}>
          <NavList items={primary} counts={counts} />
          <button
            ref={moreRef}
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
