// The daily digest (07:00 Vietnam time) for people who chose `daily`: every notification mail of
// the day before as one line with its link and one-tap actions, and their calendar files attached.
import { z } from 'zod';
import type { MailKind } from '../render.js';
import { OUTLINE, OUTLINE_NO } from '../templates/buttons.js';

// An item's one-tap answers: outlined buttons, smaller than the mail's own but still a finger wide.
// A decline is drawn in red, so that it never looks like the acceptance beside it.
const ACTION_SIZE = 'padding:10px 16px;margin:8px 8px 0 0;';
const ACTION_LINK =
  `{{#if saysNo}}<a href="{{url}}" class="kn-no" style="${OUTLINE_NO}${ACTION_SIZE}">{{label}}</a>` +
  `{{else}}<a href="{{url}}" class="kn-outline" style="${OUTLINE}${ACTION_SIZE}">{{label}}</a>{{/if}}`;
const ITEMS_HTML =
  '<ul style="margin:0 0 12px;padding-left:20px;">{{#each items}}<li style="margin:0 0 10px;">' +
  '<a href="{{link}}" class="kn-text" style="color:#1f2933;font-weight:bold;">{{subject}}</a>' +
  `{{#if actions.length}}<br>{{#each actions}}${ACTION_LINK}{{/each}}{{/if}}</li>{{/each}}</ul>`;
// The inbox preview: the first item, not "what is new for you".
const PREHEADER = '{{#with (lookup items 0)}}{{subject}}{{/with}}{{#if (gt total 1)}} (+{{minus total 1}}){{/if}}';

const DigestData = z.object({
  /** The morning it is sent (it covers the 24 hours before 07:00 that day). */
  date: z.string().datetime(),
  /** Items waiting, including those beyond the listed ones. */
  total: z.number().int().positive(),
  items: z
    .array(
      z.object({
        subject: z.string().min(1),
        link: z.string().url(),
        actions: z.array(z.object({ label: z.string().min(1), url: z.string().url(), saysNo: z.literal(true).optional() })),
      }),
    )
    .min(1),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), contentBase64: z.string() })),
});

type Data = z.infer<typeof DigestData>;

export const dailyDigest: MailKind<Data> = {
  name: 'digest.daily',
  category: 'notification',
  // It is what the digest sends: never kept for another digest.
  digest: false,
  data: DigestData,
  link: () => '/notifications',
  attachments: (data) => data.attachments,
  templates: {
    vi: {
      subject: 'KếtNối: {{total}} thông báo, bản tin sáng {{date date}}',
      preheader: PREHEADER,
      button: 'Xem tất cả thông báo',
      text: `Những gì mới trên KếtNối dành cho bạn:

{{#each items}}• {{subject}}
  {{link}}
{{#each actions}}  {{label}}: {{url}}
{{/each}}
{{/each}}{{#if (some items "actions")}}(Mỗi liên kết trả lời mở một trang để bạn xác nhận, không cần đăng nhập.)

{{/if}}{{#if (gt total items.length)}}… và {{minus total items.length}} thông báo khác trong ứng dụng.

{{/if}}Bạn nhận bản tin này mỗi sáng lúc 7 giờ vì đã chọn "Tóm tắt hằng ngày" trong cài đặt thông báo.`,
      html: `<p style="margin:0 0 12px;">Những gì mới trên KếtNối dành cho bạn:</p>
${ITEMS_HTML}
{{#if (some items "actions")}}<p class="kn-muted" style="margin:0 0 12px;font-size:14px;color:#616e7c;">Mỗi nút trả lời mở một trang để bạn xác nhận (không cần đăng nhập).</p>{{/if}}
{{#if (gt total items.length)}}<p style="margin:0 0 12px;">… và {{minus total items.length}} thông báo khác trong ứng dụng.</p>{{/if}}
<p style="margin:0;">Bạn nhận bản tin này mỗi sáng lúc 7 giờ vì đã chọn "Tóm tắt hằng ngày" trong cài đặt thông báo.</p>`,
    },
    en: {
      subject: 'KếtNối: {{total}} {{#if (eq total 1)}}notification{{else}}notifications{{/if}}, morning digest of {{date date}}',
      preheader: PREHEADER,
      button: 'See all notifications',
      text: `What is new for you in KếtNối:

{{#each items}}• {{subject}}
  {{link}}
{{#each actions}}  {{label}}: {{url}}
{{/each}}
{{/each}}{{#if (some items "actions")}}(Each answer link opens a page where you confirm, no sign-in needed.)

{{/if}}{{#if (gt total items.length)}}… and {{minus total items.length}} more in the app.

{{/if}}You get this digest every morning at 7:00 because you chose "Daily digest" in your notification settings.`,
      html: `<p style="margin:0 0 12px;">What is new for you in KếtNối:</p>
${ITEMS_HTML}
{{#if (some items "actions")}}<p class="kn-muted" style="margin:0 0 12px;font-size:14px;color:#616e7c;">Each answer button opens a page where you confirm (no sign-in needed).</p>{{/if}}
{{#if (gt total items.length)}}<p style="margin:0 0 12px;">… and {{minus total items.length}} more in the app.</p>{{/if}}
<p style="margin:0;">You get this digest every morning at 7:00 because you chose "Daily digest" in your notification settings.</p>`,
    },
  },
};
