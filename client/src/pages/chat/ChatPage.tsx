import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useConversations } from '../../api/hooks/conversations.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { ConversationList } from './ConversationList.js';
import { ChatThread } from './ChatThread.js';

export default function ChatPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const conversations = useConversations();
  const myProfileId = me?.profile?.id ?? me?.user.id ?? null;
  const current = conversations.data?.items.find((c) => c.id === id);

  return (
    <div className={`page page--wide chat${id ? ' chat--thread-open' : ''}`}>
      <h1 className={id ? 'chat__title--secondary' : undefined}>{t('chat.title')}</h1>
      <div className="chat__layout">
        <aside className="chat__list" aria-label={t('chat.list')}>
          <ItemsView query={conversations} empty={<EmptyState title={t('chat.empty')} hint={t('chat.emptyHint')} />}>
            {(items) => <ConversationList conversations={items} myProfileId={myProfileId} />}
          </ItemsView>
        </aside>
        <div className="chat__thread">
          {id && myProfileId ? (
            <ChatThread
              key={id}
              conversationId={id}
              conversation={current}
              myProfileId={myProfileId}
              back={
                // On a phone the thread stands alone (no list, no bottom bar): this is the way out, an arrow
                // at the start of its header row so the messages keep the room a row of its own would take.
                <Link to="/chat" className="chat__back">
                  <span aria-hidden="true">←</span> <span className="chat__back-label">{t('chat.back')}</span>
                </Link>
              }
            />
          ) : (
            <p className="muted chat__placeholder">{t('chat.pick')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
