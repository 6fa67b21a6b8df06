// Every page a visitor, a founder, an expert, province staff and the admin reach from the menus, on a
// phone and on a desk, audited by axe-core (WCAG 2.0/2.1 A and AA rules and axe's best practices):
// names that match what is seen, headings in order, no focusable thing hidden from screen readers, scroll
// boxes a keyboard can reach, contrast. A new page or component that breaks one of them fails here.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, UI_TIMEOUT_MS } from '../lib/browser.js';
import { DEMO_PASSWORD, STAFF_LANG_SON } from '../lib/flows.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Opens `path` once it has drawn (no loading state left) and returns axe's violations there. */
async function audit(page: Page, path: string): Promise<Violation[]> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor({ state: 'attached' });
  await expect.poll(() => page.locator('.state--loading').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    const { violations } = await axe.run(document);
    return (violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** A context signed in as `email` (or a visitor), with the CSP relaxed only so the audit script can run. */
async function contextFor(browser: Browser, viewport: { width: number; height: number }, email?: string): Promise<BrowserContext> {
  const baseURL = inject('baseUrl');
  const phone = viewport === PHONE;
  const context = await browser.newContext({ baseURL, viewport, isMobile: phone, hasTouch: phone, locale: 'vi-VN', bypassCSP: true });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  if (email) {
    const answer = await context.request.post('/api/auth/login', {
      data: { email, password: DEMO_PASSWORD },
      headers: { origin: baseURL },
    });
    expect(answer.status()).toBe(200);
  }
  return context;
}

async function firstId(context: BrowserContext, path: string): Promise<string> {
  const answer = await context.request.get(path);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { items: { id: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  return body.items[0]!.id;
}

const FOUNDER = 'mat-ong-chi-lang@demo.ketnoi.vn';
const EXPERT = 'can-bo-shtt-lang-son@demo.ketnoi.vn';
const ADMIN = 'admin@demo.ketnoi.vn';

/** Each person's pages; `{event}`, `{need}` and `{conversation}` stand for ids of the demo data. */
const PAGES: { who: string; email?: string; paths: string[] }[] = [
  {
    who: 'a visitor',
    paths: [
      '/',
      '/signin',
      '/signup',
      '/forgot-password',
      '/directory',
      '/search?q=mat%20ong',
      '/stats',
      '/opportunities',
      '/events',
      '/events/{event}',
      '/calls',
      '/no-such-page',
    ],
  },
  {
    who: 'a founder',
    email: FOUNDER,
    paths: [
      '/home',
      '/needs',
      '/needs/{need}',
      '/intros',
      '/chat',
      '/chat/{conversation}',
      '/consultations',
      '/notifications',
      '/profile',
      '/settings/notifications',
      '/events/{event}/meetings',
      '/events/{event}/agenda',
      '/suggestions',
    ],
  },
  { who: 'an expert', email: EXPERT, paths: ['/home', '/suggestions', '/intros', '/consultations'] },
  {
    who: 'province staff',
    email: STAFF_LANG_SON,
    paths: [
      '/staff',
      '/staff/broker',
      '/staff/planner',
      '/staff/contacts',
      '/staff/verify',
      '/staff/needs',
      '/staff/reports',
      '/staff/events/new',
      '/staff/events/{event}/manage',
    ],
  },
  { who: 'the admin', email: ADMIN, paths: ['/admin', '/admin/weights', '/admin/policy'] },
];

describe('accessibility of every page, audited by axe-core', () => {
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    const founder = await contextFor(browser, PHONE, FOUNDER);
    ids.event = await firstId(founder, '/api/events?province=lang-son');
    ids.need = await firstId(founder, '/api/needs');
    ids.conversation = await firstId(founder, '/api/conversations');
    await founder.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [screen, viewport] of [
    ['a phone', PHONE],
    ['a desk', DESKTOP],
  ] as const) {
    it(`finds no violation on ${screen}`, { timeout: 300_000 }, async () => {
      const found: string[] = [];
      let audited = 0;
      for (const { who, email, paths } of PAGES) {
        const context = await contextFor(browser, viewport, email);
        const page = await context.newPage();
        for (const template of paths) {
          const path = template.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]!);
          for (const v of await audit(page, path)) found.push(`${who} ${path}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
          audited += 1;
        }
        await context.close();
      }
      expect(audited).toBe(PAGES.reduce((n, p) => n + p.paths.length, 0));
      expect(found).toEqual([]);
    });
  }
});
