import type { ReactNode } from 'react';
import type { RadioChoice } from './RadioCards.js';

/**
 * One choice among a few, each a radio with its text beside it on one line (put it in a Fieldset
 * for its legend and error); `inline` sets the rows side by side while they fit.
 */
export function RadioRows<V extends string>({
  name,
  options,
  value,
  onChange,
  label,
  lang,
  inline = false,
}: RadioChoice<V> & {
  label: (option: V) => ReactNode;
  /** The language an option's text is in, where it is not the page's (a language named in itself). */
  lang?: (option: V) => string;
  inline?: boolean;
}) {
  const rows = options.map((option) => (
    <label key={option} className="radio-row" lang={lang?.(option)}>
      <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
      <span>{label(option)}</span>
    </label>
  ));
  return inline ? <div className="radio-inline">{rows}</div> : <>{rows}</>;
}
