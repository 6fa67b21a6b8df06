import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreBodyFor, type CallCriterion, type Entry } from '@ketnoi/contract';
import { isApiError } from '../../api/http.js';
import { useRecuse, useScore } from '../../api/hooks/calls.js';
import { TextArea } from '../../components/Field.js';
import { FormError } from '../../components/States.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { formatPoints, judgeTotal, labelOf, parseErrors, serverErrors, useCallLanguage } from './shared.js';

const toNumber = (raw: string | undefined) => {
  const text = (raw ?? '').trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
};

function CriterionInput({
  criterion,
  value,
  error,
  onChange,
}: {
  criterion: CallCriterion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const id = `score-${criterion.code}`;
  const label = labelOf(criterion, lang);
  const step = (delta: number) => {
    const current = toNumber(value) ?? 0;
    onChange(String(Math.min(criterion.max, Math.max(0, (Number.isFinite(current) ? current : 0) + delta))));
  };
  return (
    <div className={`score-row${error ? ' field--invalid' : ''}`}>
      <div className="score-row__text">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {criterion.hint && <p className="field__hint">{criterion.hint}</p>}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="score-row__control">
        <button
          type="button"
          className="btn btn--secondary score-step"
          onClick={() => step(-1)}
          aria-label={t('calls.sheet.less', { label })}
        >
          −
        </button>
        <input
          id={id}
          className="input score-input"
          inputMode="decimal"
          value={value}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="btn btn--secondary score-step"
          onClick={() => step(1)}
          aria-label={t('calls.sheet.more', { label })}
        >
          +
        </button>
        <span className="score-row__max">/ {formatPoints(criterion.max)}</span>
      </div>
    </div>
  );
}

/** 403 conflict_of_interest: a conflict declared (or a recusal) since the sheet was opened. */
const refusedForConflict = (error: unknown) => isApiError(error) && error.code === 'conflict_of_interest';

/** One judge's score of one entry: every criterion, a comment; or stepping away from it. */
export function ScoreForm({
  eventId,
  criteria,
  entry,
  judgeId,
  onSaved,
}: {
  eventId: string;
  criteria: CallCriterion[];
  entry: Entry;
  /** Organisers typing in a paper score for this judge. */
  judgeId?: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const score = useScore(eventId);
  const recuse = useRecuse(eventId);
  const earlier = entry.myJudgement?.status === 'scored' ? entry.myJudgement : null;
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(criteria.map((c) => [c.code, earlier?.scores?.[c.code] !== undefined ? String(earlier.scores[c.code]) : ''])),
  );
  const [comment, setComment] = useState(earlier?.comment ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { attach: attachForm, refused } = useFocusFirstInvalid();
  const numbers = Object.fromEntries(criteria.map((c) => [c.code, toNumber(values[c.code])]));
  const total = judgeTotal(criteria, numbers);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const scores = Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined)) as Record<string, number>;
    const body = { scores, comment, ...(judgeId ? { judgeId } : {}) };
    const parsed = scoreBodyFor(criteria).safeParse(body);
    if (!parsed.success) {
      setErrors(parseErrors(parsed.error, t));
      refused();
      return;
    }
    setErrors({});
    score.mutate(
      { entryId: entry.id, input: body },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          setErrors(serverErrors(error, t));
          refused();
        },
      },
    );
  };

  const onRecuse = () => {
    if (!reason.trim()) {
      setErrors({ reason: t('calls.sheet.reasonRequired') });
      return;
    }
    recuse.mutate({ entryId: entry.id, input: { reason: reason.trim(), ...(judgeId ? { judgeId } : {}) } }, { onSuccess: onSaved });
  };

  return (
    <form
      ref={attachForm}
      className="form score-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('calls.sheet.formLabel', { title: entry.title })}
    >
      {criteria.map((c) => (
        <CriterionInput
          key={c.code}
          criterion={c}
          value={values[c.code] ?? ''}
          error={errors[`scores.${c.code}`]}
          onChange={(value) => {
            setSaved(false);
            setValues((v) => ({ ...v, [c.code]: value }));
          }}
        />
      ))}
      <p className="score-total" aria-live="polite">
        {t('calls.sheet.total')} <strong>{total === null ? '—' : `${formatPoints(total)} / 100`}</strong>
      </p>
      <TextArea
        label={t('calls.sheet.comment')}
        hint={t('calls.sheet.commentHint')}
        rows={3}
        value={comment}
        error={errors.comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {refusedForConflict(score.error) ? (
        <div className="notice notice--refused" role="alert">
          <p>
            <strong>{t('calls.sheet.conflictTitle')}</strong>
          </p>
          <p>{t('calls.sheet.conflict')}</p>
        </div>
      ) : (
        score.isError && Object.keys(errors).length === 0 && <FormError error={score.error} />
      )}
      {saved && (
        <div className="notice notice--ok" role="status">
          <p>{t('calls.sheet.saved')}</p>
          <button type="button" className="btn btn--secondary" onClick={onSaved}>
            {t('calls.sheet.next')}
          </button>
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--large" disabled={score.isPending}>
          {score.isPending ? t('common.saving') : earlier ? t('calls.sheet.update') : t('calls.sheet.save')}
        </button>
      </div>
      <details className="recuse">
        <summary>{t('calls.sheet.recuse')}</summary>
        <p className="muted">{t('calls.sheet.recuseLead')}</p>
        <TextArea
          label={t('calls.sheet.reason')}
          rows={2}
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <FormError error={recuse.error} />
        <button type="button" className="btn btn--secondary" onClick={onRecuse} disabled={recuse.isPending}>
          {t('calls.sheet.recuseButton')}
        </button>
      </details>
    </form>
  );
}
