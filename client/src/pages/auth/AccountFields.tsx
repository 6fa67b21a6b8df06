// The account form shared by sign-up and by an admin creating an account: its state, its checks
// before sending, the server's answer mapped onto the fields, the name/email/password fields, and the
// submit button every account page (sign in, sign up, forgotten and new password) ends with.
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, type RegisterInput, type Role } from '@ketnoi/contract';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { TextField } from '../../components/Field.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { useFormFields } from '../../lib/useFormFields.js';
import { validateSignUp, type SignUpValues } from './validation.js';

export function useAccountForm(initial: SignUpValues, roles: readonly Role[]) {
  const { t } = useTranslation();
  const { values, setValues, errors, setErrors, set, field, hasErrors } = useFormFields<SignUpValues>(initial);
  const invalid = useFocusFirstInvalid();

  /** The body to send, or undefined when the values have errors (shown next to their fields). */
  const body = (): RegisterInput | undefined => {
    const found = validateSignUp(values, t, roles);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      invalid.refused();
      return undefined;
    }
    return { ...values, email: values.email.trim(), name: values.name.trim(), role: values.role as Role };
  };

  /** The server's field errors; a conflict means the email already has an account. */
  const showServerError = (error: unknown) => {
    const server = fieldErrors(error, t);
    if (isApiError(error) && error.code === 'conflict') server.email ??= t('validation.emailTaken');
    setErrors(server);
    invalid.refused();
  };

  return { values, setValues, errors, hasErrors, set, field, body, showServerError, attachForm: invalid.attach };
}

export function EmailField({
  value,
  onChange,
  error,
  autoComplete,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** `username` to sign in, `email` for your own new account, `off` for someone else's. */
  autoComplete: 'username' | 'email' | 'off';
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.email')}
      name="email"
      type="email"
      autoComplete={autoComplete}
      inputMode="email"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    />
  );
}

export function PasswordField({
  value,
  onChange,
  error,
  purpose,
  label,
  name = 'password',
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** `current` to sign in; `new` shows the length rule and lets the browser suggest one; `repeat` confirms a new one. */
  purpose: 'current' | 'new' | 'repeat';
  /** The field's label, "Mật khẩu" unless given. */
  label?: string;
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('fields.password')}
      name={name}
      type="password"
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={purpose === 'new' ? t('auth.passwordHint', { min: PASSWORD_MIN }) : undefined}
      required
    />
  );
}

/** Name, email and a new password; `forSomeoneElse` keeps the browser from filling in your own. */
export function AccountFields({
  form,
  forSomeoneElse = false,
}: {
  form: Pick<ReturnType<typeof useAccountForm>, 'values' | 'errors' | 'set' | 'field'>;
  forSomeoneElse?: boolean;
}) {
  const { t } = useTranslation();
  const { values, errors, set, field } = form;
  return (
    <>
      <TextField
        label={t('fields.name')}
        name="name"
        autoComplete={forSomeoneElse ? 'off' : 'name'}
        value={values.name}
        onChange={(e) => set('name')(e.target.value)}
        error={errors.name}
        required
      />
      <EmailField {...field('email')} autoComplete={forSomeoneElse ? 'off' : 'email'} />
      <PasswordField {...field('password')} purpose="new" />
    </>
  );
}

/** The full-width submit button of the sign-in and account pages: while the request runs it says so. */
export function AccountSubmit({ label, pending, pendingLabel }: { label: string; pending: boolean; pendingLabel?: string }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="btn btn--primary btn--block" disabled={pending}>
      {pending ? (pendingLabel ?? t('common.sending')) : label}
    </button>
  );
}
