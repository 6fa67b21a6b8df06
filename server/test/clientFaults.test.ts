// Malformed requests from anyone, signed in or not: each is the client's fault, so it gets a 4xx in
// the contract's shape and is logged below error level (no stack traces in the error log).
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member } from './helpers/fixtures.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

let t: TestApp;
const logLines: { level: number; msg: string; err?: { stack?: string } }[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  t = await startTestApp({ env: { LOG_LEVEL: 'debug' }, logger: pino({ level: 'debug' }, sink) });
});
afterAll(() => t.close());

const ERROR_LEVEL = 50;

/** Run `send` and return the log lines it wrote (the request log line included). */
async function logsOf<T>(send: () => Promise<T>): Promise<{ result: T; lines: typeof logLines }> {
  const from = logLines.length;
  const result = await send();
  // pino-http writes its line when the response finishes; give the stream a turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { result, lines: logLines.slice(from) };
}

function expectClientFault(lines: typeof logLines, status: number) {
  expect(lines.some((l) => l.msg === 'request completed' || l.msg === 'request errored')).toBe(true);
  expect(lines.filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
  expect(lines.some((l) => l.err?.stack)).toBe(false);
  expect(lines.some((l) => (l as { res?: { statusCode?: number } }).res?.statusCode === status)).toBe(true);
}

const post = (path: string, body: string | Uint8Array, headers: Record<string, string>) =>
  fetch(t.url + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as { error: { code: string; message: string; details?: unknown } },
  }));

describe('malformed percent-encoding in a path parameter', () => {
  it.each(['/api/profiles/%E0%A4%A', '/api/needs/%FF', '/api/intros/%C0%AF/accept'])('answers 400 for %s', async (path) => {
    const method = path.endsWith('/accept') ? 'POST' : 'GET';
    const { result, lines } = await logsOf(() => t.client().request(method, path));
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'params' }] });
    expectClientFault(lines, 400);
  });
});

describe('JSON nested thousands deep', () => {
  it.each([
    ['arrays', '['.repeat(50_000) + ']'.repeat(50_000)],
    ['objects', '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)],
    ['inside a valid field', `{"email":"a@b.vn","password":${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
  ])('answers 400 for %s', async (_, raw) => {
    const { result, lines } = await logsOf(() => t.client().request('POST', '/api/auth/login', { raw }));
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: '(body)', message: 'nested too deeply' }] });
    expectClientFault(lines, 400);
  });

  it('still accepts the nesting real bodies have', async () => {
    const { profile } = await member(t, 'startup', { products: [{ name: 'Mật ong', description: 'Chai 500 ml' }] });
    expect(profile.products).toEqual([{ name: 'Mật ong', description: 'Chai 500 ml' }]);
  });
});

describe('Content-Encoding', () => {
  it.each(['gzip', 'deflate', 'br'])('answers 400 for a body that is not %s data', async (encoding) => {
    const { result, lines } = await logsOf(() =>
      post('/api/auth/login', '{"email":"a@b.vn","password":"x"}', { 'content-encoding': encoding }),
    );
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('validation_failed');
    expect(result.body.error.message).toContain(encoding);
    expectClientFault(lines, 400);
  });

  it('answers 415 for an encoding the server does not know', async () => {
    const { result, lines } = await logsOf(() => post('/api/auth/login', '{}', { 'content-encoding': 'x-compress-9' }));
    expect(result.status).toBe(415);
    expect(result.body.error.code).toBe('unsupported_media_type');
    expectClientFault(lines, 415);
  });

  it('answers 415 for a charset other than UTF-8', async () => {
    const { result, lines } = await logsOf(() => post('/api/auth/login', '{}', { 'content-type': 'application/json; charset=ibm-037' }));
    expect(result.status).toBe(415);
    expect(result.body.error.code).toBe('unsupported_media_type');
    expectClientFault(lines, 415);
  });

  it('reads a body that really is gzip', async () => {
    const user = await t.client().register();
    const body = zlib.gzipSync(JSON.stringify({ email: user.email, password: user.password }));
    const res = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { id: string } }).user.id).toBe(user.id);
  });
});

describe('bytes that are not UTF-8', () => {
  it('answers 400 and stores nothing, instead of storing replacement characters', async () => {
    const json = (name: Buffer, email: string) =>
      Buffer.concat([
        Buffer.from(`{"email":"${email}","password":"mat-khau-rat-manh","role":"startup","province":"lang-son","name":"`),
        name,
        Buffer.from('"}'),
      ]);
    // "Hoàng" in Windows-1258 (à is 0xE0 there): not UTF-8; it used to be stored as "Ho\uFFFDng".
    const latin = Buffer.from([0x48, 0x6f, 0xe0, 0x6e, 0x67]);
    const { result, lines } = await logsOf(() => post('/api/auth/register', json(latin, 'cp1258@example.vn'), {}));
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: '(body)', message: 'not UTF-8' }] });
    expectClientFault(lines, 400);
    const signIn = await t.client().post('/api/auth/login', { email: 'cp1258@example.vn', password: 'mat-khau-rat-manh' });
    expect(signIn.status).toBe(401);

    const utf8 = await post('/api/auth/register', json(Buffer.from('Hoàng Văn Lâm'), 'utf8@example.vn'), {});
    expect(utf8.status).toBe(201);
    expect((utf8.body as unknown as { user: { name: string } }).user.name).toBe('Hoàng Văn Lâm');
  });
});
