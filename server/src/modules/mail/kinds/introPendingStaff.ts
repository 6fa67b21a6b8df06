// "A request waits for your approval": to every staff member of the province when an intro needs
// staff approval (`pending_staff`, by the province's policy).
import { z } from 'zod';
import type { MailKind } from '../render.js';

const PendingStaffData = z.object({
  introId: z.string().min(1),
  fromName: z.string().min(1),
  toName: z.string().min(1),
  message: z.string(),
  needTitle: z.string().optional(),
  expiresAt: z.string().datetime(),
});

export const introPendingStaff: MailKind<z.infer<typeof PendingStaffData>> = {
  name: 'intro.pending_staff',
  category: 'notification',
  data: PendingStaffData,
  link: () => '/staff',
  templates: {
    vi: {
      subject: 'Cần duyệt: {{fromName}} muốn được giới thiệu với {{toName}}',
      button: 'Mở danh sách việc cần làm',
      text: `{{fromName}} muốn được giới thiệu với {{toName}}{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}. Theo quy định của tỉnh, lời đề nghị này cần cán bộ duyệt trước khi gửi đi:

"{{message}}"

Lời đề nghị hết hạn lúc {{datetime expiresAt}}.`,
      html: `<p style="margin:0 0 12px;"><strong>{{fromName}}</strong> muốn được giới thiệu với <strong>{{toName}}</strong>{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}. Theo quy định của tỉnh, lời đề nghị này cần cán bộ duyệt trước khi gửi đi:</p>
<blockquote class="kn-quote" style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0;">Lời đề nghị hết hạn lúc {{datetime expiresAt}}.</p>`,
    },
    en: {
      subject: 'To approve: {{fromName}} asks for an introduction to {{toName}}',
      button: 'Open the staff queue',
      text: `{{fromName}} asks for an introduction to {{toName}}{{#if needTitle}} about the need "{{needTitle}}"{{/if}}. The province's policy has staff approve such requests before they are sent:

"{{message}}"

The request expires at {{datetime expiresAt}}.`,
      html: `<p style="margin:0 0 12px;"><strong>{{fromName}}</strong> asks for an introduction to <strong>{{toName}}</strong>{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}. The province's policy has staff approve such requests before they are sent:</p>
<blockquote class="kn-quote" style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0;">The request expires at {{datetime expiresAt}}.</p>`,
    },
  },
};
