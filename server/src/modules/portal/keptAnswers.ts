// Answers of the public pages (figures, sitemap) kept for a few minutes, because anyone may ask
// for them often, but dropped at the first change that can alter one: a kept answer is never
// older than the data it shows, so a profile hidden or suspended leaves them at once.
import type { DomainEvents, EventBus } from '../../lib/events.js';

export class KeptAnswers<V> {
  private readonly kept = new Map<string, { at: number; value: V }>();
  /** Bumped by forget(): an answer computed across a change is not kept. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** Drop every kept answer (the data changed, or a new source was wired in). */
  forget(): void {
    this.generation++;
    this.kept.clear();
  }

  /** Forget after each of these changes (delivered right after its commit). */
  watch(events: EventBus, changes: readonly (keyof DomainEvents)[]): void {
    for (const name of changes) events.on(name, () => this.forget());
  }

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const at = this.now();
    const hit = this.kept.get(key);
    if (hit && at - hit.at < this.ttlMs) return hit.value;
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) this.kept.set(key, { at, value });
    return value;
  }
}
