// The web console (apps/console, a static single-page app) at /console/: hashed assets are cached
// for good, every other path under /console/ gets index.html so client-side routes survive a
// reload. When the console was not built the answer says how to build it instead of a bare 404.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';
import { HttpProblem } from '@aftersales/service-kit';

// helmet's default adds upgrade-insecure-requests, which breaks plain-http local use; the console
// needs nothing beyond its own origin (scripts, styles it inlines for charts, fetch to /v1).
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function consoleRouter(dir: string): Router {
  const r = Router({ strict: true }); // '/console' redirects, '/console/' is the app
  const index = path.join(dir, 'index.html');
  const setCsp = (res: Response) => res.setHeader('content-security-policy', CONSOLE_CSP);

  r.get('/console', (_req, res) => res.redirect(301, '/console/'));
  r.use('/console', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!existsSync(index)) {
      throw new HttpProblem(404, {
        title: 'Console not built',
        detail:
          'the web console has not been built: run `npm run build -w @aftersales/console` ' +
          '(or set CONSOLE_DIR to a built console)',
      });
    }
    setCsp(res);
    next();
  });
  r.use(
    '/console/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  r.use('/console', express.static(dir, { index: false, maxAge: 0 }));
  // SPA fallback: any other GET under /console/ is a client-side route.
  r.get(/^\/console\/.*/, (req, res, next) => {
    if (req.path.startsWith('/console/assets/')) return next(); // a missing asset stays a 404
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return r;
}
