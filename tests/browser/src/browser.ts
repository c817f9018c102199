// Debian's chromium driven by playwright-core: never a browser download. Every signed-in user gets
// a browser context of their own, i.e. their own cookie jar: the gateway's session cookie and the
// identity provider's are per user, as on separate PCs. Screenshots go to tests/browser/artifacts/
// (gitignored, kept by CI as artefacts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser as Chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../artifacts');
/** Every demo user's password at the test identity provider. */
export const DEMO_PASSWORD = 'demo';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  chromium: Chromium;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return { chromium: browser, close: () => browser.close() };
}

/**
 * A page in a fresh context (no cookies: nobody signed in), on the console. Closing the page
 * closes its context, so a test cleans up with `page.close()`.
 */
export async function openConsole(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.chromium.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  // The context goes with its page; when the browser itself is closing (the suite's afterAll), the
  // context is gone already and its close() rejects: nothing to do then, and no unhandled
  // rejection to fail the suite with "Target page, context or browser has been closed".
  page.once('close', () => void context.close().catch(() => undefined));
  await page.goto(`${baseUrl}/console/`);
  return page;
}

/** Fills the identity provider's login form the browser is on and submits it. */
export async function submitProviderLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs a user in the way a person does: the console's `Sign in` button, the provider's login
 * form, back on the console. Each call is a new context: several users stay signed in at once.
 */
export async function login(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const page = await openConsole(browser, baseUrl);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await submitProviderLogin(page, username);
  await page.getByTestId('current-user').waitFor();
  return page;
}

/** Saves a full-page screenshot and prints its path; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`screenshot: ${file}\n`);
  return file;
}
