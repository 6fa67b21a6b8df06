import type { ContactLogInput, ContactLogParams, PolicyInput, QueueParams, VerificationInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const staffApi = {
  queue: (params: QueueParams = {}) => call(endpoints.staff.queue, { query: params }),
  policy: (province: string) => call(endpoints.provinces.policy, { query: { province } }),
  /** Sends only the fields to change. */
  savePolicy: (province: string, input: PolicyInput) => call(endpoints.provinces.updatePolicy, { query: { province }, body: input }),
  contacts: (params: ContactLogParams = {}) => call(endpoints.staff.contacts, { query: params }),
  logContact: (input: ContactLogInput) => call(endpoints.staff.logContact, { body: input }),
  verify: (input: VerificationInput) => call(endpoints.staff.recordVerification, { body: input }),
};
