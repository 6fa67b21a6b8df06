// Domain events of needs (published after commit; see server/src/events.ts for the whole list).
import type { NeedStatus } from '@ketnoi/contract';

export interface NeedEvents {
  'need.created': { needId: string; startupId: string; province: string; category: string; by: string };
  'need.status_changed': { needId: string; startupId: string; province: string; from: NeedStatus; to: NeedStatus; by: string };
}
