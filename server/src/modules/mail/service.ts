// What the rest of the server calls to mail someone: `mail.enqueue(kind, userId, data)` inside the
// transaction of the change that causes the mail. It looks up the recipient and their settings,
// issues the one-tap tokens the kind asks for, renders in the recipient's language and queues the
// mail in the outbox — or, for someone who chose the daily digest, keeps it for the 07:00 digest —
// all in that transaction, then wakes the worker once it commits.
import type { Store } from '../../store/types.js';
import type { DigestItems } from './digest.js';
import type { MailData, MailKindName } from './kinds/index.js';
import { MAIL_KINDS } from './kinds/index.js';
import type { MailMarks, MailOnce } from './marks.js';
import type { MailOutbox, OutboxMail } from './outbox.js';
import type { MailKind, MailLanguage } from './render.js';
import { renderMail } from './render.js';
import type { NotificationSettingsRepository } from './settings.js';
import type { MailTokens } from './tokens.js';
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

/** The account's language, when it has one (accounts made before languages existed have none). */
export function accountLanguage(value: unknown): MailLanguage | undefined {
  return value === 'en' || value === 'vi' ? value : undefined;
}

export class MailService {
  constructor(private readonly deps: MailServiceDeps) {}

  /**
   * Queue a mail of `kind` for an account. Joins the caller's transaction. Returns the outbox row,
   * or null when nothing is sent now: an unknown account, a notification to someone who turned mail
   * off, a key still within its quiet time, or a notification kept for the daily digest.
   */
  async enqueue<K extends MailKindName>(
    kind: K,
    userId: string,
    data: MailData<K>,
    options: EnqueueOptions = {},
  ): Promise<OutboxMail | null> {
    const definition = MAIL_KINDS[kind] as unknown as MailKind<MailData<K>>;
    const { store, outbox, tokens, settings, marks, digest, recipients, unsubscribe } = this.deps;
    return store.withTransaction(async () => {
      const user = await recipients.findById(userId);
      if (!user) return null;
      const preferences = await settings.get(userId, accountLanguage(user.language));
      const notification = definition.category === 'notification';
      if (notification && preferences.email === 'off') return null;
      if (options.once && (await marks.blocked(options.once.key))) return null;
      const origin = this.deps.origin();
      const actionUrls: Record<string, string> = {};
      const requested = definition.actions?.(data) ?? [];
      for (const action of requested) {
        const token = await tokens.issue({
          purpose: action.purpose,
          userId,
          subject: action.subject,
          ...(action.expiresAt ? { expiresAt: action.expiresAt } : {}),
        });
        actionUrls[action.key] = `${origin}/api/mail/actions/${token}`;
      }
      const { link, ...rendered } = renderMail(definition, data, preferences.language, {
        origin,
        recipientName: user.name,
        unsubscribeUrl: `${origin}/api/mail/unsubscribe/${unsubscribe.token(userId)}`,
        actionUrls,
      });
      if (options.once) await marks.set(options.once, userId);
      if (notification && definition.digest !== false && preferences.email === 'daily') {
        await digest.add({
          userId,
          kind,
          language: preferences.language,
          subject: rendered.subject,
          link,
          actions: requested.map((a) => ({ label: a.label[preferences.language], url: actionUrls[a.key]! })),
          attachments: rendered.attachments,
        });
        return null;
      }
      const queued = await outbox.enqueue({
        kind,
        language: preferences.language,
        userId,
        from: this.deps.from,
        to: user.email,
        ...rendered,
      });
      store.afterCommit(this.deps.onQueued);
      return queued;
    });
  }
}
