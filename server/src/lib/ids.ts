import { v7 as uuidv7 } from 'uuid';

/**
 * New opaque id. UUIDv7 is time-ordered (monotonic within this process), so ids sort by
 * creation time — cursors and "newest first" lists can use `_id` as a tie-breaker.
 */
export function newId(): string {
  return uuidv7();
}
