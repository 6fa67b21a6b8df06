import { z } from 'zod';
import { ROLES, SELF_SERVICE_ROLES, type ProfileKind } from './codes.js';
import { Lang, RequiredText } from './primitives.js';
import { ProfileOutput } from './profiles.js';
import { ProvinceCode, ProvinceInput } from './reference.js';

export function isProfileKind(role: string): role is ProfileKind {
  return (SELF_SERVICE_ROLES as readonly string[]).includes(role);
}

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }))
  .meta({ example: 'lan@example.vn' });

export const PASSWORD_MIN = 10;

/**
 * Counted in NFC characters, as it is hashed (a decomposed "ậ" is one character, not three).
 * Spaces count, but a password of spaces alone is refused: it is what a slipped thumb types.
 */
export const Password = z
  .string()
  .normalize('NFC')
  .min(PASSWORD_MIN, `The password needs at least ${PASSWORD_MIN} characters.`)
  .max(256, 'The password is too long (256 characters at most).')
  .refine((password) => password.trim() !== '', 'The password cannot be only spaces.');

export const PersonName = RequiredText(120, 'Enter a name.');

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });

export const RegisterBody = z
  .strictObject({
    email: Email,
    password: Password,
    role: RoleSchema,
    name: PersonName,
    province: ProvinceInput,
    language: Lang.optional().meta({ description: 'Language of mails and the default of notification settings (default vi)' }),
  })
  .meta({ id: 'RegisterRequest' });

export const AdminCreateUserBody = z
  .strictObject({
    email: Email,
    password: Password,
    role: RoleSchema,
    name: PersonName,
    province: ProvinceInput.nullable().optional(),
    language: Lang.optional().meta({ description: 'Language of mails (default vi)' }),
  })
  .meta({ id: 'AdminCreateUserRequest' });

export const LoginBody = z
  .strictObject({
    email: Email,
    password: z.string().min(1, 'Enter your password.').max(256),
  })
  .meta({ id: 'LoginRequest' });

/** The code of the issue on `currentPassword` when POST /api/auth/password is sent a wrong one. */
export const WRONG_PASSWORD_ISSUE = 'wrong_password';

/**
 * A signed-in person changes their own password. The current one is checked as at sign-in (not
 * normalised here: a hash made before passwords were normalised holds it as typed); a new one equal
 * to it, in NFC, is refused before any check.
 */
export const ChangePasswordBody = z
  .strictObject({
    currentPassword: z.string().min(1, 'Enter your current password.').max(256),
    newPassword: Password,
  })
  .refine((body) => body.currentPassword.normalize('NFC') !== body.newPassword, {
    path: ['newPassword'],
    message: 'The new password is the same as the current one. Choose a different password.',
  })
  .meta({ id: 'ChangePasswordRequest' });

export const UserSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    role: RoleSchema,
    name: z.string(),
    province: ProvinceCode.nullable(),
    language: Lang.meta({ description: 'Language of mails; changed with PUT /api/me/notification-settings' }),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'User' });

export const UserEnvelope = z.strictObject({ user: UserSchema }).meta({ id: 'UserEnvelope' });
export const MeResponse = z.strictObject({ user: UserSchema, profile: ProfileOutput.nullable() }).meta({ id: 'MeResponse' });

/** GET /api/auth/session: the same as /api/auth/me, or nulls for a visitor (no 401 to log on public pages). */
export const SessionResponse = z
  .strictObject({ user: UserSchema.nullable(), profile: ProfileOutput.nullable() })
  .meta({ id: 'SessionResponse' });

export type RegisterInput = z.input<typeof RegisterBody>;
export type AdminCreateUserInput = z.input<typeof AdminCreateUserBody>;
export type LoginInput = z.input<typeof LoginBody>;
export type ChangePasswordInput = z.input<typeof ChangePasswordBody>;
export type User = z.output<typeof UserSchema>;
export type UserEnvelope = z.output<typeof UserEnvelope>;
export type Me = z.output<typeof MeResponse>;
export type Session = z.output<typeof SessionResponse>;
