import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FEES, INVESTOR_TYPES, NEED_CATEGORIES, RESOURCE_KINDS, STAGES, type StageCode } from '@ketnoi/contract';
import { useLabels } from '../../api/hooks/reference.js';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../components/Field.js';
import { ChipSelect } from '../../components/Chips.js';
import { MoneyField } from '../../components/MoneyField.js';
import { OpeningHoursEditor } from './OpeningHoursEditor.js';
import { ProvincesPicker } from '../../components/ProvincesPicker.js';
import type { DraftErrors, ProductDraft, ProfileFormState, ResourceDraft } from './profileDraft.js';
import { ProductFiles } from './ProfileFiles.js';

interface Props {
  draft: ProfileFormState;
  update: (patch: Partial<ProfileFormState>) => void;
  errors: DraftErrors;
}

/** A list of sub-forms (products, resources): each with a remove button, and one button to add another. */
function ListEditor<T>({
  legend,
  items,
  onChange,
  blank,
  empty,
  addLabel,
  children,
}: {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  blank: T;
  empty: string;
  addLabel: string;
  children: (item: T, index: number, patch: (change: Partial<T>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} hint={items.length === 0 ? empty : undefined}>
      {items.map((item, index) => (
        <div key={index} className="subcard">
          {children(item, index, (change) => onChange(items.map((x, i) => (i === index ? { ...x, ...change } : x))))}
          <button type="button" className="btn btn--ghost btn--small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => onChange([...items, blank])}>
        {addLabel}
      </button>
    </Fieldset>
  );
}

/** A VND range (funding ask, ticket) as two money fields; errors are keyed `<field>.min` and `<field>.max`. */
function MoneyRange({
  legend,
  field,
  min,
  max,
  onChange,
  errors,
  required,
}: {
  legend: string;
  field: string;
  min: string;
  max: string;
  onChange: (range: { min: string; max: string }) => void;
  errors: DraftErrors;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={required ? `${legend} *` : legend}>
      <div className="grid-2">
        <MoneyField
          label={t('fields.min')}
          value={min}
          onChange={(v) => onChange({ min: v, max })}
          error={errors[`${field}.min`]}
          required={required}
        />
        <MoneyField
          label={t('fields.max')}
          value={max}
          onChange={(v) => onChange({ min, max: v })}
          error={errors[`${field}.max`]}
          required={required}
        />
      </div>
    </Fieldset>
  );
}

function ServesProvinces({ draft, update }: Props) {
  const { t } = useTranslation();
  return (
    <ProvincesPicker legend={t('fields.servesProvinces')} value={draft.servesProvinces} onChange={(v) => update({ servesProvinces: v })} />
  );
}

/** The draft's free-text keys (typed into a text or number field). */
type TextKey = { [K in keyof ProfileFormState]: ProfileFormState[K] extends string ? K : never }[keyof ProfileFormState];

/** Gives a text field its label (`fields.<key>`), value, change handler and error for one key of the draft. */
function useDraftField({ draft, update, errors }: Props) {
  const { t } = useTranslation();
  return (key: TextKey) => ({
    label: t(`fields.${key}`),
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => update({ [key]: e.target.value }),
    error: errors[key],
  });
}

/** The help categories an expert has (expertise) or a provider offers (offerings). */
function CategoryChips({ field, draft, update, errors }: Props & { field: 'expertise' | 'offerings' }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <ChipSelect
      legend={t(`fields.${field}`)}
      options={NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
      value={draft[field]}
      onChange={(v) => update({ [field]: v })}
      error={errors[field]}
      required
    />
  );
}

function StartupFields(props: Props) {
  const { draft, update, errors } = props;
  const { t } = useTranslation();
  const labels = useLabels();
  const field = useDraftField(props);
  return (
    <>
      <SelectField
        label={t('fields.stage')}
        value={draft.stage}
        onChange={(e) => update({ stage: e.target.value as StageCode })}
        options={STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
        placeholder={t('common.choose')}
        error={errors.stage}
        required
      />
      <div className="grid-2">
        <TextField {...field('teamSize')} inputMode="numeric" required />
        <TextField {...field('foundedYear')} inputMode="numeric" />
      </div>
      <ListEditor<ProductDraft>
        legend={t('fields.products')}
        items={draft.products}
        onChange={(products) => update({ products })}
        blank={{ name: '', description: '', photoFileIds: [] }}
        empty={t('profile.noProducts')}
        addLabel={t('profile.addProduct')}
      >
        {(product, index, patch) => (
          <>
            <TextField
              label={t('fields.productName', { n: index + 1 })}
              value={product.name}
              onChange={(e) => patch({ name: e.target.value })}
              error={errors[`products.${index}.name`]}
              required
            />
            <TextArea
              label={t('fields.productDescription')}
              rows={2}
              value={product.description}
              onChange={(e) => patch({ description: e.target.value })}
            />
            <ProductFiles product={product} patch={patch} />
          </>
        )}
      </ListEditor>
      <MoneyRange
        legend={t('fields.fundingAsk')}
        field="fundingAsk"
        min={draft.fundingMin}
        max={draft.fundingMax}
        onChange={({ min, max }) => update({ fundingMin: min, fundingMax: max })}
        errors={errors}
      />
    </>
  );
}

function ExpertFields(props: Props) {
  const { draft, update, errors } = props;
  const { t } = useTranslation();
  const field = useDraftField(props);
  return (
    <>
      <CategoryChips field="expertise" {...props} />
      <TextField {...field('organization')} />
      <div className="grid-2">
        <TextField {...field('yearsExperience')} inputMode="numeric" />
        <TextField {...field('capacity')} inputMode="numeric" hint={t('profile.capacityHint')} required />
      </div>
      <SelectField
        label={t('fields.fee')}
        value={draft.fee}
        onChange={(e) => update({ fee: e.target.value as ProfileFormState['fee'] })}
        options={FEES.map((f) => ({ value: f, label: t(`fee.${f}`) }))}
      />
      <CheckboxField label={t('fields.remote')} checked={draft.remote} onChange={(remote) => update({ remote })} />
      <ServesProvinces draft={draft} update={update} errors={errors} />
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
        onChange={(e) => update({ investorType: e.target.value as ProfileFormState['investorType'] })}
        options={INVESTOR_TYPES.map((type) => ({ value: type, label: t(`investorType.${type}`) }))}
        placeholder={t('common.choose')}
        error={errors.investorType}
        required
      />
      <MoneyRange
        legend={t('fields.ticket')}
        field="ticket"
        min={draft.ticketMin}
        max={draft.ticketMax}
        onChange={({ min, max }) => update({ ticketMin: min, ticketMax: max })}
        errors={errors}
        required
      />
      <ChipSelect
        legend={t('fields.stages')}
        options={STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
        value={draft.stages}
        onChange={(v) => update({ stages: v })}
        error={errors.stages}
        required
      />
      <ServesProvinces draft={draft} update={update} errors={errors} />
    </>
  );
}

function ProviderFields(props: Props) {
  const { draft, update, errors } = props;
  const { t } = useTranslation();
  return (
    <>
      <CategoryChips field="offerings" {...props} />
      <ListEditor<ResourceDraft>
        legend={t('fields.resources')}
        items={draft.resources}
        onChange={(resources) => update({ resources })}
        blank={{ name: '', kind: '', capacity: '', description: '', openingHours: [] }}
        empty={t('profile.noResources')}
        addLabel={t('profile.addResource')}
      >
        {(resource, index, patch) => (
          <>
            <div className="grid-2">
              <TextField
                label={t('fields.resourceName', { n: index + 1 })}
                value={resource.name}
                onChange={(e) => patch({ name: e.target.value })}
                error={errors[`resources.${index}.name`]}
                required
              />
              <SelectField
                label={t('fields.resourceKind')}
                value={resource.kind}
                onChange={(e) => patch({ kind: e.target.value as ResourceDraft['kind'] })}
                options={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`resourceKind.${kind}`) }))}
                placeholder={t('common.choose')}
                error={errors[`resources.${index}.kind`]}
                required
              />
            </div>
            <TextField
              label={t('fields.resourceCapacity')}
              inputMode="numeric"
              value={resource.capacity}
              onChange={(e) => patch({ capacity: e.target.value })}
              error={errors[`resources.${index}.capacity`]}
            />
            <TextArea
              label={t('fields.resourceDescription')}
              rows={2}
              value={resource.description}
              onChange={(e) => patch({ description: e.target.value })}
            />
            <OpeningHoursEditor
              field={`resources.${index}.openingHours`}
              value={resource.openingHours}
              onChange={(openingHours) => patch({ openingHours })}
              errors={errors}
            />
          </>
        )}
      </ListEditor>
      <ServesProvinces draft={draft} update={update} errors={errors} />
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
