// Notification settings per account: how mail arrives (instant, a daily digest, or off) and in
// which language. Absent settings mean the defaults.
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import type { MailLanguage } from './render.js';

export type EmailFrequency = 'instant' | 'daily' | 'off';

export interface NotificationSettings {
  email: EmailFrequency;
  language: MailLanguage;
}

interface SettingsDoc extends Doc, NotificationSettings {
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

  /** The user's settings; `language` falls back to the one the account was created in (else Vietnamese). */
  async get(userId: string, fallbackLanguage: MailLanguage = 'vi'): Promise<NotificationSettings> {
    const doc = await this.settings.findOne({ _id: userId });
    return { email: doc?.email ?? 'instant', language: doc?.language ?? fallbackLanguage };
  }

  async update(
    userId: string,
    change: Partial<NotificationSettings>,
    fallbackLanguage: MailLanguage = 'vi',
  ): Promise<NotificationSettings> {
    const current = await this.get(userId, fallbackLanguage);
    const next: NotificationSettings = { email: change.email ?? current.email, language: change.language ?? current.language };
    await this.settings.updateOne({ _id: userId }, { $set: { ...next, updatedAt: this.clock.now().toISOString() } }, { upsert: true });
    return next;
  }
}
