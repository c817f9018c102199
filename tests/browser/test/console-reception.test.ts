// Reception at the service desk in chromium against the platform (customer and repair behind the
// gateway, a real OpenID provider): the advisor receives a booked car (today's booking picked in
// the form, a photo uploaded, the customer's signature drawn with the mouse) and a walk-in (the
// vehicle found by its VIN, signed too); both orders appear on the board with their attachments,
// and the job card downloads as a PDF. The booking calendar books a free slot of tomorrow against
// the live capacity and moves it to a later slot (new booking, the old one cancelled as
// rescheduled). Screenshots of the form and the calendar land in tests/browser/artifacts/.
import { type Locator, type Page } from 'playwright-core';
import { idempotencyKey, type Platform } from '../../e2e/src/platform';
import { centreBody } from '../../e2e/src/fixtures';
import {
  checkAccessibility,
  DEMO_PASSWORD,
  downloadOf,
  login,
  screenshot,
  type Browser,
} from '../src/browser';
import { ok, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';

const demo = { tenantId: 'dg-demo' };
const USERS = [{ username: 'advisor', displayName: 'Sam Advisor', groups: ['dg-demo-advisors'] }].map(
  (u) => ({
    ...u,
    password: DEMO_PASSWORD,
    email: `${u.username}@demo.example`,
  }),
);

// A 1x1 PNG: the "photo" of the car's scratch.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function mapping(issuer: string) {
  return {
    tenants: [
      {
        tenantId: demo.tenantId,
        issuer,
        groupsClaim: 'groups',
        groups: [{ group: 'dg-demo-advisors', roles: ['service-advisor'], centreIds: '*', dealerIds: '*' }],
      },
    ],
  };
}

const plain = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, ' ').trim();

async function expectText(locator: Locator, expected: RegExp, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = plain((await locator.textContent().catch(() => '')) ?? '');
    if (expected.test(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${String(expected)}, the page shows "${last}"`);
}

/** Signs in the canvas with a few mouse strokes. */
async function sign(page: Page) {
  const pad = page.getByTestId('signature-pad');
  // The mouse reaches what is in the viewport only.
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(0.1, 0.6));
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(...at(0.1 + i * 0.06, 0.6 - Math.sin(i) * 0.3));
  await page.mouse.up();
  await expectText(page.getByTestId('signature-state'), /^Signed$/);
}

/** Clicks `button` and returns the downloaded file's bytes. */
describe('reception at the service desk in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let browser: Browser;
  let gatewayUrl = '';
  const seeded = { centreId: '', customerId: '', bookedVehicleId: '', walkInVehicleId: '', bookingId: '' };
  type Body = Record<string, unknown> & { id: string; version: number };

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'reception',
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

  const api = () => p.as(['service-advisor'], demo);

  async function seed() {
    const centre = ok(
      await p
        .as(['admin'], demo)
        .post(
          '/v1/service-centres',
          centreBody({ name: 'Koeln Sued', stockLocationId: 'loc-sued' }),
          idempotencyKey(),
        ),
      201,
      'centre',
    );
    seeded.centreId = centre.id;
    const customer = ok(
      await api().post(
        '/v1/customers',
        {
          kind: 'person',
          name: 'Lena Fischer',
          phone: '+49 151 3000 2000',
          preferredChannel: 'phone',
          consents: { marketing: false, dataProcessing: true },
        },
        idempotencyKey(),
      ),
      201,
      'customer',
    );
    seeded.customerId = customer.id;
    const vehicle = async (vin: string, plate: string) =>
      ok(
        await api().post(
          '/v1/vehicles',
          {
            vin,
            make: 'Opel',
            model: 'Astra',
            modelYear: 2020,
            ownerCustomerId: customer.id,
            mileageKm: 45_000,
            registrationNumber: plate,
          },
          idempotencyKey(),
        ),
        201,
        'vehicle',
      ).id;
    seeded.bookedVehicleId = await vehicle('W0L0AHL48C1000001', 'K-LF 100');
    seeded.walkInVehicleId = await vehicle('W0L0AHL48C1000002', 'K-LF 200');
    const { slotStart, labourHours } = await todaysSlot();
    const booking = ok(
      await api().post(
        '/v1/bookings',
        {
          centreId: centre.id,
          customerId: customer.id,
          vehicleId: seeded.bookedVehicleId,
          channel: 'online',
          serviceType: 'maintenance',
          slotStart: slotStart.toISOString(),
          estimatedLabourHours: labourHours,
        },
        idempotencyKey(),
      ),
      201,
      'booking',
    );
    seeded.bookingId = booking.id;
  }

  /**
   * A slot later today (the centre is on UTC and open all day): the next full hour for an hour's
   * work; in the day's last hour, when that hour would be tomorrow's, a short job starting in a
   * minute (the form offers today's bookings only, and the calendar test books tomorrow). Within
   * three minutes of midnight it waits for the new day.
   */
  async function todaysSlot(): Promise<{ slotStart: Date; labourHours: number }> {
    const DAY = 86_400_000;
    const untilMidnight = () => DAY - (Date.now() % DAY);
    if (untilMidnight() < 3 * 60_000) await new Promise((r) => setTimeout(r, untilMidnight() + 1_000));
    const nextHour = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
    if (untilMidnight() >= nextHour - Date.now() + 3_600_000)
      return { slotStart: new Date(nextHour), labourHours: 1 };
    return { slotStart: new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000), labourHours: 0.01 };
  }

  async function orderByNumber(orderNumber: string) {
    const list = ok(await api().get(`/v1/repair-orders?centreId=${seeded.centreId}&limit=50`), 200, 'orders');
    const order = (list.items as Body[]).find((o) => o.orderNumber === orderNumber);
    if (!order) throw new Error(`order ${orderNumber} not listed`);
    return order;
  }

  it('receives a booked car and a walk-in through the form, with photo and signature; job card as PDF', async () => {
    const page = await login(browser, gatewayUrl, 'advisor', { locale: 'en-GB' });

    // 1. The booked car: today's booking picked, a photo, the customer signs.
    await page.getByTestId('reception-open').click();
    await page.getByTestId('arrival-booked').check();
    const bookingSelect = page.getByTestId('reception-booking');
    await bookingSelect.locator(`option[value="${seeded.bookingId}"]`).waitFor({ state: 'attached' });
    await bookingSelect.selectOption(seeded.bookingId);
    expect(await page.getByTestId('reception-vehicle').inputValue()).toBe(seeded.bookedVehicleId);
    expect(await page.getByTestId('reception-customer').inputValue()).toBe(seeded.customerId);
    await page.getByTestId('reception-mileage').fill('45210');
    await page.getByTestId('reception-symptoms').fill('Squeal from the front left wheel when braking');
    await page.getByTestId('reception-damage').fill('Scratch on the rear bumper');
    await page
      .getByTestId('reception-photos')
      .setInputFiles({ name: 'bumper.png', mimeType: 'image/png', buffer: PHOTO });
    await expectText(page.getByTestId('reception-form'), /1 photo chosen/);
    await sign(page);
    await screenshot(page, 'reception-form-booked');
    expect(await checkAccessibility(page, 'reception-form')).toEqual([]);
    await page.getByTestId('reception-submit').click();
    const done = await expectText(page.getByTestId('reception-done'), /Order RO-\d{8}-[0-9A-F]{8} opened\./);
    const bookedNumber = /RO-\d{8}-[0-9A-F]{8}/.exec(done)![0];
    expect(done).not.toMatch(/Not uploaded/);

    const booked = await orderByNumber(bookedNumber);
    expect(booked).toMatchObject({ arrival: 'booked', bookingId: seeded.bookingId, status: 'RECEIVED' });
    expect(booked.reception).toMatchObject({ mileageKm: 45_210, damageNotes: 'Scratch on the rear bumper' });
    const attachments = ok(await api().get(`/v1/repair-orders/${booked.id}/attachments`), 200, 'attachments');
    expect(
      (attachments.items as { kind: string; contentType: string }[]).map((a) => [a.kind, a.contentType]),
    ).toEqual([
      ['photo', 'image/png'],
      ['signature', 'image/png'],
    ]);
    expect(ok(await api().get(`/v1/bookings/${seeded.bookingId}`), 200, 'booking').status).toBe('CHECKED_IN');

    // The job card of the new order, straight from the confirmation.
    const jobCard = await downloadOf(page, page.getByTestId('reception-job-card'));
    expect(jobCard.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // 2. A walk-in: the vehicle found by its VIN; signed; no photo.
    await page.getByTestId('reception-open').click();
    await page.getByTestId('arrival-walk-in').check();
    await page.getByTestId('reception-vin').fill('w0l0ahl48c1000002');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await expectText(page.getByTestId('reception-form'), /Found: Opel Astra \(2020\)/);
    expect(await page.getByTestId('reception-vehicle').inputValue()).toBe(seeded.walkInVehicleId);
    expect(await page.getByTestId('reception-customer').inputValue()).toBe(seeded.customerId);
    await page.getByTestId('reception-service').selectOption('repair');
    await page.getByTestId('reception-mileage').fill('61000');
    await page.getByTestId('reception-symptoms').fill('Engine warning light on');
    await sign(page);
    await page.getByTestId('reception-submit').click();
    const done2 = await expectText(page.getByTestId('reception-done'), /Order RO-\d{8}-[0-9A-F]{8} opened\./);
    const walkInNumber = /RO-\d{8}-[0-9A-F]{8}/.exec(done2)![0];
    expect(done2).not.toMatch(/Not uploaded/);
    expect(walkInNumber).not.toBe(bookedNumber);
    const walkIn = await orderByNumber(walkInNumber);
    expect(walkIn).toMatchObject({ arrival: 'walk-in', bookingId: null, vehicleId: seeded.walkInVehicleId });

    // Both orders are on the board.
    await page.getByTestId(`order-card-${bookedNumber}`).waitFor();
    await page.getByTestId(`order-card-${walkInNumber}`).waitFor();

    // The walk-in's detail lists its signature and prints its job card.
    await page.getByTestId('reception-open-order').click();
    const detail = page.getByTestId('order-detail');
    await expectText(detail.locator('h2'), new RegExp(`Order ${walkInNumber}`));
    await detail.getByTestId('attachment-signature').waitFor();
    expect(await detail.getByTestId('attachment-photo').count()).toBe(0);
    const pdf = await downloadOf(page, detail.getByTestId('document-job-card'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'reception-order-detail');

    // Diagnosed and quoted in the same detail: 1.5 h at the centre's rate and a part at its price.
    await detail.getByTestId('diagnosis-finding').fill('Front brake pads worn to 2 mm');
    await detail.getByTestId('diagnosis-hours').fill('1.5');
    await detail.getByLabel('Parts required').check();
    await detail.getByTestId('diagnosis-submit').click();
    await detail.locator('[data-testid="order-status"][data-status="DIAGNOSED"]').waitFor();
    const quoteForm = detail.getByTestId('quote-form');
    await quoteForm.getByLabel('Quantity of line 1').fill('1,5');
    await quoteForm.getByRole('button', { name: 'Add a line' }).click();
    await quoteForm.getByLabel('Part of line 2').fill('BRK-PAD-FRONT');
    await quoteForm.getByLabel('Description of line 2').fill('Brake pads, front axle');
    await quoteForm.getByLabel('Unit price of line 2').fill('44,50');
    await screenshot(page, 'reception-quote-form');
    await quoteForm.getByTestId('quote-submit').click();
    await detail.locator('[data-testid="order-status"][data-status="QUOTED"]').waitFor();
    await detail.getByTestId('quote').getByText('Brake pads, front axle').waitFor();
    const quoted = (await p.as(['service-advisor'], demo).get(`/v1/repair-orders/${walkIn.id}`)).body;
    expect(quoted.diagnosis).toMatchObject({ partsRequired: true, technicianId: 'tech-1' });
    expect(quoted.quotes[0].lines).toMatchObject([
      { kind: 'labour', quantity: 1.5, unitPriceMinor: 9_500 },
      { kind: 'part', partId: 'BRK-PAD-FRONT', quantity: 1, unitPriceMinor: 4_450 },
    ]);
    await screenshot(page, 'reception-quoted');
    expect(await checkAccessibility(page, 'reception-quoted')).toEqual([]);
    await page.close();
  });

  it('books a free slot of tomorrow on the calendar and moves it to a later one', async () => {
    const page = await login(browser, gatewayUrl, 'advisor', { locale: 'en-GB' });
    await page.getByTestId('centre-select').selectOption(seeded.centreId);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const form = page.getByTestId('booking-form');
    await form.getByTestId('booking-day').fill(tomorrow);
    await form.getByTestId('booking-hours').fill('1');
    await form.getByTestId('booking-customer').fill(seeded.customerId);
    await form.getByTestId('booking-vehicle').fill(seeded.walkInVehicleId);
    await form.getByTestId('booking-service').selectOption('tyres');
    await form.getByTestId('booking-find').click();
    const tenAm = `${tomorrow}T10:00:00.000Z`;
    const slot = page.locator(`[data-testid="booking-slot"][data-start="${tenAm}"]`);
    await slot.waitFor();
    expect(await slot.isEnabled()).toBe(true);
    await screenshot(page, 'reception-calendar-slots');
    await slot.click();
    await expectText(page.getByTestId('booking-message'), /^Booked for .*10:00 AM/);
    const day = page.getByTestId(`calendar-day-${tomorrow}`);
    await expectText(day, /10:00 AM–11:00 AM Tyres/);
    await screenshot(page, 'reception-calendar');

    const first = (
      ok(await api().get(`/v1/bookings?centreId=${seeded.centreId}&status=BOOKED`), 200, 'bookings')
        .items as Body[]
    ).find((b) => b.slotStart === tenAm);
    expect(first).toMatchObject({
      vehicleId: seeded.walkInVehicleId,
      serviceType: 'tyres',
      channel: 'phone',
    });

    // Move it to 14:00 the same day.
    await day.getByTestId('calendar-move').click();
    await expectText(form.locator('legend'), /Move the booking of/);
    await form.getByTestId('booking-find').click();
    const twoPm = page.locator(`[data-testid="booking-slot"][data-start="${tomorrow}T14:00:00.000Z"]`);
    await twoPm.waitFor();
    await twoPm.click();
    await expectText(page.getByTestId('booking-message'), /^Moved to .*2:00 PM/);
    await expectText(day, /2:00 PM–3:00 PM Tyres/);
    expect(plain((await day.textContent()) ?? '')).not.toMatch(/10:00 AM/);
    const old = ok(await api().get(`/v1/bookings/${first!.id}`), 200, 'old booking');
    expect(old).toMatchObject({ status: 'CANCELLED', cancelReason: 'rescheduled', cancelledBy: 'staff' });
    const moved = (
      ok(await api().get(`/v1/bookings?centreId=${seeded.centreId}&status=BOOKED`), 200, 'bookings')
        .items as Body[]
    ).find((b) => b.slotStart === `${tomorrow}T14:00:00.000Z`);
    expect(moved).toMatchObject({ vehicleId: seeded.walkInVehicleId, serviceType: 'tyres' });
    await screenshot(page, 'reception-calendar-moved');
    await page.close();
  });
});
