// One-tap actions from mail links. GET shows what the link will do and changes nothing (mail
// scanners and link previews open links); POST uses the token up and does it, in one transaction:
// if the action fails (the intro was answered meanwhile) the token stays usable and nothing changed.
import type { AuthUser } from '../../http/api.js';
import type { Store } from '../../store/types.js';
import { presentUser } from '../accounts/presenter.js';
import type { UserDoc } from '../accounts/repository.js';
import { AccountSuspendedError } from '../accounts/service.js';
import type { MailLanguage } from './render.js';
import type { MailTokenDoc, MailTokens } from './tokens.js';
import { InvalidTokenError } from './tokens.js';

export interface ActionPreview {
  /** What pressing the button will do, in both languages. */
  title: Record<MailLanguage, string>;
  /** Details of what it acts on (e.g. who asked for the intro). */
  details: Record<string, unknown>;
  /** Already dealt with (the intro was answered in the app): pressing the button could only fail. */
  settled?: boolean;
}

export interface MailActionHandler {
  /** Reads only. */
  describe(token: MailTokenDoc): Promise<ActionPreview>;
  /** Runs inside the transaction that uses the token up; its result is returned to the caller. */
  perform(token: MailTokenDoc): Promise<Record<string, unknown>>;
}

export interface ActionView extends Omit<ActionPreview, 'settled'> {
  purpose: string;
  expiresAt: string;
}

export class MailActions {
  private readonly handlers = new Map<string, MailActionHandler>();

  constructor(
    private readonly store: Store,
    private readonly tokens: MailTokens,
  ) {}

  register(purpose: string, handler: MailActionHandler): void {
    if (this.handlers.has(purpose)) throw new Error(`mail action "${purpose}" is already registered`);
    this.handlers.set(purpose, handler);
  }

  /** What the link does, and whether that is already settled; throws InvalidTokenError for an unknown, used or expired token. */
  async show(token: string): Promise<{ view: ActionView; settled: boolean }> {
    const doc = await this.tokens.peek(token, [...this.handlers.keys()]);
    const { settled, ...preview } = await this.handler(doc).describe(doc);
    return { view: { purpose: doc.purpose, expiresAt: doc.expiresAt, ...preview }, settled: settled ?? false };
  }

  /** The account the link was mailed to, whatever became of the link (null: no such link). */
  readerOf(token: string): Promise<string | null> {
    return this.tokens.owner(token);
  }

  /** Do it, once. */
  async perform(token: string): Promise<{ purpose: string; result: Record<string, unknown> }> {
    return this.store.withTransaction(async () => {
      const doc = await this.tokens.consume(token, [...this.handlers.keys()]);
      return { purpose: doc.purpose, result: await this.handler(doc).perform(doc) };
    });
  }

  private handler(doc: MailTokenDoc): MailActionHandler {
    const handler = this.handlers.get(doc.purpose);
    if (!handler) throw new InvalidTokenError();
    return handler;
  }
}

/**
 * The account a link was mailed to, as its action runs. A link of an account that is gone is void;
 * a suspended account may not act through a link any more than it may sign in (403, reason
 * `account_suspended`), and the link stays unused for when the suspension is lifted.
 */
export async function actingUser(users: { findById(id: string): Promise<UserDoc | null> }, token: MailTokenDoc): Promise<AuthUser> {
  const user = await users.findById(token.userId);
  if (!user) throw new InvalidTokenError();
  if (user.suspended) throw new AccountSuspendedError();
  return presentUser(user);
}
