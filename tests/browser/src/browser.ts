// Debian's chromium driven by playwright-core: never a browser download. Every signed-in user gets
// a browser context of their own, i.e. their own cookie jar: the gateway's session cookie and the
// identity provider's are per user, as on separate PCs. Screenshots go to tests/browser/artifacts/
// (gitignored, kept by CI as artefacts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser as Chromium,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

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
export async function openConsole(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.chromium.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
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
 * `options` set up that context (e.g. `{ locale: 'de-DE' }`: the browser's preferred language).
 */
export async function login(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await openConsole(browser, baseUrl, options);
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

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core'), 'utf8'));

export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** The CSS selectors of the offending elements, with axe's summary of what is wrong there. */
  nodes: { target: string[]; summary: string }[];
}

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is now and returns the violations of
 * impact serious or critical, each with its elements' selectors; the full results (every impact,
 * passes, incomplete checks) go to artifacts/axe-<name>.json.
 */
export async function checkAccessibility(page: Page, name: string): Promise<AxeViolation[]> {
  // The gateway's Content-Security-Policy (script-src 'self') refuses an injected <script> tag
  // (page.addScriptTag): the source is evaluated through the DevTools protocol instead, which the
  // page's policy does not govern, so the console is checked under its real CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
      .axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    });
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `axe-${name}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  const violations = (results as { violations: AxeResult[] }).violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact as AxeViolation['impact'],
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
}

/** The bytes of the file a click on the button downloads. */
export async function downloadOf(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await download.path())!);
}
