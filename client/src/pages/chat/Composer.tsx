import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE_CHARS } from '@ketnoi/contract';
import { DraftNotice } from '../../components/DraftNotice.js';
import { useDraft } from '../../lib/useDraft.js';

export function Composer({
  conversationId,
  onSend,
  onTyping,
  disabled,
}: {
  conversationId: string;
  onSend: (body: string) => void;
  onTyping: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  // The unsent text of this conversation, kept through a lost tab (a switch to Zalo to copy a number).
  const draft = useDraft({ form: 'chat', id: conversationId }, '');
  const { values: body, setValues: setBody } = draft;
  const submit = () => {
    const text = body.trim();
    if (!text || text.length > MAX_MESSAGE_CHARS) return;
    // Handed to the thread, which shows it and retries it: no longer the composer's to keep.
    onSend(text);
    draft.clear();
    setBody('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  // Enter sends, Shift+Enter makes a new line (the usual chat convention).
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <>
      <DraftNotice draft={draft} onDiscard={draft.discard} />
      <form className="composer" onSubmit={onSubmit}>
        <label htmlFor="composer-input" className="visually-hidden">
          {t('chat.messageLabel')}
        </label>
        <textarea
          id="composer-input"
          className="input composer__input"
          rows={1}
          maxLength={MAX_MESSAGE_CHARS}
          value={body}
          placeholder={t('chat.placeholder')}
          onChange={(e) => {
            setBody(e.target.value);
            onTyping();
          }}
          onKeyDown={onKeyDown}
          disabled={disabled}
        />
        <button type="submit" className="btn btn--primary" disabled={disabled || !body.trim()}>
          {t('chat.send')}
        </button>
      </form>
    </>
  );
}
