// The small HTML pages a mail link opens in a browser: GET shows what the link will do with a
// button (a form that POSTs back to the same address), POST shows what was done. API clients get
// JSON from the same routes; browsers ask for text/html.
import type { Request } from 'express';
import Handlebars from 'handlebars';

const page = Handlebars.compile(`<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>KếtNối</title></head>
<body>
<main>
<h1>KếtNối</h1>
<p lang="vi"><strong>{{title.vi}}</strong></p>
<p lang="en">{{title.en}}</p>
{{#if action}}<form method="post" action="{{action}}"><button type="submit">{{button.vi}} · {{button.en}}</button></form>{{/if}}
<p><a href="{{home}}">Mở KếtNối · Open KếtNối</a></p>
</main>
</body>
</html>
`);

export interface PageContent {
  title: { vi: string; en: string };
  /** Where the confirm button posts; none on a result page. */
  action?: string;
  button?: { vi: string; en: string };
}

export function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

export function renderPage(content: PageContent, home: string): string {
  return page({ ...content, home });
}

export const INVALID_LINK: PageContent = {
  title: { vi: 'Liên kết này không còn dùng được (đã dùng, hết hạn hoặc không đúng).', en: 'This link is used, expired or unknown.' },
};
