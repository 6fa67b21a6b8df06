// "An intro awaits your answer": sent to the awaited side, with one-tap accept and decline links
// (GET shows, POST acts: a mail scanner opening the link changes nothing).
import { z } from 'zod';
import type { MailKind } from '../render.js';

const IntroAwaitingData = z.object({
  introId: z.string().min(1),
  fromName: z.string().min(1),
  message: z.string(),
  needTitle: z.string().optional(),
  /** When the intro expires unanswered (ISO). */
  expiresAt: z.string().datetime(),
});

export const introAwaiting: MailKind<z.infer<typeof IntroAwaitingData>> = {
  name: 'intro.awaiting',
  category: 'notification',
  data: IntroAwaitingData,
  link: () => '/intros',
  actions: (data) => [
    { key: 'accept', purpose: 'intro.accept', subject: { introId: data.introId }, expiresAt: data.expiresAt },
    { key: 'decline', purpose: 'intro.decline', subject: { introId: data.introId }, expiresAt: data.expiresAt },
  ],
  templates: {
    vi: {
      subject: '{{fromName}} muốn được giới thiệu với bạn',
      button: 'Xem trên KếtNối',
      text: `{{fromName}} gửi bạn một lời đề nghị giới thiệu{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}:

"{{message}}"

Bạn có thể trả lời đến {{datetime expiresAt}}.
Đồng ý: {{actions.accept}}
Từ chối: {{actions.decline}}`,
      html: `<p style="margin:0 0 12px;"><strong>{{fromName}}</strong> gửi bạn một lời đề nghị giới thiệu{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}:</p>
<blockquote style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0 0 12px;">Bạn có thể trả lời đến {{datetime expiresAt}}.</p>
<p style="margin:0;"><a href="{{actions.accept}}" style="color:#0b5c4a;font-weight:bold;">Đồng ý</a> · <a href="{{actions.decline}}" style="color:#b42318;font-weight:bold;">Từ chối</a></p>`,
    },
    en: {
      subject: '{{fromName}} would like an introduction to you',
      button: 'Open in KếtNối',
      text: `{{fromName}} sent you an introduction request{{#if needTitle}} about the need "{{needTitle}}"{{/if}}:

"{{message}}"

You can answer until {{datetime expiresAt}}.
Accept: {{actions.accept}}
Decline: {{actions.decline}}`,
      html: `<p style="margin:0 0 12px;"><strong>{{fromName}}</strong> sent you an introduction request{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}:</p>
<blockquote style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>
<p style="margin:0 0 12px;">You can answer until {{datetime expiresAt}}.</p>
<p style="margin:0;"><a href="{{actions.accept}}" style="color:#0b5c4a;font-weight:bold;">Accept</a> · <a href="{{actions.decline}}" style="color:#b42318;font-weight:bold;">Decline</a></p>`,
    },
  },
};
