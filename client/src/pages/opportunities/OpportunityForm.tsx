import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORIES, OPPORTUNITY_TYPES, type Opportunity, type OpportunityType } from '@ketnoi/contract';
import { fieldErrors } from '../../api/errors.js';
import { useCreateOpportunity, useUpdateOpportunity } from '../../api/hooks/opportunities.js';
import { useLabels } from '../../api/hooks/reference.js';
import { SelectField, TextArea, TextField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { FormError } from '../../components/States.js';
import { dayBoundary, toLocalInput } from '../../lib/format.js';

interface Draft {
  type: OpportunityType;
  title: string;
  description: string;
  category: string;
  province: string;
  expires: string;
}

const toDraft = (o: Opportunity | undefined, province: string): Draft => ({
  type: o?.type ?? 'offer',
  title: o?.title ?? '',
  description: o?.description ?? '',
  category: o?.category ?? '',
  province: o?.province ?? province,
  expires: o ? toLocalInput(o.expiresAt).slice(0, 10) : '',
});

/** Post an opportunity, or edit one of your own (the category is guessed from the words when left empty). */
export function OpportunityForm({
  opportunity,
  defaultProvince,
  onDone,
}: {
  opportunity?: Opportunity;
  defaultProvince: string;
  onDone: (saved: Opportunity) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [initial] = useState(() => toDraft(opportunity, defaultProvince));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity(opportunity?.id ?? '');
  const mutation = opportunity ? update : create;
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) return setErrors({ title: t('validation.required') });
    // An unchanged date is not sent: a new expiry renews, which a closed opportunity refuses.
    const expiresAt = draft.expires && draft.expires !== initial.expires ? dayBoundary(draft.expires, true) : undefined;
    const common = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      ...(draft.category ? { category: draft.category as (typeof NEED_CATEGORIES)[number] } : {}),
      ...(draft.province ? { province: draft.province } : {}),
      ...(expiresAt ? { expiresAt } : {}),
    };
    const onError = (error: unknown) => setErrors(fieldErrors(error, t));
    if (opportunity) update.mutate(common, { onSuccess: onDone, onError });
    else create.mutate({ type: draft.type, ...common }, { onSuccess: onDone, onError });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {!opportunity && (
        <fieldset className="field">
          <legend className="field__label">{t('portal.opportunities.type')}</legend>
          <div className="radio-cards">
            {OPPORTUNITY_TYPES.map((type) => (
              <label key={type} className="radio-card">
                <input type="radio" name="opportunity-type" checked={draft.type === type} onChange={() => set({ type })} />
                <span>{t(`portal.opportunities.typeName.${type}`)}</span>
                <small>{t(`portal.opportunities.typeHint.${type}`)}</small>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextField
        label={t('portal.opportunities.titleField')}
        value={draft.title}
        maxLength={200}
        onChange={(e) => set({ title: e.target.value })}
        error={errors.title}
        required
      />
      <TextArea
        label={t('portal.opportunities.description')}
        value={draft.description}
        maxLength={4000}
        rows={4}
        onChange={(e) => set({ description: e.target.value })}
        error={errors.description}
      />
      <div className="grid-2">
        <SelectField
          label={t('needs.category')}
          value={draft.category}
          onChange={(e) => set({ category: e.target.value })}
          options={NEED_CATEGORIES.map((code) => ({ value: code, label: labels.category(code) }))}
          placeholder={t('portal.opportunities.autoCategory')}
          error={errors.category}
        />
        <ProvinceSelect value={draft.province} onChange={(province) => set({ province })} error={errors.province} />
      </div>
      <TextField
        label={t('portal.opportunities.expires')}
        type="date"
        value={draft.expires}
        onChange={(e) => set({ expires: e.target.value })}
        hint={t('portal.opportunities.expiresHint')}
        error={errors.expiresAt}
      />
      {mutation.isError && Object.keys(errors).length === 0 && <FormError error={mutation.error} />}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : opportunity ? t('common.save') : t('portal.opportunities.post')}
        </button>
      </div>
    </form>
  );
}
