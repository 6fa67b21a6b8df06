import { useState } from 'react';

/** Messages shown next to a form's fields, by field name (or the server's path of a field). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * A form's values and the messages shown next to its fields. Editing a field clears its message:
 * `set(name)` is a field's setter, `field(name)` the value, setter and message a control that takes
 * a value (EmailField, PasswordField…) is wired with.
 */
export function useFormFields<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
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
