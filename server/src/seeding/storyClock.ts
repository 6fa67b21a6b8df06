// The demo tells weeks of history through the real services by moving the app's clock into the
// past. StoryClock is the one way its scenes move it: never past the real "now" (a scene dated
// later the same day happens now instead, so nothing is stamped in the future), and only once
// what the previous step set off has finished (a notification written after commit takes the
// clock's time when it is written, which must still be the time of its cause).
import type { EventBus } from '../lib/events.js';
import type { ShiftedClock } from '../lib/clock.js';

export class StoryClock {
  /** The story's "now": the app's own clock when loading starts. */
  readonly now: number;

  constructor(
    private readonly clock: ShiftedClock,
    private readonly events: EventBus,
  ) {
    this.now = clock.unshifted().getTime();
  }

  /** Moves the story to the instant `ms` (at most now). */
  async moveTo(ms: number): Promise<void> {
    await this.events.settled();
    this.clock.shiftMs = Math.min(ms, this.now) - this.now;
  }

  /** Back to the app's own time, once the last step's effects are written. */
  async end(): Promise<void> {
    await this.events.settled();
    this.clock.shiftMs = 0;
  }
}
