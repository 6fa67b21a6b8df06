// Building a stored profile from validated input, shared by the service (one at a time) and
// the bulk seed loader (100 000 at a time), so both produce identical documents.
import { newId } from '../../lib/ids.js';
import type { ProfileInput, ProfileKind } from '@ketnoi/contract';
import type { ProfileDoc } from './repository.js';
import { nameKeyOf } from './repository.js';

export interface BuildProfileOptions {
  kind: ProfileKind;
  input: ProfileInput;
  existing: ProfileDoc | null;
  userId: string;
  now: string;
  /** Staff may set `verified`; owners keep whatever it was. */
  mayVerify: boolean;
}

export function buildProfileDoc({ kind, input, existing, userId, now, mayVerify }: BuildProfileOptions): ProfileDoc {
  const { id: _id, createdAt: _c, updatedAt: _u, verified, hidden, kind: _k, ...fields } = input as ProfileInput & { kind?: string };
  const doc = {
    ...(fields as Partial<ProfileDoc>),
    _id: existing?._id ?? newId(),
    userId,
    kind,
    nameKey: nameKeyOf(fields.name),
    verified: mayVerify && verified !== undefined ? verified : (existing?.verified ?? false),
    hidden: hidden ?? existing?.hidden ?? false,
    coverage: coverageOf(kind, fields as Partial<ProfileDoc>, existing),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  } as ProfileDoc;
  if (existing?.suspended) doc.suspended = true;
  if (existing?.verificationLapse && !doc.verified) doc.verificationLapse = existing.verificationLapse;
  return doc;
}

/** Need categories a profile covers (startups: kept by the needs service from active needs). */
export function coverageOf(kind: ProfileKind, fields: Partial<ProfileDoc>, existing: ProfileDoc | null): string[] {
  switch (kind) {
    case 'expert':
      return fields.expertise ?? [];
    case 'provider':
      return fields.offerings ?? [];
    case 'investor':
      return ['funding'];
    case 'startup':
      return existing?.coverage ?? [];
  }
}
