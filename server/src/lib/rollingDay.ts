// "At most N in any 24 hours" limits counted over stored records (intro requests, meeting requests):
// the answer says when there is room again, so a 429 carries an exact Retry-After.
import { DAY_MS } from './clock.js';
import { RateLimitedError } from './errors.js';

/**
 * 429 (`message`, Retry-After) when `times` (ISO creation times) hold `max` or more within the 24
 * hours before `now`; room comes back once the oldest of the last `max` is a day old.
 */
export function assertRollingDayRoom(times: readonly string[], max: number, now: Date, message: string): void {
  const since = now.getTime() - DAY_MS;
  const recent = times
    .map((at) => Date.parse(at))
    .filter((at) => at > since)
    .sort((a, b) => a - b);
  if (recent.length < max) return;
  const freeAt = recent[recent.length - max]! + DAY_MS;
  throw new RateLimitedError(message, Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
}
