// The page a password reset mail links to (/reset-password?token=…, the path the mail module's
// `password.reset` kind builds). A used, expired or mangled link is explained in words, with a way
// to ask for a new one; a new password signs the person in and takes them home.
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfirmPasswordReset } from '../../api/hooks/auth.js';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { FormError } from '../../components/States.js';
import { homePathFor } from '../../app/nav.js';
import { PasswordField, AccountSubmit } from './AccountFields.js';
import { useFormFields, type FieldErrors } from '../../lib/useFormFields.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { passwordProblem } from './validation.js';

function LinkNotUsable({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <h1>{t('account.reset.invalidTitle')}</h1>
      <div className="card" role="alert">
        <p>{reason}</p>
        <Link to="/forgot-password" className="btn btn--primary btn--block">
          {t('account.reset.requestNew')}
        </Link>
      </div>
    </div>
  );
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { values, setErrors, field, hasErrors } = useFormFields({ password: '', repeat: '' });
  const { password, repeat } = values;
  const confirm = useConfirmPasswordReset();
  const { attach: attachForm, refused } = useFocusFirstInvalid();

  if (!token) return <LinkNotUsable reason={t('account.reset.missingToken')} />;
  if (isApiError(confirm.error) && confirm.error.code === 'invalid_token') return <LinkNotUsable reason={t('account.reset.invalid')} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const problem = passwordProblem(password, t);
    if (problem) found.password = problem;
    else if (repeat !== password) found.repeat = t('account.reset.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return refused();
    confirm.mutate(
      { token, password },
      {
        onSuccess: ({ user }) => void navigate(homePathFor(user.role), { replace: true }),
        onError: (error) => {
          setErrors(fieldErrors(error, t));
          refused();
        },
      },
    );
  };

  return (
    <div className="page page--narrow">
      <h1>{t('account.reset.title')}</h1>
      <p className="muted">{t('account.reset.lead')}</p>
      <form ref={attachForm} onSubmit={onSubmit} noValidate className="form card">
        <PasswordField purpose="new" label={t('account.reset.newPassword')} name="new-password" {...field('password')} />
        <PasswordField purpose="repeat" label={t('account.reset.repeat')} name="repeat-password" {...field('repeat')} />
        {confirm.isError && !hasErrors && <FormError error={confirm.error} />}
        <AccountSubmit label={t('account.reset.submit')} pending={confirm.isPending} pendingLabel={t('common.saving')} />
      </form>
    </div>
  );
}
