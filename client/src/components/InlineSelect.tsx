import { Options } from './Field.js';

/**
 * A small select with its label beside or above it, for filters and toolbars (no hint or error:
 * a form's select is `SelectField`). `allLabel` adds a first choice, '', for no filter.
 */
export function InlineSelect({
  label,
  hideLabel,
  className = 'inline-select',
  value,
  onChange,
  options,
  allLabel,
  disabled,
}: {
  label: string;
  hideLabel?: boolean;
  /** 'inline-select' beside its label, 'calendar-filter' under it. */
  className?: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  allLabel?: string;
  disabled?: boolean;
}) {
  return (
    <label className={className}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <select className="input input--small" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <Options options={options} empty={allLabel} />
      </select>
    </label>
  );
}
