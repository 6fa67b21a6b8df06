import { useLayoutEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
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
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => fitToText(inputRef.current), [body]);
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
          ref={inputRef}
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

/** Lines the message box grows to before it scrolls inside (its CSS max-height says the same). */
export const COMPOSER_MAX_LINES = 5;

/**
 * Fit the message box to its text: one line when empty, taller with each line up to
 * COMPOSER_MAX_LINES, then a scroll bar inside it (the thread above keeps the rest of the room).
 */
function fitToText(input: HTMLTextAreaElement | null) {
  if (!input) return;
  const style = getComputedStyle(input);
  const px = (value: string, fallback: number) => (Number.isFinite(parseFloat(value)) ? parseFloat(value) : fallback);
  const lineHeight = px(style.lineHeight, 1.5 * px(style.fontSize, 16));
  const frame = px(style.paddingTop, 0) + px(style.paddingBottom, 0) + px(style.borderTopWidth, 0) + px(style.borderBottomWidth, 0);
  const max = COMPOSER_MAX_LINES * lineHeight + frame;
  input.style.height = 'auto';
  // scrollHeight has the padding but not the border.
  const needed = input.scrollHeight + px(style.borderTopWidth, 0) + px(style.borderBottomWidth, 0);
  input.style.height = `${Math.min(needed, max)}px`;
  input.style.overflowY = needed > max ? 'auto' : 'hidden';
}
