import type {
  CalendarEvent,
  Call,
  CallInput,
  CallListItem,
  CallListParams,
  CallResults,
  CallTemplate,
  Entry,
  EntryInput,
  EntryListParams,
  JudgingAssignment,
  JudgingProgress,
  Judgement,
  JuryMember,
  Page,
  PatchEntryInput,
  RecuseInput,
  ScoreInput,
} from '@ketnoi/contract';
import { apiUrl, http } from './http.js';

const event = (id: string, rest = '') => `/api/events/${encodeURIComponent(id)}${rest}`;
const entry = (id: string, entryId: string, rest = '') => event(id, `/entries/${encodeURIComponent(entryId)}${rest}`);

export const callsApi = {
  /** The event a call belongs to (the organiser's console opens before a call exists). */
  event: (eventId: string) => http.get<CalendarEvent>(event(eventId)),
  templates: () => http.get<{ items: CallTemplate[] }>('/api/calls/templates'),
  list: (params: CallListParams = {}) => http.get<Page<CallListItem>>('/api/calls', params),
  assignments: () => http.get<{ items: JudgingAssignment[] }>('/api/calls/assignments'),
  get: (eventId: string) => http.get<Call>(event(eventId, '/call')),
  save: (eventId: string, input: CallInput) => http.put<Call>(event(eventId, '/call'), input),
  candidates: (eventId: string, q?: string) => http.get<{ items: JuryMember[] }>(event(eventId, '/call/judge-candidates'), { q }),
  entries: (eventId: string, params: EntryListParams = {}) => http.get<Page<Entry>>(event(eventId, '/entries'), params),
  submit: (eventId: string, input: EntryInput) => http.post<Entry>(event(eventId, '/entries'), input),
  editEntry: (eventId: string, entryId: string, input: PatchEntryInput) => http.patch<Entry>(entry(eventId, entryId), input),
  withdraw: (eventId: string, entryId: string) => http.post<Entry>(entry(eventId, entryId, '/withdraw')),
  score: (eventId: string, entryId: string, input: ScoreInput) => http.put<Judgement>(entry(eventId, entryId, '/score'), input),
  recuse: (eventId: string, entryId: string, input: RecuseInput) => http.post<Judgement>(entry(eventId, entryId, '/recuse'), input),
  progress: (eventId: string) => http.get<JudgingProgress>(event(eventId, '/judging')),
  results: (eventId: string) => http.get<CallResults>(event(eventId, '/results')),
  publish: (eventId: string) => http.post<CallResults>(event(eventId, '/results/publish')),
  /** The scores CSV is a download: a link, not a fetch. */
  scoresCsvUrl: (eventId: string, lang: string) => apiUrl(event(eventId, '/scores.csv'), { lang }),
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
