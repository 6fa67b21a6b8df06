import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/hooks/notifications.js';

export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount(true);
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <Link to="/notifications" className="btn btn--ghost bell" aria-label={label}>
      <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span className="bell__count" aria-hidden="true" data-testid="unread-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
