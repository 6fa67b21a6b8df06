import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../api/hooks/reference.js';
import { Fieldset } from './Field.js';

/** Several provinces: pick from a list, each choice shown as a removable chip. */
export function ProvincesPicker({
  legend,
  value,
  onChange,
  hint,
}: {
  legend: string;
  value: string[];
  onChange: (v: string[]) => void;
  hint?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useReference();
  const provinces = (data?.provinces ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const name = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;
  return (
    <Fieldset legend={legend} hint={hint}>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((code) => (
            <li key={code} className="chip chip--removable">
              {name(code)}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('common.removeItem', { item: name(code) })}
                onClick={() => onChange(value.filter((v) => v !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="visually-hidden">
        {t('fields.addProvince')}
      </label>
      <select
        id={id}
        className="input"
        value=""
        onChange={(e) => {
          if (e.target.value && !value.includes(e.target.value)) onChange([...value, e.target.value]);
        }}
      >
        <option value="">{t('fields.addProvince')}</option>
        {provinces
          .filter((p) => !value.includes(p.code))
          .map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
      </select>
    </Fieldset>
  );
}
