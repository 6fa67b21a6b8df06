import type { ServerToClientEvents } from '@ketnoi/contract';

/** The part of a Socket.IO client the app uses; tests pass an in-memory emitter with the same shape. */
export interface RealtimeSocket {
  readonly connected: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- listener signatures vary per event
  on(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: string, listener: (...args: any[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
}

export type SocketFactory = () => RealtimeSocket | Promise<RealtimeSocket>;

export type RealtimeStatus = 'off' | 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';

/** Each server → client event's payload, from the contract's event map. */
export type ServerEvents = { [E in keyof ServerToClientEvents]: Parameters<ServerToClientEvents[E]>[0] };
