import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMarkNotificationsRead, useNotifications } from '../../api/hooks/notifications.js';
import { formatDateTime, formatRelative } from '../../lib/format.js';
import { EmptyState, FormError, QueryView } from '../../components/States.js';
import type { Notification } from '@ketnoi/contract';
import { notificationContext, notificationKey, notificationTarget } from './notificationView.js';

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const list = useNotifications(false);
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.items.filter((n) => !n.read).length ?? 0;

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('notifications.title')}</h1>
        {unread > 0 && (
          <button type="button" className="btn btn--secondary" disabled={markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
            {t('notifications.markAll')}
          </button>
        )}
      </div>
      <FormError error={markRead.error} />
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('notifications.empty')} />}>
        {(data) => (
          <ul className="list">
            {data.items.map((n) => (
              <li key={n.id} className={`card notification${n.read ? '' : ' notification--unread'}`} data-testid="notification">
                {/* The one link of the card, stretched over all of it (pages.css): the whole card is the tap target. */}
                <Link
                  className="notification__link"
                  to={notificationTarget(n)}
                  onClick={() => {
                    if (!n.read) markRead.mutate({ ids: [n.id] });
                  }}
                >
                  {t(`notifications.type.${notificationKey(n.type)}`, { defaultValue: t('notifications.generic') })}
                </Link>
                <ContextLine notification={n} />
                {typeof n.data.reason === 'string' && n.data.reason && (
                  <p className="notification__reason">
                    {t('intros.declinedBecause')} {n.data.reason}
                  </p>
                )}
                {!n.read && <span className="visually-hidden">{t('notifications.unreadMark')}</span>}
                <span className="muted">{formatRelative(n.createdAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </div>
  );
}

/** Who, what and when the notification is about, so two of the same kind can be told apart. */
function ContextLine({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const c = notificationContext(notification);
  const who = c.from && c.to ? t('notifications.context.between', { from: c.from, to: c.to }) : c.from;
  const parts = [
    who,
    c.subject,
    c.detail,
    c.count ? t('notifications.context.messages', { count: c.count }) : undefined,
    c.preview ? t('notifications.context.preview', { preview: c.preview }) : undefined,
    c.startsAt ? t('notifications.context.at', { when: formatDateTime(c.startsAt) }) : undefined,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="notification__context" data-testid="notification-context">
      {parts.join(' · ')}
    </p>
  );
}
