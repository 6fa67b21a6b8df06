import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_TAGS, type Consultation, type FileInfo, type OutcomeTagCode } from '@ketnoi/contract';
import { useConsultationChange } from '../../api/hooks/consultations.js';
import { formatDate, formatDateTime, formatTime } from '../../lib/format.js';
import { useNow } from '../../lib/useNow.js';
import { ProfileLink } from '../../components/ProfileName.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { StarsDisplay, StarsInput } from '../../components/Stars.js';
import { Fieldset, TextArea, TextField } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';
import { DraftNotice } from '../../components/DraftNotice.js';
import { useDraft } from '../../lib/useDraft.js';
import { EvidenceLinks, EvidenceUpload } from './EvidenceFiles.js';
import { ReschedulePanel } from './ReschedulePanel.js';
import { LinkedText } from '../../components/LinkedText.js';

type Panel = 'none' | 'complete' | 'cancel' | 'reschedule' | 'feedback';

const trimmed = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});

/** The outcome as the helper writes it: kept as a draft, since a photo of a receipt can cost the phone its tab. */
interface OutcomeValues {
  tags: OutcomeTagCode[];
  note: string;
  evidence: string;
  evidenceFiles: FileInfo[];
}
const NO_OUTCOME: OutcomeValues = { tags: [], note: '', evidence: '', evidenceFiles: [] };

/** One consultation: both sides come with it (no request per card); each side acts on its own part. */
export function ConsultationCard({
  consultation: c,
  myProfileId,
  onCompleted,
}: {
  consultation: Consultation;
  myProfileId: string | null;
  /** Told once the outcome is saved: the card then leaves the "scheduled" list it sat in. */
  onCompleted?: (completed: Consultation) => void;
}) {
  const { t } = useTranslation();
  const change = useConsultationChange();
  const draft = useDraft(c.status === 'scheduled' ? { form: 'consultation-outcome', id: c.id } : null, NO_OUTCOME);
  const { tags, note, evidence, evidenceFiles } = draft.values;
  const setOutcome = (change: Partial<OutcomeValues>) => draft.setValues((v) => ({ ...v, ...change }));
  // Back after the tab was reloaded: the outcome being written is open again, as it was left.
  const [panel, setPanel] = useState<Panel>(draft.noticeShown ? 'complete' : 'none');
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const cardRef = useRef<HTMLLIElement>(null);

  const now = useNow();
  // An outcome follows the meeting (the server refuses one before it starts: issue 14 item 21).
  const notStarted = Date.parse(c.startsAt) > now;
  const isHelper = !!myProfileId && myProfileId === c.helperId;
  const isStartup = !!myProfileId && myProfileId === c.startupId;
  const canComplete = c.status === 'scheduled' && isHelper;
  const canCancel = c.status === 'scheduled' && (isHelper || isStartup);
  const canFeedback = c.status === 'completed' && isStartup && !c.feedback;
  const open = (next: Panel) => {
    change.reset();
    setPanel(next);
  };
  const close = () => {
    setPanel('none');
    setLocalError(undefined);
    // The panel held the focus; the card keeps it rather than the top of the page.
    cardRef.current?.focus();
  };

  /**
   * A choice the form still needs sits above the fields typed last, so on a phone the error shows out of sight
   * of the submit button: the first choice takes the focus, which brings the error into view.
   */
  const pointAtChoice = (message: string) => {
    setLocalError(message);
    cardRef.current?.querySelector<HTMLInputElement>('fieldset input')?.focus();
  };

  const submitComplete = () => {
    if (tags.length === 0) {
      pointAtChoice(t('validation.chooseOne'));
      return;
    }
    const outcome = {
      tags,
      ...trimmed('note', note),
      ...trimmed('evidence', evidence),
      ...(evidenceFiles.length ? { evidenceFileIds: evidenceFiles.map((f) => f.id) } : {}),
    };
    change.mutate(
      { action: 'complete', id: c.id, input: { outcome } },
      {
        onSuccess: () => {
          draft.clear();
          close();
          onCompleted?.(c);
        },
      },
    );
  };
  const submitCancel = () => change.mutate({ action: 'cancel', id: c.id, input: trimmed('reason', reason) }, { onSuccess: close });
  const submitFeedback = () => {
    if (rating < 1) {
      pointAtChoice(t('consultations.chooseRating'));
      return;
    }
    change.mutate({ action: 'feedback', id: c.id, input: { rating, ...trimmed('comment', comment) } }, { onSuccess: close });
  };
  const panelProps = { onClose: close, closeLabel: t('common.cancel'), pending: change.isPending, error: change.error };

  return (
    <li className="card consultation" data-testid="consultation" ref={cardRef} tabIndex={-1}>
      {/* The badge shares the time's line only, so the names and place below use the card's whole width. */}
      <div className="intro__head">
        <p className="consultation__when">
          {formatDateTime(c.startsAt)} – {formatDate(c.endsAt) === formatDate(c.startsAt) ? formatTime(c.endsAt) : formatDateTime(c.endsAt)}
        </p>
        <StatusBadge status={c.status} />
      </div>
      <p>
        <ProfileLink profile={c.startup} /> ⇄ <ProfileLink profile={c.helper} />
      </p>
      <p className="muted">
        {t(`consultations.mode.${c.mode}`)}
        {c.resource && ` · ${c.resource}`}
        {c.location && (
          <>
            {' · '}
            <LinkedText>{c.location}</LinkedText>
          </>
        )}
      </p>
      {c.outcome && (
        <p>
          <strong>{t('consultations.outcome')}:</strong> {c.outcome.tags.map((tag) => t(`outcome.${tag}`)).join(', ')}
          {c.outcome.note && ` — ${c.outcome.note}`}
        </p>
      )}
      {/* The filing or certificate number the helper typed: the founder needs it to follow the filing up. */}
      {c.outcome?.evidence && (
        <p>
          <strong>{t('consultations.evidence')}:</strong> <LinkedText>{c.outcome.evidence}</LinkedText>
        </p>
      )}
      <EvidenceLinks fileIds={c.outcome?.evidenceFileIds} />
      {c.feedback && (
        <p>
          <StarsDisplay value={c.feedback.rating} /> {c.feedback.comment}
        </p>
      )}
      {panel === 'none' && (
        <div className="form__actions">
          {canComplete && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => open('complete')}
              disabled={notStarted}
              aria-describedby={notStarted ? `not-started-${c.id}` : undefined}
            >
              {t('consultations.complete')}
            </button>
          )}
          {canCancel && (
            <button type="button" className="btn btn--secondary" onClick={() => open('reschedule')}>
              {t('consultations.reschedule')}
            </button>
          )}
          {canCancel && (
            <button type="button" className="btn btn--secondary" onClick={() => open('cancel')}>
              {t('consultations.cancel')}
            </button>
          )}
          {canFeedback && (
            <button type="button" className="btn btn--primary" onClick={() => open('feedback')}>
              {t('consultations.giveFeedback')}
            </button>
          )}
        </div>
      )}
      {panel === 'none' && canComplete && notStarted && (
        <p className="muted" id={`not-started-${c.id}`}>
          {t('consultations.completeAfterStart', { time: formatDateTime(c.startsAt) })}
        </p>
      )}
      {panel === 'complete' && (
        <PanelForm onSubmit={submitComplete} submitLabel={t('consultations.saveOutcome')} {...panelProps}>
          <DraftNotice draft={draft} onDiscard={draft.discard} />
          <Fieldset legend={t('consultations.outcomeTags')} error={localError}>
            <div className="checks">
              {OUTCOME_TAGS.map((tag) => (
                <label key={tag} className="radio-row">
                  <input
                    type="checkbox"
                    checked={tags.includes(tag)}
                    onChange={(e) => {
                      setLocalError(undefined);
                      draft.setValues((v) => ({
                        ...v,
                        tags: e.target.checked ? [...v.tags, tag] : v.tags.filter((x) => x !== tag),
                      }));
                    }}
                  />
                  <span>{t(`outcome.${tag}`)}</span>
                </label>
              ))}
            </div>
          </Fieldset>
          <TextArea label={t('consultations.note')} rows={3} value={note} onChange={(e) => setOutcome({ note: e.target.value })} />
          <TextField
            label={t('consultations.evidence')}
            hint={t('consultations.evidenceHint')}
            value={evidence}
            onChange={(e) => setOutcome({ evidence: e.target.value })}
          />
          <EvidenceUpload files={evidenceFiles} onChange={(files) => setOutcome({ evidenceFiles: files })} />
        </PanelForm>
      )}
      {panel === 'cancel' && (
        <PanelForm onSubmit={submitCancel} submitLabel={t('consultations.confirmCancel')} {...panelProps} closeLabel={t('common.back')}>
          <TextArea label={t('consultations.cancelReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </PanelForm>
      )}
      {panel === 'reschedule' && <ReschedulePanel consultation={c} onClose={close} />}
      {panel === 'feedback' && (
        <PanelForm onSubmit={submitFeedback} submitLabel={t('consultations.sendFeedback')} {...panelProps}>
          <StarsInput
            legend={t('consultations.rating')}
            value={rating}
            error={localError}
            onChange={(n) => {
              setRating(n);
              setLocalError(undefined);
            }}
          />
          <TextArea label={t('consultations.comment')} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </PanelForm>
      )}
    </li>
  );
}
