import { useTranslation } from 'react-i18next';
import { useReference } from '../api/hooks/reference.js';
import { SelectField } from './Field.js';

interface Props {
  value: string;
  onChange: (code: string) => void;
  label?: string;
  error?: string;
  required?: boolean;
  /** Label of the empty choice ("all provinces" in filters, "choose" in forms). */
  placeholder?: string;
  name?: string;
}

/** The 34 current provincial units from /api/reference, grouped by region. */
export function ProvinceSelect({ value, onChange, label, error, required, placeholder, name }: Props) {
  const { t } = useTranslation();
  const { data, isPending, isError } = useReference();
  const options = (data?.provinces ?? [])
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((p) => ({ value: p.code, label: p.name }));
  return (
    <SelectField
      name={name}
      label={label ?? t('fields.province')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={options}
      placeholder={placeholder ?? t('fields.chooseProvince')}
      required={required}
      disabled={isPending}
      error={error ?? (isError ? t('errors.referenceUnavailable') : undefined)}
    />
  );
}
