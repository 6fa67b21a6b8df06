// The audit log: an append-only collection. This repository has no update or delete method and
// no endpoint writes to it; entries come only from the event subscriber (subscriber.ts).
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';

import type { AuditAction, AuditTargetType, Page } from '@ketnoi/contract';

export type AuditFields = {
  at: string;
  /** A user id, or 'system' (expiry sweeps). */
  actorId: string;
  actorRole: string;
  /** The actor's name when the entry was written (names change; the log does not). */
  actorName: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  province: string | null;
  details: Record<string, unknown>;
};
export type AuditDoc = Doc & AuditFields;

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetId?: string;
  province?: string;
  from?: string | null;
  to?: string;
  limit: number;
  cursor?: string;
}

export class AuditLog {
  private readonly collection: Collection<AuditDoc>;

  constructor(store: Store) {
    this.collection = store.collection<AuditDoc>({
      name: 'audit_log',
      indexes: [
        { fields: { at: -1 } },
        { fields: { action: 1 } },
        { fields: { actorId: 1 } },
        { fields: { targetId: 1 } },
        { fields: { province: 1 } },
      ],
    });
  }

  async append(entry: AuditFields): Promise<AuditDoc> {
    return this.collection.insertOne({ _id: newId(), ...entry });
  }

  count(filter: Filter = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  async list<T>(query: AuditFilter, present: (doc: AuditDoc) => T): Promise<Page<T>> {
    const clauses: Filter[] = [];
    for (const key of ['action', 'actorId', 'targetId', 'province'] as const) if (query[key]) clauses.push({ [key]: query[key] });
    const range: Record<string, string> = {};
    if (query.from) range.$gte = query.from;
    if (query.to) range.$lt = query.to;
    if (Object.keys(range).length) clauses.push({ at: range });
    return mapPage(await findPage(this.collection, allOf(...clauses), query, 'at', -1), present);
  }
}
