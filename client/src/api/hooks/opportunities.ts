import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opportunitiesApi } from '../opportunities.js';
import { queryKeys } from '../keys.js';
import type { CreateOpportunityInput, InterestInput, OpportunityListParams, UpdateOpportunityInput } from '@ketnoi/contract';
import { useSaveMutation } from './saved.js';

export function useOpportunities(params: OpportunityListParams) {
  return useQuery({
    queryKey: queryKeys.opportunityList(params),
    queryFn: ({ signal }) => opportunitiesApi.list({ limit: 50, ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.opportunity(id ?? ''), queryFn: () => opportunitiesApi.get(id!), enabled: !!id });
}

const OPPORTUNITY_LISTS = [['opportunities', 'list']];

export function useCreateOpportunity() {
  return useSaveMutation(
    (input: CreateOpportunityInput) => opportunitiesApi.create(input),
    (opportunity) => queryKeys.opportunity(opportunity.id),
    OPPORTUNITY_LISTS,
  );
}

/** Edit, close (`status: 'closed'`) or renew (a new `expiresAt`). */
export function useUpdateOpportunity(id: string) {
  return useSaveMutation(
    (input: UpdateOpportunityInput) => opportunitiesApi.update(id, input),
    (opportunity) => queryKeys.opportunity(opportunity.id),
    OPPORTUNITY_LISTS,
  );
}

export function useOpportunityInterest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InterestInput) => opportunitiesApi.interest(id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.intros }),
  });
}
