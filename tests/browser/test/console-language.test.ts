// The console in the reader's language, in Debian's chromium against the platform (the complaint
// service behind the gateway) and the development OpenID provider: a browser whose preferred
// language is German shows the sign-in page and the complaint handler's view in German without
// anyone choosing; choosing 繁體中文 in the language menu switches the open view to Traditional
// Chinese (time left in Chinese units too), and the choice is kept in this browser: a reload
// stays in Traditional Chinese. Screenshots land in tests/browser/artifacts/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Locator } from 'playwright-core';
import { startIdentityProvider, type TestIdentityProvider } from '@aftersales/testing';
import { freePort, idempotencyKey, startPlatform, type Platform } from '../../e2e/src/platform';
import {
  checkAccessibility,
  DEMO_PASSWORD,
  launchBrowser,
  openConsole,
  screenshot,
  submitProviderLogin,
  type Browser,
} from '../src/browser';

const repoRoot = path.resolve(__dirname, '../../..');
const demo = { tenantId: 'dg-demo' };
const CLIENT_ID = 'aftersales-console';
const CLIENT_SECRET = 'browser-test-console-secret-0123456789';
const USERS = [
  { username: 'complaints', displayName: 'Chris Complaints', groups: ['dg-demo-complaints'] },
].map((u) => ({ ...u, password: DEMO_PASSWORD, email: `${u.username}@demo.example` }));

describe('web console languages in chromium', () => {
  let p: Platform;
  let idp: TestIdentityProvider;
  let browser: Browser;
  let gatewayUrl = '';
  let mappingDir = '';

  beforeAll(async () => {
    const gatewayPort = await freePort();
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    idp = await startIdentityProvider({
      users: USERS,
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [`${gatewayUrl}/auth/callback`],
          post_logout_redirect_uris: [`${gatewayUrl}/console/`],
        },
      ],
    });
    mappingDir = mkdtempSync(path.join(tmpdir(), 'aftersales-browser-language-'));
    const mappingFile = path.join(mappingDir, 'identity-mapping.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({
        tenants: [
          {
            tenantId: demo.tenantId,
            issuer: idp.issuer,
            groupsClaim: 'groups',
            groups: [
              { group: 'dg-demo-complaints', roles: ['complaint-handler'], centreIds: '*', dealerIds: '*' },
            ],
          },
        ],
      }),
    );
    p = await startPlatform(['complaint'], 'browser_lang', {
      gatewayPort,
      env: {
        'api-gateway': {
          CONSOLE_DIR: path.join(repoRoot, 'apps/console/dist'),
          OIDC_ISSUER_URL: idp.issuer,
          OIDC_CLIENT_ID: CLIENT_ID,
          OIDC_CLIENT_SECRET: CLIENT_SECRET,
          OIDC_SCOPES: 'openid profile email groups',
          PUBLIC_URL: gatewayUrl,
          IDENTITY_MAPPING_FILE: mappingFile,
        },
      },
    });
    browser = await launchBrowser();
    const res = await p.as(['complaint-handler'], demo).post(
      '/v1/complaints',
      {
        channel: 'phone',
        description: 'Car was ready a day late',
        category: 'waiting-time',
        severity: 'high',
      },
      idempotencyKey(),
    );
    if (res.status !== 201) throw new Error(`complaint: ${res.status} ${JSON.stringify(res.body)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
    await idp?.stop();
    if (mappingDir) rmSync(mappingDir, { recursive: true, force: true });
  });

  it('follows a German browser without a choice, then keeps 繁體中文 once chosen, also after a reload', async () => {
    const page = await openConsole(browser, gatewayUrl, { locale: 'de-DE' });
    // The sign-in page already speaks German: nobody chose anything.
    await page.getByRole('heading', { name: 'Aftersales-Konsole' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.getByTestId('language').inputValue()).toBe('de');
    expect(await checkAccessibility(page, 'sign-in-de')).toEqual([]);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await submitProviderLogin(page, 'complaints');

    const queue = page.getByTestId('complaint-queue');
    await queue.getByRole('heading', { name: 'Warteschlange' }).waitFor();
    const row = queue.locator('tbody tr').first();
    await expectText(row, /Wartezeit/); // category waiting-time
    await expectText(row, /hoch/); // severity
    await expectText(row, /Eingang bestätigen/); // next deadline
    await expectText(row, /\d+\s(Min\.|Std\.|Tg\.|Sek\.)/); // time left in German units
    expect(await queue.locator('thead th').allTextContents()).toEqual([
      'Vorgangsnummer',
      'Kategorie',
      'Schweregrad',
      'Nächste Frist',
      'Verbleibende Zeit',
    ]);
    await page.getByTestId('inquiry-queue').getByText('Keine offenen Anfragen.').waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await screenshot(page, 'language-de-complaints');

    // 繁體中文 from the menu: the open view changes without a reload.
    await page.getByTestId('language').selectOption({ label: '繁體中文' });
    await queue.getByRole('heading', { name: '處理佇列' }).waitFor();
    await expectText(row, /高/);
    await expectText(row, /等待時間/);
    await expectText(row, /確認受理/);
    await expectText(row, /\d+\s?(分鐘|小時|天|秒)/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await checkAccessibility(page, 'complaints-zh-Hant')).toEqual([]);
    await screenshot(page, 'language-zh-hant-complaints');

    // The choice outlives a reload, although the browser still prefers German.
    await page.reload();
    await page.getByTestId('complaint-queue').getByRole('heading', { name: '處理佇列' }).waitFor();
    expect(await page.getByTestId('language').inputValue()).toBe('zh-Hant');
    await expectText(page.getByTestId('complaint-queue').locator('thead'), /剩餘時間/);
    await page.getByRole('button', { name: '登出' }).waitFor();
    expect(await page.getByText('Warteschlange').count()).toBe(0);
    await screenshot(page, 'language-zh-hant-after-reload');
    await page.close();
  });
});

async function expectText(locator: Locator, pattern: RegExp) {
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout: 20_000 });
}
