// Calls for entries as the server sends them, parsed with the contract's schemas: an idea
// competition on the Lạng Sơn startup day with three questions and the common three-criterion rubric.
import {
  AssignmentOutput,
  CallOutput,
  CallTemplateOutput,
  EntryOutput,
  JudgingProgressOutput,
  ResultsOutput,
  type CalendarEvent,
  type Call,
  type CallResults,
  type CallTemplate,
  type Entry,
  type JudgingAssignment,
  type JudgingProgress,
} from '@ketnoi/contract';
import type { z } from 'zod';
import { calendarEvent as eventFixture } from './eventFixtures.js';
import { parsed } from './fixtures.js';

export const EVENT_ID = 'ev-1';
const AT = '2026-02-20T02:00:00.000Z';
const CLOSES = '2026-03-01T10:00:00.000Z';

export const CRITERIA = [
  { code: 'tinh_moi', label: 'Tính mới, sáng tạo', labelEn: 'Novelty', weight: 3, max: 10 },
  { code: 'thuong_mai', label: 'Khả năng thương mại hoá', labelEn: 'Commercial potential', weight: 2, max: 20 },
  { code: 'doi_ngu', label: 'Năng lực đội ngũ', labelEn: 'Team', weight: 1, max: 5 },
];

export const QUESTIONS = [
  { code: 'linh_vuc', label: 'Lĩnh vực', labelEn: 'Sector', type: 'choice' as const, options: ['Nông nghiệp', 'Du lịch'], required: true },
  { code: 'khach_hang', label: 'Khách hàng là ai?', labelEn: 'Who are the customers?', type: 'text' as const, required: true },
  { code: 'doanh_thu', label: 'Doanh thu năm qua (triệu đồng)', type: 'number' as const, required: false },
];

const EVENT = {
  id: EVENT_ID,
  kind: 'startup_day' as const,
  title: 'Ngày hội khởi nghiệp Lạng Sơn 2026',
  province: 'lang-son',
  startsAt: '2026-03-10T01:00:00.000Z',
  endsAt: '2026-03-10T10:00:00.000Z',
  status: 'published' as const,
};

/** The events fixture's startup day as this call's event. */
export function calendarEvent(): CalendarEvent {
  return eventFixture({
    ...EVENT,
    description: 'Ngày hội khởi nghiệp đổi mới sáng tạo của tỉnh.',
    region: 'northeast',
    topics: [],
    venue: null,
    capacity: null,
    meetings: null,
    registered: 0,
    createdAt: AT,
    updatedAt: AT,
  });
}

export function call(overrides: Partial<z.input<typeof CallOutput>> = {}): Call {
  return parsed(CallOutput, {
    eventId: EVENT_ID,
    event: EVENT,
    opensAt: null,
    closesAt: CLOSES,
    open: true,
    rules: 'Mỗi đội nộp một bài. Ban giám khảo chấm theo ba tiêu chí.',
    questions: QUESTIONS,
    criteria: CRITERIA,
    normalizeJudges: false,
    locked: false,
    resultsPublishedAt: null,
    entries: 2,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}

export function entry(overrides: Partial<z.input<typeof EntryOutput>> = {}): Entry {
  return parsed(EntryOutput, {
    id: 'en-1',
    eventId: EVENT_ID,
    startupId: 'p-startup',
    startup: { id: 'p-startup', kind: 'startup', name: 'Mật ong chanh rừng Chi Lăng', headline: '', province: 'lang-son' },
    title: 'Mật ong chanh rừng truy xuất nguồn gốc',
    summary: 'Mật ong từ hoa chanh rừng, mã QR cho từng lọ.',
    answers: { linh_vuc: 'Nông nghiệp', khach_hang: 'Siêu thị ở Hà Nội' },
    status: 'submitted',
    needIds: [],
    assisted: false,
    createdAt: AT,
    updatedAt: AT,
    withdrawnAt: null,
    ...overrides,
  });
}

export function template(): CallTemplate {
  return parsed(CallTemplateOutput, {
    code: 'y_tuong',
    name: { vi: 'Cuộc thi ý tưởng khởi nghiệp', en: 'Startup idea competition' },
    description: { vi: 'Bốn tiêu chí thường dùng', en: 'The four common criteria' },
    rules: { vi: 'Thể lệ mẫu.', en: 'Sample rules.' },
    questions: QUESTIONS.slice(0, 2),
    criteria: [...CRITERIA, { code: 'tac_dong', label: 'Tác động xã hội', labelEn: 'Social impact', weight: 1, max: 10 }],
    normalizeJudges: true,
  });
}

export function progress(): JudgingProgress {
  const judge = { role: 'expert', paper: 0 };
  return parsed(JudgingProgressOutput, {
    entries: 5,
    judges: [
      { ...judge, userId: 'u-an', name: 'Giám khảo An', assigned: 5, scored: 5, recused: 0, conflicted: 0, remaining: 0 },
      { ...judge, userId: 'u-binh', name: 'Giám khảo Bình', assigned: 4, scored: 3, recused: 0, conflicted: 1, remaining: 1 },
      { ...judge, userId: 'u-chi', name: 'Giám khảo Chi', assigned: 5, scored: 4, recused: 1, conflicted: 0, remaining: 0, paper: 1 },
    ],
  });
}

/** Three entries: two share rank 1 on 81.67, one is third; one is not scored yet. */
export function results(overrides: Partial<z.input<typeof ResultsOutput>> = {}): CallResults {
  const item = (
    id: string,
    title: string,
    startup: string,
    rank: number | null,
    total: number | null,
    means: number[],
    judges: number,
  ) => ({
    entry: { id, title, startup: { id: `p-${id}`, name: startup, province: 'lang-son' } },
    rank,
    total,
    byCriterion: Object.fromEntries(means.map((mean, i) => [CRITERIA[i]!.code, mean])),
    judges,
  });
  return parsed(ResultsOutput, {
    published: true,
    publishedAt: '2026-03-10T09:00:00.000Z',
    normalized: false,
    criteria: CRITERIA,
    items: [
      item('e1', 'Mật ong chanh rừng', 'Mật ong Chi Lăng', 1, 81.67, [8.5, 16, 4.5], 3),
      item('e2', 'Thạch đen sấy', 'Thạch đen Tràng Định', 1, 81.67, [9, 14.5, 4], 2),
      item('e3', 'Hồi Văn Quan', 'Hồi Văn Quan', 3, 60.25, [6, 12, 3], 3),
      item('e4', 'Miến dong', 'Miến dong Bình Gia', null, null, [], 0),
    ],
    ...overrides,
  });
}

/** One line of a judge's `GET /api/calls/assignments`: this call, by default nothing scored yet. */
export function assignment(overrides: Partial<z.input<typeof AssignmentOutput>> = {}): JudgingAssignment {
  return parsed(AssignmentOutput, {
    event: EVENT,
    closesAt: CLOSES,
    resultsPublishedAt: null,
    assigned: 2,
    scored: 0,
    recused: 0,
    remaining: 2,
    ...overrides,
  });
}
