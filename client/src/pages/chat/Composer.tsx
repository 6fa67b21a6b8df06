import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE_CHARS } from '@ketnoi/contract';

export function Composer({ onSend, onTyping, disabled }: { onSend: (body: string) => void; onTyping: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const submit = () => {
    const text = body.trim();
    if (!text || text.length > MAX_MESSAGE_CHARS) return;
    onSend(text);
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
  );
}
