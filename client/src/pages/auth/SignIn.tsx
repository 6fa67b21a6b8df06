import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../../api/hooks/auth.js';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { FormError } from '../../components/States.js';
import { homePathFor } from '../../app/nav.js';
import { safeNext } from '../../app/guards.js';
import { useFormFields, type FieldErrors } from '../../lib/useFormFields.js';
import { validateEmail } from './validation.js';
import { EmailField, PasswordField, AccountSubmit } from './AccountFields.js';

export default function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { values, setErrors, field, hasErrors } = useFormFields({ email: '', password: '' });
  const { email, password } = values;
  const login = useLogin();
  const next = params.get('next');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: FieldErrors = {};
    const emailError = validateEmail(email, t);
    if (emailError) clientErrors.email = emailError;
    if (!password) clientErrors.password = t('validation.required');
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ user }) => void navigate(safeNext(next, homePathFor(user.role)), { replace: true }),
        onError: (error) => setErrors(fieldErrors(error, t)),
      },
    );
  };

  const wrongCredentials = isApiError(login.error) && login.error.status === 401;

  return (
    <div className="page page--narrow">
      <h1>{t('auth.signInTitle')}</h1>
      {next && <p className="notice">{t('auth.signInToContinue')}</p>}
      <form onSubmit={onSubmit} noValidate className="form card">
        <EmailField {...field('email')} autoComplete="username" />
        <PasswordField {...field('password')} purpose="current" />
        <p className="form__aside">
          <Link to="/forgot-password" state={{ email: email.trim() }}>
            {t('account.forgot.link')}
          </Link>
        </p>
        {wrongCredentials ? (
          <p className="form-error" role="alert">
            {t('auth.wrongCredentials')}
          </p>
        ) : (
          login.isError && !hasErrors && <FormError error={login.error} />
        )}
        <AccountSubmit label={t('auth.signIn')} pending={login.isPending} />
        <p className="form__footer">
          {t('auth.noAccount')} <Link to="/signup">{t('auth.signUp')}</Link>
        </p>
      </form>
    </div>
  );
}
