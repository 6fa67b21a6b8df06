import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.js';
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

/**
 * A rating drawn to the nearest half star (4.5 draws four and a half, never five), read out as
 * its value to one decimal ("4,5 trên 5 sao").
 */
export function StarsDisplay({ value }: { value: number }) {
  const { t } = useTranslation();
  const halves = Math.round(Math.max(0, Math.min(5, value)) * 2);
  const shown = formatNumber(Math.round(value * 10) / 10);
  return (
    <span className="stars-display" role="img" aria-label={t('consultations.ratingValue', { value: shown })}>
      {[1, 2, 3, 4, 5].map((n) => {
        const fill = halves >= n * 2 ? 'full' : halves === n * 2 - 1 ? 'half' : 'empty';
        return (
          <span key={n} className={`star-icon star-icon--${fill}`} aria-hidden="true" data-fill={fill}>
            ★
          </span>
        );
      })}
    </span>
  );
}
