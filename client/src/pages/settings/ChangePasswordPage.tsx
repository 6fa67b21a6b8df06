// Change my password while signed in (POST /api/auth/password), from the account menu. The new
// password follows the sign-up rules (passwordProblem); a wrong current one is the server's word on
// that field. On success this browser stays signed in under a new session (the realtime layer
// connects again when the server closes the old session's socket), and every other device is signed out.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WRONG_PASSWORD_ISSUE } from '@ketnoi/contract';
import { useChangePassword, useMe } from '../../api/hooks/auth.js';
import { fieldErrors } from '../../api/errors.js';
import { FormError } from '../../components/States.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { useFormFields, type FieldErrors } from '../../lib/useFormFields.js';
import { AccountSubmit, PasswordField } from '../auth/AccountFields.js';
import { passwordProblem } from '../auth/validation.js';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const email = useMe().data?.user.email ?? '';
  const { values, setValues, setErrors, field, hasErrors } = useFormFields(EMPTY);
  const change = useChangePassword();
  const [changedNow, setChangedNow] = useState(false);
  // A refusal (ours or the server's) takes the focus to the first field to fix.
  const { attach: attachForm, refused } = useFocusFirstInvalid();

  const refuse = (found: FieldErrors) => {
    setErrors(found);
    refused();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChangedNow(false);
    const { currentPassword, newPassword, repeat } = values;
    const found: FieldErrors = {};
    if (!currentPassword) found.currentPassword = t('validation.required');
    const problem = passwordProblem(newPassword, t);
    if (problem) found.newPassword = problem;
    else if (currentPassword && newPassword.normalize('NFC') === currentPassword.normalize('NFC'))
      found.newPassword = t('account.password.sameAsCurrent');
    else if (repeat !== newPassword) found.repeat = t('account.reset.mismatch');
    if (Object.keys(found).length > 0) return refuse(found);
    setErrors({});
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setChangedNow(true);
        },
        onError: (error) => {
          const server = fieldErrors(error, t, { [WRONG_PASSWORD_ISSUE]: t('account.password.wrongCurrent') });
          if (Object.keys(server).length > 0) refuse(server);
        },
      },
    );
  };

  return (
    <div className="page page--narrow">
      <h1>{t('account.password.title')}</h1>
      <p className="muted">{t('account.password.lead')}</p>
      <form ref={attachForm} onSubmit={onSubmit} noValidate className="form card">
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField purpose="current" label={t('account.password.current')} name="current-password" {...field('currentPassword')} />
        <PasswordField purpose="new" label={t('account.reset.newPassword')} name="new-password" {...field('newPassword')} />
        <PasswordField purpose="repeat" label={t('account.reset.repeat')} name="repeat-password" {...field('repeat')} />
        {change.isError && !hasErrors && <FormError error={change.error} />}
        {changedNow && (
          <p className="notice notice--ok" role="status">
            {t('account.password.changed')}
          </p>
        )}
        <AccountSubmit label={t('account.password.submit')} pending={change.isPending} pendingLabel={t('common.saving')} />
        <p className="form__footer">
          {t('account.password.forgot')} <Link to="/forgot-password">{t('account.forgot.link')}</Link>
        </p>
      </form>
    </div>
  );
}
