import type { DirectoryParams, Page, Profile, ProfileDraft } from '@ketnoi/contract';
import { http } from './http.js';

export const profilesApi = {
  me: () => http.get<Profile>('/api/profiles/me'),
  saveMe: (input: ProfileDraft) => http.put<Profile>('/api/profiles/me', input),
  get: (id: string) => http.get<Profile>(`/api/profiles/${encodeURIComponent(id)}`),
  directory: (params: DirectoryParams = {}) => http.get<Page<Profile>>('/api/profiles', params),
  /** Staff of the profile's province, or admin. */
  update: (id: string, input: ProfileDraft) => http.put<Profile>(`/api/profiles/${encodeURIComponent(id)}`, input),
};
