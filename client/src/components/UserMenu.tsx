// The signed-in person's menu in the top bar: who is signed in, notification settings, password, sign out.
// A disclosure (button + panel), closed by Escape, a click elsewhere, or moving to another page.
import { useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '@ketnoi/contract';
import { useDismiss } from '../lib/useDismiss.js';

export function UserMenu({ user, onLogout, loggingOut }: { user: User; onLogout: () => void; loggingOut: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The menu belongs to the page it was opened on: a new page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  useDismiss(open, () => setOpenOn(null), [root], button);

  return (
    <div className="usermenu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn--ghost usermenu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="usermenu__avatar" aria-hidden="true">
          {user.name.trim().charAt(0).toUpperCase() || '?'}
        </span>
        {/* Read aloud as "Tài khoản: <name>", which holds the name a desk shows (WCAG 2.5.3). */}
        <span className="visually-hidden">{t('account.menu.button')}</span> <span className="usermenu__name">{user.name}</span>
      </button>
      <div className="usermenu__panel" id={panelId} hidden={!open}>
        <p className="usermenu__who">
          <strong>{user.name}</strong>
          <span>{user.email}</span>
        </p>
        <ul className="usermenu__list">
          <li>
            <Link to="/settings/notifications" className="usermenu__item" onClick={() => setOpenOn(null)}>
              {t('account.menu.notificationSettings')}
            </Link>
          </li>
          <li>
            <Link to="/settings/password" className="usermenu__item" onClick={() => setOpenOn(null)}>
              {t('account.menu.changePassword')}
            </Link>
          </li>
          <li>
            <button type="button" className="usermenu__item" onClick={onLogout} disabled={loggingOut}>
              {t('nav.logout')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
