import type { ReactNode } from 'react';

/** What every group of radios takes: the group's name, its options and the chosen one. */
export interface RadioChoice<V extends string> {
  name: string;
  options: readonly V[];
  value: string;
  onChange: (value: V) => void;
}

/**
 * One choice among a few, each a card with its name in bold and a line saying what it means
 * (put it in a Fieldset for its legend and error). `stacked` keeps one card a row on wide screens.
 */
export function RadioCards<V extends string>({
  name,
  options,
  value,
  onChange,
  title,
  hint,
  stacked = false,
}: RadioChoice<V> & {
  title: (option: V) => ReactNode;
  hint: (option: V) => ReactNode;
  stacked?: boolean;
}) {
  return (
    <div className={stacked ? 'radio-cards radio-cards--stacked' : 'radio-cards'}>
      {options.map((option) => (
        <label key={option} className="radio-card">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>
            <strong>{title(option)}</strong>
            <small>{hint(option)}</small>
          </span>
        </label>
      ))}
    </div>
  );
}
