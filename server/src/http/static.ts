// Serve the built web client on the same port as the API, with a single-page-app fallback. The
// public pages (landing, /p/:id, /events, /events/:id) get their own title, description and Open
// Graph tags in that shell (the portal module decides them); /robots.txt and /sitemap.xml too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Express, RequestHandler } from 'express';
import type { PageMeta } from './pageMeta.js';
import { injectMeta } from './pageMeta.js';

/** What the public site adds to the client's shell (modules/portal). */
export interface SiteHooks {
  pageMeta(path: string, query: Record<string, unknown>): Promise<PageMeta | null>;
  /** 0: /sitemap.xml; n: /sitemap-n.xml; null when there is no such page. */
  sitemap(page: number): Promise<string | null>;
  robots(): string;
  onError(error: unknown): void;
}

function serveSiteFiles(app: Express, site: SiteHooks): void {
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(site.robots());
  });
  app.get(/^\/sitemap(?:-(\d{1,4}))?\.xml$/, async (req, res) => {
    const page = req.params[0] ? Number(req.params[0]) : 0;
    const body = await site.sitemap(page);
    if (body === null) return res.status(404).type('text/plain').send('Not found');
    res.type('application/xml').setHeader('Cache-Control', 'public, max-age=600');
    res.send(body);
  });
}

function findClientDir(explicit: string | null | undefined): string | null {
  if (explicit === null) return null;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    explicit,
    process.env.CLIENT_DIR,
    path.resolve(here, '../../client/dist'), // server/dist/main.js
    path.resolve(here, '../../../client/dist'), // server/src/http/static.ts
    path.resolve(process.cwd(), 'client/dist'),
  ].filter((p): p is string => Boolean(p));
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}

export function serveClient(app: Express, explicit: string | null | undefined, compress: RequestHandler, site?: SiteHooks): void {
  const dir = findClientDir(explicit);
  if (site) serveSiteFiles(app, site);
  if (!dir) {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><meta charset="utf-8"><title>KếtNối</title><p>The web client is not built. Run <code>npm run build</code> (npm start does it for you). The API is at <a href="/api/docs">/api/docs</a>.</p>',
        );
    });
    return;
  }
  const index = path.join(dir, 'index.html');
  // Read once: a new client build comes with a restart.
  const shell = fs.readFileSync(index, 'utf8');
  app.use(compress);
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        // Vite puts content hashes in asset names: cache them for a year; never cache the shell.
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // A build's file that is not there (an old tab asking for a chunk the new build renamed) is a 404:
  // the shell in its place would answer a script request with HTML.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store');
    res.send('Not found');
  });
  app.get(/^\/(?!api\/|api$|socket\.io\/).*/, async (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    let meta: PageMeta | null = null;
    try {
      meta = site ? await site.pageMeta(req.path, req.query as Record<string, unknown>) : null;
    } catch (error) {
      site?.onError(error); // the generic shell still works
    }
    if (!meta) return res.sendFile(index);
    res
      .status(meta.status ?? 200)
      .type('html')
      .send(injectMeta(shell, meta));
  });
}
