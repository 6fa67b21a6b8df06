import { useTranslation } from 'react-i18next';
import { formatVnd } from '../lib/format.js';
import { TextField } from './Field.js';

/** Whole VND amounts; the formatted value is echoed below so "50000000" reads as "50.000.000 ₫". */
export function MoneyField({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const digits = value.replace(/\D/g, '');
  return (
    <TextField
      label={label}
      inputMode="numeric"
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/[^\d]/g, ''))}
      error={error}
      required={required}
      hint={digits ? formatVnd(Number(digits)) : t('fields.vndHint')}
    />
  );
}
