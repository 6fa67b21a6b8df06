// The administrator's user list and account actions: find an account, suspend or unsuspend it,
// send it a password reset link (GET /api/admin/users, POST /api/admin/users/:id/…).
import { z } from 'zod';
import { PROFILE_KINDS } from './codes.js';
import { RoleSchema, UserSchema } from './accounts.js';
import { PageOf, Paged, QueryBool, Text } from './primitives.js';
import { ProvinceInput } from './reference.js';

export const AdminUserListQuery = z.strictObject({
  q: Text(100).optional().meta({ description: 'Part of the name or e-mail; diacritics and case do not matter' }),
  role: RoleSchema.optional(),
  province: ProvinceInput.optional(),
  suspended: QueryBool.optional(),
  ...Paged,
});

/** The account as its owner sees it (User), less its mail language, plus what an administrator needs. */
export const AdminUserOutput = UserSchema.omit({ language: true })
  .extend({
    lastLoginAt: z.string().nullable(),
    suspended: z.boolean(),
    suspendedAt: z.string().nullable(),
    suspendReason: z.string().nullable(),
    profile: z
      .strictObject({ id: z.string(), kind: z.enum(PROFILE_KINDS), name: z.string() })
      .nullable()
      .meta({ description: 'The account’s profile, if it has made one' }),
  })
  .meta({ id: 'AdminUser' });

export const AdminUserPage = PageOf(AdminUserOutput).meta({ id: 'AdminUserPage' });

export const SuspendBody = z
  .strictObject({ reason: Text(500).optional().meta({ description: 'Why (kept in the audit log)' }) })
  .meta({ id: 'SuspendAccountRequest' });

export const PasswordResetSent = z
  .strictObject({ queued: z.literal(true), email: z.string().meta({ description: 'Where the link was mailed' }) })
  .meta({ id: 'PasswordResetSent' });

export type AdminUserListParams = z.input<typeof AdminUserListQuery>;
export type AdminUser = z.output<typeof AdminUserOutput>;
export type SuspendInput = z.input<typeof SuspendBody>;
export type PasswordResetSent = z.output<typeof PasswordResetSent>;
