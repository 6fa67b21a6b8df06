// Vietnamese and English labels for CSV cells and headers (the same words as the web client).
import { followUpWaiting, needCategories, outcomeTags, provinceByCode, urgencies } from '@ketnoi/seeds';

export type Lang = 'vi' | 'en';

const STATUS: Record<string, { vi: string; en: string }> = {
  pending_staff: { vi: 'Chờ cán bộ duyệt', en: 'Awaiting staff approval' },
  pending: { vi: 'Chờ trả lời', en: 'Awaiting answer' },
  accepted: { vi: 'Đã đồng ý', en: 'Accepted' },
  declined: { vi: 'Đã từ chối', en: 'Declined' },
  withdrawn: { vi: 'Đã rút lại', en: 'Withdrawn' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  rejected: { vi: 'Cán bộ không duyệt', en: 'Rejected by staff' },
  open: { vi: 'Đang mở', en: 'Open' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

const KIND: Record<string, { vi: string; en: string }> = {
  startup: { vi: 'Khởi nghiệp', en: 'Startup' },
  expert: { vi: 'Chuyên gia', en: 'Expert' },
  investor: { vi: 'Nhà đầu tư', en: 'Investor' },
  provider: { vi: 'Đơn vị cung cấp', en: 'Provider' },
};

const MODE: Record<string, { vi: string; en: string }> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  onsite: { vi: 'Trực tiếp', en: 'On site' },
};

const byCode = (list: readonly { code: string; vi: string; en: string }[]) => new Map(list.map((l) => [l.code, l]));
const CATEGORY = byCode(needCategories);
const OUTCOME = byCode(outcomeTags);
const FOLLOW_UP = byCode([...outcomeTags, followUpWaiting]);
const URGENCY = byCode(urgencies);

const pick = (
  table: Map<string, { vi: string; en: string }> | Record<string, { vi: string; en: string }>,
  code: string | null | undefined,
  lang: Lang,
) => {
  if (!code) return '';
  const entry = table instanceof Map ? table.get(code) : table[code];
  return entry ? entry[lang] : code;
};

export const label = {
  status: (code: string | null | undefined, lang: Lang) => pick(STATUS, code, lang),
  kind: (code: string | null | undefined, lang: Lang) => pick(KIND, code, lang),
  mode: (code: string | null | undefined, lang: Lang) => pick(MODE, code, lang),
  category: (code: string | null | undefined, lang: Lang) => pick(CATEGORY, code, lang),
  outcome: (code: string | null | undefined, lang: Lang) => pick(OUTCOME, code, lang),
  followUp: (code: string | null | undefined, lang: Lang) => pick(FOLLOW_UP, code, lang),
  urgency: (code: string | null | undefined, lang: Lang) => pick(URGENCY, code, lang),
  province: (code: string | null | undefined, lang: Lang) => {
    const p = code ? provinceByCode(code) : undefined;
    return p ? (lang === 'vi' ? p.name : p.nameEn) : (code ?? '');
  },
};

/** Header cell: "Tiêu đề (Title)" in Vietnamese (the default), "Title" in English. */
export const header = (vi: string, en: string, lang: Lang) => (lang === 'vi' ? `${vi} (${en})` : en);
