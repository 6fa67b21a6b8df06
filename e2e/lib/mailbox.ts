// The server under test has no SMTP_URL, so every mail it sends is an .eml file under
// DATA_DIR/mail/ (one per Message-ID). Tests read them the way a person reads their inbox.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { UI_TIMEOUT_MS } from './browser.js';

export class Mailbox {
  private readonly dir: string;
  private readonly seen = new Set<string>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'mail');
  }

  /** Forget the mails already written, so `next` only returns one that arrives after this call. */
  markRead(): void {
    for (const file of this.files()) this.seen.add(file);
  }

  /** The next new mail to `to` of the given kind (X-KetNoi-Kind); polls until the delivery worker writes it. */
  async next(to: string, kind: string): Promise<ParsedMail> {
    const deadline = Date.now() + UI_TIMEOUT_MS;
    while (Date.now() < deadline) {
      for (const file of this.files()) {
        if (this.seen.has(file)) continue;
        const mail = await simpleParser(fs.readFileSync(path.join(this.dir, file)));
        if (!addressedTo(mail, to) || mail.headers.get('x-ketnoi-kind') !== kind) continue;
        this.seen.add(file);
        return mail;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${kind} mail to ${to} under ${this.dir} within ${UI_TIMEOUT_MS / 1000} s`);
  }

  private files(): string[] {
    // The transport writes a temp file and renames it: only whole .eml files are listed.
    return fs.existsSync(this.dir) ? fs.readdirSync(this.dir).filter((name) => name.endsWith('.eml')) : [];
  }
}

function addressedTo(mail: ParsedMail, address: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.some((group) => group.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
}

/** The path and query of the first link in the mail's text that starts with `prefix` (the origin is the server's). */
export function linkIn(mail: ParsedMail, prefix: string): string {
  for (const match of (mail.text ?? '').matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(prefix)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no link to ${prefix} in the mail "${mail.subject}"`);
}
