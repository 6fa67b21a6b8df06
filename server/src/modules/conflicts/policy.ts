// Who may see, declare and withdraw a conflict-of-interest declaration.
import type { Actor } from '../../lib/authorize.js';
import { definePolicy } from '../../lib/authorize.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ConflictDoc } from './repository.js';

/** A declaration with the provinces it concerns (resolved for declarations older than the field). */
export interface ConflictSubject {
  conflict: ConflictDoc;
  provinces: readonly string[];
}

const coversEither = ({ user }: Actor, provinces: readonly string[]) => provinces.some((p) => isStaffFor(user, p));

export const conflictPolicy = definePolicy<ConflictSubject, 'withdraw'>(
  'Conflict declaration',
  (actor, { provinces }) => coversEither(actor, provinces),
  {
    withdraw: {
      // The office that declared it answers for it: the other side's staff see it but cannot lift it.
      allow: ({ user }, { conflict }) => user.role === 'admin' || (user.role === 'staff' && conflict.declaredProvince === user.province),
      denied: 'Only staff of the province that declared this conflict (or an admin) can withdraw it.',
    },
  },
);

/** Staff of either side's province may declare one (a Lạng Sơn startup and a Hà Nội expert). */
export const mayDeclareBetween = (actor: Actor, provinces: readonly string[]) => coversEither(actor, provinces);
