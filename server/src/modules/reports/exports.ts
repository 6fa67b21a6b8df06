// Rows of GET /api/reports/export.csv: one row per need, intro or consultation that had any
// status change within the period (consultations also when rated within it). Times are Vietnam
// local time (UTC+7); labels in the chosen language; the status history is spelled out.
import type { ConsultationDoc } from '../consultations/repository.js';
import type { IntroDoc } from '../intros/repository.js';
import type { NeedDoc, StatusChange } from '../needs/repository.js';
import type { Cell } from './csv.js';
import { label, type Lang } from './labels.js';
import { inPeriod, type Period, vietnamLocal } from './period.js';
import { type Column, type Sheet, sheetOf } from './sheet.js';

export { EXPORT_TYPES, type ExportType } from '@ketnoi/contract';

export interface Names {
  profile(id: string | null | undefined): string;
  need(id: string | null | undefined): string;
  user(id: string | null | undefined): string;
}

const statusAt = (history: readonly StatusChange[], before: string) => {
  let status: string | null = null;
  for (const h of history) if (h.at < before) status = h.to;
  return status;
};

const historyText = (history: readonly StatusChange[], lang: Lang) =>
  history.map((h) => `${vietnamLocal(h.at)} ${label.status(h.to, lang)}`).join('; ');

const entered = (history: readonly StatusChange[], period: Period, test: (h: StatusChange) => boolean) =>
  history.some((h) => inPeriod(period, h.at) && test(h)) ? 1 : 0;

export const changedWithin = (history: readonly StatusChange[], period: Period) => history.some((h) => inPeriod(period, h.at));

/** What every exported row has: a province and a status history. */
interface Tracked {
  province: string;
  history: readonly StatusChange[];
}

/** The columns every sheet has, each written once. */
function trackedColumns(period: Period, lang: Lang) {
  return {
    province: ['Tỉnh/thành', 'Province', (r) => label.province(r.province, lang)],
    statusAtEnd: ['Trạng thái cuối kỳ', 'Status at end of period', (r) => label.status(statusAt(r.history, period.to), lang)],
    history: ['Lịch sử trạng thái', 'Status history', (r) => historyText(r.history, lang)],
  } satisfies Record<string, Column<Tracked>>;
}

export function needsSheet(needs: readonly NeedDoc[], period: Period, names: Names, lang: Lang): Sheet {
  const tracked = trackedColumns(period, lang);
  const reopened = (h: StatusChange) => h.to === 'open' && (h.from === null || h.from === 'resolved' || h.from === 'closed');
  return sheetOf<NeedDoc>(
    needs,
    [
      ['Mã nhu cầu', 'Need ID', (n) => n._id],
      ['Thời điểm tạo', 'Created at, UTC+7', (n) => vietnamLocal(n.createdAt)],
      tracked.province,
      ['Khởi nghiệp', 'Startup', (n) => names.profile(n.startupId)],
      ['Nhóm nhu cầu', 'Category', (n) => label.category(n.category, lang)],
      ['Tiêu đề', 'Title', (n) => n.title],
      ['Mức độ', 'Urgency', (n) => label.urgency(n.urgency, lang)],
      tracked.statusAtEnd,
      ['Mở trong kỳ', 'Opened in period', (n) => entered(n.history, period, reopened)],
      ['Giải quyết trong kỳ', 'Resolved in period', (n) => entered(n.history, period, (h) => h.to === 'resolved')],
      tracked.history,
    ],
    lang,
  );
}

/** Hours from the intro reaching its target to the first answer before the period's end, to 2 decimals. */
function hoursToAnswer(intro: IntroDoc, period: Period): Cell {
  const pendingAt = intro.history.find((h) => h.to === 'pending')?.at;
  if (!intro.firstResponseAt || intro.firstResponseAt >= period.to || !pendingAt) return '';
  return Math.round(((Date.parse(intro.firstResponseAt) - Date.parse(pendingAt)) / 3_600_000) * 100) / 100;
}

export function introsSheet(intros: readonly IntroDoc[], period: Period, names: Names, lang: Lang): Sheet {
  const tracked = trackedColumns(period, lang);
  return sheetOf<IntroDoc>(
    intros,
    [
      ['Mã giới thiệu', 'Intro ID', (i) => i._id],
      ['Thời điểm tạo', 'Created at, UTC+7', (i) => vietnamLocal(i.createdAt)],
      tracked.province,
      ['Bên đề nghị', 'From', (i) => names.profile(i.fromProfileId)],
      ['Bên nhận', 'To', (i) => names.profile(i.toProfileId)],
      ['Loại bên nhận', 'Target kind', (i) => label.kind(i.targetKind, lang)],
      ['Nhu cầu', 'Need', (i) => names.need(i.needId)],
      ['Cán bộ môi giới', 'Brokered by', (i) => (i.brokeredBy ? names.user(i.brokeredBy) : '')],
      tracked.statusAtEnd,
      ['Số giờ đến phản hồi đầu tiên', 'Hours to first answer', (i) => hoursToAnswer(i, period)],
      tracked.history,
    ],
    lang,
  );
}

export function consultationsSheet(consultations: readonly ConsultationDoc[], period: Period, names: Names, lang: Lang): Sheet {
  // Outcomes count only for consultations completed by the end of the period.
  const tracked = trackedColumns(period, lang);
  const done = (c: ConsultationDoc) => statusAt(c.history, period.to) === 'completed';
  return sheetOf<ConsultationDoc>(
    consultations,
    [
      ['Mã buổi tư vấn', 'Consultation ID', (c) => c._id],
      ['Bắt đầu', 'Starts at, UTC+7', (c) => vietnamLocal(c.startsAt)],
      tracked.province,
      ['Khởi nghiệp', 'Startup', (c) => names.profile(c.startupId)],
      ['Bên hỗ trợ', 'Helper', (c) => names.profile(c.helperId)],
      ['Loại bên hỗ trợ', 'Helper kind', (c) => label.kind(c.helperKind, lang)],
      ['Hình thức', 'Mode', (c) => label.mode(c.mode, lang)],
      ['Thời lượng (phút)', 'Duration, minutes', (c) => c.durationMinutes],
      ['Tài nguyên', 'Resource', (c) => c.resource ?? ''],
      tracked.statusAtEnd,
      ['Kết quả', 'Outcomes', (c) => (done(c) ? (c.outcome?.tags ?? []).map((t) => label.outcome(t, lang)).join('; ') : '')],
      ['Ghi chú kết quả', 'Outcome note', (c) => (done(c) ? (c.outcome?.note ?? '') : '')],
      ['Đánh giá (1–5)', 'Rating (1–5)', (c) => (c.feedback && c.feedback.at < period.to ? c.feedback.rating : '')],
      [
        'Kết quả về sau (thư hỏi thăm)',
        'Later results (follow-up answers)',
        (c) =>
          (c.followUps ?? [])
            .filter((f) => f.at < period.to)
            .map((f) => `${vietnamLocal(f.at)} ${label.followUp(f.tag, lang)}`)
            .join('; '),
      ],
      tracked.history,
    ],
    lang,
  );
}
