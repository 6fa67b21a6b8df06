import type { ConflictInput, ConflictParams, OwnConflictInput, OwnConflictParams } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

/** Conflicts of interest: those staff declare for their province, and those a party declares itself. */
export const conflictsApi = {
  list: (params: ConflictParams) => call(endpoints.conflicts.list, { query: params }),
  declareFor: (input: ConflictInput) => call(endpoints.conflicts.declare, { body: input }),
  withdrawFor: (id: string) => call(endpoints.conflicts.withdraw, { params: { id } }),
  mine: (params: OwnConflictParams = {}) => call(endpoints.conflicts.listOwn, { query: params }),
  declare: (input: OwnConflictInput) => call(endpoints.conflicts.declareOwn, { body: input }),
  withdraw: (id: string) => call(endpoints.conflicts.withdrawOwn, { params: { id } }),
};
