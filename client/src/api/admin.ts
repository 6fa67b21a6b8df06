import type { AdminCreateUserInput, AdminUserListParams, AuditParams, SuspendInput, WeightsInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const adminApi = {
  /** Any role, including staff and admin. */
  createUser: (input: AdminCreateUserInput) => call(endpoints.accounts.createUser, { body: input }),
  weights: (province: string) => call(endpoints.matching.weights, { query: { province } }),
  saveWeights: (province: string, input: WeightsInput) => call(endpoints.matching.saveWeights, { query: { province }, body: input }),
  audit: (params: AuditParams = {}) => call(endpoints.audit.log, { query: params }),
  users: (params: AdminUserListParams = {}) => call(endpoints.userAdmin.list, { query: params }),
  suspend: (id: string, input: SuspendInput) => call(endpoints.userAdmin.suspend, { params: { id }, body: input }),
  unsuspend: (id: string) => call(endpoints.userAdmin.unsuspend, { params: { id } }),
  passwordReset: (id: string) => call(endpoints.userAdmin.sendPasswordReset, { params: { id } }),
};
