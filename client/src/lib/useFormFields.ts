import { useState, type Dispatch, type SetStateAction } from 'react';

/** Messages shown next to a form's fields, by field name (or the server's path of a field). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * A form's values and the messages shown next to its fields. Editing a field clears its message:
 * `set(name)` is a field's setter, `field(name)` the value, setter and message a control that takes
 * a value (EmailField, PasswordField…) is wired with. `state` hands in values held elsewhere (a kept
 * draft, lib/useDraft.ts) instead of the form's own.
 */
export function useFormFields<V extends object>(initial: V | (() => V), state?: [V, Dispatch<SetStateAction<V>>]) {
  const own = useState<V>(initial);
  const [values, setValues] = state ?? own;
  const [errors, setErrors] = useState<FieldErrors>({});

  const set =
    <K extends keyof V & string>(name: K) =>
    (value: V[K]) => {
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((e) => ({ ...e, [name]: undefined }));
    };

  const field = <K extends keyof V & string>(name: K) => ({ value: values[name], onChange: set(name), error: errors[name] });

  const hasErrors = Object.values(errors).some(Boolean);

  return { values, setValues, errors, setErrors, set, field, hasErrors };
}
