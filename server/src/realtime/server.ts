// Socket.IO on the same HTTP server and session as the API. The handshake is authenticated
// from the session cookie (connect_error "unauthorized" without one), foreign origins are
// refused, no event is served after the session ends, and each socket joins its user's room.
// With REDIS_URL the Redis Streams adapter carries events between instances (and keeps
// connection-state recovery working across them).
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
