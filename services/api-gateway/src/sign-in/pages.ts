// The few HTML pages sign-in needs when it cannot end in the console: the provider is down, the
// person has no role here, or the provider's answer did not check out. Plain, self-contained
// (no script, inline style only), in the three languages the staff read.
import { type Response } from 'express';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PageLink {
  href: string;
  label: string;
}

export interface SignInPage {
  status: 400 | 403 | 503;
  title: string;
  /** One sentence per language the staff read; shown one under the other. */
  lines: { en: string; de: string; zh: string };
  detail?: string;
  links: PageLink[];
}

export function sendSignInPage(res: Response, page: SignInPage): void {
  const links = page.links
    .map((l) => `<a class="button" href="${escape(l.href)}">${escape(l.label)}</a>`)
    .join(' ');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} · Aftersales</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.detail{color:#555;font-size:.9rem}.button{display:inline-block;margin:1rem .5rem 0 0;padding:.5rem 1rem;background:#0b5cad;color:#fff;border-radius:4px;text-decoration:none}</style>
</head><body><main>
<h1>${escape(page.title)}</h1>
<p>${escape(page.lines.en)}</p>
<p lang="de">${escape(page.lines.de)}</p>
<p lang="zh-Hans">${escape(page.lines.zh)}</p>
${page.detail ? `<p class="detail">${escape(page.detail)}</p>` : ''}
<p>${links}</p>
</main></body></html>`;
  res
    .status(page.status)
    .set('content-type', 'text/html; charset=utf-8')
    .set('cache-control', 'no-store')
    .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    .send(html);
}
