// Mail rendering: kind + data + language → subject, text, HTML, headers and attachments.
// Handlebars templates (compiled once): the HTML ones escape every value, the text ones do not.
// Each kind's body sits inside one layout: the KếtNối header, the body, a button into the app
// and a footer with the one-click unsubscribe link.
import Handlebars from 'handlebars';
import type { ZodType } from 'zod';
import { FILLED, OUTLINE } from './templates/buttons.js';
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
  /** The line inboxes show after the subject; by default the body's first paragraph. */
  preheader?: string;
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
  /** The answer that says no (decline): drawn in red beside the others, never like an acceptance. */
  saysNo?: true;
}

/** A one-tap action as listed on its own (the daily digest): its label and minted link. */
export interface ListedAction {
  label: string;
  url: string;
  saysNo?: true;
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

const FOOTER: Record<MailLanguage, { reason: string; account: string; unsubscribe: string; settings: string; greeting: string }> = {
  vi: {
    greeting: 'Xin chào',
    reason: 'Bạn nhận thư này vì bạn có tài khoản trên KếtNối, mạng lưới hỗ trợ khởi nghiệp của tỉnh.',
    account: 'Thư này nói về bảo mật tài khoản KếtNối của bạn nên luôn được gửi, kể cả khi bạn đã tắt thư thông báo.',
    unsubscribe: 'Ngừng nhận thư thông báo',
    settings: 'Cài đặt thông báo',
  },
  en: {
    greeting: 'Hello',
    reason: 'You receive this mail because you have a KếtNối account, the provincial startup-support network.',
    account: 'This mail is about the security of your KếtNối account, so it is sent even when notification mails are off.',
    unsubscribe: 'Stop notification mails',
    settings: 'Notification settings',
  },
};

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl.DateTimeFormat costs far more than using one: one per language and style.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(language: MailLanguage, withTime: boolean): Intl.DateTimeFormat {
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
  return format;
}

function formatDate(value: unknown, language: MailLanguage, withTime: boolean): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  return formatOf(language, withTime).format(date);
}

/** A span of time, the day said once when both ends fall on it: "09:00–09:45 Thứ Ba, 10 tháng 3, 2026". */
function formatSpan(start: unknown, end: unknown, language: MailLanguage): string {
  const from = new Date(String(start));
  const to = new Date(String(end));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
    return `${formatDate(start, language, true)} – ${formatDate(end, language, true)}`;
  }
  return formatOf(language, true).formatRange(from, to);
}

/** A Handlebars environment of its own: helpers registered here do not leak into other users of the package. */
const engine = Handlebars.create();
engine.registerHelper('datetime', (value: unknown, options: Handlebars.HelperOptions) =>
  formatDate(value, (options.data as { root: { lang: MailLanguage } }).root.lang, true),
);
engine.registerHelper('date', (value: unknown, options: Handlebars.HelperOptions) =>
  formatDate(value, (options.data as { root: { lang: MailLanguage } }).root.lang, false),
);
engine.registerHelper('timespan', (start: unknown, end: unknown, options: Handlebars.HelperOptions) =>
  formatSpan(start, end, (options.data as { root: { lang: MailLanguage } }).root.lang),
);

engine.registerHelper('decimal', (value: unknown, options: Handlebars.HelperOptions) =>
  Number(value).toLocaleString((options.data as { root: { lang: MailLanguage } }).root.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
  }),
);
engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
/** Whether any element of a list has a non-empty `key` list: `{{#if (some items "actions")}}`. */
engine.registerHelper(
  'some',
  (list: unknown, key: unknown) =>
    Array.isArray(list) &&
    list.some(
      (item) =>
        Array.isArray((item as Record<string, unknown>)?.[String(key)]) && (item as Record<string, unknown[]>)[String(key)]!.length > 0,
    ),
);
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

const PREHEADER_MAX = 120;
// Keeps clients from filling the preview after the preheader with the greeting and body.
const PREHEADER_PAD = '&#8204;&nbsp;'.repeat(60);

/** The preheader: collapsed to one line and cut at a word before PREHEADER_MAX characters. */
export function preheaderOf(text: string): string {
  const line = (text.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= PREHEADER_MAX) return line;
  const cut = line.slice(0, PREHEADER_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), PREHEADER_MAX / 2)).replace(/[\s,:;–-]+$/, '')}…`;
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
  // Unsubscribing stops notification mails only: a transactional mail (a reset, a changed password)
  // offers no way out it would not honour, and says why it came.
  const notification = kind.category === 'notification';
  const body = compiled(templates.text, false)(view).trim();
  // A mail with one-tap answers has its main buttons in the body: the way into the app steps back.
  const oneTap = Object.keys(actions).length > 0;
  const frame = {
    lang: language,
    subject,
    preheader: templates.preheader ? compiled(templates.preheader, false)(view).trim() : preheaderOf(body),
    preheaderPad: PREHEADER_PAD,
    greeting: footer.greeting,
    name: context.recipientName,
    button: {
      label: compiled(templates.button, false)(view),
      url: link,
      style: oneTap ? OUTLINE : FILLED,
      className: oneTap ? 'kn-outline' : 'kn-button',
    },
    footer: { ...footer, reason: notification ? footer.reason : footer.account },
    settingsUrl: absolute(context.origin, '/settings/notifications'),
    unsubscribeUrl: notification ? context.unsubscribeUrl : undefined,
  };
  const html = compiled(htmlLayout, true)({ ...frame, body: new Handlebars.SafeString(compiled(templates.html, true)(view)) });
  const text = compiled(textLayout, false)({ ...frame, body });
  return {
    subject,
    link,
    text,
    html,
    headers: {
      ...(notification ? { 'List-Unsubscribe': `<${context.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      'Auto-Submitted': 'auto-generated',
      'Content-Language': language,
      'X-KetNoi-Kind': kind.name,
    },
    attachments: kind.attachments?.(data, language, context.origin) ?? [],
  };
}
