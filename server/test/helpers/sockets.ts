// Real Socket.IO clients for tests, authenticated with a TestClient's session cookie.
import { SERVER_EVENTS } from '@ketnoi/contract';
import { io as connect, type Socket } from 'socket.io-client';
import { onTestFinished } from 'vitest';
import type { TestClient } from './testClient.js';

export interface LiveClient {
  socket: Socket;
  /** Resolve with the payload of the next `event` that satisfies `where`. */
  next<T = any>(event: string, where?: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Every payload received for `event` so far. */
  received<T = any>(event: string): T[];
  emitAck<T = any>(event: string, payload: unknown, timeoutMs?: number): Promise<T>;
  close(): void;
}

const EVENTS: readonly string[] = SERVER_EVENTS;

export async function liveClient(baseUrl: string, client: TestClient | null, options: { origin?: string } = {}): Promise<LiveClient> {
  const headers: Record<string, string> = {};
  if (client && client.cookies.size > 0) headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  if (options.origin) headers.origin = options.origin;
  const socket = connect(baseUrl, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  const log = new Map<string, unknown[]>();
  const waiters: { event: string; where: (p: any) => boolean; resolve: (p: any) => void }[] = [];
  for (const event of EVENTS) {
    log.set(event, []);
    socket.on(event, (payload: unknown) => {
      log.get(event)!.push(payload);
      for (const w of [...waiters]) {
        if (w.event === event && w.where(payload)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(payload);
        }
      }
    });
  }
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
  return {
    socket,
    next(event, where = () => true, timeoutMs = 5000) {
      const seen = (log.get(event) ?? []).find(where as (p: unknown) => boolean);
      if (seen !== undefined) {
        log.set(
          event,
          log.get(event)!.filter((p) => p !== seen),
        );
        return Promise.resolve(seen as any);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
        waiters.push({
          event,
          where: where as (p: any) => boolean,
          resolve: (p) => {
            clearTimeout(timer);
            log.set(
              event,
              log.get(event)!.filter((x) => x !== p),
            );
            resolve(p);
          },
        });
      });
    },
    received: (event) => [...(log.get(event) ?? [])] as any[],
    emitAck(event, payload, timeoutMs = 5000) {
      return socket.timeout(timeoutMs).emitWithAck(event, payload);
    },
    close: () => socket.disconnect(),
  };
}

/**
 * A live client opened inside a test and closed when that test ends, passed or failed: the test
 * needs no try/finally to keep its socket from outliving it.
 */
export async function liveClientForTest(
  baseUrl: string,
  client: TestClient | null,
  options: { origin?: string } = {},
): Promise<LiveClient> {
  const live = await liveClient(baseUrl, client, options);
  onTestFinished(() => live.close());
  return live;
}

/** Connection attempt expected to fail: resolves with the connect_error message. */
export function connectError(baseUrl: string, headers: Record<string, string> = {}): Promise<string> {
  const socket = connect(baseUrl, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', (err) => {
      socket.disconnect();
      resolve(err.message);
    });
  });
}
