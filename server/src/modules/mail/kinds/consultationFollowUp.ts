// "What happened next?": 90 days after a completed consultation, to the startup, with one-tap
// answers (outcome tags such as trademark granted or contract signed, or "still waiting"). An
// answer is stored in the consultation's followUps and counts in the province's reports.
import { z } from 'zod';
import type { MailKind } from '../render.js';

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
      subject: 'Sau buổi tư vấn với {{withName}}, mọi việc thế nào rồi?',
      button: 'Xem các buổi tư vấn',
      text: `Vào {{date completedAt}}, bạn đã hoàn thành buổi tư vấn với {{withName}}{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}. Sau đó kết quả thế nào? Chỉ cần bấm một câu trả lời:

{{#each answers}}- {{vi}}: {{lookup ../actions tag}}
{{/each}}

Câu trả lời của bạn giúp tỉnh biết việc hỗ trợ khởi nghiệp mang lại kết quả gì.`,
      html: `<p style="margin:0 0 12px;">Vào {{date completedAt}}, bạn đã hoàn thành buổi tư vấn với <strong>{{withName}}</strong>{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}. Sau đó kết quả thế nào? Chỉ cần bấm một câu trả lời:</p>
<ul style="margin:0 0 12px;padding-left:20px;">{{#each answers}}<li style="margin:0 0 6px;"><a href="{{lookup ../actions tag}}" style="color:#0b5c4a;font-weight:bold;">{{vi}}</a></li>{{/each}}</ul>
<p style="margin:0;">Câu trả lời của bạn giúp tỉnh biết việc hỗ trợ khởi nghiệp mang lại kết quả gì.</p>`,
    },
    en: {
      subject: 'After your consultation with {{withName}}: what happened next?',
      button: 'View your consultations',
      text: `On {{date completedAt}} you completed a consultation with {{withName}}{{#if needTitle}} about the need "{{needTitle}}"{{/if}}. What came of it? One tap is enough:

{{#each answers}}- {{en}}: {{lookup ../actions tag}}
{{/each}}

Your answer shows the province what its startup support achieves.`,
      html: `<p style="margin:0 0 12px;">On {{date completedAt}} you completed a consultation with <strong>{{withName}}</strong>{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}. What came of it? One tap is enough:</p>
<ul style="margin:0 0 12px;padding-left:20px;">{{#each answers}}<li style="margin:0 0 6px;"><a href="{{lookup ../actions tag}}" style="color:#0b5c4a;font-weight:bold;">{{en}}</a></li>{{/each}}</ul>
<p style="margin:0;">Your answer shows the province what its startup support achieves.</p>`,
    },
  },
};
