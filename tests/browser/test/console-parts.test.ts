// Parts, procurement and administration screens of the web console in Debian's chromium against
// the whole platform and a real OpenID provider (the setup of console.test.ts). A parts clerk
// counts a stocktake on a tablet-sized screen (large +/- targets, one line per part) and a
// procurement officer, who counted none of it, approves it (four eyes): the variance is booked. A
// procurement officer approves a purchase order another officer raised (four eyes), books its
// goods receipt, records the supplier's invoice (a wrong gross total is refused by the three-way
// match, the right one matches) and pays it. An admin changes a centre's opening hours and an SLA
// standard, and tries the claims mapping. Screenshots of each screen land in artifacts/.
import { type TestIdentityProvider } from '@aftersales/testing';
import { idempotencyKey, type Platform } from '../../e2e/src/platform';
import { centreBody } from '../../e2e/src/fixtures';
import { checkAccessibility, login, screenshot, type Browser } from '../src/browser';
import { ok, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';

const demo = { tenantId: 'dg-demo' };

const USERS = [
  { username: 'parts', displayName: 'Pat Parts', groups: ['dg-demo-parts'] },
  { username: 'officer', displayName: 'Olga Officer', groups: ['dg-demo-procurement'] },
  { username: 'admin', displayName: 'Ari Admin', groups: ['dg-demo-admins'] },
];

const everywhere = (group: string, role: string) => ({
  group,
  roles: [role],
  centreIds: '*' as const,
  dealerIds: '*' as const,
});

function mapping(issuer: string) {
  return {
    tenants: [
      {
        tenantId: demo.tenantId,
        issuer,
        groupsClaim: 'groups',
        groups: [
          everywhere('dg-demo-parts', 'parts-clerk'),
          everywhere('dg-demo-procurement', 'procurement-officer'),
          everywhere('dg-demo-admins', 'admin'),
        ],
      },
    ],
  };
}

describe('parts, procurement and administration in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let idp: TestIdentityProvider;
  let browser: Browser;
  let gatewayUrl = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'browser-parts',
      services: ['repair', 'parts-procurement', 'complaint'],
      users: USERS,
      mapping: mapping,
    });
    ({ platform: p, idp, browser, gatewayUrl } = stack);
    await seed();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // A centre with its stock location, two parts in stock there, a supplier offering the pads, and
  // a purchase order above the approval threshold raised by another officer (through the API).
  async function seed() {
    const admin = p.as(['admin'], demo);
    const clerk = p.as(['parts-clerk'], demo);
    const officer = p.as(['procurement-officer'], demo);
    const centre = ok(
      await admin.post(
        '/v1/service-centres',
        centreBody({ name: 'Koeln Nord', stockLocationId: 'loc-koeln' }),
        idempotencyKey(),
      ),
      201,
      'centre',
    );
    ids.centre = centre.id;
    ok(
      await admin.put('/v1/stock-locations/loc-koeln', { centreId: centre.id, name: 'Koeln Nord Lager' }),
      200,
      'stock location',
    );
    // A second location of the same centre (a satellite store) to transfer to.
    ok(
      await admin.put('/v1/stock-locations/loc-koeln-sued', {
        centreId: centre.id,
        name: 'Koeln Sued Lager',
      }),
      200,
      'second stock location',
    );
    ok(await admin.put('/v1/sla-standards/QUOTED', { standardSeconds: 4 * 3_600 }), 200, 'SLA standard');

    const newPart = async (partNumber: string, description: string, cost: number) =>
      ok(
        await clerk.post('/v1/parts', {
          partNumber,
          description,
          category: 'brakes',
          unitOfMeasure: 'piece',
          fitment: [{ make: 'Volkswagen', model: 'Golf' }],
          standardCost: { amountMinor: cost, currency: 'EUR' },
        }),
        201,
        partNumber,
      );
    const pads = await newPart('BRK-PAD-ST', 'Brake pads, front axle', 2_500);
    const discs = await newPart('BRK-DSC-ST', 'Brake discs, front axle', 6_000);
    ids.pads = pads.id;
    ids.discs = discs.id;
    for (const [partId, quantity] of [
      [pads.id, 12],
      [discs.id, 4],
    ] as const)
      ok(
        await clerk.post('/v1/stock/movements', {
          kind: 'receipt',
          partId,
          locationId: 'loc-koeln',
          quantity,
          lotNumber: null,
          reason: 'opening stock',
        }),
        201,
        'stock receipt',
      );

    const supplier = ok(
      await officer.post('/v1/suppliers', { name: 'Rheinland Teile GmbH' }),
      201,
      'supplier',
    );
    ok(
      await officer.post(`/v1/parts/${pads.id}/suppliers`, {
        supplierId: supplier.id,
        unitPrice: { amountMinor: 2_400, currency: 'EUR' },
        leadTimeDays: 2,
        taxRateBp: 1900,
      }),
      200,
      'offer',
    );
    // 250 pads at 24.00 net: 6,000.00, above the tenant's approval threshold (5,000.00).
    const requisition = ok(
      await clerk.post(
        '/v1/requisitions',
        {
          partId: pads.id,
          locationId: 'loc-koeln',
          quantity: 250,
          neededBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
        idempotencyKey(),
      ),
      201,
      'requisition',
    );
    const po = ok(
      await officer.post('/v1/purchase-orders', { requisitionIds: [requisition.id] }, idempotencyKey()),
      201,
      'purchase order',
    );
    expect(po.status).toBe('pending-approval');
    ids.po = po.id;
    ids.poNumber = po.poNumber as string;
  }

  it('a parts clerk counts a stocktake on a tablet and a procurement officer approves it (four eyes)', async () => {
    const clerk = await login(browser, gatewayUrl, 'parts');
    await clerk.setViewportSize({ width: 1024, height: 768 });
    await clerk.getByRole('tab', { name: 'Stocktake' }).click();
    await clerk.getByTestId('stocktake-location').selectOption('loc-koeln');
    await clerk.getByTestId('stocktake-open').click();
    const sheet = clerk.getByTestId('count-sheet');
    const lines = sheet.getByTestId('count-line');
    await sheet.getByText('Koeln Nord Lager').waitFor();
    expect(await lines.count()).toBe(2);
    // Touch targets: the +/- buttons and the count field are at least 48 px high.
    for (const target of [
      lines.first().getByTestId('count-plus'),
      lines.first().getByTestId('count-input'),
    ]) {
      const box = await target.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
    }
    // One pad missing on the shelf (11 of 12); the discs counted with the + button (4 of 4).
    const padLine = lines.filter({ hasText: 'BRK-PAD-ST' });
    await padLine.getByLabel('BRK-PAD-ST Brake pads, front axle', { exact: true }).fill('11');
    const discLine = lines.filter({ hasText: 'BRK-DSC-ST' });
    for (let i = 0; i < 5; i++) await discLine.getByTestId('count-plus').click();
    await discLine.getByTestId('count-minus').click();
    expect(await discLine.getByTestId('count-input').inputValue()).toBe('4');
    await sheet.getByTestId('count-save').click();
    await sheet.getByTestId('stocktake-notice').waitFor();
    await sheet
      .getByTestId('variance')
      .filter({ hasText: /^[-−]1$/ })
      .waitFor();
    // A clerk counts; approving is not theirs.
    expect(await sheet.getByTestId('stocktake-approve').count()).toBe(0);
    await screenshot(clerk, 'parts-stocktake-tablet');
    expect(await checkAccessibility(clerk, 'parts-stocktake')).toEqual([]);
    await clerk.close();

    const officer = await login(browser, gatewayUrl, 'officer');
    await officer.getByRole('tab', { name: 'Stocktake' }).click();
    const row = officer.getByTestId('stocktake-row').filter({ hasText: 'Koeln Nord Lager' });
    await row.getByText('2 of 2').waitFor();
    await row.getByTestId('stocktake-select').click();
    await officer.getByTestId('stocktake-approve').click();
    await officer.getByTestId('stocktake-notice').filter({ hasText: 'Stocktake approved.' }).waitFor();
    await screenshot(officer, 'parts-stocktake-approved');

    const stock = ok(await p.as(['parts-clerk'], demo).get('/v1/stock?locationId=loc-koeln'), 200, 'stock')
      .items as { partId: string; onHand: number }[];
    expect(stock.find((s) => s.partId === ids.pads)!.onHand).toBe(11);
    expect(stock.find((s) => s.partId === ids.discs)!.onHand).toBe(4);
    await officer.close();
  });

  it('a procurement officer approves a purchase order, books the receipt, records the matching invoice and pays it', async () => {
    const page = await login(browser, gatewayUrl, 'officer');
    await page.getByRole('tab', { name: 'Purchasing' }).click();
    await page.getByTestId('po-row').filter({ hasText: ids.poNumber! }).getByTestId('po-open').click();
    const detail = page.getByTestId('po-detail');
    await detail.getByTestId('po-status').filter({ hasText: 'pending approval' }).waitFor();
    await screenshot(page, 'procurement-po-pending');
    await detail.getByTestId('po-approve').click();
    await detail.getByTestId('po-status').filter({ hasText: 'ordered' }).waitFor();

    // Goods receipt: all 250 delivered and accepted at inspection (the form's defaults).
    expect(await detail.getByTestId('receive-quantity').inputValue()).toBe('250');
    await detail.getByTestId('receive-submit').click();
    await detail.getByTestId('po-status').filter({ hasText: 'received' }).waitFor();

    // The supplier's invoice: 250 x 24.00 net + 19 % VAT = 6,000.00 + 1,140.00 = 7,140.00 gross.
    const form = detail.getByTestId('invoice-form');
    await form.getByTestId('invoice-number').fill('RT-2026-0815');
    await form.getByTestId('invoice-computed').filter({ hasText: '€7,140.00' }).waitFor();
    // A gross total that does not add up is refused by the three-way match.
    await form.getByTestId('invoice-total').fill('7150.00');
    await form.getByTestId('invoice-submit').click();
    await detail
      .getByTestId('po-problem')
      .filter({ hasText: /does not match/ })
      .waitFor();
    await screenshot(page, 'procurement-invoice-mismatch');
    await form.getByTestId('invoice-total').fill('7140.00');
    await form.getByTestId('invoice-submit').click();
    const invoice = detail.getByTestId('invoice-row').filter({ hasText: 'RT-2026-0815' });
    await invoice.getByTestId('invoice-status').filter({ hasText: 'matched' }).waitFor();
    await invoice.getByText('€7,140.00').first().waitFor();

    await invoice.getByTestId('payment-ref').fill('SEPA-2026-0815');
    await invoice.getByTestId('invoice-pay').click();
    await invoice
      .getByTestId('invoice-status')
      .filter({ hasText: /paid .*SEPA-2026-0815/ })
      .waitFor();
    await detail.getByTestId('po-payment').filter({ hasText: 'settled' }).waitFor();
    await screenshot(page, 'procurement-po-paid');
    expect(await checkAccessibility(page, 'procurement')).toEqual([]);

    // Two pads move to the satellite store: requested, picked, shipped and received.
    await page.getByRole('tab', { name: 'Transfers' }).click();
    const request = page.getByTestId('transfer-form');
    await request.getByLabel('From').selectOption('loc-koeln');
    await request.getByLabel('To').selectOption('loc-koeln-sued');
    await request.getByLabel('Part').selectOption({ label: 'BRK-PAD-ST Brake pads, front axle' });
    await request.getByLabel('Quantity').fill('2');
    await request.getByRole('button', { name: 'Request transfer' }).click();
    await request.getByRole('status').waitFor();
    const transfer = page.getByTestId('transfer-row').first();
    for (const [command, status] of [
      ['pick', 'picked'],
      ['ship', 'in transit'],
      ['receive', 'received'],
    ] as const) {
      await transfer.getByTestId(`transfer-${command}`).click();
      await transfer.getByText(status, { exact: true }).waitFor();
    }
    await screenshot(page, 'parts-transfers');
    const sued = ok(
      await p.as(['parts-clerk'], demo).get('/v1/stock?locationId=loc-koeln-sued'),
      200,
      'stock',
    ).items as { partId: string; onHand: number }[];
    expect(sued.find((s) => s.partId === ids.pads)?.onHand).toBe(2);

    await page.getByRole('tab', { name: 'Suppliers' }).click();
    await page
      .getByTestId('supplier-row')
      .filter({ hasText: 'Rheinland Teile GmbH' })
      .getByRole('button')
      .click();
    await page.getByTestId('supplier-ratings').getByRole('table').waitFor();
    await screenshot(page, 'procurement-suppliers');
    expect(await checkAccessibility(page, 'procurement-suppliers')).toEqual([]);

    const officer = p.as(['procurement-officer'], demo);
    expect(ok(await officer.get(`/v1/purchase-orders/${ids.po}`), 200, 'po')).toMatchObject({
      status: 'received',
      paymentStatus: 'settled',
    });
    const invoices = ok(await officer.get(`/v1/invoices?purchaseOrderId=${ids.po}`), 200, 'invoices')
      .items as { invoiceNumber: string; status: string; netMinor: number; taxMinor: number }[];
    expect(invoices).toEqual([
      expect.objectContaining({
        invoiceNumber: 'RT-2026-0815',
        status: 'paid',
        netMinor: 600_000,
        taxMinor: 114_000,
      }),
    ]);
    await page.close();
  });

  it("an admin changes a centre's opening hours and an SLA standard, and tries the claims mapping", async () => {
    const page = await login(browser, gatewayUrl, 'admin');
    await page.getByRole('button', { name: 'Administration', exact: true }).click();
    await page.getByTestId('centre-row').filter({ hasText: 'Koeln Nord' }).getByTestId('centre-edit').click();
    const hours = page.getByTestId('centre-hours');
    expect(await hours.getByTestId('hours-mon').inputValue()).toBe('00:00-24:00');
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'])
      await hours.getByTestId(`hours-${d}`).fill('07:30-18:00');
    await hours.getByLabel('Saturday').fill('08:00-13:00');
    await hours.getByLabel('Sunday').fill('');
    // A day that does not parse is named and nothing is sent.
    await hours.getByLabel('Tuesday').fill('18:00-07:30');
    await hours.getByTestId('hours-save').click();
    await hours.getByRole('alert').filter({ hasText: 'Tuesday' }).waitFor();
    await hours.getByLabel('Tuesday').fill('07:30-18:00');
    await hours.getByTestId('hours-save').click();
    await hours.getByTestId('hours-notice').waitFor();
    await screenshot(page, 'admin-centre-hours');
    expect(await checkAccessibility(page, 'admin-centres')).toEqual([]);
    const centre = ok(await p.as(['admin'], demo).get(`/v1/service-centres/${ids.centre}`), 200, 'centre');
    expect(centre.openingHours).toMatchObject({
      mon: [{ open: '07:30', close: '18:00' }],
      tue: [{ open: '07:30', close: '18:00' }],
      sat: [{ open: '08:00', close: '13:00' }],
    });
    expect((centre.openingHours as Record<string, unknown[]>).sun ?? []).toEqual([]);

    await page.getByRole('tab', { name: 'SLA standards' }).click();
    const quoted = page.getByTestId('sla-QUOTED');
    expect(await quoted.getByTestId('sla-minutes').inputValue()).toBe('240');
    await quoted.getByTestId('sla-minutes').fill('180');
    await quoted.getByTestId('sla-save').click();
    await page.getByTestId('sla-notice').filter({ hasText: 'QUOTED' }).waitFor();
    await screenshot(page, 'admin-sla');
    const sla = ok(await p.as(['admin'], demo).get('/v1/sla-standards/QUOTED'), 200, 'sla');
    expect(sla).toMatchObject({ standardSeconds: 3 * 3_600 });

    await page.getByRole('tab', { name: 'Users and roles' }).click();
    await page.getByTestId('me-roles').getByText('admin').waitFor();
    await page.getByTestId('dry-run-issuer').fill(idp.issuer);
    await page.getByTestId('dry-run-groups').fill('dg-demo-parts');
    await page.getByTestId('dry-run-submit').click();
    await page
      .getByTestId('dry-run-result')
      .filter({ hasText: /granted.*parts-clerk/ })
      .waitFor();
    await screenshot(page, 'admin-identity');

    // The other settings screens load and say who may change what.
    for (const [tab, testId] of [
      ['Complaint routing', 'admin-routing'],
      ['Time limits', 'admin-limits'],
      ['Business calendar', 'admin-calendar'],
      ['Training', 'admin-courses'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByTestId(testId).waitFor();
      await page.getByTestId(testId).getByText('Loading…').waitFor({ state: 'detached' });
      expect(await page.getByTestId(testId).getByRole('alert').count()).toBe(0);
      await screenshot(page, testId);
    }
    expect(await checkAccessibility(page, 'admin-training')).toEqual([]);

    // Time limits are replaced whole with If-Match on the settings version read.
    await page.getByRole('tab', { name: 'Time limits' }).click();
    const limits = page.getByTestId('admin-limits');
    await limits.getByTestId('limit-critical-ack').fill('45');
    await limits.getByRole('button', { name: 'Save' }).click();
    await limits.getByTestId('limits-notice').waitFor();
    const stored = ok(await p.as(['complaint-handler'], demo).get('/v1/time-limits'), 200, 'time limits');
    expect(stored).toMatchObject({ critical: { acknowledgeMinutes: 45 } });
    await page.close();
  });
});
