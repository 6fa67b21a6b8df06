// Serve the built web client on the same port as the API, with a single-page-app fallback.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Express, RequestHandler } from 'express';

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

export function serveClient(app: Express, explicit: string | null | undefined, compress: RequestHandler): void {
  const dir = findClientDir(explicit);
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
  app.get(/^\/(?!api\/|api$|socket\.io\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
