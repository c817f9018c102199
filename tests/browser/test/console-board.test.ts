// The service desk's board and search in chromium against the whole platform (customer and repair
// behind the gateway, a real OpenID provider): a vehicle with a registration number and its
// owner registered through the API, a booking and an order received for it. The advisor's card
// shows the plate, make and model, the customer's name and the booking slot in the centre's time
// zone; a technician's card shows the name masked as the customer service masks it for the role;
// the desk search finds the vehicle by its plate typed differently and opens the order; switching
// the language to 简体中文 puts the board's column titles in Chinese. Screenshots (en, zh-Hans) land
// in tests/browser/artifacts/.
import { type Locator } from 'playwright-core';
import { idempotencyKey, type Platform } from '../../e2e/src/platform';
import { centreBody } from '../../e2e/src/fixtures';
import { checkAccessibility, login, screenshot, type Browser } from '../src/browser';
import { ok, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';

const demo = { tenantId: 'dg-demo' };

const USERS = [
  { username: 'advisor', displayName: 'Sam Advisor', groups: ['dg-demo-advisors'] },
  { username: 'technician', displayName: 'Tara Technician', groups: ['dg-demo-technicians'] },
];

function mapping(issuer: string) {
  const grant = (group: string, role: string) => ({ group, roles: [role], centreIds: '*', dealerIds: '*' });
  return {
    tenants: [
      {
        tenantId: demo.tenantId,
        issuer,
        groupsClaim: 'groups',
        groups: [grant('dg-demo-advisors', 'service-advisor'), grant('dg-demo-technicians', 'technician')],
      },
    ],
  };
}

/** Text with every kind of space as a plain one (ICU puts narrow no-break spaces in times). */
const plain = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, ' ').trim();

async function textOf(locator: Locator): Promise<string> {
  return plain((await locator.textContent()) ?? '');
}

/** Waits until the locator's text matches (the board fills in vehicles and customers after the orders). */
async function expectText(locator: Locator, expected: RegExp | string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await textOf(locator).catch(() => '');
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${String(expected)}, the page shows "${last}"`);
}

describe('service desk board and search in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let browser: Browser;
  let gatewayUrl = '';
  const seeded = { vehicleId: '', orderNumber: '', slotStart: '', timeZone: '' };

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'board',
      services: ['customer', 'repair'],
      users: USERS,
      mapping: mapping,
    });
    ({ platform: p, browser, gatewayUrl } = stack);
    await seed();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function seed() {
    const admin = p.as(['admin'], demo);
    const advisor = p.as(['service-advisor'], demo);
    const centre = ok(
      await admin.post(
        '/v1/service-centres',
        centreBody({ name: 'Koeln Nord', stockLocationId: 'loc-koeln' }),
        idempotencyKey(),
      ),
      201,
      'centre',
    );
    seeded.timeZone = centre.timeZone as string;
    const customer = ok(
      await advisor.post(
        '/v1/customers',
        {
          kind: 'person',
          name: 'Jonas Weber',
          phone: '+49 151 2000 1000',
          preferredChannel: 'phone',
          consents: { marketing: false, dataProcessing: true },
        },
        idempotencyKey(),
      ),
      201,
      'customer',
    );
    const vehicle = ok(
      await advisor.post(
        '/v1/vehicles',
        {
          vin: 'WVWZZZ1JZXW000777',
          make: 'Volkswagen',
          model: 'Golf',
          modelYear: 2021,
          ownerCustomerId: customer.id,
          mileageKm: 30_000,
          registrationNumber: 'k-wb 2024',
        },
        idempotencyKey(),
      ),
      201,
      'vehicle',
    );
    expect(vehicle.registrationNumber).toBe('K-WB 2024');
    seeded.vehicleId = vehicle.id;
    const slotStart = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
    const booking = ok(
      await advisor.post(
        '/v1/bookings',
        {
          centreId: centre.id,
          customerId: customer.id,
          vehicleId: vehicle.id,
          channel: 'online',
          serviceType: 'maintenance',
          slotStart: slotStart.toISOString(),
          slotEnd: new Date(slotStart.getTime() + 3_600_000).toISOString(),
          estimatedLabourHours: 1,
        },
        idempotencyKey(),
      ),
      201,
      'booking',
    );
    seeded.slotStart = booking.slotStart as string;
    const order = ok(
      await advisor.post(
        '/v1/repair-orders',
        {
          centreId: centre.id,
          customerId: customer.id,
          vehicleId: vehicle.id,
          bookingId: booking.id,
          serviceType: 'maintenance',
          mileageKm: 31_200,
          fuelLevelPercent: 50,
          symptoms: 'Annual service',
          symptomSystems: ['brakes'],
          damageNotes: '',
        },
        idempotencyKey(),
      ),
      201,
      'order',
    );
    seeded.orderNumber = order.orderNumber as string;
  }

  it("shows the advisor the card's plate, model, customer and slot; search by plate opens the order; Chinese columns", async () => {
    const page = await login(browser, gatewayUrl, 'advisor', { locale: 'en-GB' });
    const card = page.getByTestId('column-RECEIVED').getByTestId(`order-card-${seeded.orderNumber}`);
    await card.waitFor();
    await expectText(card.getByTestId('card-plate'), 'K-WB 2024');
    await expectText(card.getByTestId('card-model'), 'Volkswagen Golf');
    await expectText(card.getByTestId('card-customer'), 'Jonas Weber');
    // The booking slot in the centre's time zone, as the console's locale writes it.
    const slot = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: seeded.timeZone,
    }).format(new Date(seeded.slotStart));
    await expectText(card.getByTestId('card-promise'), `Slot ${plain(slot)}`);
    await expectText(page.getByTestId('column-title-RECEIVED'), /^Received 1$/);
    await screenshot(page, 'board-en');

    // The search finds the vehicle by its plate typed without the dash and in lower case.
    await page.getByLabel('Plate, VIN, phone or name').fill('kwb 2024');
    await page.getByTestId('desk-search-submit').click();
    const hit = page.getByTestId(`search-vehicle-${seeded.vehicleId}`);
    await hit.waitFor();
    await expectText(hit, /K-WB 2024.*Volkswagen Golf.*WVWZZZ1JZXW000777.*Owner: Jonas Weber.*1 open order/);
    await screenshot(page, 'board-search-en');
    expect(await checkAccessibility(page, 'board-search-en')).toEqual([]);
    await hit.getByTestId(`search-order-${seeded.orderNumber}`).click();
    const status = page.getByTestId('order-detail').getByTestId('order-status');
    await expectText(status, 'Received'); // in the reader's language; the code in data-status
    expect(await status.getAttribute('data-status')).toBe('RECEIVED');

    // A word of the owner's name (any case) finds the same vehicle through the name's blind index.
    await page.getByLabel('Plate, VIN, phone or name').fill('WEBER');
    await page.getByTestId('desk-search-submit').click();
    const byName = page.locator('[data-testid="desk-search-results"][data-query="WEBER"]');
    await expectText(
      byName.getByTestId(`search-vehicle-${seeded.vehicleId}`),
      /Owner: Jonas Weber.*1 open order/,
    );

    // A plate nobody has: nothing found.
    await page.getByLabel('Plate, VIN, phone or name').fill('ZZ-ZZ 999');
    await page.getByTestId('desk-search-submit').click();
    await page.getByTestId('desk-search-none').waitFor();

    await page.getByTestId('language').selectOption('zh-Hans');
    await expectText(page.getByTestId('column-title-RECEIVED'), /^已接车 1$/);
    await expectText(page.getByTestId('column-title-WAITING_PARTS'), /^等待配件 0$/);
    await expectText(page.getByTestId('order-board').locator('h2'), '维修工单');
    await expectText(card.getByTestId('card-promise'), /^预约 /);
    await screenshot(page, 'board-zh-Hans');
    expect(await checkAccessibility(page, 'board-zh-Hans')).toEqual([]);
    await page.close();
  });

  it("shows a technician the customer's name masked, as the customer service masks it for the role", async () => {
    const masked = await p.as(['technician'], demo).get(`/v1/vehicles/${seeded.vehicleId}`);
    expect(masked.status).toBe(200);
    const page = await login(browser, gatewayUrl, 'technician', { locale: 'en-GB' });
    const card = page.getByTestId(`order-card-${seeded.orderNumber}`);
    await card.waitFor();
    await expectText(card.getByTestId('card-plate'), 'K-WB 2024');
    await expectText(card.getByTestId('card-customer'), '***');
    expect(await textOf(card)).not.toContain('Jonas');
    // The search finds the vehicle for the technician too, its owner masked the same way.
    await page.getByLabel('Plate, VIN, phone or name').fill('K-WB 2024');
    await page.getByTestId('desk-search-submit').click();
    await expectText(page.getByTestId(`search-vehicle-${seeded.vehicleId}`), /Owner: \*\*\*/);
    await page.close();
  });
});
