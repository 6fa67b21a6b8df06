import type { TFunction } from 'i18next';
import { SELF_SERVICE_ROLES } from '@ketnoi/contract';
import type { FieldErrors } from '../../lib/useFormFields.js';

export const MIN_PASSWORD = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface SignUpValues {
  email: string;
  password: string;
  role: string;
  name: string;
  province: string;
}

export function validateEmail(email: string, t: TFunction): string | undefined {
  if (!email.trim()) return t('validation.required');
  if (!EMAIL.test(email.trim())) return t('validation.email');
  return undefined;
}

/** The same rules the server applies, checked before sending so mistakes show at once. */
export function validateSignUp(values: SignUpValues, t: TFunction, roles: readonly string[] = SELF_SERVICE_ROLES): FieldErrors {
  const errors: FieldErrors = {};
  const email = validateEmail(values.email, t);
  if (email) errors.email = email;
  if (!values.password) errors.password = t('validation.required');
  else if (values.password.length < MIN_PASSWORD) errors.password = t('validation.passwordLength', { min: MIN_PASSWORD });
  if (!roles.includes(values.role)) errors.role = t('validation.choose');
  if (!values.name.trim()) errors.name = t('validation.required');
  if (!values.province) errors.province = t('validation.choose');
  return errors;
}
