import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTIVE_NEED_STATUSES, entryBodyFor, type Call, type CallQuestion, type Entry } from '@ketnoi/contract';
import { useEditEntry, useSubmitEntry, useWithdrawEntry } from '../../api/hooks/calls.js';
import { useNeeds } from '../../api/hooks/needs.js';
import { ConfirmPanel } from '../../components/ConfirmPanel.js';
import { Fieldset, TextArea, TextField } from '../../components/Field.js';
import { FormError } from '../../components/States.js';
import { formatDateTime } from '../../lib/format.js';
import { labelOf, parseErrors, serverErrors, useCallLanguage } from './shared.js';
import { NeedChecklist } from '../needs/NeedChecklist.js';
import { DraftNotice } from '../../components/DraftNotice.js';
import { useDraft } from '../../lib/useDraft.js';

type Drafts = Record<string, string>;

const draftsOf = (entry: Entry | null): Drafts =>
  Object.fromEntries(Object.entries(entry?.answers ?? {}).map(([code, value]) => [code, String(value)]));

interface EntryValues {
  title: string;
  summary: string;
  drafts: Drafts;
  needIds: string[];
}

const valuesOf = (live: Entry | null): EntryValues => ({
  title: live?.title ?? '',
  summary: live?.summary ?? '',
  drafts: draftsOf(live),
  needIds: live?.needIds ?? [],
});

/** What the form holds, as the contract wants it: numbers for number questions, blanks left out. */
function answersOf(questions: readonly CallQuestion[], drafts: Drafts): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const q of questions) {
    const raw = (drafts[q.code] ?? '').trim();
    if (!raw) continue;
    const number = Number(raw.replace(',', '.'));
    out[q.code] = q.type === 'number' && Number.isFinite(number) ? number : raw;
  }
  return out;
}

function QuestionField({
  question,
  value,
  error,
  onChange,
}: {
  question: CallQuestion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const lang = useCallLanguage();
  const label = labelOf(question, lang);
  if (question.type === 'choice')
    return (
      <Fieldset legend={`${label}${question.required ? ' *' : ''}`} hint={question.hint} error={error} className="entry-choice">
        <div className="radio-cards">
          {(question.options ?? []).map((option) => (
            <label key={option} className="radio-card">
              <input type="radio" name={question.code} value={option} checked={value === option} onChange={() => onChange(option)} />
              <span>{option}</span>
            </label>
          ))}
        </div>
      </Fieldset>
    );
  if (question.type === 'number')
    return (
      <TextField
        label={label}
        hint={question.hint}
        required={question.required}
        inputMode="decimal"
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <TextArea
      label={label}
      hint={question.hint}
      required={question.required}
      rows={3}
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * A founder's entry: written on a phone, checked with the call's own rules before it is sent.
 * With `assistedFor`, staff submit it for that startup (assisted mode; the founder is told).
 */
export function EntryForm({
  call,
  entry,
  startupId,
  assistedFor,
}: {
  call: Call;
  entry: Entry | null;
  startupId: string;
  assistedFor?: string;
}) {
  const { t } = useTranslation();
  const eventId = call.eventId;
  const submit = useSubmitEntry(eventId);
  const edit = useEditEntry(eventId);
  const withdraw = useWithdrawEntry(eventId);
  const needs = useNeeds({ startupId });
  const openNeeds = (needs.data?.items ?? []).filter((n) => ACTIVE_NEED_STATUSES.includes(n.status));
  const live = entry?.status === 'submitted' ? entry : null;
  // Written on a phone, often over several sittings: kept through a lost tab. Not on the staff desk's
  // assisted entry, where the next founder at the desk must not find the last one's text.
  const form = useDraft(assistedFor ? null : { form: 'call-entry', id: call.eventId }, valuesOf(live));
  const { title, summary, drafts, needIds } = form.values;
  const setField = (change: Partial<EntryValues>) => form.setValues((v) => ({ ...v, ...change }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Entry | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const pending = submit.isPending || edit.isPending;
  const failed = submit.error ?? edit.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const body = { title, summary, answers: answersOf(call.questions, drafts), needIds };
    const parsed = entryBodyFor(call.questions).safeParse(body);
    if (!parsed.success) {
      setErrors(parseErrors(parsed.error, t));
      return;
    }
    setErrors({});
    const onError = (error: unknown) => setErrors(serverErrors(error, t));
    const onSuccess = (entry: Entry) => {
      form.clear();
      setSaved(entry);
    };
    if (live) edit.mutate({ entryId: live.id, patch: body }, { onSuccess, onError });
    else submit.mutate(assistedFor ? { ...body, startupId } : body, { onSuccess, onError });
  };

  if (!call.open && !live) return null;
  if (!call.open && live)
    return (
      <section className="card" aria-labelledby="entry-title">
        <h2 id="entry-title">{t('calls.entry.yours')}</h2>
        <p>
          <strong>{live.title}</strong>
        </p>
        <p className="muted">{t('calls.entry.closedNote')}</p>
      </section>
    );

  return (
    <form className="form card entry-form" onSubmit={onSubmit} noValidate aria-labelledby="entry-title">
      <h2 id="entry-title">
        {assistedFor
          ? t(live ? 'calls.assisted.editTitle' : 'calls.assisted.newTitle', { name: assistedFor })
          : t(live ? 'calls.entry.editTitle' : 'calls.entry.newTitle')}
      </h2>
      {live && <p className="muted">{t('calls.entry.submittedAt', { at: formatDateTime(live.createdAt) })}</p>}
      <DraftNotice draft={form} onDiscard={form.discard} />
      <TextField
        label={t('calls.entry.title')}
        hint={t('calls.entry.titleHint')}
        required
        maxLength={200}
        value={title}
        error={errors.title}
        onChange={(e) => setField({ title: e.target.value })}
      />
      <TextArea
        label={t('calls.entry.summary')}
        hint={t('calls.entry.summaryHint')}
        required
        rows={4}
        value={summary}
        error={errors.summary}
        onChange={(e) => setField({ summary: e.target.value })}
      />
      {call.questions.map((q) => (
        <QuestionField
          key={q.code}
          question={q}
          value={drafts[q.code] ?? ''}
          error={errors[`answers.${q.code}`]}
          onChange={(value) => form.setValues((v) => ({ ...v, drafts: { ...v.drafts, [q.code]: value } }))}
        />
      ))}
      <Fieldset legend={t('calls.entry.needs')} hint={t('calls.entry.needsHint')} error={errors.needIds ?? errors['needIds.0']}>
        {needs.isPending ? null : openNeeds.length === 0 ? (
          <p className="muted">
            {t('calls.entry.noNeeds')} {!assistedFor && <Link to="/needs">{t('calls.entry.addNeed')}</Link>}
          </p>
        ) : (
          <NeedChecklist needs={openNeeds} selected={needIds} onChange={(ids) => setField({ needIds: ids })} />
        )}
      </Fieldset>
      {Object.keys(errors).length > 0 && (
        <p className="form-error" role="alert">
          {t('calls.entry.fix')}
        </p>
      )}
      {failed && Object.keys(errors).length === 0 && <FormError error={failed} />}
      {saved && (
        <p className="notice notice--ok" role="status">
          {live && saved.createdAt !== saved.updatedAt
            ? t('calls.entry.updated')
            : assistedFor
              ? t('calls.assisted.sent', { name: assistedFor })
              : t('calls.entry.sent')}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--large" disabled={pending}>
          {pending ? t('common.sending') : live ? t('calls.entry.save') : t('calls.entry.submit')}
        </button>
        {live && !confirmWithdraw && (
          <button type="button" className="btn btn--ghost" onClick={() => setConfirmWithdraw(true)}>
            {t('calls.entry.withdraw')}
          </button>
        )}
      </div>
      {live && confirmWithdraw && (
        <ConfirmPanel
          label={t('calls.entry.withdraw')}
          question={t('calls.entry.withdrawConfirm')}
          yes={t('calls.entry.withdrawYes')}
          no={t('calls.entry.keep')}
          onYes={() => withdraw.mutate(live.id)}
          onNo={() => setConfirmWithdraw(false)}
          pending={withdraw.isPending}
          error={<FormError error={withdraw.error} />}
        />
      )}
    </form>
  );
}
