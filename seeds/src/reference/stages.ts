// Small enumerations of the API (stages, investor types, fees, outcome tags, resource kinds,
// urgency, languages), each with Vietnamese and English labels.
import { codesOf, type CodedLabel } from './labels.js';

export const stages = [
  { code: 'idea', vi: 'Ý tưởng', en: 'Idea' },
  { code: 'prototype', vi: 'Sản phẩm mẫu', en: 'Prototype' },
  { code: 'early_revenue', vi: 'Có doanh thu ban đầu', en: 'Early revenue' },
  { code: 'growth', vi: 'Tăng trưởng', en: 'Growth' },
] as const satisfies readonly CodedLabel[];
export type StageCode = (typeof stages)[number]['code'];
export const stageCodes: StageCode[] = codesOf(stages);

export const investorTypes = [
  { code: 'angel', vi: 'Nhà đầu tư thiên thần', en: 'Angel investor' },
  { code: 'vc', vi: 'Quỹ đầu tư mạo hiểm', en: 'Venture capital' },
  { code: 'fund', vi: 'Quỹ đầu tư', en: 'Investment fund' },
  { code: 'corporate', vi: 'Doanh nghiệp đầu tư', en: 'Corporate investor' },
  { code: 'public', vi: 'Quỹ công', en: 'Public fund' },
] as const satisfies readonly CodedLabel[];
export type InvestorTypeCode = (typeof investorTypes)[number]['code'];
export const investorTypeCodes: InvestorTypeCode[] = codesOf(investorTypes);

export const fees = [
  { code: 'pro_bono', vi: 'Miễn phí', en: 'Pro bono' },
  { code: 'paid', vi: 'Có phí', en: 'Paid' },
  { code: 'negotiable', vi: 'Thỏa thuận', en: 'Negotiable' },
] as const satisfies readonly CodedLabel[];
export type FeeCode = (typeof fees)[number]['code'];
export const feeCodes: FeeCode[] = codesOf(fees);

// API.md lists the first nine; the last two count what departments already report
// ("20+ products put on a digital platform") and company formation.
export const outcomeTags = [
  { code: 'trademark_filed', vi: 'Đã nộp đơn đăng ký nhãn hiệu', en: 'Trademark application filed' },
  { code: 'trademark_granted', vi: 'Được cấp văn bằng bảo hộ', en: 'Trademark granted' },
  { code: 'standard_certified', vi: 'Đạt chứng nhận tiêu chuẩn', en: 'Standard certified' },
  { code: 'label_compliant', vi: 'Nhãn hàng hóa đúng quy định', en: 'Label compliant' },
  { code: 'distribution_contract', vi: 'Ký hợp đồng phân phối', en: 'Distribution contract signed' },
  { code: 'workspace_granted', vi: 'Được bố trí không gian làm việc', en: 'Workspace granted' },
  { code: 'investment_committed', vi: 'Cam kết đầu tư', en: 'Investment committed' },
  { code: 'training_done', vi: 'Hoàn thành đào tạo', en: 'Training completed' },
  { code: 'product_listed', vi: 'Sản phẩm lên sàn thương mại điện tử', en: 'Product listed on a digital platform' },
  { code: 'company_registered', vi: 'Thành lập doanh nghiệp/HTX', en: 'Company or cooperative registered' },
  { code: 'other', vi: 'Khác', en: 'Other' },
] as const satisfies readonly CodedLabel[];
export type OutcomeTagCode = (typeof outcomeTags)[number]['code'];
export const outcomeTagCodes: OutcomeTagCode[] = codesOf(outcomeTags);

/** The follow-up mail's answer besides the outcome tags (not an outcome: reports do not count it). */
export const followUpWaiting = { code: 'still_waiting', vi: 'Vẫn đang chờ kết quả', en: 'Still waiting' } as const satisfies CodedLabel;

export const resourceKinds = [
  { code: 'hall', vi: 'Hội trường', en: 'Hall' },
  { code: 'meeting_room', vi: 'Phòng họp', en: 'Meeting room' },
  { code: 'shared_office', vi: 'Văn phòng chia sẻ', en: 'Shared office' },
  { code: 'desk', vi: 'Chỗ ngồi làm việc', en: 'Desk' },
  { code: 'library', vi: 'Thư viện', en: 'Library' },
  { code: 'training_room', vi: 'Phòng đào tạo', en: 'Training room' },
  { code: 'lab', vi: 'Phòng thí nghiệm', en: 'Laboratory' },
  { code: 'equipment', vi: 'Thiết bị dùng chung', en: 'Shared equipment' },
  { code: 'shelf_space', vi: 'Kệ hàng', en: 'Shelf space' },
  { code: 'booth', vi: 'Gian hàng hội chợ', en: 'Trade-fair booth' },
  { code: 'online_store', vi: 'Gian hàng trực tuyến', en: 'Online store' },
  { code: 'showroom', vi: 'Phòng trưng bày', en: 'Showroom' },
  { code: 'warehouse', vi: 'Kho hàng', en: 'Warehouse' },
] as const satisfies readonly CodedLabel[];
export type ResourceKindCode = (typeof resourceKinds)[number]['code'];
export const resourceKindCodes: ResourceKindCode[] = codesOf(resourceKinds);

export const urgencies = [
  { code: 'low', vi: 'Không gấp', en: 'Low' },
  { code: 'normal', vi: 'Bình thường', en: 'Normal' },
  { code: 'high', vi: 'Gấp', en: 'High' },
] as const satisfies readonly CodedLabel[];
export type UrgencyCode = (typeof urgencies)[number]['code'];
export const urgencyCodes: UrgencyCode[] = codesOf(urgencies);

export const languages = [
  { code: 'vi', vi: 'Tiếng Việt', en: 'Vietnamese' },
  { code: 'en', vi: 'Tiếng Anh', en: 'English' },
] as const satisfies readonly CodedLabel[];
export type LanguageCode = (typeof languages)[number]['code'];
export const languageCodes: LanguageCode[] = codesOf(languages);
