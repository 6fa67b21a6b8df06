// Socket.IO on the same HTTP server and session as the API. The handshake is authenticated
// from the session cookie (connect_error "unauthorized" without one), foreign origins are
// refused, every event re-checks that the session still exists, and each socket joins its
// user's room. With REDIS_URL the Redis Streams adapter carries events between instances
// (and keeps connection-state recovery working across them).
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
  /** True while the session still exists (logout, expiry). */
  sessionAlive: (sessionId: string) => Promise<boolean>;
  adapter?: Parameters<Server['adapter']>[0];
  logger: Logger;
}

export interface SocketData {
  user: AuthUser;
  sessionId: string;
}

export type AppSocket = Socket<Record<string, (...args: never[]) => void>, Record<string, (...args: never[]) => void>, Record<string, never>, SocketData>;

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

  const onlyForHandshake = (middleware: RequestHandler) => (req: HandshakeRequest, res: http.ServerResponse, next: (err?: unknown) => void) => {
    if (req._query?.sid === undefined) (middleware as unknown as (a: unknown, b: unknown, c: unknown) => void)(req, res, next);
    else next();
  };
  for (const middleware of options.handshakeMiddleware) io.engine.use(onlyForHandshake(middleware));

  io.use((socket, next) => {
    const req = socket.request as HandshakeRequest;
    if (!req.user || !req.sessionID) return next(new Error('unauthorized'));
    socket.data.user = req.user;
    socket.data.sessionId = req.sessionID;
    next();
  });

  io.on('connection', (socket) => {
    const { user, sessionId } = socket.data as SocketData;
    void socket.join(userRoom(user.id));
    void socket.join(sessionRoom(sessionId));
    if (user.role === 'staff' && user.province) void socket.join(staffRoom(user.province));
    // Checked on every event: a signed-out or expired session gets no further service.
    socket.use(([event], next) => {
      options
        .sessionAlive(sessionId)
        .then((alive) => {
          if (alive) return next();
          options.logger.debug({ event }, 'socket event after session ended');
          next(new Error('unauthorized'));
          socket.disconnect(true);
        })
        .catch((err: unknown) => next(err as Error));
    });
  });
  return io;
}
