import { useTranslation } from 'react-i18next';
import { formatVnd } from '../lib/format.js';
import { parseVnd } from '../lib/money.js';
import { TextField } from './Field.js';

/**
 * Whole VND amounts as people type them ("50000000", "50 triệu", "1,5 tỷ", "500k"); what it reads
 * is echoed below ("= 50.000.000 ₫"), and text it cannot read says so instead of being guessed.
 */
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
  const amount = value.trim() ? parseVnd(value) : null;
  const unreadable = value.trim() !== '' && amount === null;
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error ?? (unreadable ? t('validation.money') : undefined)}
      required={required}
      hint={amount !== null ? t('fields.vndReads', { amount: formatVnd(amount) }) : t('fields.vndHint')}
    />
  );
}
