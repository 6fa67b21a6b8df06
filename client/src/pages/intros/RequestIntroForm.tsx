import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { focusOnMount } from '../../lib/focus.js';
import { useCreateIntro } from '../../api/hooks/intros.js';
import { errorReason, fieldErrors } from '../../api/errors.js';
import { isApiError, type ApiError } from '../../api/http.js';
import { TextArea } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { FormError } from '../../components/States.js';
import { DraftNotice } from '../../components/DraftNotice.js';
import { useDraft } from '../../lib/useDraft.js';

const MAX_MESSAGE = 2000;

/** "Request introduction": a short message to the other side, optionally about one need. */
export function RequestIntroForm({
  toProfileId,
  toName,
  needId,
  onDone,
  onExisting,
}: {
  toProfileId: string;
  toName: string;
  needId?: string;
  onDone?: () => void;
  /** The server refused because an intro between us exists, and named it (issue 14 item 20). */
  onExisting?: (introId: string) => void;
}) {
  const { t } = useTranslation();
  // Kept through a lost tab: the message is often written after looking something up in another app.
  const draft = useDraft({ form: 'intro-request', id: needId ? `${toProfileId}:${needId}` : toProfileId }, '');
  const { values: message, setValues: setMessage } = draft;
  const [error, setError] = useState<string | undefined>();
  const create = useCreateIntro();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setError(t('validation.required'));
      (event.currentTarget as HTMLFormElement).querySelector('textarea')?.focus();
      return;
    }
    create.mutate(
      { toProfileId, message: message.trim(), ...(needId ? { needId } : {}) },
      {
        onSuccess: draft.clear,
        onError: (e) => {
          const introId = errorReason(e) === 'intro_exists' ? (e as ApiError).details : undefined;
          const named = (introId as { introId?: unknown } | undefined)?.introId;
          if (onExisting && typeof named === 'string') onExisting(named);
          else setError(fieldErrors(e, t).message);
        },
      },
    );
  };

  if (create.isSuccess) {
    return (
      // Focused when it replaces the form, so the sender's place is not lost with the send button.
      <div className="notice notice--ok" role="status" tabIndex={-1} ref={focusOnMount}>
        <p>{t('intros.requested', { name: toName })}</p>
        <Link to="/intros?box=outgoing">{t('intros.seeOutgoing')}</Link>
        {onDone && (
          <button type="button" className="btn btn--ghost btn--small" onClick={onDone}>
            {t('common.close')}
          </button>
        )}
      </div>
    );
  }

  // A refusal the server explains (an intro exists, a limit) says so; any other 409 gets the general sentence.
  const conflict = isApiError(create.error) && create.error.status === 409 && !errorReason(create.error);

  return (
    <form className="form intro-form" onSubmit={onSubmit} noValidate>
      <DraftNotice draft={draft} onDiscard={draft.discard} />
      <TextArea
        label={t('intros.messageLabel', { name: toName })}
        hint={t('intros.messageHint')}
        value={message}
        maxLength={MAX_MESSAGE}
        onChange={(e) => {
          setMessage(e.target.value);
          setError(undefined);
        }}
        error={error}
        rows={3}
        required
        // Opened by tapping "Xin giới thiệu": the message is the next thing to write.
        autoFocus
      />
      {conflict ? (
        <p className="form-error" role="alert">
          {t('intros.conflict')}
        </p>
      ) : (
        create.isError && !error && <FormError error={create.error} />
      )}
      <FormActions submitLabel={create.isPending ? t('common.sending') : t('intros.send')} pending={create.isPending} onCancel={onDone} />
    </form>
  );
}
