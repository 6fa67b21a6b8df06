import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegister } from '../../api/hooks/auth.js';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { SELF_SERVICE_ROLES, type Role } from '@ketnoi/contract';
import { TextField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { FormError } from '../../components/States.js';
import { MIN_PASSWORD, validateSignUp, type FieldErrors, type SignUpValues } from './validation.js';

export default function SignUp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialRole = params.get('role') ?? '';
  const [values, setValues] = useState<SignUpValues>({
    email: '',
    password: '',
    role: (SELF_SERVICE_ROLES as readonly string[]).includes(initialRole) ? initialRole : '',
    name: '',
    province: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const register = useRegister();

  const set = (field: keyof SignUpValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validateSignUp(values, t);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    register.mutate(
      { ...values, email: values.email.trim(), name: values.name.trim(), role: values.role as Role },
      {
        onSuccess: () => void navigate('/profile', { replace: true }),
        onError: (error) => {
          const server = fieldErrors(error, t);
          if (isApiError(error) && error.code === 'conflict') server.email ??= t('validation.emailTaken');
          setErrors(server);
        },
      },
    );
  };

  const hasFieldErrors = Object.values(errors).some(Boolean);
  const showFormError = register.isError && !(isApiError(register.error) && register.error.code === 'conflict') && !hasFieldErrors;

  return (
    <div className="page page--narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <p className="muted">{t('auth.signUpLead')}</p>
      <form onSubmit={onSubmit} noValidate className="form card">
        <fieldset className={`field${errors.role ? ' field--invalid' : ''}`}>
          <legend className="field__label">{t('fields.role')} *</legend>
          <div className="radio-cards">
            {SELF_SERVICE_ROLES.map((role) => (
              <label key={role} className="radio-card">
                <input type="radio" name="role" value={role} checked={values.role === role} onChange={() => set('role')(role)} />
                <span>
                  <strong>{t(`roles.${role}`)}</strong>
                  <small>{t(`auth.roleHint.${role}`)}</small>
                </span>
              </label>
            ))}
          </div>
          {errors.role && (
            <p className="field__error" role="alert">
              {errors.role}
            </p>
          )}
        </fieldset>
        <TextField
          label={t('fields.name')}
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={errors.name}
          required
        />
        <TextField
          label={t('fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onChange={(e) => set('email')(e.target.value)}
          error={errors.email}
          required
        />
        <TextField
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password')(e.target.value)}
          error={errors.password}
          hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
          required
        />
        <ProvinceSelect name="province" value={values.province} onChange={set('province')} error={errors.province} required />
        {showFormError && <FormError error={register.error} />}
        <button type="submit" className="btn btn--primary btn--block" disabled={register.isPending}>
          {register.isPending ? t('common.sending') : t('auth.signUp')}
        </button>
        <p className="form__footer">
          {t('auth.haveAccount')} <Link to="/signin">{t('auth.signIn')}</Link>
        </p>
      </form>
    </div>
  );
}
