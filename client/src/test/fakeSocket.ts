import { act } from '@testing-library/react';
import type { RealtimeSocket } from '../realtime/types.js';

type Listener = (...args: unknown[]) => void;

/**
 * An in-memory stand-in for the Socket.IO client. `serverEmit` plays the server pushing an event;
 * `onClientEmit` lets a test answer client events (with their ack callback); `emitted` records them.
 */
export class FakeSocket implements RealtimeSocket {
  connected = false;
  readonly emitted: Array<{ event: string; payload: unknown }> = [];
  private listeners = new Map<string, Set<Listener>>();
  private handlers = new Map<string, (payload: unknown, ack?: (response: unknown) => void) => void>();

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, ...args: unknown[]) {
    const [payload, maybeAck] = args;
    this.emitted.push({ event, payload });
    const ack = typeof maybeAck === 'function' ? (maybeAck as (response: unknown) => void) : undefined;
    this.handlers.get(event)?.(payload, ack);
    return this;
  }

  connect() {
    this.connected = true;
    this.serverEmit('connect');
    return this;
  }

  disconnect() {
    this.connected = false;
    return this;
  }

  /** Simulate the server closing this connection (as when the session ends or is replaced). */
  serverDisconnect() {
    this.connected = false;
    this.serverEmit('disconnect', 'io server disconnect');
  }

  /** Simulate the server pushing an event to this client. */
  serverEmit(event: string, ...args: unknown[]) {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  /**
   * Push an event inside act() and let TanStack Query's batched notifications (scheduled on a
   * timer) reach the components before the test looks at the screen.
   */
  async push(event: string, ...args: unknown[]) {
    await act(async () => {
      this.serverEmit(event, ...args);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }

  /** Answer a client → server event (e.g. ack a `message:send`). */
  onClientEmit(event: string, handler: (payload: unknown, ack?: (response: unknown) => void) => void) {
    this.handlers.set(event, handler);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
