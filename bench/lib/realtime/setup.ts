// Users for the realtime benchmark, made through the real HTTP API exactly as people would:
// register (which signs in and sets the session cookie) → PUT /api/profiles/me → the startup
// asks for an intro → the expert accepts, which opens the conversation. A few requests at a time.
import { SESSION_COOKIE } from '../../../server/src/app.js';
import { profileBodies } from '../../../server/test/helpers/fixtures.js';
import type { PairSpec } from './protocol.js';

const PASSWORD = 'mat-khau-do-tai-realtime';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  cookie: string | null;
}

async function call(baseUrl: string, method: string, path: string, body: unknown, cookie?: string): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const res = await fetch(baseUrl + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const session =
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? null;
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, cookie: session };
}

function expect(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

// The same realistic bodies the server's integration tests use, made unique per pair.
const startupProfile = (i: number) =>
  profileBodies.startup({ name: `Hợp tác xã mật ong số ${i}`, contact: { email: `startup.${i}@example.vn` } });
const expertProfile = (i: number) =>
  profileBodies.expert({ name: `Chuyên gia nhãn hiệu số ${i}`, contact: { email: `expert.${i}@example.vn` } });

async function person(baseUrl: string, role: 'startup' | 'expert', i: number): Promise<{ cookie: string; profileId: string }> {
  const province = role === 'startup' ? 'lang-son' : 'ha-noi';
  const account = { email: `realtime.${role}.${i}@example.vn`, password: PASSWORD, role, name: `Người dùng ${role} ${i}`, province };
  const registered = expect(await call(baseUrl, 'POST', '/api/auth/register', account), 201, `register ${account.email}`);
  if (!registered.cookie) throw new Error(`register ${account.email} set no session cookie`);
  const profile = expect(
    await call(baseUrl, 'PUT', '/api/profiles/me', role === 'startup' ? startupProfile(i) : expertProfile(i), registered.cookie),
    201,
    `profile of ${account.email}`,
  );
  return { cookie: registered.cookie, profileId: String(profile.body.id) };
}

async function pair(baseUrl: string, i: number): Promise<PairSpec> {
  const [startup, expert] = await Promise.all([person(baseUrl, 'startup', i), person(baseUrl, 'expert', i)]);
  const intro = expect(
    await call(
      baseUrl,
      'POST',
      '/api/intros',
      { toProfileId: expert.profileId, message: 'Chào anh, chúng tôi cần đăng ký nhãn hiệu.' },
      startup.cookie,
    ),
    201,
    `intro ${i}`,
  );
  const accepted = expect(
    await call(baseUrl, 'POST', `/api/intros/${String(intro.body.id)}/accept`, undefined, expert.cookie),
    200,
    `accept ${i}`,
  );
  const conversationId = accepted.body.conversationId;
  if (typeof conversationId !== 'string') throw new Error(`accepted intro ${i} has no conversationId`);
  return { conversationId, cookies: [startup.cookie, expert.cookie] };
}

/** `count` accepted startup ↔ expert pairs, each with a conversation and two signed-in users. */
export async function createPairs(
  baseUrl: string,
  count: number,
  concurrency: number,
  onProgress?: (done: number) => void,
): Promise<PairSpec[]> {
  const pairs: PairSpec[] = new Array<PairSpec>(count);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      pairs[i] = await pair(baseUrl, i);
      if (++done % 100 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return pairs;
}
