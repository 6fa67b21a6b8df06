// What became of an introduction request, to the side that asked (and, for a staff-brokered one,
// to the broker and the party that had already accepted): accepted, declined (with the reason),
// approved or rejected by staff, expired unanswered.
import { z } from 'zod';
import type { KindTemplates, MailKind } from '../render.js';

const IntroOutcomeData = z.object({
  introId: z.string().min(1),
  fromName: z.string().min(1),
  toName: z.string().min(1),
  /** The side that answered (accepted or declined). */
  byName: z.string().optional(),
  reason: z.string().optional(),
  needTitle: z.string().optional(),
  conversationId: z.string().optional(),
  expiresAt: z.string().datetime().optional(),
});

type Data = z.infer<typeof IntroOutcomeData>;

const P = 'style="margin:0 0 12px;"';
const NEED_VI = '{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}';
const NEED_EN = '{{#if needTitle}} about the need "{{needTitle}}"{{/if}}';
const REASON_VI = '{{#if reason}}Lý do: "{{reason}}"{{else}}Không có lý do kèm theo.{{/if}}';
const REASON_EN = '{{#if reason}}Reason: "{{reason}}"{{else}}No reason was given.{{/if}}';

/** Text and HTML of a body made of paragraphs (the HTML escapes every value). */
function paragraphs(subject: string, button: string, lines: string[]): KindTemplates {
  return {
    subject,
    button,
    text: lines.join('\n\n'),
    html: lines.map((line) => `<p ${P}>${line}</p>`).join('\n'),
  };
}

function outcome(name: string, link: (data: Data) => string, templates: MailKind<Data>['templates']): MailKind<Data> {
  return { name, category: 'notification', data: IntroOutcomeData, link, templates };
}

const toIntros = () => '/intros';

export const introAccepted = outcome(
  'intro.accepted',
  (d) => (d.conversationId ? `/chat/${encodeURIComponent(d.conversationId)}` : '/intros'),
  {
    vi: paragraphs('Đã đồng ý kết nối: {{byName}}', 'Mở cuộc trò chuyện', [
      `{{byName}} đã đồng ý lời đề nghị giới thiệu giữa {{fromName}} và {{toName}}${NEED_VI}.`,
      'Hai bên giờ có thể nhắn tin cho nhau và thấy thông tin liên hệ của nhau trên KếtNối.',
    ]),
    en: paragraphs('Introduction accepted: {{byName}}', 'Open the conversation', [
      `{{byName}} accepted the introduction between {{fromName}} and {{toName}}${NEED_EN}.`,
      'You can now message each other and see each other’s contact details in KếtNối.',
    ]),
  },
);

export const introDeclined = outcome('intro.declined', () => '/search', {
  vi: paragraphs('Đã từ chối lời đề nghị giới thiệu: {{byName}}', 'Tìm người khác', [
    `{{byName}} đã từ chối lời đề nghị giới thiệu giữa {{fromName}} và {{toName}}${NEED_VI}.`,
    REASON_VI,
    'Trên KếtNối còn nhiều chuyên gia, nhà đầu tư và đơn vị hỗ trợ khác có thể giúp bạn.',
  ]),
  en: paragraphs('Introduction declined: {{byName}}', 'Find someone else', [
    `{{byName}} declined the introduction between {{fromName}} and {{toName}}${NEED_EN}.`,
    REASON_EN,
    'KếtNối has many other experts, investors and providers who may help.',
  ]),
});

export const introApproved = outcome('intro.approved', toIntros, {
  vi: paragraphs('Đã duyệt: lời đề nghị giới thiệu với {{toName}}', 'Xem lời đề nghị', [
    `Cán bộ hỗ trợ của tỉnh đã duyệt lời đề nghị giới thiệu của {{fromName}} với {{toName}}${NEED_VI}.`,
    '{{toName}} đã nhận được lời đề nghị; bạn sẽ nhận thư khi họ trả lời{{#if expiresAt}} (trước {{datetime expiresAt}}){{/if}}.',
  ]),
  en: paragraphs('Approved: your introduction request to {{toName}}', 'View the request', [
    `The province's support staff approved the introduction request from {{fromName}} to {{toName}}${NEED_EN}.`,
    '{{toName}} has received it; you will get a mail when they answer{{#if expiresAt}} (by {{datetime expiresAt}}){{/if}}.',
  ]),
});

export const introRejected = outcome('intro.rejected', toIntros, {
  vi: paragraphs('Không được duyệt: lời đề nghị giới thiệu với {{toName}}', 'Xem lời đề nghị', [
    `Cán bộ hỗ trợ của tỉnh không duyệt lời đề nghị giới thiệu của {{fromName}} với {{toName}}${NEED_VI}.`,
    REASON_VI,
  ]),
  en: paragraphs('Not approved: your introduction request to {{toName}}', 'View the request', [
    `The province's support staff did not approve the introduction request from {{fromName}} to {{toName}}${NEED_EN}.`,
    REASON_EN,
  ]),
});

export const introExpired = outcome('intro.expired', toIntros, {
  vi: paragraphs('Hết hạn: lời đề nghị giới thiệu với {{toName}}', 'Xem lời đề nghị', [
    `Lời đề nghị giới thiệu giữa {{fromName}} và {{toName}}${NEED_VI} đã hết hạn mà chưa được trả lời.`,
    'Cán bộ hỗ trợ của tỉnh thấy các yêu cầu như vậy trong danh sách việc cần làm và có thể giúp bạn kết nối với người khác.',
  ]),
  en: paragraphs('Expired: your introduction request to {{toName}}', 'View the request', [
    `The introduction request between {{fromName}} and {{toName}}${NEED_EN} expired without an answer.`,
    'The province’s support staff see such requests in their queue and can help you reach someone else.',
  ]),
});
