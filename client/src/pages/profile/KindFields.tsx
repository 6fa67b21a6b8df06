import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/hooks/reference.js';
import { FEES, INVESTOR_TYPES, NEED_CATEGORIES, STAGES, type NeedCategory, type Stage } from '../../api/types.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field.js';
import { ChipSelect } from '../../components/Chips.js';
import { MoneyField } from '../../components/MoneyField.js';
import { ProvincesPicker } from '../../components/ProvincesPicker.js';
import type { DraftErrors, ProfileDraft } from './profileDraft.js';

interface Props {
  draft: ProfileDraft;
  update: (patch: Partial<ProfileDraft>) => void;
  errors: DraftErrors;
}

function StartupFields({ draft, update, errors }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const setProduct = (index: number, patch: Partial<{ name: string; description: string }>) =>
    update({ products: draft.products.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  return (
    <>
      <SelectField
        label={t('fields.stage')}
        value={draft.stage}
        onChange={(e) => update({ stage: e.target.value as Stage })}
        options={STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
        placeholder={t('common.choose')}
        error={errors.stage}
        required
      />
      <div className="grid-2">
        <TextField
          label={t('fields.teamSize')}
          inputMode="numeric"
          value={draft.teamSize}
          onChange={(e) => update({ teamSize: e.target.value })}
          error={errors.teamSize}
          required
        />
        <TextField
          label={t('fields.foundedYear')}
          inputMode="numeric"
          value={draft.foundedYear}
          onChange={(e) => update({ foundedYear: e.target.value })}
          error={errors.foundedYear}
        />
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('fields.products')}</legend>
        {draft.products.length === 0 && <p className="field__hint">{t('profile.noProducts')}</p>}
        {draft.products.map((product, index) => (
          <div key={index} className="subcard">
            <TextField
              label={t('fields.productName', { n: index + 1 })}
              value={product.name}
              onChange={(e) => setProduct(index, { name: e.target.value })}
              error={errors[`products.${index}.name`]}
              required
            />
            <TextArea
              label={t('fields.productDescription')}
              rows={2}
              value={product.description}
              onChange={(e) => setProduct(index, { description: e.target.value })}
            />
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => update({ products: draft.products.filter((_, i) => i !== index) })}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => update({ products: [...draft.products, { name: '', description: '' }] })}
        >
          {t('profile.addProduct')}
        </button>
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">{t('fields.fundingAsk')}</legend>
        <div className="grid-2">
          <MoneyField
            label={t('fields.min')}
            value={draft.fundingMin}
            onChange={(v) => update({ fundingMin: v })}
            error={errors['fundingAsk.min']}
          />
          <MoneyField
            label={t('fields.max')}
            value={draft.fundingMax}
            onChange={(v) => update({ fundingMax: v })}
            error={errors['fundingAsk.max']}
          />
        </div>
      </fieldset>
    </>
  );
}

function useCategoryOptions() {
  const labels = useLabels();
  return NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }));
}

function ExpertFields({ draft, update, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <ChipSelect
        legend={t('fields.expertise')}
        options={useCategoryOptions()}
        value={draft.expertise}
        onChange={(v) => update({ expertise: v as NeedCategory[] })}
        error={errors.expertise}
      />
      <TextField label={t('fields.organization')} value={draft.organization} onChange={(e) => update({ organization: e.target.value })} />
      <div className="grid-2">
        <TextField
          label={t('fields.yearsExperience')}
          inputMode="numeric"
          value={draft.yearsExperience}
          onChange={(e) => update({ yearsExperience: e.target.value })}
          error={errors.yearsExperience}
        />
        <TextField
          label={t('fields.capacity')}
          inputMode="numeric"
          value={draft.capacity}
          onChange={(e) => update({ capacity: e.target.value })}
          error={errors.capacity}
          hint={t('profile.capacityHint')}
          required
        />
      </div>
      <SelectField
        label={t('fields.fee')}
        value={draft.fee}
        onChange={(e) => update({ fee: e.target.value as ProfileDraft['fee'] })}
        options={FEES.map((f) => ({ value: f, label: t(`fee.${f}`) }))}
      />
      <CheckboxField label={t('fields.remote')} checked={draft.remote} onChange={(remote) => update({ remote })} />
      <ProvincesPicker
        legend={t('fields.servesProvinces')}
        value={draft.servesProvinces}
        onChange={(v) => update({ servesProvinces: v })}
      />
    </>
  );
}

function InvestorFields({ draft, update, errors }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <SelectField
        label={t('fields.investorType')}
        value={draft.investorType}
        onChange={(e) => update({ investorType: e.target.value as ProfileDraft['investorType'] })}
        options={INVESTOR_TYPES.map((type) => ({ value: type, label: t(`investorType.${type}`) }))}
        placeholder={t('common.choose')}
        error={errors.investorType}
        required
      />
      <fieldset className="field">
        <legend className="field__label">{t('fields.ticket')} *</legend>
        <div className="grid-2">
          <MoneyField
            label={t('fields.min')}
            value={draft.ticketMin}
            onChange={(v) => update({ ticketMin: v })}
            error={errors['ticket.min']}
            required
          />
          <MoneyField
            label={t('fields.max')}
            value={draft.ticketMax}
            onChange={(v) => update({ ticketMax: v })}
            error={errors['ticket.max']}
            required
          />
        </div>
      </fieldset>
      <ChipSelect
        legend={t('fields.stages')}
        options={STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
        value={draft.stages}
        onChange={(v) => update({ stages: v as Stage[] })}
        error={errors.stages}
      />
      <ProvincesPicker
        legend={t('fields.servesProvinces')}
        value={draft.servesProvinces}
        onChange={(v) => update({ servesProvinces: v })}
      />
    </>
  );
}

function ProviderFields({ draft, update, errors }: Props) {
  const { t } = useTranslation();
  const setResource = (index: number, patch: Partial<ProfileDraft['resources'][number]>) =>
    update({ resources: draft.resources.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <>
      <ChipSelect
        legend={t('fields.offerings')}
        options={useCategoryOptions()}
        value={draft.offerings}
        onChange={(v) => update({ offerings: v as NeedCategory[] })}
        error={errors.offerings}
      />
      <fieldset className="field">
        <legend className="field__label">{t('fields.resources')}</legend>
        {draft.resources.length === 0 && <p className="field__hint">{t('profile.noResources')}</p>}
        {draft.resources.map((resource, index) => (
          <div key={index} className="subcard">
            <div className="grid-2">
              <TextField
                label={t('fields.resourceName', { n: index + 1 })}
                value={resource.name}
                onChange={(e) => setResource(index, { name: e.target.value })}
                error={errors[`resources.${index}.name`]}
                required
              />
              <TextField
                label={t('fields.resourceKind')}
                value={resource.kind}
                onChange={(e) => setResource(index, { kind: e.target.value })}
                error={errors[`resources.${index}.kind`]}
                hint={t('profile.resourceKindHint')}
                required
              />
            </div>
            <TextField
              label={t('fields.resourceCapacity')}
              inputMode="numeric"
              value={resource.capacity}
              onChange={(e) => setResource(index, { capacity: e.target.value })}
              error={errors[`resources.${index}.capacity`]}
            />
            <TextArea
              label={t('fields.resourceDescription')}
              rows={2}
              value={resource.description}
              onChange={(e) => setResource(index, { description: e.target.value })}
            />
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => update({ resources: draft.resources.filter((_, i) => i !== index) })}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => update({ resources: [...draft.resources, { name: '', kind: '', capacity: '', description: '' }] })}
        >
          {t('profile.addResource')}
        </button>
      </fieldset>
      <ProvincesPicker
        legend={t('fields.servesProvinces')}
        value={draft.servesProvinces}
        onChange={(v) => update({ servesProvinces: v })}
      />
    </>
  );
}

export function KindFields(props: Props) {
  switch (props.draft.kind) {
    case 'startup':
      return <StartupFields {...props} />;
    case 'expert':
      return <ExpertFields {...props} />;
    case 'investor':
      return <InvestorFields {...props} />;
    case 'provider':
      return <ProviderFields {...props} />;
  }
}
