import type { DirectoryParams, ProfileDraft } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const profilesApi = {
  me: () => call(endpoints.profiles.own),
  saveMe: (input: ProfileDraft) => call(endpoints.profiles.saveOwn, { body: input }),
  get: (id: string) => call(endpoints.profiles.get, { params: { id } }),
  directory: (params: DirectoryParams = {}) => call(endpoints.profiles.directory, { query: params }),
  /** Staff of the profile's province, or admin. */
  update: (id: string, input: ProfileDraft) => call(endpoints.profiles.saveAsStaff, { params: { id }, body: input }),
};
