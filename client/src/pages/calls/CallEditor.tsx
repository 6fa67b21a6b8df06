import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CallBody, type Call, type CallTemplate, type JuryMember } from '@ketnoi/contract';
import { useCallTemplates, useSaveCall } from '../../api/hooks/calls.js';
import { CheckboxField, DateTimeField, SelectField, TextArea } from '../../components/Field.js';
import { FormError } from '../../components/States.js';
import { fromLocalInput, toLocalInput } from '../../lib/format.js';
import { JuryPicker } from './JuryPicker.js';
import {
  CriteriaEditor,
  criteriaOf,
  criterionDraft,
  type CriterionDraft,
  QuestionsEditor,
  questionDraft,
  type QuestionDraft,
  questionsOf,
} from './RubricEditor.js';
import { parseErrors, serverErrors, useCallLanguage } from './shared.js';

interface Draft {
  opensAt: string;
  closesAt: string;
  rules: string;
  questions: QuestionDraft[];
  criteria: CriterionDraft[];
  jury: JuryMember[];
  normalizeJudges: boolean;
}

const draftOf = (call: Call): Draft => ({
  opensAt: call.opensAt ? toLocalInput(call.opensAt) : '',
  closesAt: toLocalInput(call.closesAt),
  rules: call.rules,
  questions: call.questions.map(questionDraft),
  criteria: call.criteria.map(criterionDraft),
  jury: call.jury ?? [],
  normalizeJudges: call.normalizeJudges,
});

const fromTemplate = (template: CallTemplate, lang: 'vi' | 'en', keep: Pick<Draft, 'opensAt' | 'closesAt' | 'jury'>): Draft => ({
  ...keep,
  rules: template.rules[lang],
  questions: template.questions.map(questionDraft),
  criteria: template.criteria.map(criterionDraft),
  normalizeJudges: template.normalizeJudges,
});

/** The organiser writes the call, starting from one of the common rubrics. */
export function CallEditor({ eventId, call, defaultClose }: { eventId: string; call: Call | null; defaultClose: string }) {
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const templates = useCallTemplates();
  const save = useSaveCall(eventId);
  const [draft, setDraft] = useState<Draft | null>(call ? draftOf(call) : null);
  const [templateCode, setTemplateCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const locked = call?.locked ?? false;
  const list = templates.data?.items ?? [];
  const chosen = list.find((x) => x.code === templateCode) ?? list[0];
  const update = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };

  const applyTemplate = () => {
    if (!chosen) return;
    const keep = draft ?? { opensAt: '', closesAt: toLocalInput(defaultClose), jury: [] };
    setDraft(fromTemplate(chosen, lang, keep));
    setSaved(false);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const opensAt = draft.opensAt ? fromLocalInput(draft.opensAt) : null;
    const body = {
      ...(opensAt ? { opensAt } : {}),
      closesAt: fromLocalInput(draft.closesAt) ?? '',
      rules: draft.rules,
      questions: questionsOf(draft.questions),
      criteria: criteriaOf(draft.criteria),
      judges: draft.jury.map((j) => j.userId),
      normalizeJudges: draft.normalizeJudges,
    };
    const parsed = CallBody.safeParse(body);
    if (!parsed.success) {
      setErrors(parseErrors(parsed.error, t));
      return;
    }
    setErrors({});
    save.mutate(body, {
      onSuccess: (fresh) => {
        setDraft(draftOf(fresh));
        setSaved(true);
      },
      onError: (error) => setErrors(serverErrors(error, t)),
    });
  };

  const templatePicker = (
    <div className="card template-picker">
      <SelectField
        label={t('calls.editor.template')}
        hint={chosen ? chosen.description[lang] : undefined}
        value={chosen?.code ?? ''}
        options={list.map((x) => ({ value: x.code, label: x.name[lang] }))}
        onChange={(e) => setTemplateCode(e.target.value)}
      />
      <button type="button" className="btn btn--secondary" onClick={applyTemplate} disabled={!chosen || locked}>
        {draft ? t('calls.editor.restart') : t('calls.editor.start')}
      </button>
      {locked && <p className="muted">{t('calls.editor.locked')}</p>}
    </div>
  );

  if (!draft)
    return (
      <div className="call-editor">
        <p className="lead">{t('calls.editor.empty')}</p>
        {templatePicker}
      </div>
    );

  return (
    <form className="form call-editor" onSubmit={onSubmit} noValidate>
      {!call?.resultsPublishedAt && templatePicker}
      <section className="card" aria-labelledby="window-title">
        <h2 id="window-title">{t('calls.editor.window')}</h2>
        <div className="grid-2">
          <DateTimeField
            label={t('calls.editor.opensAt')}
            hint={t('calls.editor.opensAtHint')}
            value={draft.opensAt}
            error={errors.opensAt}
            onChange={(e) => update({ opensAt: e.target.value })}
          />
          <DateTimeField
            label={t('calls.editor.closesAt')}
            required
            value={draft.closesAt}
            error={errors.closesAt}
            onChange={(e) => update({ closesAt: e.target.value })}
          />
        </div>
        <TextArea
          label={t('calls.editor.rules')}
          rows={5}
          value={draft.rules}
          error={errors.rules}
          onChange={(e) => update({ rules: e.target.value })}
        />
      </section>
      <CriteriaEditor rows={draft.criteria} locked={locked} errors={errors} onChange={(criteria) => update({ criteria })} />
      <QuestionsEditor rows={draft.questions} errors={errors} onChange={(questions) => update({ questions })} />
      <JuryPicker eventId={eventId} jury={draft.jury} error={errors.judges ?? errors['judges.0']} onChange={(jury) => update({ jury })} />
      <section className="card">
        <CheckboxField
          label={t('calls.editor.normalize')}
          checked={draft.normalizeJudges}
          onChange={(normalizeJudges) => update({ normalizeJudges })}
        />
        <p className="field__hint">{t('calls.editor.normalizeHint')}</p>
      </section>
      {Object.keys(errors).length > 0 && (
        <p className="form-error" role="alert">
          {t('calls.entry.fix')}
        </p>
      )}
      {save.isError && Object.keys(errors).length === 0 && <FormError error={save.error} />}
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('calls.editor.saved')}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--large" disabled={save.isPending || !!call?.resultsPublishedAt}>
          {save.isPending ? t('common.saving') : t('calls.editor.save')}
        </button>
      </div>
    </form>
  );
}
