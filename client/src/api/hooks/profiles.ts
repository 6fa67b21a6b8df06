import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { profilesApi } from '../profiles.js';
import { queryKeys } from '../keys.js';
import type { DirectoryParams, Me, Profile, ProfileDraft } from '@ketnoi/contract';
import { useSaveMutation } from './saved.js';

export function useProfile(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.profile(id ?? ''),
    queryFn: () => profilesApi.get(id!),
    enabled: !!id,
    staleTime: 60_000,
  });
}

export function useDirectory(params: DirectoryParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.directory(params),
    queryFn: () => profilesApi.directory({ limit: 100, ...params }),
    enabled,
  });
}

export function useSaveMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileDraft) => profilesApi.saveMe(input),
    onSuccess: (profile: Profile) => {
      queryClient.setQueryData(queryKeys.profile(profile.id), profile);
      queryClient.setQueryData<Me | null>(queryKeys.me, (me) => (me ? { ...me, profile } : me));
    },
  });
}

/** Staff/admin edit of someone else's profile. */
export function useUpdateProfile() {
  return useSaveMutation(
    ({ id, input }: { id: string; input: ProfileDraft }) => profilesApi.update(id, input),
    (profile) => queryKeys.profile(profile.id),
    [['profiles', 'directory']],
  );
}
