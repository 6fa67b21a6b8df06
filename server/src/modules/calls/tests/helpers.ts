// Shared set-up of the calls tests: an app on a manual clock (optionally sending mail to a real
// SMTP peer), a Lạng Sơn idea competition with its call, and a rubric that is easy to compute by hand.
import { adminClient, adminEnv, type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import { type Mailbox, startMailApp } from '../../../../test/helpers/mailbox.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { ManualClock } from '../../../lib/clock.js';
import { ok } from '../../events/tests/helpers.js';

export { ok };

/** Monday 2 March 2026, 09:00 in Vietnam. */
export const START = '2026-03-02T02:00:00.000Z';

export interface CallsApp {
  t: TestApp;
  clock: ManualClock;
  admin: TestClient;
  /** Lạng Sơn staff: the organiser. */
  staff: TestClient;
  mailbox: Mailbox | null;
  close(): Promise<void>;
}

export async function callsApp(options: { mail?: boolean } = {}): Promise<CallsApp> {
  const clock = new ManualClock(START);
  const env = { ...adminEnv, SESSION_MAX_AGE_DAYS: '365' };
  let t: TestApp;
  let mailbox: Mailbox | null = null;
  let close: () => Promise<void>;
  if (options.mail) ({ t, mailbox, close } = await startMailApp({ clock, env }));
  else {
    t = await startTestApp({ clock, env });
    close = () => t.close();
  }
  const admin = await adminClient(t);
  return { t, clock, admin, staff: await staffOf(t, admin, 'lang-son'), mailbox, close };
}

/** Three criteria (Σ weight 6) whose weighted scores come out in round numbers. */
export const RUBRIC = [
  { code: 'novelty', label: 'Tính mới, sáng tạo', labelEn: 'Novelty', weight: 3, max: 10 },
  { code: 'market', label: 'Khả năng thương mại hoá', labelEn: 'Commercial viability', weight: 2, max: 20 },
  { code: 'team', label: 'Năng lực đội ngũ', labelEn: 'Team', weight: 1, max: 5 },
];

export const QUESTIONS = [
  { code: 'sector', label: 'Lĩnh vực', type: 'choice', options: ['Nông nghiệp, OCOP', 'Du lịch', 'Khác'], required: true },
  { code: 'problem', label: 'Ý tưởng giải quyết vấn đề gì?', type: 'text', required: true },
  { code: 'team_size', label: 'Số thành viên', type: 'number', required: false },
];

/** Open from the start, closing 10 days later (12 March 2026, 09:00 Vietnam). */
export function callBody(judges: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    opensAt: START,
    closesAt: '2026-03-12T02:00:00.000Z',
    rules: 'Mỗi đội một hồ sơ; sửa được đến hạn nộp.',
    questions: QUESTIONS,
    criteria: RUBRIC,
    judges,
    normalizeJudges: false,
    ...overrides,
  };
}

/** A published Lạng Sơn idea competition on 28 March 2026. */
export async function competition(staff: TestClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const event = ok(
    await staff.post('/api/events', {
      kind: 'competition',
      title: 'Cuộc thi Ý tưởng khởi nghiệp tỉnh Lạng Sơn 2026',
      description: 'Vòng chung kết tại Ngày hội Khởi nghiệp.',
      topics: ['funding'],
      startsAt: '2026-03-28T08:00:00+07:00',
      endsAt: '2026-03-28T17:00:00+07:00',
      status: 'published',
      ...overrides,
    }),
    201,
  );
  return event.id as string;
}

export const answers = (problem = 'Giúp hộ nuôi ong bán mật đúng giá.') => ({ sector: 'Nông nghiệp, OCOP', problem, team_size: 3 });

export function entryBody(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title, summary: `${title}: ý tưởng phục vụ bà con Lạng Sơn.`, answers: answers(), ...overrides };
}

/** An expert judge with a profile named `name`. */
export const judge = (t: TestApp, name: string): Promise<Member> => member(t, 'expert', { name, province: 'lang-son' });
export const startup = (t: TestApp, name: string): Promise<Member> => member(t, 'startup', { name });
