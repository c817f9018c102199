// The customer's pages at /my/: a small static app (public/my: HTML, one script, one stylesheet,
// no build step) that talks to /v1/me. Mobile first; English, German and Chinese.
import path from 'node:path';
import express, { Router } from 'express';

// From src/self-service and dist/self-service alike.
const pagesDir = path.resolve(__dirname, '../../public/my');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function selfServicePages(dir = pagesDir): Router {
  const r = Router({ strict: true });
  r.get('/my', (_req, res) => res.redirect(301, '/my/'));
  r.use('/my/', (_req, res, next) => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  r.use('/my/', express.static(dir, { index: 'index.html', maxAge: 0 }));
  return r;
}
