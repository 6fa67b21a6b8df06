// Notification settings per account: how mail arrives (instant, a daily digest, or off). The
// language is the account's own (chosen at registration, changed through these settings); a
// settings row keeps one only for accounts made before accounts had a language.
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import type { MailLanguage } from './render.js';

export type EmailFrequency = 'instant' | 'daily' | 'off';

export interface NotificationSettings {
  email: EmailFrequency;
  language: MailLanguage;
}

interface SettingsDoc extends Doc {
  email?: EmailFrequency;
  language?: MailLanguage;
  updatedAt: string;
}

export class NotificationSettingsRepository {
  private readonly settings: Collection<SettingsDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.settings = store.collection<SettingsDoc>({ name: 'notification_settings' });
  }

  /** The user's settings; `language` is the account's (else a stored one, else Vietnamese). */
  async get(userId: string, accountLanguage?: MailLanguage): Promise<NotificationSettings> {
    const doc = await this.settings.findOne({ _id: userId });
    return { email: doc?.email ?? 'instant', language: accountLanguage ?? doc?.language ?? 'vi' };
  }

  /** Store a change of frequency or language; the caller changes the account's language too. */
  async update(userId: string, change: Partial<NotificationSettings>, accountLanguage?: MailLanguage): Promise<NotificationSettings> {
    const current = await this.get(userId, accountLanguage);
    const next: NotificationSettings = { email: change.email ?? current.email, language: change.language ?? current.language };
    await this.settings.updateOne({ _id: userId }, { $set: { ...next, updatedAt: this.clock.now().toISOString() } }, { upsert: true });
    return next;
  }
}
