// The app factory: builds every part from a Config and returns it without listening, so tests
// start it on port 0 with their own data directory, and main.ts decides how to run it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import session from 'express-session';
import type { Server as SocketServer } from 'socket.io';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { ApiRegistry } from './http/api.js';
import { apiNotFound, errorHandler } from './http/errorHandler.js';
import { originGuard } from './http/origin.js';
import { requestId } from './http/requestId.js';
import { helmetOptions } from './http/security.js';
import { securityHeaders } from './http/securityHeaders.js';
import { serveClient } from './http/static.js';
import type { SearchEngine } from '@ketnoi/search';
import type { Container } from './container.js';
import { buildContainer, prepareSearch } from './container.js';
import type { Clock } from './lib/clock.js';
import { ShiftedClock, systemClock } from './lib/clock.js';
import type { EventBus } from './lib/events.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createPassport } from './modules/accounts/passport.js';
import { restoreUser } from './modules/accounts/restoreUser.js';
import { registerAccountsRoutes } from './modules/accounts/routes.js';
import { StoreSessionStore } from './modules/accounts/sessionStore.js';
import { createThrottles } from './modules/accounts/throttle.js';
import { registerHealthRoutes } from './modules/health/routes.js';
// ── matching (issue 4) ──
import { registerMatchingRoutes } from './modules/matching/index.js';
// ── end matching ──
// ── staff & reports (issue 6) ──
import { registerAuditRoutes } from './modules/audit/index.js';
import { registerReportRoutes } from './modules/reports/index.js';
import { registerStaffRoutes } from './modules/staff/index.js';
// ── end staff & reports ──
import { registerEventRoutes } from './modules/events/index.js';
import { loadDemoEvents } from './seeding/demoEvents.js';
import { registerConsultationRoutes } from './modules/consultations/routes.js';
import { registerConversationRoutes } from './modules/conversations/routes.js';
import { TokenBuckets } from './modules/conversations/rateLimit.js';
import { registerIntroRoutes } from './modules/intros/routes.js';
import { registerNeedRoutes } from './modules/needs/routes.js';
import { registerNotificationRoutes } from './modules/notifications/routes.js';
import { presentProfile } from './modules/profiles/presenter.js';
import { registerProfileRoutes } from './modules/profiles/routes.js';
import { registerReferenceRoutes } from './modules/reference/routes.js';
import { registerSearchRoutes } from './modules/search/routes.js';
import { mountApiDocs } from './openapi/mount.js';
import { connectGateway } from './realtime/gateway.js';
import { registerSocketHandlers } from './realtime/handlers.js';
import { createSocketServer } from './realtime/server.js';
import { loadDemoData } from './seeding/demo.js';
import { loadDemoActivity } from './seeding/demoActivity.js';
import { createRedisConnections, type RedisConnections } from './realtime/redis.js';
import type { Store } from './store/types.js';

export const SESSION_COOKIE = 'kn.sid';

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  /** Serve the built web client from this directory (defaults to client/dist when it exists). */
  clientDir?: string | null;
  /** Replace the configured search engine (tests wrap the real one to simulate outages). */
  searchEngine?: SearchEngine;
  /** Share an already-open store (see ContainerOptions.store). */
  store?: Store;
}

export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly store: Store;
  readonly events: EventBus;
  readonly express: express.Express;
  readonly server: http.Server;
  readonly api: ApiRegistry;
  readonly container: Container;
  readonly sessions: StoreSessionStore;
  readonly io: SocketServer;
  /** Lines for the start-up banner (demo logins, admin). */
  banner(): string[];
  /** Start listening; resolves with the bound port and a local URL. */
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stop accepting, finish in-flight requests (up to `graceMs`), stop jobs, close the store. */
  close(graceMs?: number): Promise<void>;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = new ShiftedClock(options.clock ?? systemClock);
  const container = await buildContainer(config, {
    logger,
    clock,
    ...(options.searchEngine ? { searchEngine: options.searchEngine } : {}),
    ...(options.store ? { store: options.store } : {}),
  });
  const { store, events, services } = container;
  const { accounts } = services;
  const sessions = new StoreSessionStore(store, clock, config.sessionMaxAgeDays * 86_400_000, (sessionId) =>
    accounts.sessionEnded(sessionId),
  );
  const passport = createPassport(accounts);
  const redis: RedisConnections | null = config.redisUrl ? await createRedisConnections(config.redisUrl, logger) : null;
  const throttles = createThrottles(config, redis?.rateLimitStore);
  const bannerLines: string[] = [];
  const emptyStore = (await container.repos.users.count()) === 0;
  if (config.admin) {
    await accounts.ensureAdmin(config.admin.email, config.admin.password);
    bannerLines.push(`Admin: ${config.admin.email} (password from ADMIN_PASSWORD)`);
  }
  await prepareSearch(container);
  if (emptyStore && config.demoData) {
    bannerLines.push(...(await loadDemoData(container)));
    await loadDemoActivity(container, clock);
    await loadDemoEvents(container, clock);
  }

  const sessionMiddleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: sessions,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: config.trustProxy > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies ? 'auto' : false,
      maxAge: config.sessionMaxAgeDays * 86_400_000,
      path: '/',
    },
  });

  // ── HTTP ──
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  // API answers are personal and change often; hashing every body for an ETag buys nothing.
  app.set('etag', false);
  app.use(requestId);
  // Request logging costs a child logger per request; with LOG_LEVEL=silent it is skipped.
  if (config.logLevel !== 'silent')
    app.use(
      pinoHttp({
        logger,
        genReqId: (req) => (req as unknown as { id: string }).id,
        autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
        serializers: {
          // Path only: queries may carry search words; bodies are never logged.
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  app.use(securityHeaders(helmetOptions(config)));
  // Compression for the web client and for API routes that opt in (large lists); small JSON answers skip it.
  const compress = compression();

  const apiRouter = express.Router();
  const json = express.json({ limit: config.bodyLimit, strict: true });
  apiRouter.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : json(req, res, next)));
  apiRouter.use(originGuard(config.publicOrigins, config.trustProxy > 0));
  apiRouter.use(sessionMiddleware);
  // passport.initialize() (req.login/req.logout) is mounted only on the auth routes that use it.
  apiRouter.use(restoreUser(passport));
  // Routes are registered straight on the /api router (one router level per request).
  const api = new ApiRegistry(
    {
      compression: compress,
      checkResponses: config.checkResponses,
      onViolation: (violation) => logger.error(violation, 'response does not match the contract'),
    },
    apiRouter,
  );
  registerHealthRoutes(api, {
    store,
    searchHealth: async () => ({
      engine: container.search.engine.engine,
      ok: await container.search.indexer.probe(),
      lag: await container.search.outbox.size(),
    }),
  });
  registerReferenceRoutes(api);
  registerAccountsRoutes(api, {
    accounts,
    passport,
    throttles,
    cookieName: SESSION_COOKIE,
    loadOwnProfile: async (user) => {
      const own = await services.profiles.ownProfile(user);
      return own ? presentProfile(own, { includeContact: true, includeModeration: true }) : null;
    },
  });
  registerProfileRoutes(api, services.profiles);
  registerNeedRoutes(api, services.needs);
  registerSearchRoutes(api, services.search);
  // ── matching (issue 4) ──
  registerMatchingRoutes(api, container.matching);
  // ── end matching ──
  // ── staff & reports (issue 6) ──
  registerStaffRoutes(api, container.staff);
  registerReportRoutes(api, container.reports);
  registerAuditRoutes(api, container.audit);
  // ── end staff & reports ──
  registerEventRoutes(api, container.eventsModule);
  registerIntroRoutes(api, services.intros);
  registerConsultationRoutes(api, services.consultations);
  registerConversationRoutes(api, services.conversations);
  registerNotificationRoutes(api, services.notifications);

  mountApiDocs(apiRouter, api, compress);
  apiRouter.use(apiNotFound);
  app.use('/api', apiRouter);
  serveClient(app, options.clientDir, compress);
  app.use(errorHandler(config.bodyLimit, logger));

  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;

  // ── realtime ──
  const io = createSocketServer({
    server,
    publicOrigins: config.publicOrigins,
    trustProxy: config.trustProxy > 0,
    handshakeMiddleware: [sessionMiddleware, passport.session()],
    sessionExpiry: (sid) => sessions.expiresAt(sid),
    now: () => clock.now().getTime(),
    ...(redis ? { adapter: redis.socketAdapter } : {}),
    logger,
  });
  registerSocketHandlers(io, { conversations: services.conversations, typingBuckets: new TokenBuckets(10, 2), logger });
  container.notificationSubscriber.usePresence(
    connectGateway(io, {
      events,
      intros: services.intros,
      profiles: container.repos.profiles,
      logger,
      eventsModule: container.eventsModule,
    }),
  );
  const expiryTimer = setInterval(
    () => void services.intros.expireDue().catch((err: unknown) => logger.error({ err }, 'intro expiry failed')),
    60_000,
  );
  expiryTimer.unref();

  let closing: Promise<void> | null = null;
  const result: App = {
    config,
    logger,
    clock,
    store,
    events,
    express: app,
    server,
    api,
    container,
    sessions,
    io,
    banner() {
      return bannerLines;
    },
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const bound = (server.address() as AddressInfo).port;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ port: bound, url: `http://${shownHost}:${bound}` });
        });
      });
    },
    close(graceMs = 10_000) {
      closing ??= (async () => {
        clearInterval(expiryTimer);
        // io.close() disconnects every socket and closes the HTTP server, resolving only once every
        // connection is gone — so start it, then close idle keep-alive connections now and any
        // still open after the grace period (requests in flight finish within it).
        const stopped = io.close().catch(() => undefined);
        server.closeIdleConnections();
        const sweeper = setInterval(() => server.closeIdleConnections(), 250);
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        await stopped;
        clearInterval(sweeper);
        clearTimeout(timer);
        sessions.close();
        await container.search.indexer.stop();
        await container.search.engine.close();
        await redis?.close();
        if (container.ownsStore) await store.close();
      })();
      return closing;
    },
  };
  return result;
}
