// "Still waiting for your answer": after 2 and after 5 days, to the side whose answer an intro
// still awaits, with the same one-tap accept and decline as the first mail. After the second one
// the intro is in the province staff's queue (unanswered requests).
import { z } from 'zod';
import { introAnswerKind, IntroAwaitingData, QUOTE_HTML } from './introAwaiting.js';

const IntroReminderData = IntroAwaitingData.extend({
  /** Days the intro has waited (2 or 5). */
  days: z.number().int().positive(),
});

export const introReminder = introAnswerKind('intro.reminder', IntroReminderData, {
  vi: {
    subject: 'Nhắc lại: đề nghị giới thiệu đã chờ bạn {{days}} ngày – {{fromName}}',
    button: 'Trả lời trên KếtNối',
    text: `Lời đề nghị giới thiệu bạn với {{fromName}}{{#if needTitle}} (nhu cầu "{{needTitle}}"){{/if}} đã chờ câu trả lời của bạn {{days}} ngày:

"{{message}}"

Một câu trả lời, kể cả lời từ chối, giúp họ tìm được người phù hợp sớm hơn. Bạn có thể trả lời đến {{datetime expiresAt}}.`,
    html: `<p style="margin:0 0 12px;">Lời đề nghị giới thiệu bạn với <strong>{{fromName}}</strong>{{#if needTitle}} (nhu cầu <strong>{{needTitle}}</strong>){{/if}} đã chờ câu trả lời của bạn {{days}} ngày:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">Một câu trả lời, kể cả lời từ chối, giúp họ tìm được người phù hợp sớm hơn. Bạn có thể trả lời đến {{datetime expiresAt}}.</p>`,
  },
  en: {
    subject: 'Reminder: an introduction has waited {{days}} days for you – {{fromName}}',
    button: 'Answer in KếtNối',
    text: `The request to introduce you to {{fromName}}{{#if needTitle}} (need "{{needTitle}}"){{/if}} has waited {{days}} days for your answer:

"{{message}}"

An answer, even a no, helps them find the right person sooner. You can answer until {{datetime expiresAt}}.`,
    html: `<p style="margin:0 0 12px;">The request to introduce you to <strong>{{fromName}}</strong>{{#if needTitle}} (need <strong>{{needTitle}}</strong>){{/if}} has waited {{days}} days for your answer:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">An answer, even a no, helps them find the right person sooner. You can answer until {{datetime expiresAt}}.</p>`,
  },
});
