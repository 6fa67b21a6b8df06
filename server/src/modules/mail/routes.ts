// HTTP surface of the mail module: one-tap actions, one-click unsubscribe, notification settings
// and password reset (API.md, "Mail, reminders and account recovery").
import type { Request, RequestHandler, Response } from 'express';
import type { ApiRegistry, SuccessBody } from '../../http/api.js';
import { signIn } from '../accounts/passport.js';
import { presentUser } from '../accounts/presenter.js';
import type { MailActions } from './actions.js';
import { AppError } from '../../lib/errors.js';
import { AccountSuspendedError } from '../accounts/service.js';
import {
  ACCOUNT_SUSPENDED,
  ALREADY_HANDLED,
  ALREADY_SETTLED,
  INVALID_LINK,
  NOT_AVAILABLE,
  renderPage,
  wantsHtml,
  type PageContent,
} from './pages.js';
import type { PasswordResetService } from './passwordReset.js';
import type { Store } from '../../store/types.js';
import type { MailLanguage } from './render.js';
import { accountLanguage } from './service.js';
import type { NotificationSettingsRepository } from './settings.js';
import { InvalidTokenError } from './tokens.js';
import type { UnsubscribeLinks } from './unsubscribe.js';
import { mailEndpoints } from '@ketnoi/contract/endpoints/mail';
import type { TokenParams } from '@ketnoi/contract';
import type { Endpoint, ResponseSpecs } from '@ketnoi/contract/endpoint';

export interface MailRoutesDeps {
  actions: MailActions;
  settings: NotificationSettingsRepository;
  unsubscribe: UnsubscribeLinks;
  passwordReset: PasswordResetService;
  /** passport.initialize(): gives the confirm route req.login. */
  withLogin: RequestHandler;
  /** Throttle of reset requests per network address. */
  resetPerAddress: RequestHandler;
  origin: () => string;
  accountLanguage: (userId: string) => Promise<unknown>;
  /** The account's language is the mails' language (User.language). */
  setAccountLanguage: (userId: string, language: 'vi' | 'en') => Promise<void>;
  store: Store;
}

const RESET_ACCEPTED = {
  message:
    'Nếu địa chỉ này có tài khoản, một thư hướng dẫn đặt lại mật khẩu đã được gửi. · If this address has an account, a reset mail is on its way.',
};

const UNSUBSCRIBED = {
  vi: 'Bạn sẽ không nhận thư thông báo từ KếtNối nữa.',
  en: 'You will no longer receive notification mails from KếtNối.',
};
const WILL_UNSUBSCRIBE = { vi: 'Ngừng nhận thư thông báo từ KếtNối?', en: 'Stop notification mails from KếtNối?' };

/** The page a browser gets for a link that could not be used; server faults stay with the error handler. */
function problemPage(error: unknown): PageContent | null {
  if (error instanceof InvalidTokenError) return INVALID_LINK;
  if (error instanceof AccountSuspendedError) return ACCOUNT_SUSPENDED;
  if (!(error instanceof AppError)) return null;
  if (error.status === 409) return ALREADY_HANDLED;
  if (error.status === 403 || error.status === 404) return NOT_AVAILABLE;
  return null;
}

/** Browsers get a page; API clients the JSON, `json` of the value (errors go to the error handler). */
async function answer<T, J = T>(
  req: Request,
  res: Response,
  origin: string,
  language: () => Promise<MailLanguage>,
  run: () => Promise<T>,
  page: (value: T) => PageContent,
  json: (value: T) => J = (value) => value as unknown as J,
) {
  if (!wantsHtml(req)) return json(await run());
  // The app-wide no-referrer policy makes a browser send `Origin: null` with the page's form, which
  // the origin guard refuses; same-origin keeps the real origin on our own POST and still sends
  // nothing (not the token in this URL) to other sites.
  res.setHeader('Referrer-Policy', 'same-origin');
  const lang = await language();
  try {
    const value = await run();
    res.type('html').send(renderPage(page(value), origin, lang));
  } catch (error) {
    const problem = problemPage(error);
    if (!problem) throw error;
    res
      .status((error as AppError).status)
      .type('html')
      .send(renderPage(problem, origin, lang));
  }
  return undefined;
}

export function registerMailRoutes(api: ApiRegistry, deps: MailRoutesDeps): void {
  const { actions, settings, unsubscribe, passwordReset } = deps;
  const mailLanguage = async (userId: string) => accountLanguage(await deps.accountLanguage(userId));
  /** The mail setting of the account an unsubscribe link names: read (GET), or turned off (POST). */
  const unsubscribeView = async (token: string, turnOff: boolean) => {
    const userId = unsubscribe.verify(token);
    if (!userId) throw new InvalidTokenError();
    const language = await mailLanguage(userId);
    const setting = turnOff ? await settings.update(userId, { email: 'off' }, language) : await settings.get(userId, language);
    return { email: setting.email, title: turnOff ? UNSUBSCRIBED : WILL_UNSUBSCRIBE };
  };

  // A link's page speaks the language of the account it was mailed to (its mails' language), even
  // when the link is spent; a link that names no account, in the browser's language.
  const pageLanguage = async (req: Request, userId: string | null): Promise<MailLanguage> =>
    (userId ? await mailLanguage(userId) : undefined) ?? (req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi');
  const actionReader = (token: string) => actions.readerOf(token);
  const unsubscribeReader = async (token: string) => unsubscribe.verify(token);

  /** A mail link's route: `run` on the link's token; a browser gets `page` of the result, an API client `json` of it. */
  const linkRoute = <R extends ResponseSpecs, T>(
    endpoint: Endpoint<{ params: typeof TokenParams }, 'public', R>,
    reader: (token: string) => Promise<string | null>,
    run: (token: string) => Promise<T>,
    page: (value: T, req: Request) => PageContent,
    json: (value: T) => SuccessBody<R> = (value) => value as SuccessBody<R>,
  ) =>
    api.route(endpoint, {
      handler: ({ params, req, res }) =>
        answer(
          req,
          res,
          deps.origin(),
          async () => pageLanguage(req, await reader(params.token)),
          () => run(params.token),
          (value) => page(value, req),
          json,
        ),
    });

  linkRoute(
    mailEndpoints.showAction,
    actionReader,
    (token) => actions.show(token),
    ({ view, settled }, req) =>
      settled ? ALREADY_SETTLED : { title: view.title, action: req.originalUrl, button: { vi: 'Xác nhận', en: 'Confirm' } },
    ({ view }) => view,
  );

  linkRoute(
    mailEndpoints.doAction,
    actionReader,
    async (token) => ({ ...(await actions.perform(token)), done: true as const }),
    () => ({ title: { vi: 'Xong. Cảm ơn bạn!', en: 'Done. Thank you!' }, tone: 'done' }),
  );

  linkRoute(
    mailEndpoints.showUnsubscribe,
    unsubscribeReader,
    (token) => unsubscribeView(token, false),
    (_, req) => ({ title: WILL_UNSUBSCRIBE, action: req.originalUrl, button: { vi: 'Ngừng nhận thư', en: 'Unsubscribe' } }),
  );

  linkRoute(
    mailEndpoints.unsubscribe,
    unsubscribeReader,
    (token) => unsubscribeView(token, true),
    () => ({
      title: UNSUBSCRIBED,
      tone: 'done',
      link: { path: '/settings/notifications', vi: 'Đổi lại trong Cài đặt thông báo', en: 'Change this in notification settings' },
    }),
  );

  api.route(mailEndpoints.settings, { handler: async ({ user }) => settings.get(user.id, await mailLanguage(user.id)) });

  api.route(mailEndpoints.saveSettings, {
    handler: ({ user, body }) =>
      deps.store.withTransaction(async () => {
        const { language } = body;
        if (language) await deps.setAccountLanguage(user.id, language);
        return settings.update(user.id, body, language ?? (await mailLanguage(user.id)));
      }),
  });

  api.route(mailEndpoints.requestPasswordReset, {
    before: [deps.resetPerAddress],
    handler: async ({ body }) => {
      await passwordReset.request(body.email);
      return RESET_ACCEPTED;
    },
  });

  api.route(mailEndpoints.confirmPasswordReset, {
    before: [deps.withLogin],
    handler: async ({ body, req }) => {
      return signIn(req, presentUser(await passwordReset.confirm(body.token, body.password)));
    },
  });
}
