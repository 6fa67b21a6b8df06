// "What happened next?": 90 days after a completed consultation, to the startup, with one-tap
// answers (outcome tags such as trademark granted or contract signed, or "still waiting"). An
// answer is stored in the consultation's followUps and counts in the province's reports.
import { z } from 'zod';
import type { MailKind } from '../render.js';
import { OUTLINE } from '../templates/buttons.js';

// Each answer a full-width button, one under the other: easy to tap, and long answers wrap inside.
const ANSWER = `${OUTLINE}display:block;text-align:center;margin:0 0 8px;`;
const HOW_VI = 'Mỗi nút mở một trang để bạn xác nhận câu trả lời (không cần đăng nhập).';
const HOW_EN = 'Each button opens a page where you confirm your answer (no sign-in needed).';

const Answer = z.object({ tag: z.string().min(1), vi: z.string().min(1), en: z.string().min(1) });

const FollowUpData = z.object({
  consultationId: z.string().min(1),
  withName: z.string().min(1),
  completedAt: z.string().datetime(),
  needTitle: z.string().optional(),
  answers: z.array(Answer).min(1),
  /** When the answer links stop working. */
  answerBy: z.string().datetime(),
});

export const FOLLOW_UP_PURPOSE = 'consultation.follow_up';

export const consultationFollowUp: MailKind<z.infer<typeof FollowUpData>> = {
  name: 'consultation.follow_up',
  category: 'notification',
  data: FollowUpData,
  link: () => '/consultations',
  actions: (data) =>
    data.answers.map((a) => ({
      key: a.tag,
      purpose: FOLLOW_UP_PURPOSE,
      subject: { consultationId: data.consultationId, tag: a.tag },
      expiresAt: data.answerBy,
      label: { vi: a.vi, en: a.en },
    })),
  templates: {
    vi: {
      subject: 'Kết quả ra sao? Buổi tư vấn với {{withName}}',
      button: 'Xem các buổi tư vấn',
      text: `Vào {{date completedAt}}, bạn đã hoàn thành buổi tư vấn với {{withName}}{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}. Sau đó kết quả thế nào? Hãy chọn một câu trả lời:

{{#each answers}}- {{vi}}: {{lookup ../actions tag}}
{{/each}}
Mỗi liên kết mở một trang để bạn xác nhận câu trả lời, không cần đăng nhập.

Câu trả lời của bạn giúp tỉnh biết việc hỗ trợ khởi nghiệp mang lại kết quả gì.`,
      html: `<p style="margin:0 0 12px;">Vào {{date completedAt}}, bạn đã hoàn thành buổi tư vấn với <strong>{{withName}}</strong>{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}. Sau đó kết quả thế nào? Hãy chọn một câu trả lời:</p>
<p style="margin:0 0 4px;">{{#each answers}}<a href="{{lookup ../actions tag}}" class="kn-outline" style="${ANSWER}">{{vi}}</a>{{/each}}</p>
<p class="kn-muted" style="margin:0 0 12px;font-size:14px;color:#616e7c;">${HOW_VI}</p>
<p style="margin:0;">Câu trả lời của bạn giúp tỉnh biết việc hỗ trợ khởi nghiệp mang lại kết quả gì.</p>`,
    },
    en: {
      subject: 'What happened next? Your consultation with {{withName}}',
      button: 'View your consultations',
      text: `On {{date completedAt}} you completed a consultation with {{withName}}{{#if needTitle}} about the need "{{needTitle}}"{{/if}}. What came of it? Choose an answer:

{{#each answers}}- {{en}}: {{lookup ../actions tag}}
{{/each}}
Each link opens a page where you confirm your answer, no sign-in needed.

Your answer shows the province what its startup support achieves.`,
      html: `<p style="margin:0 0 12px;">On {{date completedAt}} you completed a consultation with <strong>{{withName}}</strong>{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}. What came of it? Choose an answer:</p>
<p style="margin:0 0 4px;">{{#each answers}}<a href="{{lookup ../actions tag}}" class="kn-outline" style="${ANSWER}">{{en}}</a>{{/each}}</p>
<p class="kn-muted" style="margin:0 0 12px;font-size:14px;color:#616e7c;">${HOW_EN}</p>
<p style="margin:0;">Your answer shows the province what its startup support achieves.</p>`,
    },
  },
};
