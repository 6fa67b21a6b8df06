// The questions and the weighted criteria of a call, as editable rows. Codes are made from the
// labels when a row is saved for the first time and kept afterwards (answers and scores use them).
import { useTranslation } from 'react-i18next';
import { CALL_QUESTION_TYPES, codeFromLabel, type CallCriterion, type CallQuestion, type CallQuestionType } from '@ketnoi/contract';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field.js';
import { formatPoints } from './shared.js';

export interface QuestionDraft {
  code: string;
  label: string;
  labelEn: string;
  hint: string;
  type: CallQuestionType;
  options: string;
  required: boolean;
}

export interface CriterionDraft {
  code: string;
  label: string;
  labelEn: string;
  hint: string;
  weight: string;
  max: string;
}

export const questionDraft = (q?: CallQuestion): QuestionDraft => ({
  code: q?.code ?? '',
  label: q?.label ?? '',
  labelEn: q?.labelEn ?? '',
  hint: q?.hint ?? '',
  type: q?.type ?? 'text',
  options: (q?.options ?? []).join('\n'),
  required: q?.required ?? true,
});

export const criterionDraft = (c?: CallCriterion): CriterionDraft => ({
  code: c?.code ?? '',
  label: c?.label ?? '',
  labelEn: c?.labelEn ?? '',
  hint: c?.hint ?? '',
  weight: c ? String(c.weight) : '1',
  max: c ? String(c.max) : '10',
});

const number = (text: string) => Number(text.trim().replace(',', '.'));
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** Rows as the contract's body: codes made from labels where a row has none yet. */
export function questionsOf(rows: readonly QuestionDraft[]) {
  const taken = rows.map((r) => r.code).filter(Boolean);
  return rows.map((r) => {
    const code = r.code || codeFromLabel(r.label, taken);
    taken.push(code);
    const options = r.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    return {
      code,
      label: r.label,
      ...(optional(r.labelEn) ? { labelEn: optional(r.labelEn) } : {}),
      ...(optional(r.hint) ? { hint: optional(r.hint) } : {}),
      type: r.type,
      ...(r.type === 'choice' ? { options } : {}),
      required: r.required,
    };
  });
}

export function criteriaOf(rows: readonly CriterionDraft[]) {
  const taken = rows.map((r) => r.code).filter(Boolean);
  return rows.map((r) => {
    const code = r.code || codeFromLabel(r.label, taken);
    taken.push(code);
    return {
      code,
      label: r.label,
      ...(optional(r.labelEn) ? { labelEn: optional(r.labelEn) } : {}),
      ...(optional(r.hint) ? { hint: optional(r.hint) } : {}),
      weight: number(r.weight),
      max: number(r.max),
    };
  });
}

type Errors = Record<string, string>;

export function QuestionsEditor({
  rows,
  errors,
  onChange,
}: {
  rows: QuestionDraft[];
  errors: Errors;
  onChange: (rows: QuestionDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QuestionDraft>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('calls.editor.questions')}</h2>
      <p className="muted">{t('calls.editor.questionsLead')}</p>
      <ol className="plain-list editor-rows">
        {rows.map((r, i) => (
          <li key={i} className="subcard editor-row">
            <TextField
              label={t('calls.editor.questionLabel', { n: i + 1 })}
              value={r.label}
              error={errors[`questions.${i}.label`] ?? errors[`questions.${i}.code`]}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <TextField label={t('calls.editor.labelEn')} value={r.labelEn} onChange={(e) => set(i, { labelEn: e.target.value })} />
            <div className="grid-2">
              <SelectField
                label={t('calls.editor.type')}
                value={r.type}
                options={CALL_QUESTION_TYPES.map((type) => ({ value: type, label: t(`calls.editor.types.${type}`) }))}
                onChange={(e) => set(i, { type: e.target.value as CallQuestionType })}
              />
              <CheckboxField label={t('calls.editor.required')} checked={r.required} onChange={(required) => set(i, { required })} />
            </div>
            {r.type === 'choice' && (
              <TextArea
                label={t('calls.editor.options')}
                hint={t('calls.editor.optionsHint')}
                rows={3}
                value={r.options}
                error={errors[`questions.${i}.options`]}
                onChange={(e) => set(i, { options: e.target.value })}
              />
            )}
            <button type="button" className="btn btn--ghost btn--small" onClick={() => onChange(rows.filter((_, k) => k !== i))}>
              {t('calls.editor.removeQuestion')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--secondary" onClick={() => onChange([...rows, questionDraft()])}>
        {t('calls.editor.addQuestion')}
      </button>
    </section>
  );
}

export function CriteriaEditor({
  rows,
  locked,
  errors,
  onChange,
}: {
  rows: CriterionDraft[];
  locked: boolean;
  errors: Errors;
  onChange: (rows: CriterionDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<CriterionDraft>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const total = rows.reduce((sum, r) => sum + (number(r.weight) || 0), 0);
  return (
    <section className="card" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('calls.editor.criteria')}</h2>
      <p className="muted">{locked ? t('calls.editor.locked') : t('calls.editor.criteriaLead')}</p>
      <ol className="plain-list editor-rows">
        {rows.map((r, i) => (
          <li key={i} className="subcard editor-row">
            <TextField
              label={t('calls.editor.criterionLabel', { n: i + 1 })}
              value={r.label}
              error={errors[`criteria.${i}.label`] ?? errors[`criteria.${i}.code`]}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <TextField label={t('calls.editor.labelEn')} value={r.labelEn} onChange={(e) => set(i, { labelEn: e.target.value })} />
            <div className="grid-2">
              <TextField
                label={t('calls.editor.weight')}
                inputMode="decimal"
                value={r.weight}
                disabled={locked}
                error={errors[`criteria.${i}.weight`]}
                hint={
                  total > 0
                    ? t('calls.editor.share', { share: formatPoints(Math.round(((number(r.weight) || 0) / total) * 1000) / 10) })
                    : undefined
                }
                onChange={(e) => set(i, { weight: e.target.value })}
              />
              <TextField
                label={t('calls.editor.max')}
                inputMode="numeric"
                value={r.max}
                disabled={locked}
                error={errors[`criteria.${i}.max`]}
                onChange={(e) => set(i, { max: e.target.value })}
              />
            </div>
            <TextField label={t('calls.editor.hint')} value={r.hint} onChange={(e) => set(i, { hint: e.target.value })} />
            {!locked && (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                {t('calls.editor.removeCriterion')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!locked && (
        <button type="button" className="btn btn--secondary" onClick={() => onChange([...rows, criterionDraft()])}>
          {t('calls.editor.addCriterion')}
        </button>
      )}
    </section>
  );
}
