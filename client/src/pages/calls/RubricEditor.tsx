// The questions and the weighted criteria of a call, as editable rows. Codes are made from the
// labels when a row is saved for the first time and kept afterwards (answers and scores use them).
import type { ReactNode } from 'react';
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

/** What questions and criteria have in common: a code, a label in Vietnamese and English, a hint. */
type LabelledDraft = Pick<QuestionDraft, 'code' | 'label' | 'labelEn' | 'hint'>;

/**
 * Rows as the contract's body: each row's code (made from its label where it has none yet), its
 * labels and hint, then what `rest` adds for its kind.
 */
function labelledRows<R extends LabelledDraft, X>(rows: readonly R[], rest: (row: R) => X) {
  const taken = rows.map((r) => r.code).filter(Boolean);
  return rows.map((r) => {
    const code = r.code || codeFromLabel(r.label, taken);
    taken.push(code);
    return {
      code,
      label: r.label,
      ...(optional(r.labelEn) ? { labelEn: optional(r.labelEn) } : {}),
      ...(optional(r.hint) ? { hint: optional(r.hint) } : {}),
      ...rest(r),
    };
  });
}

export function questionsOf(rows: readonly QuestionDraft[]) {
  return labelledRows(rows, (r) => {
    const options = r.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    return { type: r.type, ...(r.type === 'choice' ? { options } : {}), required: r.required };
  });
}

export function criteriaOf(rows: readonly CriterionDraft[]) {
  return labelledRows(rows, (r) => ({ weight: number(r.weight), max: number(r.max) }));
}

type Errors = Record<string, string>;

/** A card of numbered rows, each with its fields and a remove button, and a button adding a row; `locked` freezes the list. */
function RowsEditor<R>({
  id,
  title,
  lead,
  rows,
  onChange,
  blank,
  addLabel,
  removeLabel,
  locked = false,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  blank: () => R;
  addLabel: string;
  removeLabel: string;
  locked?: boolean;
  children: (row: R, index: number, patch: (change: Partial<R>) => void) => ReactNode;
}) {
  const patch = (i: number) => (change: Partial<R>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...change } : r)));
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{lead}</p>
      <ol className="plain-list editor-rows">
        {rows.map((r, i) => (
          <li key={i} className="subcard editor-row">
            {children(r, i, patch(i))}
            {!locked && (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                {removeLabel}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!locked && (
        <button type="button" className="btn btn--secondary" onClick={() => onChange([...rows, blank()])}>
          {addLabel}
        </button>
      )}
    </section>
  );
}

/** A row's label (numbered; its error, or its code's when the label makes no code) and its English form. */
function LabelFields({
  row,
  label,
  error,
  patch,
}: {
  row: LabelledDraft;
  label: string;
  error: string | undefined;
  patch: (change: Partial<LabelledDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={label} value={row.label} error={error} onChange={(e) => patch({ label: e.target.value })} />
      <TextField label={t('calls.editor.labelEn')} value={row.labelEn} onChange={(e) => patch({ labelEn: e.target.value })} />
    </>
  );
}

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
  return (
    <RowsEditor
      id="questions-title"
      title={t('calls.editor.questions')}
      lead={t('calls.editor.questionsLead')}
      rows={rows}
      onChange={onChange}
      blank={questionDraft}
      addLabel={t('calls.editor.addQuestion')}
      removeLabel={t('calls.editor.removeQuestion')}
    >
      {(r, i, patch) => (
        <>
          <LabelFields
            row={r}
            label={t('calls.editor.questionLabel', { n: i + 1 })}
            error={errors[`questions.${i}.label`] ?? errors[`questions.${i}.code`]}
            patch={patch}
          />
          <div className="grid-2">
            <SelectField
              label={t('calls.editor.type')}
              value={r.type}
              options={CALL_QUESTION_TYPES.map((type) => ({ value: type, label: t(`calls.editor.types.${type}`) }))}
              onChange={(e) => patch({ type: e.target.value as CallQuestionType })}
            />
            <CheckboxField label={t('calls.editor.required')} checked={r.required} onChange={(required) => patch({ required })} />
          </div>
          {r.type === 'choice' && (
            <TextArea
              label={t('calls.editor.options')}
              hint={t('calls.editor.optionsHint')}
              rows={3}
              value={r.options}
              error={errors[`questions.${i}.options`]}
              onChange={(e) => patch({ options: e.target.value })}
            />
          )}
        </>
      )}
    </RowsEditor>
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
  const total = rows.reduce((sum, r) => sum + (number(r.weight) || 0), 0);
  return (
    <RowsEditor
      id="criteria-title"
      title={t('calls.editor.criteria')}
      lead={locked ? t('calls.editor.locked') : t('calls.editor.criteriaLead')}
      rows={rows}
      onChange={onChange}
      blank={criterionDraft}
      addLabel={t('calls.editor.addCriterion')}
      removeLabel={t('calls.editor.removeCriterion')}
      locked={locked}
    >
      {(r, i, patch) => (
        <>
          <LabelFields
            row={r}
            label={t('calls.editor.criterionLabel', { n: i + 1 })}
            error={errors[`criteria.${i}.label`] ?? errors[`criteria.${i}.code`]}
            patch={patch}
          />
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
              onChange={(e) => patch({ weight: e.target.value })}
            />
            <TextField
              label={t('calls.editor.max')}
              inputMode="numeric"
              value={r.max}
              disabled={locked}
              error={errors[`criteria.${i}.max`]}
              onChange={(e) => patch({ max: e.target.value })}
            />
          </div>
          <TextField label={t('calls.editor.hint')} value={r.hint} onChange={(e) => patch({ hint: e.target.value })} />
        </>
      )}
    </RowsEditor>
  );
}
