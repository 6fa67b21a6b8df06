// The first screens the server draws are styled by the stylesheets the HTML links (the ones
// client/src/main.tsx imports), not by CSS that arrives later with a route's code: otherwise a
// phone paints them unstyled, then restyles and moves them when the code comes in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventsFirstPaint } from '../eventsFirstPaint.js';
import { landingFirstPaint, profileFirstPaint } from '../firstPaint.js';

const CLIENT_SRC = fileURLToPath(new URL('../../../../../client/src/', import.meta.url));

/** A stylesheet's text with the sheets it `@import`s in its place (app.css is an index of sections). */
function withImports(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^@import '(\.\/[\w-]+\.css)';$/gm, (_, relative: string) => withImports(path.join(path.dirname(file), relative)));
}

/** Class names the stylesheets imported by main.tsx define. */
function linkedClasses(): Set<string> {
  const main = fs.readFileSync(path.join(CLIENT_SRC, 'main.tsx'), 'utf8');
  const sheets = [...main.matchAll(/^import '\.\/(styles\/[\w-]+\.css)';$/gm)].map((m) => m[1]!);
  expect(sheets).toContain('styles/calendar.css');
  const css = sheets.map((sheet) => withImports(path.join(CLIENT_SRC, sheet))).join('\n');
  return new Set([...css.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

const usedClasses = (html: string) => new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));

const event = {
  id: 'ev-1',
  kind: 'startup_day',
  title: 'Ngày hội',
  startsAt: '2026-03-28T01:00:00.000Z',
  endsAt: '2026-03-28T10:00:00.000Z',
  province: 'lang-son',
  coOrganizers: ['phu-tho'],
  venue: { name: 'Hội trường' },
  online: false,
  capacity: 10,
  registered: 2,
  meetings: { slotMinutes: 30 },
} as unknown as Parameters<typeof eventsFirstPaint>[0]['events'][number];

// Classes that name a page or a part of it and that no rule styles, in the client either.
const UNSTYLED = new Set(['events-page', 'landing', 'public-page', 'showcase', 'products']);

describe('first paint styles', () => {
  it('uses only classes the linked stylesheets define', () => {
    const defined = linkedClasses();
    const pages = {
      events: eventsFirstPaint({ events: [event], more: true, filters: { province: 'lang-son' }, now: new Date('2026-03-01') }),
      landing: landingFirstPaint({ code: 'lang-son', name: 'Lạng Sơn' }),
      profile: profileFirstPaint({
        id: 'p1',
        kind: 'startup',
        name: 'Mật ong',
        headline: 'Mật ong rừng',
        verified: true,
        provinceName: 'Lạng Sơn',
        firstProduct: { name: 'Mật ong', photoFileId: 'f1' },
      }),
    };
    for (const [page, html] of Object.entries(pages)) {
      const missing = [...usedClasses(html)].filter((c) => !defined.has(c) && !UNSTYLED.has(c));
      expect(missing, page).toEqual([]);
    }
  });
});
