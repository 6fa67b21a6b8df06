import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { opportunitiesApi } from '../opportunities.js';
import { queryKeys } from '../keys.js';
import type { CreateOpportunityInput, InterestInput, Opportunity, OpportunityListParams, UpdateOpportunityInput } from '@ketnoi/contract';

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

function useStoreOpportunity() {
  const queryClient = useQueryClient();
  return (opportunity: Opportunity) => {
    queryClient.setQueryData(queryKeys.opportunity(opportunity.id), opportunity);
    void queryClient.invalidateQueries({ queryKey: ['opportunities', 'list'] });
  };
}

export function useCreateOpportunity() {
  const store = useStoreOpportunity();
  return useMutation({ mutationFn: (input: CreateOpportunityInput) => opportunitiesApi.create(input), onSuccess: store });
}

/** Edit, close (`status: 'closed'`) or renew (a new `expiresAt`). */
export function useUpdateOpportunity(id: string) {
  const store = useStoreOpportunity();
  return useMutation({ mutationFn: (input: UpdateOpportunityInput) => opportunitiesApi.update(id, input), onSuccess: store });
}

export function useOpportunityInterest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InterestInput) => opportunitiesApi.interest(id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.intros }),
  });
}
