// Domain events: services publish after their transaction commits; the realtime layer,
// notifications, search indexing and audit subscribe. Route handlers never emit directly.
import type { Logger } from 'pino';
import type { Store } from '../store/types.js';

import type { DomainEvents } from '../events.js';

export type { DomainEvents };

type Handler<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void | Promise<void>;

export class EventBus {
  private readonly handlers = new Map<keyof DomainEvents, Array<Handler<never>>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as Handler<never>);
    this.handlers.set(name, list);
    return () => {
      const i = list.indexOf(handler as Handler<never>);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Deliver after the surrounding transaction commits (immediately-ish outside one). */
  publish<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.store.afterCommit(() => this.deliver(name, payload));
  }

  private deliver<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        const result = (handler as Handler<K>)(payload);
        if (result instanceof Promise)
          result.catch((error: unknown) => this.logger.error({ err: error, event: name }, 'event handler failed'));
      } catch (error) {
        this.logger.error({ err: error, event: name }, 'event handler failed');
      }
    }
  }
}
