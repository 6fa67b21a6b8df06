// The one port mail leaves through. SMTP (nodemailer, pooled) when SMTP_URL is set; otherwise
// each mail becomes an .eml file under DATA_DIR/mail/, built by the same MIME composer, so every
// flow works on the embedded default and a developer can open what would have been sent.
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Config } from '../../config.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64, so the outbox row stays plain JSON. */
  contentBase64: string;
}

/** A fully rendered mail as the outbox stores it and the transport sends it. */
export interface OutgoingMail {
  /** Stable across retries: the receiving side can recognise a repeat by it. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
}

/**
 * Why a send failed. `connection`: the server could not be reached or refused us as a client
 * (down, TLS, authentication) — nothing is wrong with the mail, so it waits and health degrades.
 * `temporary`: the server answered 4xx for this mail. `permanent`: 5xx for this mail; retrying
 * would get the same answer.
 */
export type SendFailureKind = 'connection' | 'temporary' | 'permanent';

export class MailSendError extends Error {
  constructor(
    readonly kind: SendFailureKind,
    /** Short, free of addresses and bodies: stored on the outbox row. */
    readonly summary: string,
  ) {
    super(summary);
    this.name = 'MailSendError';
  }
}

export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  /** Resolves once the server accepted the mail (or the file is written); throws MailSendError. */
  send(mail: OutgoingMail): Promise<void>;
  /** True when the server answers (connect, greeting, authentication). */
  verify(): Promise<boolean>;
  close(): Promise<void>;
}

function composerOptions(mail: OutgoingMail) {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, 'base64'),
    })),
  };
}

// Errors about the session rather than the message: the mail itself is fine.
const SESSION_ERRORS = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'ETLS', 'EREQUIRETLS', 'EPROXY', 'EOAUTH2']);

interface SmtpErrorShape {
  code?: string;
  responseCode?: number;
  command?: string;
  permanent?: boolean;
}

/** Sort a nodemailer error into the three kinds the outbox acts on. */
export function classifySmtpError(error: unknown): MailSendError {
  const e = (error ?? {}) as SmtpErrorShape;
  const code = e.code ?? 'EUNKNOWN';
  const reply = e.responseCode;
  const summary = [code, reply, e.command].filter((v) => v !== undefined).join(' ');
  if (reply === undefined || SESSION_ERRORS.has(code) || e.command === 'CONN') return new MailSendError('connection', summary);
  const permanent = e.permanent ?? (reply >= 500 && reply !== 503);
  return new MailSendError(permanent ? 'permanent' : 'temporary', summary);
}

export class SmtpTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter;

  constructor(smtpUrl: string, options: { maxConnections?: number } = {}) {
    this.transporter = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: options.maxConnections ?? 4,
      // nodemailer waits minutes by default; a relay that is down should show in seconds.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail(composerOptions(mail));
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  async verify(): Promise<boolean> {
    try {
      return await this.transporter.verify();
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    this.transporter.close();
    return Promise.resolve();
  }
}

export class FileTransport implements MailTransport {
  readonly kind = 'file' as const;

  constructor(readonly directory: string) {}

  /** One file per Message-ID: a repeated send rewrites the same file instead of adding one. */
  async send(mail: OutgoingMail): Promise<void> {
    // RFC 5322 lines end in CRLF; over SMTP nodemailer converts the bare LFs of text parts, here we ask for it.
    const raw = await new MailComposer({ ...composerOptions(mail), newline: 'windows' }).compile().build();
    await fs.mkdir(this.directory, { recursive: true });
    const name = `${mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9.@_-]/g, '_')}.eml`;
    const temp = path.join(this.directory, `.${name}.tmp`);
    try {
      await fs.writeFile(temp, raw);
      await fs.rename(temp, path.join(this.directory, name));
    } catch (error) {
      throw new MailSendError('connection', `file ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }

  async verify(): Promise<boolean> {
    try {
      await fs.mkdir(this.directory, { recursive: true });
      await fs.access(this.directory, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export function openMailTransport(config: Pick<Config, 'mail' | 'dataDir'>): MailTransport {
  return config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl) : new FileTransport(path.join(config.dataDir, 'mail'));
}
