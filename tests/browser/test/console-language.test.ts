// The console in the reader's language, in Debian's chromium against the platform (the complaint
// service behind the gateway) and the development OpenID provider: a browser whose preferred
// language is German shows the sign-in page and the complaint handler's view in German without
// anyone choosing; choosing 繁體中文 in the language menu switches the open view to Traditional
// Chinese (time left in Chinese units too), and the choice is kept in this browser: a reload
// stays in Traditional Chinese. Screenshots land in tests/browser/artifacts/.
import { type Locator } from 'playwright-core';
import { idempotencyKey, type Platform } from '../../e2e/src/platform';
import {
  checkAccessibility,
  openConsole,
  screenshot,
  submitProviderLogin,
  type Browser,
} from '../src/browser';
import { grant, mappingFor, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';

const demo = { tenantId: 'dg-demo' };
const USERS = [{ username: 'complaints', displayName: 'Chris Complaints', groups: ['dg-demo-complaints'] }];

describe('web console languages in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let browser: Browser;
  let gatewayUrl = '';

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'browser_lang',
      services: ['complaint'],
      users: USERS,
      mapping: (issuer) => mappingFor(issuer, [grant('dg-demo-complaints', 'complaint-handler')]),
    });
    ({ platform: p, browser, gatewayUrl } = stack);
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
    await stack?.stop();
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
