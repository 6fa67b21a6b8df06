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
import type { HttpContext } from './http/context.js';
import { apiNotFound, errorHandler } from './http/errorHandler.js';
import { jsonBody } from './http/jsonBody.js';
import { loggedPath } from './http/logPath.js';
import { originGuard } from './http/origin.js';
import { requestId } from './http/requestId.js';
import { helmetOptions } from './http/security.js';
import { securityHeaders } from './http/securityHeaders.js';
import { serveClient } from './http/static.js';
import type { SearchEngine } from '@ketnoi/search';
import type { Container, ContainerOptions } from './container.js';
import { buildContainer, prepareSearch } from './container.js';
import type { Clock } from './lib/clock.js';
import { ShiftedClock, systemClock } from './lib/clock.js';
import type { EventBus } from './lib/events.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createPassport } from './modules/accounts/passport.js';
import { restoreUser } from './modules/accounts/restoreUser.js';
import { StoreSessionStore } from './modules/accounts/sessionStore.js';
import { createThrottles } from './modules/accounts/throttle.js';
import { TokenBuckets } from './lib/tokenBuckets.js';
import { JOBS } from './jobs/index.js';
import { MIGRATIONS, runMigrations } from './migrations/index.js';
import { mountApiDocs } from './openapi/mount.js';
import { connectGateway } from './realtime/gateway.js';
import { registerSocketHandlers } from './realtime/handlers.js';
import { createSocketServer } from './realtime/server.js';
import { loadDemoData } from './seeding/demo.js';
import { loadDemoActivity } from './seeding/demoActivity.js';
import { loadDemoCalls } from './seeding/demoCalls.js';
import { loadDemoEvents } from './seeding/demoEvents.js';
import { StoryClock } from './seeding/storyClock.js';
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
  /** Mail transport, retry and worker settings (see ContainerOptions.mail). */
  mail?: ContainerOptions['mail'];
  /** Start the periodic jobs (default true); tests may drive them with `container.jobs.run(name)`. */
  startJobs?: boolean;
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
    ...(options.mail ? { mail: options.mail } : {}),
  });
  const { store, events } = container;
  const accounts = container.modules.accounts.service;
  const sessions = new StoreSessionStore(store, clock, config.sessionMaxAgeDays * 86_400_000, (sessionId) =>
    accounts.sessionEnded(sessionId),
  );
  const passport = createPassport(accounts);
  const redis: RedisConnections | null = config.redisUrl ? await createRedisConnections(config.redisUrl, logger) : null;
  const throttles = createThrottles(config, clock, redis ?? undefined);
  if (redis) {
    // Province policies are cached per instance: a save on one drops the copies on all.
    const policies = container.modules.provinces.repository;
    const announce = await redis.broadcast('province-policies', () => policies.invalidate());
    policies.onSave((province) => void announce(province).catch((err: unknown) => logger.warn({ err }, 'policy invalidation not sent')));
  }
  const bannerLines: string[] = [];
  const emptyStore = (await container.modules.accounts.repository.count()) === 0;
  // Serve only once every declared index is built (or has failed, which health reports).
  await store.whenIndexesBuilt();
  await runMigrations(store, MIGRATIONS, clock, logger);
  await prepareSearch(container);
  if (emptyStore && config.demoData) {
    // With a real administrator configured, the demo's staff and admin (published password) are left out.
    const staffAndAdmin = config.admin === null;
    const story = new StoryClock(clock, container.events);
    bannerLines.push(...(await loadDemoData(container, story, { staffAndAdmin })));
    await loadDemoActivity(container, story, { staff: staffAndAdmin });
    await loadDemoEvents(container, story, { staff: staffAndAdmin });
    await loadDemoCalls(container, story, { staff: staffAndAdmin });
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
      // Secure whenever the request came over TLS (itself, or X-Forwarded-Proto from a trusted proxy).
      secure: 'auto',
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
          // Path only, without mail-link tokens (http/logPath.ts); bodies are never logged.
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  app.use(securityHeaders(helmetOptions(config)));
  // Compression for the web client and for API routes that opt in (large lists); small JSON answers skip it.
  const compress = compression();

  const apiRouter = express.Router();
  // Answers are personal (contacts, tickets, messages) or change by the minute: no browser or shared cache keeps
  // them unless the route says otherwise (reference data, public images).
  apiRouter.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  const json = jsonBody(config.bodyLimit);
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
  const { profiles, intros, conversations, notifications } = container.modules;
  const httpContext: HttpContext = { passport, throttles, sessions, cookieName: SESSION_COOKIE, rateLimitStore: redis?.rateLimitStore };
  for (const module of Object.values(container.modules) as { routes: (api: ApiRegistry, http: HttpContext) => void }[]) {
    module.routes(api, httpContext);
  }

  mountApiDocs(apiRouter, api, compress);
  // OPTIONS on an endpoint's path leaves the router, which answers with its methods (Allow); an
  // unknown path falls through to the 404 below.
  apiRouter.use((req, res, next) => (req.method === 'OPTIONS' ? next('router') : apiNotFound(req, res, next)));
  app.use('/api', apiRouter, apiNotFound);
  serveClient(app, options.clientDir, compress, container.modules.portal.site);
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
  registerSocketHandlers(io, { conversations: conversations.service, typingBuckets: new TokenBuckets(10, 2), logger });
  notifications.subscriber.usePresence(
    connectGateway(io, { events, intros: intros.service, profiles: profiles.repository, logger, eventsModule: container.modules.events }),
  );
  if (config.admin) {
    // After the demo (ADMIN_EMAIL wins over any account of that address) and once the gateway
    // listens, so ending the account's sessions also closes their sockets on other instances.
    const { user, credentialsChanged } = await accounts.ensureAdmin(config.admin.email, config.admin.password);
    if (credentialsChanged) {
      const ended = await sessions.endAllOf(user._id);
      logger.info({ userId: user._id, sessions: ended }, 'sessions of the ADMIN_EMAIL account ended');
    }
    bannerLines.unshift(`Admin: ${config.admin.email} (password from ADMIN_PASSWORD)`);
  } else if ((await container.modules.accounts.repository.count({ role: 'admin', suspended: { $ne: true } })) === 0) {
    // Nobody can create staff or change reference data: say how the first administrator gets in.
    logger.warn('no administrator account: set ADMIN_EMAIL and ADMIN_PASSWORD and restart');
    bannerLines.unshift('No administrator yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart (README, "Configuration").');
  }
  // Expired sessions are deleted and their sockets closed, within a minute of expiry.
  container.jobs.add({ name: JOBS.sessionSweep, everyMs: 60_000, run: () => sessions.sweep() });
  // Background jobs (intro expiry, mail delivery …): server/src/jobs/.
  if (options.startJobs !== false) container.jobs.start();

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
          container.publicOrigin.listeningOn(bound);
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ port: bound, url: `http://${shownHost}:${bound}` });
        });
      });
    },
    close(graceMs = 10_000) {
      closing ??= (async () => {
        // Jobs stop first: the mail worker finishes the mails in hand and takes no more.
        container.modules.mail.worker.stop();
        await container.jobs.close();
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
        // The match listings of the last seconds (requests are done now) still count.
        await container.modules.matching.exposure.flush().catch((err: unknown) => logger.warn({ err }, 'match exposure not written'));
        await container.modules.search.indexer.stop();
        await container.modules.search.engine.close();
        await redis?.close();
        await container.modules.mail.transport.close();
        await container.modules.files.blobs.close();
        if (container.ownsStore) await store.close();
      })();
      return closing;
    },
  };
  return result;
}
