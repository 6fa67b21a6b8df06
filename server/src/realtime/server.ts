// Socket.IO on the same HTTP server and session as the API. The handshake is authenticated
// from the session cookie (connect_error "unauthorized" without one), foreign origins are
// refused, no event is served after the session ends, and each socket joins its user's room.
// Recovering a dropped connection is authenticated before anything missed is replayed.
// With REDIS_URL the Redis Streams adapter carries events between instances (and keeps
// connection-state recovery working across them).
import type { EventEmitter } from 'node:events';
import type http from 'node:http';
import type { RequestHandler } from 'express';
import { Server, type Socket } from 'socket.io';
import type { AuthUser } from '../http/api.js';
import { isAllowedOrigin } from '../http/origin.js';
import type { Logger } from '../lib/logger.js';

export interface RealtimeOptions {
  server: http.Server;
  publicOrigins: string[];
  trustProxy: boolean;
  /** express-session and passport.session(), run on the handshake request only. */
  handshakeMiddleware: RequestHandler[];
  /** When the session expires (epoch ms), or null once it has ended. */
  sessionExpiry: (sessionId: string) => Promise<number | null>;
  /** The app's clock (epoch ms), the one session expiry is judged by. */
  now: () => number;
  adapter?: Parameters<Server['adapter']>[0];
  logger: Logger;
}

export interface SocketData {
  user: AuthUser;
  sessionId: string;
  /** When the session expires, as last read from the session store. */
  sessionExpiresAt: number;
}

export type AppSocket = Socket<
  Record<string, (...args: never[]) => void>,
  Record<string, (...args: never[]) => void>,
  Record<string, never>,
  SocketData
>;

type HandshakeRequest = http.IncomingMessage & { _query?: Record<string, string>; user?: AuthUser; sessionID?: string };

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const staffRoom = (province: string) => `staff:${province}`;

/**
 * Every broadcast packet is kept for this long so a client that drops briefly (a phone changing
 * networks) gets what it missed on reconnect; after longer gaps clients catch up over REST.
 */
export const RECOVERY_WINDOW_MS = 30_000;

export function createSocketServer(options: RealtimeOptions): Server {
  const io = new Server(options.server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    allowRequest: (req, callback) => callback(null, isAllowedOrigin(req.headers.origin, req, options.publicOrigins, options.trustProxy)),
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  const onlyForHandshake =
    (middleware: RequestHandler) => (req: HandshakeRequest, res: http.ServerResponse, next: (err?: unknown) => void) => {
      if (req._query?.sid === undefined) (middleware as unknown as (a: unknown, b: unknown, c: unknown) => void)(req, res, next);
      else next();
    };
  for (const middleware of options.handshakeMiddleware) io.engine.use(onlyForHandshake(middleware));
  authenticateRecovery(io, options);

  io.use((socket, next) => {
    const req = socket.request as HandshakeRequest;
    const { user, sessionID: sessionId } = req;
    if (!user || !sessionId) return next(new Error('unauthorized'));
    options
      .sessionExpiry(sessionId)
      .then((expiresAt) => {
        if (expiresAt === null || expiresAt <= options.now()) return next(new Error('unauthorized'));
        Object.assign(socket.data, { user, sessionId, sessionExpiresAt: expiresAt } satisfies SocketData);
        next();
      })
      .catch((err: unknown) => next(err as Error));
  });

  io.on('connection', (socket) => {
    const { user, sessionId } = socket.data as SocketData;
    void socket.join(userRoom(user.id));
    void socket.join(sessionRoom(sessionId));
    if (user.role === 'staff' && user.province) void socket.join(staffRoom(user.province));
    // No service after the session ends. A destroyed session (logout, a new login) closes its
    // sockets at once, on every instance (session.ended, see the gateway); expiry is checked here,
    // against the store only once the expiry last read has passed, so events need no lookup.
    const data = socket.data as SocketData;
    socket.use(([event], next) => {
      if (options.now() < data.sessionExpiresAt) return next();
      options
        .sessionExpiry(sessionId)
        .then((expiresAt) => {
          if (expiresAt !== null && expiresAt > options.now()) {
            data.sessionExpiresAt = expiresAt;
            return next();
          }
          options.logger.debug({ event }, 'socket event after session ended');
          next(new Error('unauthorized'));
          socket.disconnect(true);
        })
        .catch((err: unknown) => next(err as Error));
    });
  });
  return io;
}

/**
 * Connection-state recovery restores a socket (its rooms, data and the packets it missed) while
 * Socket.IO builds it, and writes the missed packets out right then: before any middleware runs,
 * even with `skipMiddlewares: false`. So recovery is authenticated where it happens, in the
 * adapter's restoreSession: only a request whose own live session is the one the socket belonged
 * to gets it back; anyone else gets a fresh socket, which the middleware then judges as usual.
 */
function authenticateRecovery(io: Server, options: RealtimeOptions): void {
  // Socket.IO reads a CONNECT packet and asks the adapter to restore the session synchronously,
  // inside the engine connection's 'data' event, so the request is known for exactly that call.
  // Outside such a call it is null and nothing is restored: if a Socket.IO upgrade changes that
  // order, recovery stops (a test says so) rather than serving the wrong request.
  let connecting: HandshakeRequest | null = null;
  io.engine.on('connection', (conn: EngineConnection) => {
    conn.prependListener('data', () => (connecting = conn.request));
    conn.on('data', () => (connecting = null));
  });
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  // Adapters answer null when there is nothing to restore (their typing says otherwise).
  const nothing = null as unknown as Awaited<ReturnType<typeof restore>>;
  adapter.restoreSession = async (pid, offset) => {
    const req = connecting;
    if (!req?.user || !req.sessionID) return nothing;
    const session = await restore(pid, offset);
    const owner = session?.data as Partial<SocketData> | undefined;
    if (!session || owner?.sessionId !== req.sessionID || owner.user?.id !== req.user.id) return nothing;
    const expiresAt = await options.sessionExpiry(req.sessionID);
    return expiresAt !== null && expiresAt > options.now() ? session : nothing;
  };
}

/** What authenticateRecovery uses of an Engine.IO connection. */
type EngineConnection = Pick<EventEmitter, 'on' | 'prependListener'> & { request: HandshakeRequest };
