import type {
  CallInput,
  CallListParams,
  Entry,
  EntryInput,
  EntryListParams,
  PatchEntryInput,
  RecuseInput,
  ScoreInput,
} from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { apiUrl, call, endpointPath } from './http.js';

const entry = (id: string, entryId: string) => ({ params: { id, entryId } });

export const callsApi = {
  /** The event a call belongs to (the organiser's console opens before a call exists). */
  event: (eventId: string) => call(endpoints.events.get, { params: { id: eventId } }),
  templates: () => call(endpoints.calls.templates),
  list: (params: CallListParams = {}) => call(endpoints.calls.list, { query: params }),
  assignments: () => call(endpoints.calls.assignments),
  get: (eventId: string) => call(endpoints.calls.get, { params: { id: eventId } }),
  save: (eventId: string, input: CallInput) => call(endpoints.calls.save, { params: { id: eventId }, body: input }),
  candidates: (eventId: string, q?: string) => call(endpoints.calls.judgeCandidates, { params: { id: eventId }, query: { q } }),
  entries: (eventId: string, params: EntryListParams = {}) => call(endpoints.calls.entries, { params: { id: eventId }, query: params }),
  submit: (eventId: string, input: EntryInput) => call(endpoints.calls.enter, { params: { id: eventId }, body: input }),
  editEntry: (eventId: string, entryId: string, input: PatchEntryInput) =>
    call(endpoints.calls.editEntry, { ...entry(eventId, entryId), body: input }),
  withdraw: (eventId: string, entryId: string) => call(endpoints.calls.withdrawEntry, entry(eventId, entryId)),
  score: (eventId: string, entryId: string, input: ScoreInput) => call(endpoints.calls.score, { ...entry(eventId, entryId), body: input }),
  recuse: (eventId: string, entryId: string, input: RecuseInput) =>
    call(endpoints.calls.recuse, { ...entry(eventId, entryId), body: input }),
  progress: (eventId: string) => call(endpoints.calls.judgingProgress, { params: { id: eventId } }),
  results: (eventId: string) => call(endpoints.calls.results, { params: { id: eventId } }),
  publish: (eventId: string) => call(endpoints.calls.publishResults, { params: { id: eventId } }),
  /** The scores CSV is a download: a link, not a call. */
  scoresCsvUrl: (eventId: string, lang: string) => apiUrl(endpointPath(endpoints.calls.scoresCsv, { id: eventId }), { lang }),
};

/** Every page of a list (a jury's sheet holds at most a few hundred entries). */
export async function allEntries(eventId: string, params: EntryListParams = {}): Promise<Entry[]> {
  const items: Entry[] = [];
  let cursor: string | undefined;
  do {
    const page = await callsApi.entries(eventId, { ...params, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
