import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from './Field.js';

/** 1–5 stars as a radio group: arrow keys move, labels are read out. */
export function StarsInput({
  value,
  onChange,
  legend,
  error,
}: {
  value: number;
  onChange: (n: number) => void;
  legend: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <Fieldset legend={legend} error={error} className="stars">
      <div className="stars__row">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={`star${n <= value ? ' star--on' : ''}`}>
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('consultations.stars', { count: n })}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

export function StarsDisplay({ value }: { value: number }) {
  const { t } = useTranslation();
  const rounded = Math.round(value);
  return (
    <span className="stars-display" aria-label={t('consultations.ratingValue', { value: value.toFixed(1) })}>
      <span aria-hidden="true">
        {'★'.repeat(rounded)}
        {'☆'.repeat(5 - rounded)}
      </span>
    </span>
  );
}
