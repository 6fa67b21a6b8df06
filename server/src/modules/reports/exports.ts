// Rows of GET /api/reports/export.csv: one row per need, intro or consultation that had any
// status change within the period (consultations also when rated within it). Times are Vietnam
// local time (UTC+7); labels in the chosen language; the status history is spelled out.
import type { ConsultationDoc } from '../consultations/repository.js';
import type { IntroDoc } from '../intros/repository.js';
import type { NeedDoc, StatusChange } from '../needs/repository.js';
import type { Cell } from './csv.js';
import { header, label, type Lang } from './labels.js';
import { inPeriod, type Period, vietnamLocal } from './period.js';

export { EXPORT_TYPES, type ExportType } from '@ketnoi/contract';

export interface Names {
  profile(id: string | null | undefined): string;
  need(id: string | null | undefined): string;
  user(id: string | null | undefined): string;
}

export interface Sheet {
  header: string[];
  rows: Cell[][];
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

export function needsSheet(needs: readonly NeedDoc[], period: Period, names: Names, lang: Lang): Sheet {
  return {
    header: [
      header('Mã nhu cầu', 'Need ID', lang),
      header('Thời điểm tạo', 'Created at, UTC+7', lang),
      header('Tỉnh/thành', 'Province', lang),
      header('Khởi nghiệp', 'Startup', lang),
      header('Nhóm nhu cầu', 'Category', lang),
      header('Tiêu đề', 'Title', lang),
      header('Mức độ', 'Urgency', lang),
      header('Trạng thái cuối kỳ', 'Status at end of period', lang),
      header('Mở trong kỳ', 'Opened in period', lang),
      header('Giải quyết trong kỳ', 'Resolved in period', lang),
      header('Lịch sử trạng thái', 'Status history', lang),
    ],
    rows: needs.map((n) => [
      n._id,
      vietnamLocal(n.createdAt),
      label.province(n.province, lang),
      names.profile(n.startupId),
      label.category(n.category, lang),
      n.title,
      label.urgency(n.urgency, lang),
      label.status(statusAt(n.history, period.to), lang),
      entered(n.history, period, (h) => h.to === 'open' && (h.from === null || h.from === 'resolved' || h.from === 'closed')),
      entered(n.history, period, (h) => h.to === 'resolved'),
      historyText(n.history, lang),
    ]),
  };
}

export function introsSheet(intros: readonly IntroDoc[], period: Period, names: Names, lang: Lang): Sheet {
  return {
    header: [
      header('Mã giới thiệu', 'Intro ID', lang),
      header('Thời điểm tạo', 'Created at, UTC+7', lang),
      header('Tỉnh/thành', 'Province', lang),
      header('Bên đề nghị', 'From', lang),
      header('Bên nhận', 'To', lang),
      header('Loại bên nhận', 'Target kind', lang),
      header('Nhu cầu', 'Need', lang),
      header('Cán bộ môi giới', 'Brokered by', lang),
      header('Trạng thái cuối kỳ', 'Status at end of period', lang),
      header('Số giờ đến phản hồi đầu tiên', 'Hours to first answer', lang),
      header('Lịch sử trạng thái', 'Status history', lang),
    ],
    rows: intros.map((i) => {
      const pendingAt = i.history.find((h) => h.to === 'pending')?.at;
      const answered = i.firstResponseAt && i.firstResponseAt < period.to && pendingAt;
      return [
        i._id,
        vietnamLocal(i.createdAt),
        label.province(i.province, lang),
        names.profile(i.fromProfileId),
        names.profile(i.toProfileId),
        label.kind(i.targetKind, lang),
        names.need(i.needId),
        i.brokeredBy ? names.user(i.brokeredBy) : '',
        label.status(statusAt(i.history, period.to), lang),
        answered ? Math.round(((Date.parse(i.firstResponseAt!) - Date.parse(pendingAt)) / 3_600_000) * 100) / 100 : '',
        historyText(i.history, lang),
      ];
    }),
  };
}

export function consultationsSheet(consultations: readonly ConsultationDoc[], period: Period, names: Names, lang: Lang): Sheet {
  return {
    header: [
      header('Mã buổi tư vấn', 'Consultation ID', lang),
      header('Bắt đầu', 'Starts at, UTC+7', lang),
      header('Tỉnh/thành', 'Province', lang),
      header('Khởi nghiệp', 'Startup', lang),
      header('Bên hỗ trợ', 'Helper', lang),
      header('Loại bên hỗ trợ', 'Helper kind', lang),
      header('Hình thức', 'Mode', lang),
      header('Thời lượng (phút)', 'Duration, minutes', lang),
      header('Tài nguyên', 'Resource', lang),
      header('Trạng thái cuối kỳ', 'Status at end of period', lang),
      header('Kết quả', 'Outcomes', lang),
      header('Ghi chú kết quả', 'Outcome note', lang),
      header('Đánh giá (1–5)', 'Rating (1–5)', lang),
      header('Kết quả về sau (thư hỏi thăm)', 'Later results (follow-up answers)', lang),
      header('Lịch sử trạng thái', 'Status history', lang),
    ],
    rows: consultations.map((c) => {
      const status = statusAt(c.history, period.to);
      const done = status === 'completed';
      return [
        c._id,
        vietnamLocal(c.startsAt),
        label.province(c.province, lang),
        names.profile(c.startupId),
        names.profile(c.helperId),
        label.kind(c.helperKind, lang),
        label.mode(c.mode, lang),
        c.durationMinutes,
        c.resource ?? '',
        label.status(status, lang),
        done ? (c.outcome?.tags ?? []).map((t) => label.outcome(t, lang)).join('; ') : '',
        done ? (c.outcome?.note ?? '') : '',
        c.feedback && c.feedback.at < period.to ? c.feedback.rating : '',
        (c.followUps ?? [])
          .filter((f) => f.at < period.to)
          .map((f) => `${vietnamLocal(f.at)} ${label.followUp(f.tag, lang)}`)
          .join('; '),
        historyText(c.history, lang),
      ];
    }),
  };
}
