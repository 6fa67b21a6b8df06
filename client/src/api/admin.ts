import type { AdminCreateUserInput, AuditEntry, AuditParams, Page, UserEnvelope, Weights, WeightsInput } from '@ketnoi/contract';
import { http } from './http.js';

export const adminApi = {
  /** Any role, including staff and admin. */
  createUser: (input: AdminCreateUserInput) => http.post<UserEnvelope>('/api/admin/users', input),
  weights: (province: string) => http.get<Weights>('/api/admin/weights', { province }),
  saveWeights: (province: string, input: WeightsInput) => http.put<Weights>('/api/admin/weights', input, { province }),
  audit: (params: AuditParams = {}) => http.get<Page<AuditEntry>>('/api/admin/audit', params),
};
