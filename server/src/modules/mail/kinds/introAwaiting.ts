// "An intro awaits your answer": sent to the awaited side, with one-tap accept and decline links
// (GET shows, POST acts: a mail scanner opening the link changes nothing).
import { z, type ZodType } from 'zod';
import type { ActionRequest, KindTemplates, MailKind, MailLanguage } from '../render.js';
import { button, FILLED, OUTLINE_NO } from '../templates/buttons.js';

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
    { key: 'decline', purpose: 'intro.decline', subject, expiresAt: data.expiresAt, label: { vi: 'Từ chối', en: 'Decline' }, saysNo: true },
  ];
}

type IntroAwaiting = z.infer<typeof IntroAwaitingData>;

export const QUOTE_HTML =
  '<blockquote class="kn-quote" style="margin:0 0 12px;padding:8px 14px;border-left:3px solid #0b5c4a;color:#3e4c59;">{{message}}</blockquote>';
const ANSWER_WORDS: Record<MailLanguage, { accept: string; decline: string; how: string; howText: string }> = {
  vi: {
    accept: 'Đồng ý',
    decline: 'Từ chối',
    how: 'Mỗi nút mở một trang để bạn xác nhận câu trả lời (không cần đăng nhập); chưa có gì thay đổi trước khi bạn bấm xác nhận.',
    howText: 'Mỗi liên kết mở một trang để bạn xác nhận câu trả lời, không cần đăng nhập; chưa có gì thay đổi trước khi bạn bấm xác nhận.',
  },
  en: {
    accept: 'Accept',
    decline: 'Decline',
    how: 'Each button opens a page where you confirm your answer (no sign-in needed); nothing changes until you confirm.',
    howText: 'Each link opens a page where you confirm your answer, no sign-in needed; nothing changes until you confirm.',
  },
};

/** The one-tap answers that end every mail awaiting an intro answer: two buttons and what tapping does. */
function answerLinks(language: MailLanguage): { text: string; html: string } {
  const { accept, decline, how, howText } = ANSWER_WORDS[language];
  return {
    text: `${accept}: {{actions.accept}}\n${decline}: {{actions.decline}}\n${howText}`,
    html:
      `<p style="margin:16px 0 0;">${button('{{actions.accept}}', accept, FILLED, 'kn-button')}` +
      `${button('{{actions.decline}}', decline, OUTLINE_NO, 'kn-no')}</p>\n` +
      `<p class="kn-muted" style="margin:0;font-size:14px;color:#616e7c;">${how}</p>`,
  };
}

/**
 * A mail that awaits the recipient's answer to an intro: opens /intros, and each language's text
 * and html end with the one-tap accept and decline (answerLinks).
 */
export function introAnswerKind<D extends IntroAwaiting>(name: string, data: ZodType<D>, templates: MailKind<D>['templates']): MailKind<D> {
  const withAnswers = (language: MailLanguage): KindTemplates => {
    const { text, html } = answerLinks(language);
    return { ...templates[language], text: `${templates[language].text}\n${text}`, html: `${templates[language].html}\n${html}` };
  };
  return {
    name,
    category: 'notification',
    data,
    link: () => '/intros',
    actions: introAnswerActions,
    templates: { vi: withAnswers('vi'), en: withAnswers('en') },
  };
}

export const introAwaiting = introAnswerKind('intro.awaiting', IntroAwaitingData, {
  vi: {
    subject: '{{#if brokered}}Cán bộ hỗ trợ đề nghị giới thiệu bạn với {{fromName}}{{else}}Đề nghị giới thiệu mới từ {{fromName}}{{/if}}',
    button: 'Xem trên KếtNối',
    text: `{{#if brokered}}Cán bộ hỗ trợ khởi nghiệp của tỉnh đề nghị giới thiệu bạn với {{fromName}}{{else}}{{fromName}} gửi bạn một lời đề nghị giới thiệu{{/if}}{{#if needTitle}} về nhu cầu "{{needTitle}}"{{/if}}:

"{{message}}"

Bạn có thể trả lời đến {{datetime expiresAt}}.`,
    html: `<p style="margin:0 0 12px;">{{#if brokered}}Cán bộ hỗ trợ khởi nghiệp của tỉnh đề nghị giới thiệu bạn với <strong>{{fromName}}</strong>{{else}}<strong>{{fromName}}</strong> gửi bạn một lời đề nghị giới thiệu{{/if}}{{#if needTitle}} về nhu cầu <strong>{{needTitle}}</strong>{{/if}}:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">Bạn có thể trả lời đến {{datetime expiresAt}}.</p>`,
  },
  en: {
    subject:
      '{{#if brokered}}Support staff propose to introduce you to {{fromName}}{{else}}New introduction request from {{fromName}}{{/if}}',
    button: 'Open in KếtNối',
    text: `{{#if brokered}}The province's startup support staff propose to introduce you to {{fromName}}{{else}}{{fromName}} sent you an introduction request{{/if}}{{#if needTitle}} about the need "{{needTitle}}"{{/if}}:

"{{message}}"

You can answer until {{datetime expiresAt}}.`,
    html: `<p style="margin:0 0 12px;">{{#if brokered}}The province's startup support staff propose to introduce you to <strong>{{fromName}}</strong>{{else}}<strong>{{fromName}}</strong> sent you an introduction request{{/if}}{{#if needTitle}} about the need <strong>{{needTitle}}</strong>{{/if}}:</p>
${QUOTE_HTML}
<p style="margin:0 0 12px;">You can answer until {{datetime expiresAt}}.</p>`,
  },
});
