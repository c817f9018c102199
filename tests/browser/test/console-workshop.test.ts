// The workshop and the rescue desk of the web console in chromium, against the repair service
// behind the gateway (real processes, PostgreSQL, Kafka) and the development OpenID provider: a
// technician clocks on and off an order assigned to them (the running time ticks), notes progress
// and completes the work, and is offered no QC of their own work; an independent inspector passes
// QC with the checklist; an advisor picks a rescue call from the list beside the offline map,
// dispatches the suggested centre, records the arrival and tows the car in (the repair order it
// opens is shown); an admin declares emergency mode for the region (its extended hours and
// overflow partners shown) and ends it. Screenshots land in tests/browser/artifacts/.
import { type Locator, type Page } from 'playwright-core';
import { idempotencyKey, ifMatch, type Platform } from '../../e2e/src/platform';
import { checkAccessibility, login, screenshot, type Browser } from '../src/browser';
import { ok, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';
import { centreBody } from '../../e2e/src/fixtures';

const demo = { tenantId: 'dg-demo' };
const REGION = 'region-west';

/** The technician's user name is their id in the centre's technician list (the token's subject). */
const USERS = [
  { username: 'ana', displayName: 'Ana Technician', groups: ['dg-demo-technicians'] },
  { username: 'advisor', displayName: 'Sam Advisor', groups: ['dg-demo-advisors'] },
  { username: 'admin', displayName: 'Alex Admin', groups: ['dg-demo-admins'] },
];

function mapping(issuer: string) {
  const grant = (group: string, role: string) => ({ group, roles: [role], centreIds: '*', dealerIds: '*' });
  return {
    tenants: [
      {
        tenantId: demo.tenantId,
        issuer,
        groupsClaim: 'groups',
        groups: [
          grant('dg-demo-technicians', 'technician'),
          grant('dg-demo-advisors', 'service-advisor'),
          grant('dg-demo-admins', 'admin'),
        ],
      },
    ],
  };
}

const expectText = async (locator: Locator, text: RegExp | string) => {
  await locator.filter({ hasText: text }).first().waitFor();
};
const openView = async (page: Page, name: string) => {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
};

describe('workshop and rescue desk in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let browser: Browser;
  let gatewayUrl = '';
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'browser_workshop',
      services: ['repair'],
      users: USERS,
      mapping: mapping,
    });
    ({ platform: p, browser, gatewayUrl } = stack);
    await seed();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Two centres and a partner workshop in one region; an order assigned to Ana (IN_PROGRESS) and
  // one she finished (QC); a rescue call near Cologne.
  async function seed() {
    const admin = p.as(['admin'], demo);
    const advisor = p.as(['service-advisor'], demo);
    const technicians = [{ id: 'ana', name: 'Ana Technician', skills: ['brakes'] }];
    ids.koeln = ok(
      await admin.post(
        '/v1/service-centres',
        { ...centreBody({ name: 'Koeln Nord', stockLocationId: 'loc-koeln' }), technicians },
        idempotencyKey(),
      ),
      201,
      'centre',
    ).id;
    ids.bonn = ok(
      await admin.post(
        '/v1/service-centres',
        {
          ...centreBody({ name: 'Bonn Sued', stockLocationId: 'loc-bonn' }),
          location: { latitude: 50.73, longitude: 7.1 },
        },
        idempotencyKey(),
      ),
      201,
      'second centre',
    ).id;
    ids.partner = ok(
      await admin.post(
        '/v1/service-centres',
        {
          ...centreBody({ name: 'Partner Aachen', stockLocationId: 'loc-aachen' }),
          type: 'partner-workshop',
          location: { latitude: 50.78, longitude: 6.08 },
        },
        idempotencyKey(),
      ),
      201,
      'partner workshop',
    ).id;

    async function assignedOrder(symptoms: string) {
      const order = ok(
        await advisor.post(
          '/v1/repair-orders',
          {
            centreId: ids.koeln,
            customerId: 'cust-1',
            vehicleId: 'veh-1',
            serviceType: 'repair',
            mileageKm: 31_200,
            fuelLevelPercent: 50,
            symptoms,
            symptomSystems: ['brakes'],
            damageNotes: '',
          },
          idempotencyKey(),
        ),
        201,
        'order',
      );
      let version = order.version;
      const step = async (path: string, body: object, status = 200) => {
        version = ok(
          await advisor.post(`/v1/repair-orders/${order.id}/${path}`, body, ifMatch(version)),
          status,
          path,
        ).version;
      };
      await step('diagnosis', {
        technicianId: 'ana',
        faultCodes: ['C1234'],
        findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Pads worn' }],
        estimatedLabourHours: 1,
        partsRequired: false,
      });
      await step('quotes', { lines: [{ kind: 'labour', operationCode: 'BRK-PAD', quantity: 1 }] }, 201);
      await step('quotes/1/approval', { method: 'phone' });
      await step('assignment', { technicianIds: ['ana'] });
      return { id: order.id, number: order.orderNumber as string, step };
    }
    const work = await assignedOrder('Squeal when braking');
    ids.work = work.id;
    numbers.work = work.number;
    const inspect = await assignedOrder('Brake pedal soft');
    await inspect.step('progress', { note: 'Brake fluid replaced', workComplete: true });
    ids.inspect = inspect.id;
    numbers.inspect = inspect.number;

    ids.rescue = ok(
      await advisor.post(
        '/v1/rescues',
        {
          regionId: REGION,
          customerId: 'cust-2',
          vehicleId: 'veh-2',
          problem: 'flat-tyre',
          channel: 'phone',
          priority: 'urgent',
          location: { latitude: 50.93, longitude: 6.97 },
          description: 'Flat tyre on the A57',
        },
        idempotencyKey(),
      ),
      201,
      'rescue',
    ).id;
  }

  it('lets the technician clock on and off an assigned order, note progress and complete the work', async () => {
    const page = await login(browser, gatewayUrl, 'ana');
    await openView(page, 'Workshop');
    const item = page.getByTestId(`queue-item-${numbers.work}`);
    await item.waitFor();
    await expectText(page.getByTestId(`queue-status-${numbers.work}`), 'In progress');
    await expectText(page.getByTestId(`labour-${numbers.work}`), /0 min clocked of 60 min quoted/);

    await page.getByTestId(`clock-on-${numbers.work}`).click();
    await page.getByTestId(`clock-off-${numbers.work}`).waitFor();
    await expectText(page.getByTestId('running-clock'), `Clocked on ${numbers.work}`);
    // An order in QC offers no clock.
    expect(await page.getByTestId(`clock-on-${numbers.inspect}`).count()).toBe(0);
    // The running time ticks in the browser.
    await expectText(page.getByTestId(`clock-running-${numbers.work}`), /^0:00:0[2-9]$/);
    await screenshot(page, 'workshop-technician-clocked-on');
    expect(await checkAccessibility(page, 'workshop-technician-clocked-on')).toEqual([]);

    await page.getByTestId(`clock-off-${numbers.work}`).click();
    await page.getByTestId(`clock-on-${numbers.work}`).waitFor();
    await expectText(page.getByTestId('running-clock'), 'Not clocked on any order.');
    const ana = p.as(['technician'], { ...demo, userId: 'ana' });
    const labour = ok(await ana.get(`/v1/repair-orders/${ids.work}/labour`), 200, 'labour');
    const entries = labour.entries as { technicianId: string; endedAt: string | null }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ technicianId: 'ana' });
    expect(entries[0]!.endedAt).not.toBeNull();

    await page.getByTestId(`note-${numbers.work}`).fill('Front pads and discs replaced');
    await page.getByTestId(`add-note-${numbers.work}`).click();
    await expectText(item.locator('.history'), 'Front pads and discs replaced');
    // Clock on again, then complete the work: the order goes to QC and the clock stops.
    await page.getByTestId(`clock-on-${numbers.work}`).click();
    await page.getByTestId(`clock-off-${numbers.work}`).waitFor();
    await page.getByTestId(`complete-${numbers.work}`).click();
    await expectText(page.getByTestId(`queue-status-${numbers.work}`), 'In quality control');
    await expectText(page.getByTestId('running-clock'), 'Not clocked on any order.');
    const order = ok(await ana.get(`/v1/repair-orders/${ids.work}`), 200, 'order');
    expect(order.status).toBe('QC');
    expect(
      (ok(await ana.get(`/v1/repair-orders/${ids.work}/labour`), 200, 'labour').entries as unknown[]).length,
    ).toBe(2);
    // Both orders in QC are Ana's own work: she is offered no inspection.
    await expectText(page.getByTestId('workshop-qc'), 'No orders are waiting for your inspection.');
    await screenshot(page, 'workshop-technician-completed');
    await page.close();
  });

  it('lets an independent inspector pass QC with the checklist', async () => {
    const page = await login(browser, gatewayUrl, 'advisor');
    await openView(page, 'Workshop');
    const select = page.getByTestId('qc-order-select');
    await select.waitFor();
    await select.selectOption(ids.inspect!);
    const form = page.getByTestId(`qc-form-${numbers.inspect}`);
    await form.waitFor();
    const items = form.locator('input[type="checkbox"]');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count - 1; i++) await items.nth(i).check();
    await expectText(page.getByTestId('qc-verdict'), '1 item not checked');
    await expectText(page.getByTestId('qc-submit'), 'Fail QC');
    await items.nth(count - 1).check();
    await expectText(page.getByTestId('qc-verdict'), 'the order passes QC');
    await screenshot(page, 'workshop-qc-checklist');
    expect(await checkAccessibility(page, 'workshop-qc-checklist')).toEqual([]);
    await page.getByTestId('qc-submit').click();
    // The passed order leaves the inspection list.
    await page.getByTestId(`qc-form-${numbers.inspect}`).waitFor({ state: 'detached' });
    const order = ok(
      await p.as(['service-advisor'], demo).get(`/v1/repair-orders/${ids.inspect}`),
      200,
      'order',
    );
    expect(order.status).toBe('READY');
    const qc = (
      order.qcResults as { inspectorId: string; passed: boolean; checklist: { passed: boolean }[] }[]
    )[0]!;
    expect(qc).toMatchObject({ inspectorId: 'advisor', passed: true });
    expect(qc.checklist).toHaveLength(count);
    expect(qc.checklist.every((c) => c.passed)).toBe(true);
    await page.close();
  });

  it('dispatches a rescue from the map desk with the suggested centre and tows it in', async () => {
    const page = await login(browser, gatewayUrl, 'advisor');
    await openView(page, 'Rescue desk');
    await page.getByTestId(`map-rescue-${ids.rescue}`).waitFor();
    await page.getByTestId(`map-centre-${ids.koeln}`).waitFor();
    // The list beside the map is the keyboard path.
    await page.getByTestId(`rescue-row-${ids.rescue}`).focus();
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('dispatch-suggestion'), /Suggested: Koeln Nord, [\d.]+ km away/);
    expect(await page.getByTestId('dispatch-centre').inputValue()).toBe(ids.koeln);
    // Declaring an emergency is for admins only.
    expect(await page.getByTestId('declare-emergency').count()).toBe(0);
    await page.getByTestId('dispatch').click();
    await expectText(page.getByTestId('rescue-status'), 'Dispatched');
    await expectText(page.getByTestId('rescue-centre'), /Koeln Nord, [\d.]+ km/);
    await screenshot(page, 'rescue-desk-dispatched');
    expect(await checkAccessibility(page, 'rescue-desk-dispatched')).toEqual([]);

    await page.getByTestId('arrive').click();
    await expectText(page.getByTestId('rescue-status'), 'On site');
    await page.getByTestId('tow-in-mileage').fill('48000');
    await page.getByTestId('tow-in').click();
    await expectText(page.getByTestId('rescue-status'), 'Towed in');
    const rescue = ok(await p.as(['service-advisor'], demo).get(`/v1/rescues/${ids.rescue}`), 200, 'rescue');
    expect(rescue).toMatchObject({ status: 'TOWED_IN', centreId: ids.koeln, resolution: 'towed-in' });
    const order = ok(
      await p.as(['service-advisor'], demo).get(`/v1/repair-orders/${rescue.repairOrderId as string}`),
      200,
      'towed order',
    );
    expect(order).toMatchObject({ origin: 'rescue', rescueId: ids.rescue, centreId: ids.koeln });
    await expectText(page.getByTestId('towed-order'), `Repair order ${order.orderNumber as string} opened`);
    await screenshot(page, 'rescue-desk-towed-in');
    await page.close();
  });

  it('lets an admin declare emergency mode for the region, shows its effects, and end it', async () => {
    const page = await login(browser, gatewayUrl, 'admin');
    await openView(page, 'Rescue desk');
    const panel = page.getByTestId('emergencies');
    await expectText(panel, 'No region is in emergency mode.');
    await page.getByTestId('declare-region').selectOption(REGION);
    await page.getByTestId('declare-extra-hours').fill('3');
    await page.getByTestId('declare-submit').click();
    await expectText(page.getByTestId(`emergency-hours-${REGION}`), /extended by 3 h/);
    await expectText(page.getByTestId(`emergency-overflow-${REGION}`), 'Partner Aachen');
    const active = ok(await p.as(['admin'], demo).get('/v1/emergencies?active=true'), 200, 'emergencies');
    expect(active.items).toEqual([
      expect.objectContaining({ regionId: REGION, extraHours: 3, overflowCentreIds: [ids.partner] }),
    ]);
    await screenshot(page, 'rescue-emergency-declared');
    expect(await checkAccessibility(page, 'rescue-emergency-declared')).toEqual([]);

    await page.getByTestId(`end-emergency-${REGION}`).click();
    await expectText(panel, 'No region is in emergency mode.');
    await expectText(page.getByTestId('emergencies-ended'), REGION);
    const after = ok(await p.as(['admin'], demo).get('/v1/emergencies?active=true'), 200, 'emergencies');
    expect(after.items).toEqual([]);
    await page.close();
  });
});
