/** Source of "now". Injected everywhere time matters so expiry and reports are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move forward. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-05T02:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Another clock moved by a fixed shift. The app always runs on one of these (shift 0); loading the
 * demo history sets a negative shift so that history is recorded over past weeks by the real
 * services, then returns to 0 before the app serves anyone.
 */
export class ShiftedClock implements Clock {
  shiftMs = 0;
  constructor(private readonly base: Clock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.shiftMs);
  }
  /** The time without the shift: the app's own clock (a test's, or the wall clock). */
  unshifted(): Date {
    return this.base.now();
  }
}
