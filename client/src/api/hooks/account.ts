import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettingsInput } from '@ketnoi/contract';
import { accountApi } from '../account.js';
import { queryKeys } from '../keys.js';

export function useNotificationSettings() {
  return useQuery({ queryKey: queryKeys.notificationSettings, queryFn: accountApi.notificationSettings });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationSettingsInput) => accountApi.updateNotificationSettings(input),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.notificationSettings, settings),
  });
}
