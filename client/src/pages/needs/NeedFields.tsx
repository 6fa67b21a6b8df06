// What a need says — title, description, urgency, category — as the founder writes it (NeedForm)
// and later edits it (NeedActions): the state, the checks before sending and the fields.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORIES, URGENCIES, type NeedCategoryCode, type UrgencyCode } from '@ketnoi/contract';
import { useLabels } from '../../api/hooks/reference.js';
import { fieldErrors } from '../../api/errors.js';
import { SelectField, TextArea, TextField } from '../../components/Field.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { useFormFields, type FieldErrors } from '../../lib/useFormFields.js';
import type { Draft } from '../../lib/useDraft.js';

export interface NeedValues {
  title: string;
  description: string;
  urgency: UrgencyCode;
  /** '' lets the server classify the need (a new need only). */
  category: NeedCategoryCode | '';
}

const MIN_DESCRIPTION = 10;

/** `kept`: the values live in a draft kept through a lost tab (NeedForm) rather than in the form alone. */
export function useNeedDraft(initial: NeedValues, kept?: Pick<Draft<NeedValues>, 'values' | 'setValues'>) {
  const { t } = useTranslation();
  const { values, setValues, errors, setErrors, set, hasErrors } = useFormFields<NeedValues>(
    initial,
    kept && [kept.values, kept.setValues],
  );
  const invalid = useFocusFirstInvalid();

  /** The trimmed title and description, or undefined when they fail the checks (shown next to their fields). */
  const checkedText = () => {
    const found: FieldErrors = {};
    if (!values.title.trim()) found.title = t('validation.required');
    if (values.description.trim().length < MIN_DESCRIPTION) found.description = t('validation.tooShort', { min: MIN_DESCRIPTION });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      invalid.refused();
      return undefined;
    }
    return { title: values.title.trim(), description: values.description.trim() };
  };

  /** The form's submit handler: `send` gets the values, title and description trimmed, once they pass the checks. */
  const submit = (send: (checked: NeedValues) => void) => (event: FormEvent) => {
    event.preventDefault();
    const text = checkedText();
    if (text) send({ ...values, ...text });
  };

  const showServerError = (error: unknown) => {
    setErrors(fieldErrors(error, t));
    invalid.refused();
  };
  const reset = () => setValues(initial);

  return { values, errors, hasErrors, set, submit, showServerError, reset, attachForm: invalid.attach };
}

/** The four fields; a new need shows the writing hints and may leave the category to the server. */
export function NeedFields({
  draft,
  isNew,
}: {
  draft: Pick<ReturnType<typeof useNeedDraft>, 'values' | 'errors' | 'set'>;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { values, errors, set } = draft;
  return (
    <>
      <TextField
        label={t('needs.titleLabel')}
        hint={isNew ? t('needs.titleHint') : undefined}
        value={values.title}
        maxLength={200}
        onChange={(e) => set('title')(e.target.value)}
        error={errors.title}
        required
      />
      <TextArea
        label={t('needs.descriptionLabel')}
        hint={isNew ? t('needs.descriptionHint') : undefined}
        value={values.description}
        rows={5}
        onChange={(e) => set('description')(e.target.value)}
        error={errors.description}
        required
      />
      <div className="grid-2">
        <SelectField
          label={t('needs.urgency')}
          value={values.urgency}
          onChange={(e) => set('urgency')(e.target.value as UrgencyCode)}
          options={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
          error={errors.urgency}
        />
        <SelectField
          label={t('needs.category')}
          value={values.category}
          onChange={(e) => set('category')(e.target.value as NeedCategoryCode | '')}
          options={NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
          placeholder={isNew ? t('needs.autoCategory') : undefined}
          error={errors.category}
        />
      </div>
    </>
  );
}
