import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegister } from '../../api/hooks/auth.js';
import { isApiError } from '../../api/http.js';
import { SELF_SERVICE_ROLES } from '@ketnoi/contract';
import { Fieldset } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { RadioCards } from '../../components/RadioCards.js';
import { FormError } from '../../components/States.js';
import { oneOf } from '../../lib/codes.js';
import { AccountFields, useAccountForm, AccountSubmit } from './AccountFields.js';

export default function SignUp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useAccountForm(
    { email: '', password: '', role: oneOf(SELF_SERVICE_ROLES, params.get('role')) ?? '', name: '', province: '' },
    SELF_SERVICE_ROLES,
  );
  const { values, errors, set, attachForm } = form;
  const register = useRegister();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.body();
    if (!body) return;
    register.mutate(body, {
      onSuccess: () => void navigate('/profile', { replace: true }),
      onError: form.showServerError,
    });
  };

  const emailTaken = isApiError(register.error) && register.error.code === 'conflict';
  const showFormError = register.isError && !emailTaken && !form.hasErrors;

  return (
    <div className="page page--narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <p className="muted">{t('auth.signUpLead')}</p>
      <form ref={attachForm} onSubmit={onSubmit} noValidate className="form card">
        <Fieldset legend={`${t('fields.role')} *`} error={errors.role}>
          <RadioCards
            name="role"
            options={SELF_SERVICE_ROLES}
            value={values.role}
            onChange={set('role')}
            title={(role) => t(`roles.${role}`)}
            hint={(role) => t(`auth.roleHint.${role}`)}
          />
        </Fieldset>
        <AccountFields form={form} />
        <ProvinceSelect name="province" value={values.province} onChange={set('province')} error={errors.province} required />
        {showFormError && <FormError error={register.error} />}
        {emailTaken && errors.email && (
          // Most often the person's own account from before: the way in, not a dead end.
          <p className="notice notice--action">
            {t('auth.emailTakenWayIn')} <Link to="/signin">{t('auth.signIn')}</Link> ·{' '}
            <Link to="/forgot-password" state={{ email: values.email.trim() }}>
              {t('account.forgot.link')}
            </Link>
          </p>
        )}
        <AccountSubmit label={t('auth.signUp')} pending={register.isPending} />
        <p className="form__footer">
          {t('auth.haveAccount')} <Link to="/signin">{t('auth.signIn')}</Link>
        </p>
      </form>
    </div>
  );
}
