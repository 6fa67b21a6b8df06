// The daily digest. For someone who chose `daily`, a notification mail is kept as a row of
// `mail_digest` (its kind and data) instead of being queued, in its cause's transaction. Once a day
// at 07:00 Vietnam time (00:00 UTC) the digest job renders each person's rows from before that
// moment (one-tap tokens included) into one mail — in one transaction per person that stores the
// tokens, queues the digest and deletes the rows, so a second run or instance finds nothing left.
import type { Clock } from '../../lib/clock.js';
import { DAY_MS } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import { latestPerEntry } from './calendar.js';
import type { ListedAction, MailLanguage } from './render.js';
import type { MailTokenDoc } from './tokens.js';
import type { MailAttachment } from './transport.js';

export interface DigestItem {
  userId: string;
  kind: string;
  language: MailLanguage;
  /** The kind's data, as it would have been queued. */
  data: unknown;
}

interface DigestItemDoc extends Doc, DigestItem {
  createdAt: string;
}

/** A digest lists at most this many items; the rest are counted ("… and 12 more in the app"). */
export const DIGEST_MAX_ITEMS = 30;

/** Vietnam is UTC+7 all year: 07:00 there is 00:00 UTC. */
const DIGEST_HOUR_UTC = 0;

/** The latest 07:00 Vietnam time at or before `now`. */
export function lastDigestTime(now: Date): Date {
  const boundary = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC);
  return new Date(boundary <= now.getTime() ? boundary : boundary - DAY_MS);
}

export class DigestItems {
  private readonly items: Collection<DigestItemDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.items = store.collection<DigestItemDoc>({
      name: 'mail_digest',
      indexes: [{ fields: { userId: 1, createdAt: 1 } }, { fields: { createdAt: 1 } }],
    });
  }

  /** Keep a rendered notification for the next digest (joins the caller's transaction). */
  async add(item: DigestItem): Promise<void> {
    await this.items.insertOne({ _id: newId(), ...item, createdAt: this.clock.now().toISOString() });
  }

  /** People with items from before `before`. */
  async usersWithItemsBefore(before: string): Promise<string[]> {
    const rows = await this.items.aggregate<{ _id: string }>([{ $match: { createdAt: { $lt: before } } }, { $group: { _id: '$userId' } }]);
    return rows.map((r) => r._id).sort();
  }

  /** Take a person's items from before `before`, oldest first: they are deleted in the caller's transaction. */
  async take(userId: string, before: string): Promise<DigestItemDoc[]> {
    const items = await this.items.find({ userId, createdAt: { $lt: before } }, { sort: { createdAt: 1, _id: 1 } });
    if (items.length > 0) await this.items.deleteMany({ _id: { $in: items.map((i) => i._id) } });
    return items;
  }

  count(filter: Record<string, unknown> = {}): Promise<number> {
    return this.items.countDocuments(filter);
  }
}

/** A notification rendered for the digest. */
export interface DigestLine {
  subject: string;
  link: string;
  actions: ListedAction[];
  attachments: MailAttachment[];
  tokens: MailTokenDoc[];
}

/** What the digest job needs from the mail service. */
export interface DigestMailer {
  renderFor(kind: string, userId: string, data: unknown, language: MailLanguage): Promise<DigestLine>;
  enqueue(
    kind: 'digest.daily',
    userId: string,
    data: {
      date: string;
      total: number;
      items: { subject: string; link: string; actions: ListedAction[] }[];
      attachments: MailAttachment[];
    },
  ): Promise<unknown>;
}

export class DailyDigest {
  constructor(
    private readonly store: Store,
    private readonly items: DigestItems,
    private readonly mail: DigestMailer,
    private readonly tokens: { save(docs: MailTokenDoc[]): Promise<void> },
    private readonly clock: Clock,
  ) {}

  /** Send every digest due by the latest 07:00; returns how many people got one. */
  async run(): Promise<number> {
    const boundary = lastDigestTime(this.clock.now());
    const before = boundary.toISOString();
    let sent = 0;
    for (const userId of await this.items.usersWithItemsBefore(before)) {
      const queued = await this.store.withTransaction(async () => {
        const items = await this.items.take(userId, before);
        if (items.length === 0) return false;
        const shown: DigestLine[] = [];
        for (const item of items.slice(0, DIGEST_MAX_ITEMS)) {
          // An item that can no longer be rendered (its account or kind is gone) is left out.
          const line = await this.mail.renderFor(item.kind, userId, item.data, item.language).catch(() => null);
          if (line) shown.push(line);
        }
        if (shown.length === 0) return false;
        await this.tokens.save(shown.flatMap((line) => line.tokens));
        // Dated by the morning it is sent: it covers the 24 hours to this 07:00, which span two
        // Vietnam days (named by the earlier one, news from 00:00 to 06:59 was dated the day before).
        const day = boundary.toISOString();
        return Boolean(
          await this.mail.enqueue('digest.daily', userId, {
            date: day,
            total: items.length,
            items: shown.map((line) => ({ subject: line.subject, link: line.link, actions: line.actions })),
            attachments: latestPerEntry(shown.flatMap((line) => line.attachments)),
          }),
        );
      });
      if (queued) sent++;
    }
    return sent;
  }
}
