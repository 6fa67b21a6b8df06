// Who may read and change a province's settings: its own staff, and admins for any province
// (an admin names it; staff naming another province get 403).
import type { ProvinceCode } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { staffScope } from '../staff/policy.js';

export const provinceSettingsPolicy = {
  /** The province whose settings the user reads or changes. */
  provinceFor(user: AuthUser, requested: ProvinceCode | undefined): ProvinceCode {
    return staffScope.provinceFor(user, requested)!;
  },
};
