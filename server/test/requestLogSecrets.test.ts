// A mail's one-tap and unsubscribe links carry their credential in the path: whoever holds the
// token acts as the person the mail went to. The store keeps only a hash of a one-tap token
// (MAIL.md "Tokens"), so the request log must not keep the token either: it logs the route with
// the token left out.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member } from './helpers/fixtures.js';
import { writtenMailText } from './helpers/mailbox.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

let t: TestApp;
const logText: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logText.push(chunk.toString());
      done();
    },
  });
  t = await startTestApp({ env: { LOG_LEVEL: 'info', SMTP_URL: '' }, logger: pino({ level: 'info' }, sink), startJobs: false });
});
afterAll(() => t?.close());

/** The request log lines written while `send` ran (pino-http writes when the response finishes). */
async function logged(send: () => Promise<unknown>): Promise<{ method: string; path: string }[]> {
  const from = logText.length;
  await send();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return logText
    .slice(from)
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { req?: { method: string; path: string } })
    .flatMap((line) => (line.req ? [line.req] : []));
}

describe('the request log and the tokens of mail links', () => {
  it('logs one-tap and unsubscribe requests without their token', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin được tư vấn.' })).body;
    const text = await writtenMailText(t, expert.user.email);
    const accept = new URL(/\/api\/mail\/actions\/[\w-]+/.exec(text)![0], t.url).pathname;
    const unsubscribe = new URL(/\/api\/mail\/unsubscribe\/[\w.-]+/.exec(text)![0], t.url).pathname;
    const tokens = [accept, unsubscribe].map((p) => p.split('/').pop()!);
    expect(tokens.every((token) => token.length >= 20)).toBe(true);

    const visitor = t.client();
    const lines = await logged(async () => {
      expect((await visitor.get(accept)).status).toBe(200);
      expect((await visitor.post(accept)).status).toBe(200);
      expect((await visitor.get(unsubscribe)).status).toBe(200);
      expect((await visitor.post(unsubscribe)).status).toBe(200);
    });
    // The link did its work (the intro is accepted) and each request was logged, by route.
    expect((await startup.client.get(`/api/intros/${intro.id}`)).body.status).toBe('accepted');
    expect(lines).toEqual([
      { id: expect.any(String), method: 'GET', path: '/api/mail/actions/[token]' },
      { id: expect.any(String), method: 'POST', path: '/api/mail/actions/[token]' },
      { id: expect.any(String), method: 'GET', path: '/api/mail/unsubscribe/[token]' },
      { id: expect.any(String), method: 'POST', path: '/api/mail/unsubscribe/[token]' },
    ]);
    for (const token of tokens) expect(logText.join('')).not.toContain(token);
  });
});
