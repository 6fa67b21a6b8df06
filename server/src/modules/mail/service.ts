// What the rest of the server calls to mail someone: `mail.enqueue(kind, userId, data)` inside the
// transaction of the change that causes the mail. It looks up the recipient and their settings,
// issues the one-tap tokens the kind asks for, renders in the recipient's language and queues the
// mail in the outbox — all in that transaction — then wakes the worker once it commits.
import type { Store } from '../../store/types.js';
import type { MailData, MailKindName } from './kinds/index.js';
import { MAIL_KINDS } from './kinds/index.js';
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
  recipients: MailRecipients;
  unsubscribe: UnsubscribeLinks;
  /** The From header (MAIL_FROM). */
  from: string;
  /** The public origin links start with (read when rendering: the port is known only after listen). */
  origin: () => string;
  /** Called after a transaction that queued mail commits (wakes the worker). */
  onQueued: () => void;
}

export function accountLanguage(value: unknown): MailLanguage {
  return value === 'en' ? 'en' : 'vi';
}

export class MailService {
  constructor(private readonly deps: MailServiceDeps) {}

  /**
   * Queue a mail of `kind` for an account. Joins the caller's transaction. Returns null (and queues
   * nothing) for an unknown account, or for a notification when the recipient turned mail off.
   */
  async enqueue<K extends MailKindName>(kind: K, userId: string, data: MailData<K>): Promise<OutboxMail | null> {
    const definition = MAIL_KINDS[kind] as unknown as MailKind<MailData<K>>;
    const { store, outbox, tokens, settings, recipients, unsubscribe } = this.deps;
    return store.withTransaction(async () => {
      const user = await recipients.findById(userId);
      if (!user) return null;
      const preferences = await settings.get(userId, accountLanguage(user.language));
      if (definition.category === 'notification' && preferences.email === 'off') return null;
      const origin = this.deps.origin();
      const actionUrls: Record<string, string> = {};
      for (const action of definition.actions?.(data) ?? []) {
        const token = await tokens.issue({
          purpose: action.purpose,
          userId,
          subject: action.subject,
          ...(action.expiresAt ? { expiresAt: action.expiresAt } : {}),
        });
        actionUrls[action.key] = `${origin}/api/mail/actions/${token}`;
      }
      const rendered = renderMail(definition, data, preferences.language, {
        origin,
        recipientName: user.name,
        unsubscribeUrl: `${origin}/api/mail/unsubscribe/${unsubscribe.token(userId)}`,
        actionUrls,
      });
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
