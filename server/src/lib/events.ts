// Domain events. Two kinds of listeners:
// - `on`: delivered after the publishing transaction commits (realtime, notifications, search,
//   mail wake-ups). A crash after the commit may skip them, so they hold nothing that must last.
// - `inTransaction`: awaited inside the publishing transaction (the audit log). Their writes
//   commit or roll back with the change they describe, so none is ever lost or orphaned.
// Services call `await events.record(name, payload)` inside `store.withTransaction`, right after
// the write the event describes; `publish` is for events that no transactional listener needs.
// Route handlers never emit directly.
import type { Logger } from 'pino';
import type { Store } from '../store/types.js';

import type { DomainEvents } from '../events.js';

export type { DomainEvents };

type Handler<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void | Promise<void>;
type Registry = Map<keyof DomainEvents, Array<Handler<never>>>;

function add<K extends keyof DomainEvents>(registry: Registry, name: K, handler: Handler<K>): () => void {
  const list = registry.get(name) ?? [];
  list.push(handler as Handler<never>);
  registry.set(name, list);
  return () => {
    const i = list.indexOf(handler as Handler<never>);
    if (i >= 0) list.splice(i, 1);
  };
}

export class EventBus {
  private readonly afterCommit: Registry = new Map();
  private readonly transactional: Registry = new Map();
  /** After-commit handlers still running (those that returned a promise). */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  /** Listen after commit. Failures are logged; they never undo the change. */
  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): () => void {
    return add(this.afterCommit, name, handler);
  }

  /**
   * Listen inside the publishing transaction: the handler's store writes join it, and a throw
   * rolls the whole change back. Keep handlers to store work (a transaction body may run twice).
   */
  inTransaction<K extends keyof DomainEvents>(name: K, handler: Handler<K>): () => void {
    return add(this.transactional, name, handler);
  }

  /**
   * Run the transactional listeners now, in the caller's transaction, then deliver to the
   * after-commit listeners once it commits. Await it inside `store.withTransaction` (outside one,
   * it opens a transaction of its own around the listeners).
   */
  async record<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): Promise<void> {
    await this.store.withTransaction(async () => {
      for (const handler of [...(this.transactional.get(name) ?? [])]) await (handler as Handler<K>)(payload);
      this.store.afterCommit(() => this.deliver(name, payload));
    });
  }

  /**
   * Deliver after the surrounding transaction commits (immediately-ish outside one). Refused for
   * an event with transactional listeners: their writes would be lost in a crash after commit.
   */
  publish<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    if (this.transactional.get(name)?.length) {
      throw new Error(`"${String(name)}" has transactional listeners: await events.record() inside the transaction instead`);
    }
    this.store.afterCommit(() => this.deliver(name, payload));
  }

  /**
   * Resolves once the after-commit handlers of every change made so far have finished, those
   * they set off included. The demo's story waits for it before it moves its clock, so that a
   * notification is stamped with the time of the step that caused it.
   */
  async settled(): Promise<void> {
    do {
      // Deliveries are queued after commit: let them start before looking.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await Promise.all([...this.running]);
    } while (this.running.size > 0);
  }

  private deliver<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    for (const handler of this.afterCommit.get(name) ?? []) {
      try {
        const result = (handler as Handler<K>)(payload);
        if (result instanceof Promise) {
          const run = result
            .catch((error: unknown) => this.logger.error({ err: error, event: name }, 'event handler failed'))
            .finally(() => this.running.delete(run));
          this.running.add(run);
        }
      } catch (error) {
        this.logger.error({ err: error, event: name }, 'event handler failed');
      }
    }
  }
}
