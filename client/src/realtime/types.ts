import type { AppNotification, Intro, Message } from '../api/types.js';

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

export interface ServerEvents {
  'intro:new': { intro: Intro };
  'intro:updated': { intro: Intro };
  'message:new': { message: Message };
  'message:read': { conversationId: string; profileId: string; upTo: string };
  typing: { conversationId: string; profileId: string };
  'notification:new': { notification: AppNotification };
}

export type SendAck = { ok: true; message: Message } | { ok: false; error: { code: string; message: string } };
export type ReadAck = { ok: true } | { ok: false; error: { code: string; message: string } };
