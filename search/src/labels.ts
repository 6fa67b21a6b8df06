// Searchable words for the fixed codes of API.md. A profile that lists `expertise: ["trademark"]`
// must be found by "đăng ký nhãn hiệu" or "trademark" even if its own text never says so, so the
// document mapping writes these words (Vietnamese first, then English and founders' own words)
// into the document's text fields.

export const NEED_CATEGORY_CODES = [
  'trademark',
  'standards',
  'distribution',
  'workspace',
  'funding',
  'mentoring',
  'technology',
  'legal',
  'marketing',
  'training',
] as const;

export type NeedCategoryCode = (typeof NEED_CATEGORY_CODES)[number];

export interface CodeLabel {
  vi: string;
  en: string;
  /** Words a founder might use for the same thing (DESIGN.md "Need categories"). */
  keywords?: string;
}

export const NEED_CATEGORY_LABELS: Record<NeedCategoryCode, CodeLabel> = {
  trademark: {
    vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ',
    en: 'Trademark & IP',
    keywords: 'nhãn hiệu, bảo hộ, sáng chế, logo',
  },
  standards: {
    vi: 'Tiêu chuẩn, chất lượng, điều kiện lưu thông',
    en: 'Standards & market-circulation conditions',
    keywords: 'TCVN, QCVN, ATTP, mã vạch, nhãn mác, truy xuất nguồn gốc, OCOP',
  },
  distribution: {
    vi: 'Kết nối tiêu thụ, phân phối',
    en: 'Distribution & sales channels',
    keywords: 'siêu thị, hội chợ, sàn thương mại điện tử, đại lý',
  },
  workspace: {
    vi: 'Không gian làm việc chung, địa điểm',
    en: 'Co-working space & venues',
    keywords: 'hội trường, văn phòng, phòng họp',
  },
  funding: {
    vi: 'Gọi vốn, đầu tư',
    en: 'Funding & investment',
    keywords: 'nhà đầu tư, quỹ, vốn mồi',
  },
  mentoring: { vi: 'Cố vấn, hoàn thiện mô hình kinh doanh', en: 'Mentoring & business model' },
  technology: {
    vi: 'Công nghệ, quy trình sản xuất, phát triển sản phẩm',
    en: 'Technology & product development',
  },
  legal: { vi: 'Pháp lý, thành lập doanh nghiệp', en: 'Legal & company formation' },
  marketing: {
    vi: 'Truyền thông, thương hiệu, chuyển đổi số',
    en: 'Marketing, branding & digital',
  },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training & capacity building' },
};

export const STAGE_LABELS: Record<string, CodeLabel> = {
  idea: { vi: 'Ý tưởng', en: 'Idea' },
  prototype: { vi: 'Sản phẩm mẫu', en: 'Prototype' },
  early_revenue: { vi: 'Có doanh thu ban đầu', en: 'Early revenue' },
  growth: { vi: 'Tăng trưởng', en: 'Growth' },
};

export const INVESTOR_TYPE_LABELS: Record<string, CodeLabel> = {
  angel: { vi: 'Nhà đầu tư thiên thần', en: 'Angel investor' },
  vc: { vi: 'Quỹ đầu tư mạo hiểm', en: 'Venture capital' },
  fund: { vi: 'Quỹ đầu tư', en: 'Investment fund' },
  corporate: { vi: 'Doanh nghiệp đầu tư', en: 'Corporate investor' },
  public: { vi: 'Quỹ đầu tư công', en: 'Public fund' },
};

/** "vi · en · keywords" for a code, or the code itself when it is unknown. */
export function labelText(labels: Record<string, CodeLabel>, code: string): string {
  const label = labels[code];
  if (!label) return code;
  return [label.vi, label.en, label.keywords].filter(Boolean).join(' · ');
}
