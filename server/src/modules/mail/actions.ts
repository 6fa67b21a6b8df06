// One-tap actions from mail links. GET shows what the link will do and changes nothing (mail
// scanners and link previews open links); POST uses the token up and does it, in one transaction:
// if the action fails (the intro was answered meanwhile) the token stays usable and nothing changed.
import type { Store } from '../../store/types.js';
import type { MailLanguage } from './render.js';
import type { MailTokenDoc, MailTokens } from './tokens.js';
import { InvalidTokenError } from './tokens.js';

export interface ActionPreview {
  /** What pressing the button will do, in both languages. */
  title: Record<MailLanguage, string>;
  /** Details of what it acts on (e.g. who asked for the intro). */
  details: Record<string, unknown>;
}

export interface MailActionHandler {
  /** Reads only. */
  describe(token: MailTokenDoc): Promise<ActionPreview>;
  /** Runs inside the transaction that uses the token up; its result is returned to the caller. */
  perform(token: MailTokenDoc): Promise<Record<string, unknown>>;
}

export interface ActionView extends ActionPreview {
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

  /** What the link does; throws InvalidTokenError for an unknown, used or expired token. */
  async show(token: string): Promise<ActionView> {
    const doc = await this.tokens.peek(token, [...this.handlers.keys()]);
    return { purpose: doc.purpose, expiresAt: doc.expiresAt, ...(await this.handler(doc).describe(doc)) };
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
