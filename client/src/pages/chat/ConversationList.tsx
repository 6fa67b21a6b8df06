import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '@ketnoi/contract';
import { MemberName } from './MemberName.js';
import { formatRelative } from '../../lib/format.js';

export function ConversationList({ conversations, myProfileId }: { conversations: Conversation[]; myProfileId: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="conversations">
      {conversations.map((c) => {
        const others = c.participants.filter((p) => p !== myProfileId);
        return (
          <li key={c.id}>
            <NavLink to={`/chat/${encodeURIComponent(c.id)}`} className="conversation" data-testid="conversation">
              <span className="conversation__who">
                {others.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <MemberName conversation={c} id={id} link={false} />
                  </span>
                ))}
              </span>
              {c.unread > 0 && (
                <span className="badge badge--count" aria-label={t('chat.unread', { count: c.unread })}>
                  {c.unread}
                </span>
              )}
              <span className="conversation__preview">{c.lastMessage ? c.lastMessage.body : t('chat.noMessages')}</span>
              {c.lastMessage && <span className="conversation__time">{formatRelative(c.lastMessage.createdAt, i18n.language)}</span>}
            </NavLink>
          </li>
        );
      })}
    </ul>
  );
}
