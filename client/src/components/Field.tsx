import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { oneOf } from '../lib/codes.js';

interface ShellProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** What a control needs to be tied to its label, hint and error. */
interface ControlProps {
  id: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function FieldError({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id} role="alert">
      {error}
    </p>
  );
}

/** One labelled control with its hint and error; `children` renders the control with the wiring it is given. */
function Field({ label, error, hint, required, children }: ShellProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({ id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A group of controls under one legend (chips, radios, a list of sub-forms), with its hint and error. */
export function Fieldset({
  legend,
  hint,
  error,
  className,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`field${className ? ` ${className}` : ''}${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {/* Above the choices, not under a long list of them: on a phone the end of the list is out of sight. */}
      <FieldError id={`${id}-error`} error={error} />
      {children}
    </fieldset>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & ShellProps;

export function TextField({ label, error, hint, required, ...rest }: InputProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(control) => <input className="input" {...control} {...rest} />}
    </Field>
  );
}

/** A date and time typed in Vietnam time (`lib/format.ts` `toLocalInput`/`fromLocalInput` convert it). */
export function DateTimeField(props: Omit<InputProps, 'type'>) {
  return <TextField type="datetime-local" {...props} />;
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & ShellProps;

export function TextArea({ label, error, hint, required, rows = 4, ...rest }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(control) => <textarea className="input" rows={rows} {...control} {...rest} />}
    </Field>
  );
}

/** A select's options, after a first one for '' when `empty` names it ("choose", "all"). */
export function Options({ options, empty }: { options: ReadonlyArray<{ value: string; label: string }>; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> &
  ShellProps & {
    options: Array<{ value: string; label: string }>;
    placeholder?: string;
  };

export function SelectField({ label, error, hint, required, options, placeholder, ...rest }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(control) => (
        <select className="input" {...control} {...rest}>
          <Options options={options} empty={placeholder} />
        </select>
      )}
    </Field>
  );
}

/** A select that filters a list by one of the contract's codes; the first choice, '' (`all`), filters nothing. */
export function CodeFilter<C extends string>({
  label,
  codes,
  value,
  onChange,
  labelOf,
  all,
}: {
  label: string;
  codes: readonly C[];
  value: C | '';
  onChange: (value: C | '') => void;
  labelOf: (code: C) => string;
  all: string;
}) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(e) => onChange(oneOf(codes, e.target.value) ?? '')}
      options={codes.map((code) => ({ value: code, label: labelOf(code) }))}
      placeholder={all}
    />
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
