// The small HTML pages a mail link opens in a browser: GET shows what the link will do with a
// button (a form that POSTs back to the same address), POST shows what was done. API clients get
// JSON from the same routes; browsers ask for text/html. Most are opened on a phone straight from a
// mail app, so the page is self-contained (inline styles, no script: the CSP allows inline styles
// only) and drawn with the web client's colours and mark, so it reads as KếtNối.
import type { Request } from 'express';
import Handlebars from 'handlebars';
import type { MailLanguage } from './render.js';

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;background:#f6f7f5;color:#1c2329;font:16px/1.55 'Be Vietnam Pro','Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif;-webkit-text-size-adjust:100%}
header{display:flex;align-items:center;height:56px;padding:0 16px;background:#fff;border-bottom:1px solid #d5dbd9}
.brand{display:inline-flex;align-items:center;gap:8px;min-height:44px;color:#1c2329;font-weight:700;font-size:1.15rem;text-decoration:none}
.brand svg{width:26px;height:26px}
main{max-width:480px;margin:24px auto;padding:0 16px}
.card{padding:24px 20px;background:#fff;border:1px solid #d5dbd9;border-top:4px solid #0b5c6b;border-radius:10px;box-shadow:0 1px 2px rgb(16 24 32 / .06),0 2px 8px rgb(16 24 32 / .05)}
.card--done{border-top-color:#1d6b3a}
.card--problem{border-top-color:#a3261c}
h1{margin:0 0 20px;font-size:1.3rem;line-height:1.3}
form{margin:0 0 12px}
button{display:flex;flex-direction:column;align-items:center;justify-content:center;width:100%;min-height:52px;padding:10px 20px;border:0;border-radius:6px;background:#0b5c6b;color:#fff;font:inherit;font-weight:600;font-size:1.05rem;cursor:pointer}
button:hover{background:#084652}
.note{margin:0 0 20px;color:#4a5560;font-size:.88rem}
.home{display:inline-block;padding:10px 0;color:#0b5c6b;font-weight:600;text-underline-offset:2px}
:focus-visible{outline:3px solid #c45d00;outline-offset:2px;border-radius:4px}
`;

const page = Handlebars.compile(`<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="theme-color" content="#0b5c6b">
<title>{{title}} · KếtNối</title>
<style>{{{style}}}</style>
</head>
<body>
<header><a class="brand" href="{{home}}"><svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#0b5c6b"/><circle cx="11" cy="16" r="5" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="21" cy="16" r="5" fill="none" stroke="#f2b84b" stroke-width="2.5"/></svg>KếtNối</a></header>
<main>
<div class="card card--{{tone}}">
<h1>{{title}}</h1>
{{#if action}}<form method="post" action="{{action}}"><button type="submit">{{button}}</button></form>
<p class="note">{{note}}</p>{{/if}}
<a class="home" href="{{home}}{{link.path}}">{{link.label}}</a>
</div>
</main>
</body>
</html>
`);

export interface PageContent {
  title: { vi: string; en: string };
  /** Where the confirm button posts; none on a result page. */
  action?: string;
  button?: { vi: string; en: string };
  /** The colour of the card's top edge: a question (default), a result, or a link that did nothing. */
  tone?: 'ask' | 'done' | 'problem';
  /** Where to go next in the app (a path); the app's start page unless given. */
  link?: { path: string; vi: string; en: string };
}

const OPEN_APP = { path: '/', vi: 'Mở KếtNối', en: 'Open KếtNối' };

export function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

const NOTHING_YET: Record<MailLanguage, string> = {
  vi: 'Chưa có gì thay đổi cho đến khi bạn bấm nút.',
  en: 'Nothing changes until you press the button.',
};

/** The page in one language: the reader's (the account's mail language), not both one after the other. */
export function renderPage(content: PageContent, home: string, language: MailLanguage): string {
  const { title, action, button, tone = 'ask', link = OPEN_APP } = content;
  return page({
    lang: language,
    title: title[language],
    action,
    button: button?.[language],
    note: NOTHING_YET[language],
    tone,
    link: { path: link.path, label: link[language] },
    home,
    style: STYLE,
  });
}

/** A page that says why the link did nothing. */
function problem(vi: string, en: string): PageContent {
  return { title: { vi, en }, tone: 'problem' };
}

export const INVALID_LINK = problem(
  'Liên kết này không còn dùng được (đã dùng, hết hạn hoặc không đúng).',
  'This link is used, expired or unknown.',
);

/** A one-tap action whose subject changed meanwhile (an intro answered in the app): the link is kept unused. */
export const ALREADY_HANDLED = problem(
  'Việc này đã được xử lý trước đó (có thể ngay trong ứng dụng), nên liên kết không làm gì thêm.',
  'This was already dealt with (perhaps in the app), so the link did nothing.',
);

/** Opened (GET) after the subject was dealt with elsewhere: no button, since pressing it could only fail. */
export const ALREADY_SETTLED: PageContent = {
  title: {
    vi: 'Việc này đã được xử lý trước đó (có thể ngay trong ứng dụng), nên liên kết không còn gì để làm.',
    en: 'This was already dealt with (perhaps in the app), so the link has nothing left to do.',
  },
  tone: 'done',
};

/** The subject of the link is gone or no longer yours to act on. */
export const NOT_AVAILABLE = problem('Nội dung của liên kết này không còn nữa.', 'What this link was about is no longer available.');

/** A link mailed to an account that an administrator suspended since: it does nothing. */
export const ACCOUNT_SUSPENDED = problem(
  'Tài khoản này đang bị tạm khoá, nên liên kết không làm gì. Hãy liên hệ quản trị viên KếtNối.',
  'This account is suspended, so the link did nothing. Contact the KếtNối administrator.',
);
