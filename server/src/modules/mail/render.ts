// Mail rendering: kind + data + language → subject, text, HTML, headers and attachments.
// Handlebars templates (compiled once): the HTML ones escape every value, the text ones do not.
// Each kind's body sits inside one layout: the KếtNối header, the body, a button into the app
// and a footer with the one-click unsubscribe link.
import Handlebars from 'handlebars';
import type { ZodType } from 'zod';
import { htmlLayout, textLayout } from './templates/layout.js';
import type { MailAttachment } from './transport.js';

export type MailLanguage = 'vi' | 'en';
export const MAIL_LANGUAGES: readonly MailLanguage[] = ['vi', 'en'];

/** The four templates of one kind in one language. */
export interface KindTemplates {
  subject: string;
  /** Plain-text body (no escaping). */
  text: string;
  /** HTML body fragment (values escaped). */
  html: string;
  /** Label of the button into the app. */
  button: string;
}

/** A one-tap action link the mail carries; its token is issued when the mail is queued. */
export interface ActionRequest {
  /** Name the templates use: `{{actions.accept}}`. */
  key: string;
  /** Registered action purpose, e.g. `intro.accept`. */
  purpose: string;
  /** Ids the action works on, stored with the token. */
  subject: Record<string, string>;
  /** When the link stops working (ISO time); defaults to the token service's validity. */
  expiresAt?: string;
  /** What the link says where it is listed on its own (the daily digest). */
  label: Record<MailLanguage, string>;
}

export interface MailKind<D = unknown> {
  name: string;
  /** `notification`s are skipped when the recipient turned mail off; `transactional` ones (password reset) never are. */
  category: 'notification' | 'transactional';
  /** False for a notification that must not wait for the daily digest (the digest itself, the day-before reminder). */
  digest?: false;
  data: ZodType<D>;
  templates: Record<MailLanguage, KindTemplates>;
  /** Path in the app (or absolute URL) the button opens. */
  link(data: D, extra: { actions: Record<string, string> }): string;
  actions?(data: D): ActionRequest[];
  attachments?(data: D, language: MailLanguage, origin: string): MailAttachment[];
}

export interface RenderContext {
  /** Public origin links start with. */
  origin: string;
  recipientName: string;
  /** One-click unsubscribe URL (RFC 8058). */
  unsubscribeUrl: string;
  /** One-tap action URLs by key (see ActionRequest). */
  actionUrls?: Record<string, string>;
}

export interface RenderedMail {
  subject: string;
  /** The absolute URL of the button into the app. */
  link: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
}

const FOOTER: Record<MailLanguage, { reason: string; unsubscribe: string; settings: string; greeting: string }> = {
  vi: {
    greeting: 'Xin chào',
    reason: 'Bạn nhận thư này vì bạn có tài khoản trên KếtNối, mạng lưới hỗ trợ khởi nghiệp của tỉnh.',
    unsubscribe: 'Ngừng nhận thư thông báo',
    settings: 'Cài đặt thông báo',
  },
  en: {
    greeting: 'Hello',
    reason: 'You receive this mail because you have a KếtNối account, the provincial startup-support network.',
    unsubscribe: 'Stop notification mails',
    settings: 'Notification settings',
  },
};

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl.DateTimeFormat costs far more than using one: one per language and style.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatDate(value: unknown, language: MailLanguage, withTime: boolean): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const key = `${language}:${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: TIME_ZONE,
      dateStyle: 'full',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/** A Handlebars environment of its own: helpers registered here do not leak into other users of the package. */
const engine = Handlebars.create();
engine.registerHelper('datetime', (value: unknown, options: Handlebars.HelperOptions) =>
  formatDate(value, (options.data as { root: { lang: MailLanguage } }).root.lang, true),
);
engine.registerHelper('date', (value: unknown, options: Handlebars.HelperOptions) =>
  formatDate(value, (options.data as { root: { lang: MailLanguage } }).root.lang, false),
);

engine.registerHelper('decimal', (value: unknown, options: Handlebars.HelperOptions) =>
  Number(value).toLocaleString((options.data as { root: { lang: MailLanguage } }).root.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
  }),
);
engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
engine.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
engine.registerHelper('minus', (a: unknown, b: unknown) => Number(a) - Number(b));

type Compiled = Handlebars.TemplateDelegate;
const cache = new Map<string, Compiled>();

function compiled(source: string, escape: boolean): Compiled {
  const key = `${escape ? 'h' : 't'}:${source}`;
  let template = cache.get(key);
  if (!template) {
    template = engine.compile(source, { noEscape: !escape });
    cache.set(key, template);
  }
  return template;
}

function absolute(origin: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${origin}${link.startsWith('/') ? '' : '/'}${link}`;
}

/** Render one mail. `data` is validated against the kind's schema first (a bad call fails here, not in a template). */
export function renderMail<D>(kind: MailKind<D>, input: unknown, language: MailLanguage, context: RenderContext): RenderedMail {
  const data = kind.data.parse(input);
  const templates = kind.templates[language];
  const actions = context.actionUrls ?? {};
  const link = absolute(context.origin, kind.link(data, { actions }));
  const view = { ...(data as object), lang: language, name: context.recipientName, actions, link, origin: context.origin };
  const subject = compiled(templates.subject, false)(view).replace(/\s+/g, ' ').trim();
  const footer = FOOTER[language];
  const frame = {
    lang: language,
    subject,
    greeting: footer.greeting,
    name: context.recipientName,
    button: { label: compiled(templates.button, false)(view), url: link },
    footer,
    settingsUrl: absolute(context.origin, '/settings/notifications'),
    unsubscribeUrl: context.unsubscribeUrl,
  };
  const html = compiled(htmlLayout, true)({ ...frame, body: new Handlebars.SafeString(compiled(templates.html, true)(view)) });
  const text = compiled(textLayout, false)({ ...frame, body: compiled(templates.text, false)(view).trim() });
  return {
    subject,
    link,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${context.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      'Content-Language': language,
      'X-KetNoi-Kind': kind.name,
    },
    attachments: kind.attachments?.(data, language, context.origin) ?? [],
  };
}
