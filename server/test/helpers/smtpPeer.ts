// A real SMTP server for tests (the `smtp-server` package) that parses what arrives with
// `mailparser`. It can accept, refuse (4xx/5xx), be stopped and started again on the same port,
// and count deliveries per Message-ID to prove that nothing arrives twice.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type PeerMode = 'accept' | 'reject-permanent' | 'reject-temporary';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
  messageId: string;
  receivedAt: number;
}

export interface SmtpPeerOptions {
  /** Parse every mail (tests) or only read its Message-ID (benchmarks). */
  parse?: boolean;
  /** Require this user and password (AUTH PLAIN/LOGIN over a plain connection). */
  auth?: { user: string; pass: string };
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

export class SmtpPeer {
  readonly received: ReceivedMail[] = [];
  mode: PeerMode = 'accept';
  private server: SMTPServer | null = null;
  private boundPort = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly options: SmtpPeerOptions = {}) {}

  get port(): number {
    return this.boundPort;
  }

  /** `smtp://127.0.0.1:PORT` (with credentials when the peer requires them). */
  get url(): string {
    const auth = this.options.auth ? `${encodeURIComponent(this.options.auth.user)}:${encodeURIComponent(this.options.auth.pass)}@` : '';
    return `smtp://${auth}127.0.0.1:${this.boundPort}`;
  }

  /** Listen (again on the same port after stop(), when it had one). */
  async start(port = this.boundPort): Promise<this> {
    const auth = this.options.auth;
    const server = new SMTPServer({
      secure: false,
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      ...(auth ? { allowInsecureAuth: true, authOptional: false } : { authOptional: true }),
      logger: false,
      // stop() drops the client's open (pooled) connections at once, as a crashed relay would.
      closeTimeout: 50,
      onAuth: (a, _session, callback) =>
        auth && a.username === auth.user && a.password === auth.pass
          ? callback(null, { user: a.username })
          : callback(smtpError('Invalid username or password', 535)),
      onRcptTo: (_address, _session, callback) => {
        if (this.mode === 'reject-permanent') return callback(smtpError('No such user here', 550));
        if (this.mode === 'reject-temporary') return callback(smtpError('Mailbox busy, try later', 451));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          void this.record(raw, envelopeTo).then(
            () => callback(),
            (err: unknown) => callback(err as Error),
          );
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once at least `count` mails have arrived (or rejects after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} mails, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }

  private async record(raw: Buffer, envelopeTo: string[]): Promise<void> {
    let parsed: ParsedMail;
    let messageId: string;
    if (this.options.parse === false) {
      const header = raw.subarray(0, Math.min(raw.length, 8192)).toString();
      messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(header)?.[1] ?? '';
      parsed = {} as ParsedMail;
    } else {
      parsed = await simpleParser(raw);
      messageId = parsed.messageId ?? '';
    }
    this.received.push({ envelopeTo, raw, parsed, messageId, receivedAt: Date.now() });
    for (const wake of this.waiters.splice(0)) wake();
  }
}
