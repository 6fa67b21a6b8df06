import type {
  ContactLogEntry,
  ContactLogInput,
  ContactLogParams,
  Page,
  PolicyInput,
  ProvincePolicy,
  QueueParams,
  StaffQueue,
  Verification,
  VerificationInput,
} from '@ketnoi/contract';
import { http } from './http.js';

export const staffApi = {
  queue: (params: QueueParams = {}) => http.get<StaffQueue>('/api/staff/queue', params),
  policy: (province: string) => http.get<ProvincePolicy>('/api/staff/policy', { province }),
  /** Sends only the fields to change. */
  savePolicy: (province: string, input: PolicyInput) => http.put<ProvincePolicy>('/api/staff/policy', input, { province }),
  contacts: (params: ContactLogParams = {}) => http.get<Page<ContactLogEntry>>('/api/staff/contacts', params),
  logContact: (input: ContactLogInput) => http.post<ContactLogEntry>('/api/staff/contacts', input),
  verify: (input: VerificationInput) => http.post<Verification>('/api/staff/verifications', input),
};
