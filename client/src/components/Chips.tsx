import { Fieldset } from './Field.js';

interface ChipSelectProps<T extends string> {
  legend: string;
  options: Array<{ value: T; label: string }>;
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
  hint?: string;
  /** At least one must be chosen: marked like a required field. */
  required?: boolean;
}

/** Multi-select as toggle chips: a group of buttons with aria-pressed, big enough to tap. */
export function ChipSelect<T extends string>({ legend, options, value, onChange, error, hint, required }: ChipSelectProps<T>) {
  const toggle = (code: T) => onChange(value.includes(code) ? value.filter((v) => v !== code) : [...value, code]);
  return (
    <Fieldset legend={required ? `${legend} *` : legend} hint={hint} error={error} className="chips-field">
      <div className="chips">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="chip chip--toggle"
            aria-pressed={value.includes(option.value)}
            onClick={() => toggle(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </Fieldset>
  );
}

export function ChipList({ items, label }: { items: string[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="chip">
          {item}
        </li>
      ))}
    </ul>
  );
}
