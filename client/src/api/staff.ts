import { http } from './http.js';
import type { Intro, Need } from './types.js';

/**
 * API.md lists what the queue holds (pending_staff intros, open needs without an intro for N days,
 * intros stalled past expiry) but not its shape. Assumed `{pendingStaff, staleNeeds, stalledIntros}`;
 * `normalizeQueue` also reads a flat `{items:[{type, intro|need}]}` so either server choice works.
 */
export interface StaffQueue {
  pendingStaff: Intro[];
  staleNeeds: Need[];
  stalledIntros: Intro[];
}

interface FlatQueueItem {
  type?: string;
  kind?: string;
  intro?: Intro;
  need?: Need;
}

export function normalizeQueue(raw: unknown): StaffQueue {
  const queue: StaffQueue = { pendingStaff: [], staleNeeds: [], stalledIntros: [] };
  if (!raw || typeof raw !== 'object') return queue;
  const obj = raw as Record<string, unknown>;
  if (Array.isArray(obj.pendingStaff) || Array.isArray(obj.staleNeeds) || Array.isArray(obj.stalledIntros)) {
    queue.pendingStaff = (obj.pendingStaff as Intro[] | undefined) ?? [];
    queue.staleNeeds = (obj.staleNeeds as Need[] | undefined) ?? [];
    queue.stalledIntros = (obj.stalledIntros as Intro[] | undefined) ?? [];
    return queue;
  }
  if (Array.isArray(obj.items)) {
    for (const item of obj.items as FlatQueueItem[]) {
      const type = item.type ?? item.kind ?? '';
      if (item.need || type.includes('need')) {
        if (item.need) queue.staleNeeds.push(item.need);
      } else if (item.intro) {
        if (item.intro.status === 'pending_staff' || type.includes('pending_staff')) queue.pendingStaff.push(item.intro);
        else queue.stalledIntros.push(item.intro);
      }
    }
  }
  return queue;
}

export const staffApi = {
  queue: async () => normalizeQueue(await http.get<unknown>('/api/staff/queue')),
};
