import { useQuery } from '@tanstack/react-query';
import type { NotificationSettingsInput } from '@ketnoi/contract';
import { accountApi } from '../account.js';
import { queryKeys } from '../keys.js';
import { useSaveMutation } from './saved.js';

export function useNotificationSettings() {
  return useQuery({ queryKey: queryKeys.notificationSettings, queryFn: accountApi.notificationSettings });
}

export function useUpdateNotificationSettings() {
  return useSaveMutation(
    (input: NotificationSettingsInput) => accountApi.updateNotificationSettings(input),
    () => queryKeys.notificationSettings,
  );
}
