// Asking for a password reset link. The answer is the same whether or not the address has an
// account (the server's too), so this page never tells anyone which addresses are registered.
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequestPasswordReset } from '../../api/hooks/auth.js';
import { fieldErrors } from '../../api/errors.js';
import { FormError } from '../../components/States.js';
import { EmailField, AccountSubmit } from './AccountFields.js';
import { validateEmail } from './validation.js';

/** The sign-in page hands over what was typed there (in history state, never in the URL). */
function typedEmail(state: unknown): string {
  const email = (state as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : '';
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const location = useLocation();
  const [email, setEmail] = useState(() => typedEmail(location.state));
  const [error, setError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useRequestPasswordReset();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateEmail(email, t);
    setError(invalid);
    if (invalid) return;
    const address = email.trim();
    request.mutate(address, {
      onSuccess: () => setSentTo(address),
      onError: (failure) => setError(fieldErrors(failure, t).email),
    });
  };

  if (sentTo !== null) {
    return (
      <div className="page page--narrow">
        <h1>{t('account.forgot.sentTitle')}</h1>
        <div className="card" role="status">
          <p>{t('account.forgot.sent', { email: sentTo })}</p>
          <p className="muted">{t('account.forgot.sentHint')}</p>
        </div>
        <p className="form__footer">
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              request.reset();
              setSentTo(null);
            }}
          >
            {t('account.forgot.again')}
          </button>
        </p>
        <p className="form__footer">
          <Link to="/signin">{t('account.forgot.backToSignIn')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('account.forgot.title')}</h1>
      <p className="muted">{t('account.forgot.lead')}</p>
      <form onSubmit={onSubmit} noValidate className="form card">
        <EmailField
          value={email}
          onChange={(value) => {
            setEmail(value);
            setError(undefined);
          }}
          error={error}
          autoComplete="username"
        />
        {request.isError && !error && <FormError error={request.error} />}
        <AccountSubmit label={t('account.forgot.submit')} pending={request.isPending} />
        <p className="form__footer">
          <Link to="/signin">{t('account.forgot.backToSignIn')}</Link>
        </p>
      </form>
    </div>
  );
}
