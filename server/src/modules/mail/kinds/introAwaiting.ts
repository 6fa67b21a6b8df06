// "An intro awaits your answer": sent to the awaited side, with one-tap accept and decline links
// (GET shows, POST acts: a mail scanner opening the link changes nothing).
import { z, type ZodType } from 'zod';
import type { ActionRequest, MailKind, MailLanguage } from '../render.js';

export const IntroAwaitingData = z.object({
  introId: z.string().min(1),
  fromName: z.string().min(1),
  message: z.string(),
  needTitle: z.string().optional(),
  /** Staff proposed it: `fromName` is the other party, not someone asking. */
  brokered: z.boolean().optional(),
  /** When the intro expires unanswered (ISO). */
  expiresAt: z.string().datetime(),
});

/** One-tap accept and decline, valid until the intro expires. */
export function introAnswerActions(data: { introId: string; expiresAt: string }): ActionRequest[] {
  const subject = { introId: data.introId };
  return [
    { key: 'accept', purpose: 'intro.accept', subject, expiresAt: data.expiresAt, label: { vi: 'Đồng ý', en: 'Accept' } },
    { key: 'decline', purpose: 'intro.decline', subject, expiresAt: data.expiresAt, label: { vi: 'Từ chối', en: 'Decline' } },
  ];
}

type IntroAwaiting = z.infer<typeof IntroAwaitingData>;

export const QUOTE_HTML =
  '<blockquote style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>';
const ANSWER_WORDS: Record<MailLanguage, { accept: string; decline: string }> = {
  vi: { accept: 'Đồng ý', decline: 'Từ chối' },
  en: { accept: 'Accept', decline: 'Decline' },
};

/** The one-tap links that end every mail awaiting an intro answer. */
export function answerLinks(language: MailLanguage): { text: string; html: string } {
  const { accept, decline } = ANSWER_WORDS[language];
  return {
    text: `${accept}: {{actions.accept}}\n${decline}: {{actions.decline}}`,
    html:
      `<p style="margin:0;"><a href="{{actions.accept}}" style="color:#0b5c4a;font-weight:bold;">${accept}</a> · ` +
      `<a href="{{actions.decline}}" style="color:#b42318;font-weight:bold;">${decline}</a></p>`,
  };
}

/** A mail that awaits the recipient's answer to an intro: opens /intros, with one-tap accept and decline. */
export function introAnswerKind<D extends IntroAwaiting>(name: string, data: ZodType<D>, templates: MailKind<D>['templates']): MailKind<D> {
  return { name, category: 'notification', data, link: () => '/intros', actions: introAnswerActions, templates };
}

const VI = answerLinks('vi');
const EN = answerLinks('en');

export const introAwaiting = introAnswerKind('intro.awaiting', IntroAwaitingData, {
  vi: {
    subject:
      '{{#if brokered}}Cán bộ hỗ trợ đề nghị giới thiệu bạn với {{fromName}}{{else}}{{fromName}} muốn được giới thiệu với bạn{{/if}}',
    button: 'Xem trên KếtNối',
    text: `{{#if brokered}}Cán bộ hỗ trợ khởi nghiệp của tỉnh đề nghị giới thiệu bạn với {{fromName}}{{else}}{{fromName}} gửi bạn một lời đề nghị giới thiệu{{/if}}{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}:

"{{message}}"

Bạn có thể trả lời đến {{datetime expiresAt}}.
${VI.text}`,
    html: `<p style="margin:0 0 12px;">{{#if brokered}}Cán bộ hỗ trợ khởi nghiệp của tỉnh đề nghị giới thiệu bạn với <strong>{{fromName}}</strong>{{else}}<strong>{{fromName}}</strong> gửi bạn một lời đề nghị giới thiệu{{/if}}{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">Bạn có thể trả lời đến {{datetime expiresAt}}.</p>
${VI.html}`,
  },
  en: {
    subject:
      '{{#if brokered}}Support staff propose to introduce you to {{fromName}}{{else}}{{fromName}} would like an introduction to you{{/if}}',
    button: 'Open in KếtNối',
    text: `{{#if brokered}}The province's startup support staff propose to introduce you to {{fromName}}{{else}}{{fromName}} sent you an introduction request{{/if}}{{#if needTitle}} about the need "{{needTitle}}"{{/if}}:

"{{message}}"

You can answer until {{datetime expiresAt}}.
${EN.text}`,
    html: `<p style="margin:0 0 12px;">{{#if brokered}}The province's startup support staff propose to introduce you to <strong>{{fromName}}</strong>{{else}}<strong>{{fromName}}</strong> sent you an introduction request{{/if}}{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">You can answer until {{datetime expiresAt}}.</p>
${EN.html}`,
  },
});
