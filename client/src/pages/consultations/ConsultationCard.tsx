import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsultationChange } from '../../api/hooks/consultations.js';
import { useIntro } from '../../api/hooks/intros.js';
import { OUTCOME_TAGS, type Consultation, type Role } from '../../api/types.js';
import { formatDateTime, formatTime } from '../../lib/format.js';
import { ProfileName } from '../../components/ProfileName.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { StarsDisplay, StarsInput } from '../../components/Stars.js';
import { TextArea, TextField } from '../../components/Field.js';
import { FormError } from '../../components/States.js';

type Panel = 'none' | 'complete' | 'cancel' | 'feedback';

export function ConsultationCard({ consultation: c, role }: { consultation: Consultation; role: Role }) {
  const { t } = useTranslation();
  const intro = useIntro(c.introId);
  const change = useConsultationChange();
  const [panel, setPanel] = useState<Panel>('none');
  const [tags, setTags] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();

  const canComplete = c.status === 'scheduled' && (role === 'expert' || role === 'provider');
  const canFeedback = c.status === 'completed' && role === 'startup' && !c.feedback;
  const close = () => {
    setPanel('none');
    setLocalError(undefined);
  };

  const submitComplete = (event: FormEvent) => {
    event.preventDefault();
    if (tags.length === 0) {
      setLocalError(t('validation.chooseOne'));
      return;
    }
    change.mutate(
      {
        action: 'complete',
        id: c.id,
        outcome: { tags, ...(note.trim() ? { note: note.trim() } : {}), ...(evidence.trim() ? { evidence: evidence.trim() } : {}) },
      },
      { onSuccess: close },
    );
  };
  const submitCancel = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ action: 'cancel', id: c.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: close });
  };
  const submitFeedback = (event: FormEvent) => {
    event.preventDefault();
    if (rating < 1) {
      setLocalError(t('consultations.chooseRating'));
      return;
    }
    change.mutate({ action: 'feedback', id: c.id, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) }, { onSuccess: close });
  };

  return (
    <li className="card consultation" data-testid="consultation">
      <div className="intro__head">
        <div>
          <p className="consultation__when">
            {formatDateTime(c.startsAt)}
            {c.endsAt
              ? ` – ${formatTime(c.endsAt)}`
              : c.durationMinutes
                ? ` · ${t('consultations.minutes', { count: c.durationMinutes })}`
                : ''}
          </p>
          {intro.data && (
            <p>
              <ProfileName id={intro.data.fromProfileId} /> ⇄ <ProfileName id={intro.data.toProfileId} />
            </p>
          )}
          <p className="muted">
            {t(`consultations.mode.${c.mode}`)}
            {c.resource && ` · ${c.resource}`}
            {c.location && ` · ${c.location}`}
          </p>
        </div>
        <StatusBadge status={c.status} />
      </div>
      {c.outcome && (
        <p>
          <strong>{t('consultations.outcome')}:</strong>{' '}
          {c.outcome.tags.map((tag) => t(`outcome.${tag}`, { defaultValue: tag })).join(', ')}
          {c.outcome.note && ` — ${c.outcome.note}`}
        </p>
      )}
      {c.feedback && (
        <p>
          <StarsDisplay value={c.feedback.rating} /> {c.feedback.comment}
        </p>
      )}
      {panel === 'none' && (
        <div className="form__actions">
          {canComplete && (
            <button type="button" className="btn btn--primary" onClick={() => setPanel('complete')}>
              {t('consultations.complete')}
            </button>
          )}
          {c.status === 'scheduled' && (
            <button type="button" className="btn btn--secondary" onClick={() => setPanel('cancel')}>
              {t('consultations.cancel')}
            </button>
          )}
          {canFeedback && (
            <button type="button" className="btn btn--primary" onClick={() => setPanel('feedback')}>
              {t('consultations.giveFeedback')}
            </button>
          )}
        </div>
      )}
      {panel === 'complete' && (
        <form className="form" onSubmit={submitComplete} noValidate>
          <fieldset className={`field${localError ? ' field--invalid' : ''}`}>
            <legend className="field__label">{t('consultations.outcomeTags')}</legend>
            <div className="checks">
              {OUTCOME_TAGS.map((tag) => (
                <label key={tag} className="radio-row">
                  <input
                    type="checkbox"
                    checked={tags.includes(tag)}
                    onChange={(e) => {
                      setLocalError(undefined);
                      setTags((list) => (e.target.checked ? [...list, tag] : list.filter((x) => x !== tag)));
                    }}
                  />
                  <span>{t(`outcome.${tag}`)}</span>
                </label>
              ))}
            </div>
            {localError && (
              <p className="field__error" role="alert">
                {localError}
              </p>
            )}
          </fieldset>
          <TextArea label={t('consultations.note')} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <TextField
            label={t('consultations.evidence')}
            hint={t('consultations.evidenceHint')}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
          <FormError error={change.error} />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={change.isPending}>
              {t('consultations.saveOutcome')}
            </button>
            <button type="button" className="btn btn--ghost" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {panel === 'cancel' && (
        <form className="form" onSubmit={submitCancel}>
          <TextArea label={t('consultations.cancelReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <FormError error={change.error} />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={change.isPending}>
              {t('consultations.confirmCancel')}
            </button>
            <button type="button" className="btn btn--ghost" onClick={close}>
              {t('common.back')}
            </button>
          </div>
        </form>
      )}
      {panel === 'feedback' && (
        <form className="form" onSubmit={submitFeedback} noValidate>
          <StarsInput
            legend={t('consultations.rating')}
            value={rating}
            onChange={(n) => {
              setRating(n);
              setLocalError(undefined);
            }}
          />
          {localError && (
            <p className="field__error" role="alert">
              {localError}
            </p>
          )}
          <TextArea label={t('consultations.comment')} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <FormError error={change.error} />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={change.isPending}>
              {t('consultations.sendFeedback')}
            </button>
            <button type="button" className="btn btn--ghost" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
