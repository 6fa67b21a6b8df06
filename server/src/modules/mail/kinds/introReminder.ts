// "Still waiting for your answer": after 2 and after 5 days, to the side whose answer an intro
// still awaits, with the same one-tap accept and decline as the first mail. After the second one
// the intro is in the province staff's queue (unanswered requests).
import { z } from 'zod';
import type { MailKind } from '../render.js';
import { IntroAwaitingData, introAnswerActions } from './introAwaiting.js';

const IntroReminderData = IntroAwaitingData.extend({
  /** Days the intro has waited (2 or 5). */
  days: z.number().int().positive(),
});

export const introReminder: MailKind<z.infer<typeof IntroReminderData>> = {
  name: 'intro.reminder',
  category: 'notification',
  data: IntroReminderData,
  link: () => '/intros',
  actions: introAnswerActions,
  templates: {
    vi: {
      subject: 'Nhắc lại: lời đề nghị kết nối với {{fromName}} đã chờ bạn {{days}} ngày',
      button: 'Trả lời trên KếtNối',
      text: `Lời đề nghị giới thiệu bạn với {{fromName}}{{#if needTitle}} (nhu cầu "{{needTitle}}"){{/if}} đã chờ câu trả lời của bạn {{days}} ngày:

"{{message}}"

Một câu trả lời, kể cả lời từ chối, giúp họ tìm được người phù hợp sớm hơn. Bạn có thể trả lời đến {{datetime expiresAt}}.
Đồng ý: {{actions.accept}}
Từ chối: {{actions.decline}}`,
      html: `<p style="margin:0 0 12px;">Lời đề nghị giới thiệu bạn với <strong>{{fromName}}</strong>{{#if needTitle}} (nhu cầu <strong>{{needTitle}}</strong>){{/if}} đã chờ câu trả lời của bạn {{days}} ngày:</p>
<blockquote style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0 0 12px;">Một câu trả lời, kể cả lời từ chối, giúp họ tìm được người phù hợp sớm hơn. Bạn có thể trả lời đến {{datetime expiresAt}}.</p>
<p style="margin:0;"><a href="{{actions.accept}}" style="color:#0b5c4a;font-weight:bold;">Đồng ý</a> · <a href="{{actions.decline}}" style="color:#b42318;font-weight:bold;">Từ chối</a></p>`,
    },
    en: {
      subject: 'Reminder: the introduction to {{fromName}} has waited {{days}} days for you',
      button: 'Answer in KếtNối',
      text: `The request to introduce you to {{fromName}}{{#if needTitle}} (need "{{needTitle}}"){{/if}} has waited {{days}} days for your answer:

"{{message}}"

An answer, even a no, helps them find the right person sooner. You can answer until {{datetime expiresAt}}.
Accept: {{actions.accept}}
Decline: {{actions.decline}}`,
      html: `<p style="margin:0 0 12px;">The request to introduce you to <strong>{{fromName}}</strong>{{#if needTitle}} (need <strong>{{needTitle}}</strong>){{/if}} has waited {{days}} days for your answer:</p>
<blockquote style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0 0 12px;">An answer, even a no, helps them find the right person sooner. You can answer until {{datetime expiresAt}}.</p>
<p style="margin:0;"><a href="{{actions.accept}}" style="color:#0b5c4a;font-weight:bold;">Accept</a> · <a href="{{actions.decline}}" style="color:#b42318;font-weight:bold;">Decline</a></p>`,
    },
  },
};
