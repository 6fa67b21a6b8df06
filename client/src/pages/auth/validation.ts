import type { TFunction } from 'i18next';
import { PASSWORD_MIN, SELF_SERVICE_ROLES } from '@ketnoi/contract';
import type { FieldErrors } from '../../lib/useFormFields.js';

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

/** The server's password rules: NFC characters, as it counts them, and not spaces alone. */
export function passwordProblem(password: string, t: TFunction): string | undefined {
  if (!password) return t('validation.required');
  if (password.normalize('NFC').length < PASSWORD_MIN) return t('validation.passwordLength', { min: PASSWORD_MIN });
  if (!password.trim()) return t('validation.passwordBlank');
  return undefined;
}

/** The same rules the server applies, checked before sending so mistakes show at once. */
export function validateSignUp(values: SignUpValues, t: TFunction, roles: readonly string[] = SELF_SERVICE_ROLES): FieldErrors {
  const errors: FieldErrors = {};
  const email = validateEmail(values.email, t);
  if (email) errors.email = email;
  const password = passwordProblem(values.password, t);
  if (password) errors.password = password;
  if (!roles.includes(values.role)) errors.role = t('validation.choose');
  if (!values.name.trim()) errors.name = t('validation.required');
  if (!values.province) errors.province = t('validation.choose');
  return errors;
}
