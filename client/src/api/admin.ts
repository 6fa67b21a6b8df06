import type {
  AdminCreateUserInput,
  AdminUser,
  AdminUserListParams,
  AuditEntry,
  AuditParams,
  Page,
  PasswordResetSent,
  SuspendInput,
  UserEnvelope,
  Weights,
  WeightsInput,
} from '@ketnoi/contract';
import { http } from './http.js';

export const adminApi = {
  /** Any role, including staff and admin. */
  createUser: (input: AdminCreateUserInput) => http.post<UserEnvelope>('/api/admin/users', input),
  weights: (province: string) => http.get<Weights>('/api/admin/weights', { province }),
  saveWeights: (province: string, input: WeightsInput) => http.put<Weights>('/api/admin/weights', input, { province }),
  audit: (params: AuditParams = {}) => http.get<Page<AuditEntry>>('/api/admin/audit', params),
  users: (params: AdminUserListParams = {}) => http.get<Page<AdminUser>>('/api/admin/users', params),
  suspend: (id: string, input: SuspendInput) => http.post<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/suspend`, input),
  unsuspend: (id: string) => http.post<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/unsuspend`),
  passwordReset: (id: string) => http.post<PasswordResetSent>(`/api/admin/users/${encodeURIComponent(id)}/password-reset`),
};
