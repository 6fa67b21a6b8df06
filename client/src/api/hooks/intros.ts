import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateIntroInput, Intro, IntroBox, IntroStatus } from '@ketnoi/contract';
import { introsApi } from '../intros.js';
import { queryKeys } from '../keys.js';
import { upsertIntro } from '../cache.js';
import { useMyProfileId } from './auth.js';

export function useIntros(box: IntroBox, status?: IntroStatus) {
  const params = status ? { box, status } : { box };
  return useInfiniteQuery({
    queryKey: queryKeys.introList(params),
    queryFn: ({ pageParam }) => introsApi.list({ ...params, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useIntro(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.intro(id ?? ''), queryFn: () => introsApi.get(id!), enabled: !!id });
}

/** The intros between me and one profile (either direction), e.g. to offer "message" instead of "ask" on its page. */
export function useIntrosWith(profileId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.introsWith(profileId ?? ''),
    queryFn: () => introsApi.list({ with: profileId!, limit: 20 }),
    enabled: !!profileId,
  });
}

/** Match lists carry each candidate's live intro with me; they are stale once an intro changes. */
function afterIntroChange(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.staffQueue });
  void queryClient.invalidateQueries({ queryKey: ['matches', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['intros', 'with'] });
}

export function useCreateIntro() {
  const queryClient = useQueryClient();
  const me = useMyProfileId();
  return useMutation({
    mutationFn: (input: CreateIntroInput) => introsApi.create(input),
    onSuccess: (intro) => {
      upsertIntro(queryClient, intro, me);
      afterIntroChange(queryClient);
    },
  });
}

export type IntroAction = 'accept' | 'decline' | 'withdraw' | 'approve' | 'reject';

export function useIntroAction() {
  const queryClient = useQueryClient();
  const me = useMyProfileId();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: IntroAction; reason?: string }): Promise<Intro> => {
      switch (action) {
        case 'accept':
          return introsApi.accept(id);
        case 'decline':
          return introsApi.decline(id, reason ? { reason } : {});
        case 'withdraw':
          return introsApi.withdraw(id);
        case 'approve':
          return introsApi.approve(id);
        case 'reject':
          return introsApi.reject(id, reason ? { reason } : {});
      }
    },
    onSuccess: (intro) => {
      upsertIntro(queryClient, intro, me);
      afterIntroChange(queryClient);
      if (intro.conversationId) void queryClient.invalidateQueries({ queryKey: queryKeys.conversationList });
    },
  });
}
