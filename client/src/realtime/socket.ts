import type { RealtimeSocket } from './types.js';

/**
 * The production socket: same origin, default path /socket.io, session cookie sent with the
 * handshake. socket.io-client is imported on demand so the landing page never downloads it.
 */
export async function createSocketIo(): Promise<RealtimeSocket> {
  const { io } = await import('socket.io-client');
  return io({
    path: '/socket.io',
    withCredentials: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
}
