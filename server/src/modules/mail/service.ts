// What the rest of the server calls to mail someone: `mail.enqueue(kind, userId, data)` inside the
// transaction of the change that causes the mail. In that transaction it checks the data, looks up
// the recipient and their settings and queues the mail — or, for someone who chose the daily
// digest, keeps it for the 07:00 digest. Rendering (templates, one-tap tokens, calendar files)
// happens when the worker first takes the mail (`prepare`), so the causing request stays cheap.
import type { Store } from '../../store/types.js';
import type { DigestItems } from './digest.js';
import type { MailData, MailKindName } from './kinds/index.js';
import { MAIL_KINDS } from './kinds/index.js';
import type { MailMarks, MailOnce } from './marks.js';
import type { MailOutbox, OutboxMail } from './outbox.js';
import type { ListedAction, MailKind, MailLanguage, RenderedMail } from './render.js';
import { renderMail } from './render.js';
import type { NotificationSettingsRepository } from './settings.js';
import type { MailTokenDoc, MailTokens } from './tokens.js';
import type { UnsubscribeLinks } from './unsubscribe.js';

/** The little the mail module needs to know about an account. */
export interface MailRecipients {
  findById(id: string): Promise<{ _id: string; email: string; name: string; language?: unknown } | null>;
}

export interface MailServiceDeps {
  store: Store;
  outbox: MailOutbox;
  tokens: MailTokens;
  settings: NotificationSettingsRepository;
  marks: MailMarks;
  digest: DigestItems;
  recipients: MailRecipients;
  unsubscribe: UnsubscribeLinks;
  /** The From header (MAIL_FROM). */
  from: string;
  /** The public origin links start with (read when rendering: the port is known only after listen). */
  origin: () => string;
  /** Called after a transaction that queued mail commits (wakes the worker). */
  onQueued: () => void;
}

export interface EnqueueOptions {
  /** At most one mail under this key within its quiet time (reminders: once; messages: per 30 minutes). */
  once?: MailOnce;
}

/** A queued mail that can never be rendered (its account is gone, its kind or data unknown). */
export class MailRenderError extends Error {
  override readonly name = 'MailRenderError';
}

/** A mail rendered for one account, with the one-tap tokens its links carry (to be stored with it). */
export interface RenderedFor extends RenderedMail {
  tokens: MailTokenDoc[];
  /** The one-tap actions, labelled in the mail's language (the digest lists them). */
  actions: ListedAction[];
}

/** The account's language, when it has one (accounts made before languages existed have none). */
export function accountLanguage(value: unknown): MailLanguage | undefined {
  return value === 'en' || value === 'vi' ? value : undefined;
}

const kindOf = (name: string) => (MAIL_KINDS as Record<string, MailKind<unknown> | undefined>)[name];

export class MailService {
  constructor(private readonly deps: MailServiceDeps) {}

  /**
   * Queue a mail of `kind` for an account. Joins the caller's transaction. Returns the outbox row,
   * or null when nothing is sent now: an unknown account, a notification to someone who turned mail
   * off, a key still within its quiet time, or a notification kept for the daily digest. Data that
   * does not fit the kind throws here, in the cause's transaction.
   */
  async enqueue<K extends MailKindName>(
    kind: K,
    userId: string,
    data: MailData<K>,
    options: EnqueueOptions = {},
  ): Promise<OutboxMail | null> {
    const definition = kindOf(kind)!;
    const checked = definition.data.parse(data);
    const { store, outbox, settings, marks, digest, recipients } = this.deps;
    return store.withTransaction(async () => {
      const user = await recipients.findById(userId);
      if (!user) return null;
      const preferences = await settings.get(userId, accountLanguage(user.language));
      const notification = definition.category === 'notification';
      if (notification && preferences.email === 'off') return null;
      if (options.once && (await marks.blocked(options.once.key))) return null;
      if (options.once) await marks.set(options.once, userId);
      if (notification && definition.digest !== false && preferences.email === 'daily') {
        await digest.add({ userId, kind, language: preferences.language, data: checked });
        return null;
      }
      const queued = await outbox.enqueue({
        kind,
        language: preferences.language,
        userId,
        from: this.deps.from,
        to: user.email,
        data: checked,
      });
      store.afterCommit(this.deps.onQueued);
      return queued;
    });
  }

  /**
   * Render a mail for an account: mint the tokens of its one-tap links (the caller stores them
   * with what carries them) and fill the templates in `language`.
   */
  async renderFor(kind: string, userId: string, data: unknown, language: MailLanguage): Promise<RenderedFor> {
    const definition = kindOf(kind);
    const user = await this.deps.recipients.findById(userId);
    if (!definition || !user) throw new MailRenderError(definition ? 'the recipient no longer exists' : `unknown kind ${kind}`);
    const parsed = definition.data.safeParse(data);
    if (!parsed.success) throw new MailRenderError(`data does not fit ${kind}`);
    const origin = this.deps.origin();
    const actionUrls: Record<string, string> = {};
    const tokens: MailTokenDoc[] = [];
    const requested = definition.actions?.(parsed.data) ?? [];
    for (const action of requested) {
      const { token, doc } = this.deps.tokens.mint({
        purpose: action.purpose,
        userId,
        subject: action.subject,
        ...(action.expiresAt ? { expiresAt: action.expiresAt } : {}),
      });
      tokens.push(doc);
      actionUrls[action.key] = `${origin}/api/mail/actions/${token}`;
    }
    const rendered = renderMail(definition, parsed.data, language, {
      origin,
      recipientName: user.name,
      unsubscribeUrl: `${origin}/api/mail/unsubscribe/${this.deps.unsubscribe.token(userId)}`,
      actionUrls,
    });
    return {
      ...rendered,
      tokens,
      actions: requested.map((a): ListedAction => ({
        label: a.label[language],
        url: actionUrls[a.key]!,
        ...(a.saysNo ? { saysNo: true } : {}),
      })),
    };
  }

  /**
   * A claimed outbox row ready to send, rendered now (rows queued by older versions come rendered).
   * Its one-tap tokens are stored before it leaves. Each attempt renders afresh: only a mail the
   * relay accepted without our hearing of it is sent twice, with the same Message-ID and new links.
   */
  async prepare(mail: OutboxMail): Promise<OutboxMail> {
    if (mail.subject !== undefined) return mail;
    const language = accountLanguage(mail.language) ?? 'vi';
    const { tokens, subject, text, html, headers, attachments } = await this.renderFor(mail.kind, mail.userId ?? '', mail.data, language);
    await this.deps.tokens.save(tokens);
    return { ...mail, subject, text, html, headers, attachments };
  }
}
