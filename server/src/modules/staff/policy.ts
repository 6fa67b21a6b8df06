// The one scope policy of the staff tools and reports: staff act only inside their own province,
// admins everywhere. An explicitly named other province is refused (403); an object that lies
// outside the caller's scope is reported as missing (404), so ids never reveal other provinces' data.
import { provincesInRegion } from '@ketnoi/seeds';
import type { AuthUser } from '../../http/api.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import type { Filter } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProvinceCode } from '@ketnoi/contract';

/** What a list or report covers: one province, the provinces of a region, or the whole country. */
export type Scope =
  | { level: 'province'; province: string; region: null; provinces: string[] }
  | { level: 'region'; province: null; region: string; provinces: string[] }
  | { level: 'national'; province: null; region: null; provinces: null };

const provinceScope = (province: string): Scope => ({ level: 'province', province, region: null, provinces: [province] });
const NATIONAL: Scope = { level: 'national', province: null, region: null, provinces: null };

function ownProvince(user: AuthUser): ProvinceCode {
  if (user.role !== 'staff' || !user.province) throw new ForbiddenError('This staff account has no province; ask an admin to set one.');
  return user.province;
}

export const staffScope = {
  /**
   * The single province an action works on (policy, a queue for staff). Staff: their own (naming
   * another is 403). Admin: the one named; without one, `null` when `adminMayOmit`, else 400 on
   * `path` (where the province was asked for: `query.province` unless a body field).
   */
  provinceFor(
    user: AuthUser,
    requested: ProvinceCode | undefined,
    options: { adminMayOmit?: boolean; path?: string } = {},
  ): ProvinceCode | null {
    if (user.role === 'admin') {
      if (requested) return requested;
      if (options.adminMayOmit) return null;
      throw new ValidationError('Name the province.', [{ path: options.path ?? 'query.province', message: 'required for admins' }]);
    }
    const own = ownProvince(user);
    if (requested && requested !== own) throw new ForbiddenError('Staff can only work on their own province.');
    return own;
  },

  /** Lists and reports: staff see their province; admins a province, a region roll-up or the country. */
  listScope(user: AuthUser, requested: { province?: ProvinceCode | undefined; region?: string | undefined }): Scope {
    if (requested.province && requested.region) {
      throw new ValidationError('Give a province or a region, not both.', [{ path: 'query.region', message: 'conflicts with province' }]);
    }
    if (user.role !== 'admin') {
      if (requested.region) throw new ForbiddenError('Region roll-ups are for admins.');
      return provinceScope(this.provinceFor(user, requested.province)!);
    }
    if (requested.province) return provinceScope(requested.province);
    if (requested.region) {
      const provinces = provincesInRegion(requested.region).map((p) => p.code as string);
      return { level: 'region', province: null, region: requested.region, provinces };
    }
    return NATIONAL;
  },

  includes(scope: Scope, province: string | null | undefined): boolean {
    return scope.provinces === null || (province !== null && province !== undefined && scope.provinces.includes(province));
  },

  /** Store filter on a `province` field (empty for the whole country). */
  filter(scope: Scope, field = 'province'): Filter {
    if (scope.provinces === null) return {};
    return scope.provinces.length === 1 ? { [field]: scope.provinces[0] } : { [field]: { $in: scope.provinces } };
  },

  /** An object (profile, need, intro, conflict, log entry) the caller may act on; else 404. */
  assertObject(user: AuthUser, provinces: string | readonly (string | null | undefined)[], what: string): void {
    const list = typeof provinces === 'string' ? [provinces] : provinces;
    if (!list.some((p) => isStaffFor(user, p))) throw new NotFoundError(what);
  },

  /** An object looked up for the caller (`what`): missing or outside the caller's provinces are the same 404. */
  found<T extends { province: string }>(user: AuthUser, object: T | null | undefined, what: string): T {
    if (!object) throw new NotFoundError(what);
    this.assertObject(user, object.province, what);
    return object;
  },
};
