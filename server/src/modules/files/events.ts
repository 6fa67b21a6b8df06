// Domain events of files (published after commit; see server/src/events.ts for the whole list).
import type { FilePurpose } from '@ketnoi/contract';

export interface FileEvents {
  'file.uploaded': { fileId: string; purpose: FilePurpose; by: string };
  /** `by` is 'system' for the clean-up of files nothing names. */
  'file.deleted': { fileId: string; purpose: FilePurpose; by: string };
}
