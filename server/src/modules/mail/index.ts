// Builds the mail module: transport, outbox, worker, tokens, settings, one-tap actions, password
// reset and the service the rest of the server queues mail through.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store as RateLimitStore } from 'express-rate-limit';
import type { Config } from '../../config.js';
import type { Clock } from '../../lib/clock.js';
import { RateLimitedError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { ApiRegistry } from '../../http/api.js';
import type { HttpContext } from '../../http/context.js';
import type { PasswordHasher } from '../accounts/passwords.js';
import type { UserDoc, UsersRepository } from '../accounts/repository.js';
import { DailyDigest, DigestItems } from './digest.js';
import { MailMarks } from './marks.js';
import { PasswordResetService, queueResetMail } from './passwordReset.js';
import { registerMailRoutes } from './routes.js';
import { MailActions } from './actions.js';
import type { RetryPolicy } from './outbox.js';
import { DEFAULT_RETRY, MailOutbox } from './outbox.js';
import { MailService } from './service.js';
import { NotificationSettingsRepository } from './settings.js';
import { MailTokens } from './tokens.js';
import type { MailTransport } from './transport.js';
import { openMailTransport } from './transport.js';
import { UnsubscribeLinks } from './unsubscribe.js';
import type { MailWorkerOptions } from './worker.js';
import { DEFAULT_WORKER_OPTIONS, MailWorker } from './worker.js';

export interface MailModuleDeps {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  users: UsersRepository;
  hasher: PasswordHasher;
  /** The public origin links start with. */
  origin: () => string;
  /** Wake the delivery job (after a transaction that queued mail commits). */
  wakeWorker: () => void;
  transport?: MailTransport;
  retry?: RetryPolicy;
  worker?: Partial<MailWorkerOptions>;
}

export interface MailHealth {
  transport: 'smtp' | 'file';
  ok: boolean;
  queued: number;
  failing: number;
  failed: number;
}

/**
 * The origin mail links start with: the first PUBLIC_ORIGIN, else http://localhost:PORT with the
 * port the server actually bound (known only after listen). With PORT=0 (an OS-chosen port, as the
 * browser tests run) mail written before listen (the demo data) gets http://localhost: ":0" is not
 * a valid URL, and the .ics attachments refuse it.
 */
export class PublicOrigin {
  private port: number;
  constructor(private readonly config: Pick<Config, 'publicOrigins' | 'port'>) {
    this.port = config.port;
  }
  listeningOn(port: number): void {
    this.port = port;
  }
  get(): string {
    return this.config.publicOrigins[0] ?? (this.port === 0 ? 'http://localhost' : `http://localhost:${this.port}`);
  }
}

/** The domain of the From address, for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([^\s<>@]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}

export function buildMail(deps: MailModuleDeps) {
  const { config, store, clock, logger } = deps;
  const log = logger.child({ module: 'mail' });
  const transport = deps.transport ?? openMailTransport(config);
  const outbox = new MailOutbox(store, clock, senderDomain(config.mail.from), deps.retry ?? DEFAULT_RETRY);
  const tokens = new MailTokens(store, clock);
  const settings = new NotificationSettingsRepository(store, clock);
  const marks = new MailMarks(store, clock);
  const digestItems = new DigestItems(store, clock);
  const unsubscribe = new UnsubscribeLinks(config.sessionSecret);
  const service = new MailService({
    store,
    outbox,
    tokens,
    settings,
    marks,
    digest: digestItems,
    recipients: deps.users,
    unsubscribe,
    from: config.mail.from,
    origin: deps.origin,
    onQueued: deps.wakeWorker,
  });
  const worker = new MailWorker(outbox, transport, log, { ...DEFAULT_WORKER_OPTIONS, ...deps.worker }, (mail) => service.prepare(mail));
  const actions = new MailActions(store, tokens);
  const digest = new DailyDigest(store, digestItems, service, tokens, clock);

  /** `ok` is false while mails wait after failed attempts or the relay refused the last connection. */
  async function health(): Promise<MailHealth> {
    const counts = await outbox.counts();
    return { transport: transport.kind, ok: counts.failing === 0 && worker.transportReachable !== false, ...counts };
  }

  /** The HTTP routes; sign-in and ending sessions belong to the HTTP layer, which passes them in. */
  function routes(api: ApiRegistry, http: HttpContext): void {
    const passwordReset = new PasswordResetService({
      store,
      users: deps.users,
      hasher: deps.hasher,
      tokens,
      mail: service,
      clock,
      logger: log,
      endSessions: (userId) => http.sessions.endAllOf(userId),
    });
    registerMailRoutes(api, {
      actions,
      settings,
      unsubscribe,
      passwordReset,
      withLogin: http.passport.initialize({ compat: false }),
      resetPerAddress: resetThrottle(http.rateLimitStore),
      origin: deps.origin,
      accountLanguage: async (userId) => (await deps.users.findById(userId))?.language,
      setAccountLanguage: async (userId, language) => {
        await deps.users.update(userId, { language, updatedAt: clock.now().toISOString() });
      },
      store,
    });
  }

  /** An administrator sends an account's password reset link (same mail, token and hourly limit). */
  const sendPasswordReset = (user: Pick<UserDoc, '_id'>, inside?: () => Promise<void>) =>
    queueResetMail({ store, tokens, mail: service, clock }, user, inside ? { inside } : {});

  return {
    transport,
    outbox,
    worker,
    tokens,
    settings,
    marks,
    digestItems,
    digest,
    unsubscribe,
    service,
    actions,
    health,
    logger: log,
    routes,
    sendPasswordReset,
  };
}

export type MailModule = ReturnType<typeof buildMail>;

/** Reset requests per network address per hour (the per-account limit is in PasswordResetService). */
export function resetThrottle(makeStore?: (prefix: string) => RateLimitStore): RequestHandler {
  return rateLimit({
    windowMs: 60 * 60_000,
    limit: 30,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`,
    handler: (_req, _res, next) =>
      next(new RateLimitedError('Too many password reset requests from this network. Please try again later.')),
    ...(makeStore ? { store: makeStore('rl:reset:') } : {}),
  });
}
