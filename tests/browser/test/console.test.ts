// The web console in Debian's chromium against the whole platform (every service a real process
// behind the gateway, real Kafka and PostgreSQL) and a real OpenID provider (the development
// provider, started for the test): each user signs in through the provider in a browser context
// of their own, the gateway maps their groups to roles and centres (a mapping file the test
// writes, and rewrites once the centres exist), and each sees their role's view with data. An
// order quoted through the API is approved, worked, checked and delivered in the UI by the roles
// the repair service requires; the live stream puts a new order on the advisor's board without a
// reload; the quality manager walks an improvement action opened by an audit finding to
// verification (closing too early shows the service's refusal). An advisor limited to one centre
// sees only its orders; a person in no mapped group is refused; sign-out ends the session here and
// at the provider. Screenshots land in tests/browser/artifacts/.
import { type Locator, type Page } from 'playwright-core';
import { waitFor, type TestIdentityProvider } from '@aftersales/testing';
import { idempotencyKey, ifMatch, type Platform } from '../../e2e/src/platform';
import {
  checkAccessibility,
  downloadOf,
  login,
  openConsole,
  screenshot,
  submitProviderLogin,
  type Browser,
} from '../src/browser';
import { ok, startConsolePlatform, type ConsolePlatform } from '../src/console-platform';
import { centreBody } from '../../e2e/src/fixtures';

const demo = { tenantId: 'dg-demo' };

/** The provider's users: one per role the scenarios need, one limited to a centre, one in no group. */
const USERS = [
  { username: 'advisor', displayName: 'Sam Advisor', groups: ['dg-demo-advisors'] },
  { username: 'technician', displayName: 'Tara Technician', groups: ['dg-demo-technicians'] },
  { username: 'parts', displayName: 'Pat Parts', groups: ['dg-demo-parts'] },
  { username: 'complaints', displayName: 'Chris Complaints', groups: ['dg-demo-complaints'] },
  { username: 'quality', displayName: 'Quinn Quality', groups: ['dg-demo-quality'] },
  { username: 'analyst', displayName: 'Ada Analyst', groups: ['dg-demo-analysts'] },
  { username: 'advisor-koeln', displayName: 'Kim Köln', groups: ['dg-demo-ws-koeln-advisors'] },
  { username: 'visitor', displayName: 'Val Visitor', groups: [] },
];

type Grant = { group: string; roles: string[]; centreIds: '*' | string[]; dealerIds: '*' | string[] };
const everywhere = (group: string, role: string): Grant => ({
  group,
  roles: [role],
  centreIds: '*',
  dealerIds: '*',
});

/** The gateway's claims mapping: the provider's groups to roles in the test's tenant. */
function mapping(issuer: string, koelnCentreId?: string) {
  const groups: Grant[] = [
    everywhere('dg-demo-advisors', 'service-advisor'),
    everywhere('dg-demo-technicians', 'technician'),
    everywhere('dg-demo-parts', 'parts-clerk'),
    everywhere('dg-demo-complaints', 'complaint-handler'),
    everywhere('dg-demo-quality', 'quality-manager'),
    everywhere('dg-demo-analysts', 'analyst'),
  ];
  // The workshop group can only be mapped once its centre exists (its id is made at creation).
  if (koelnCentreId)
    groups.push({
      group: 'dg-demo-ws-koeln-advisors',
      roles: ['service-advisor'],
      centreIds: [koelnCentreId],
      dealerIds: '*',
    });
  return { tenants: [{ tenantId: demo.tenantId, issuer, groupsClaim: 'groups', groups }] };
}

describe('web console in chromium', () => {
  let stack: ConsolePlatform;
  let p: Platform;
  let idp: TestIdentityProvider;
  let browser: Browser;
  let gatewayUrl = '';
  const ids: Record<string, string> = {};
  let orderNumber = '';
  let bonnOrderNumber = '';

  beforeAll(async () => {
    stack = await startConsolePlatform({
      name: 'browser',
      services: ['customer', 'repair', 'parts-procurement', 'complaint', 'analytics'],
      users: USERS,
      mapping: (issuer) => mapping(issuer),
    });
    ({ platform: p, idp, browser, gatewayUrl } = stack);
    await seed();
    // Now the Köln workshop's group can be mapped: the gateway re-reads the changed file (it
    // looks at most once a second).
    await stack.remap((issuer) => mapping(issuer, ids.centre));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Everything the views show, through the API in the demo tenant; the order stops at QUOTED.
  async function seed() {
    const admin = p.as(['admin'], demo);
    const advisor = p.as(['service-advisor'], demo);
    const technician = p.as(['technician'], demo);
    const clerk = p.as(['parts-clerk'], demo);
    const handler = p.as(['complaint-handler'], demo);

    const centre = ok(
      await admin.post(
        '/v1/service-centres',
        centreBody({ name: 'Koeln Nord', technicianName: 'Ana Technician', stockLocationId: 'loc-koeln' }),
        idempotencyKey(),
      ),
      201,
      'centre',
    );
    ids.centre = centre.id;
    const bonn = ok(
      await admin.post(
        '/v1/service-centres',
        centreBody({ name: 'Bonn Sued', technicianName: 'Ben Technician', stockLocationId: 'loc-bonn' }),
        idempotencyKey(),
      ),
      201,
      'second centre',
    );
    ids.bonn = bonn.id;
    ok(await admin.put('/v1/sla-standards/QUOTED', { standardSeconds: 4 * 3_600 }), 200, 'SLA standard');

    const customer = ok(
      await advisor.post(
        '/v1/customers',
        {
          kind: 'person',
          name: 'Jonas Weber',
          phone: '+49 151 2000 1000',
          email: 'jonas.weber@example.de',
          preferredChannel: 'phone',
          consents: { marketing: false, dataProcessing: true },
        },
        idempotencyKey(),
      ),
      201,
      'customer',
    );
    ids.customer = customer.id;
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
          purchaseDate: '2021-03-01',
          warrantyEndsOn: '2024-03-01',
        },
        idempotencyKey(),
      ),
      201,
      'vehicle',
    );
    ids.vehicle = vehicle.id;

    const slotStart = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
    ok(
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

    const order = await receiveOrder('Squeal when braking');
    let version = order.version;
    const command = async (client: typeof advisor, step: string, body: object, status = 200) => {
      version = ok(
        await client.post(`/v1/repair-orders/${order.id}/${step}`, body, ifMatch(version)),
        status,
        step,
      ).version;
    };
    await command(technician, 'diagnosis', {
      technicianId: 'tech-1',
      faultCodes: ['C1234'],
      findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Pads worn' }],
      estimatedLabourHours: 1,
      partsRequired: false,
    });
    await command(
      advisor,
      'quotes',
      { lines: [{ kind: 'labour', operationCode: 'BRK-PAD', quantity: 1 }] },
      201,
    );
    ids.order = order.id;
    orderNumber = order.orderNumber as string;
    // An order in the other centre: the Köln advisor must not see it.
    bonnOrderNumber = (await receiveOrder('Wipers smear', ids.bonn)).orderNumber;

    const part = ok(
      await clerk.post('/v1/parts', {
        partNumber: 'BRK-PAD-UI',
        description: 'Brake pads, front axle',
        category: 'brakes',
        unitOfMeasure: 'piece',
        fitment: [{ make: 'Volkswagen', model: 'Golf' }],
        standardCost: { amountMinor: 2_500, currency: 'EUR' },
      }),
      201,
      'part',
    );
    ok(
      await clerk.post('/v1/stock/movements', {
        kind: 'receipt',
        partId: part.id,
        locationId: 'loc-koeln',
        quantity: 12,
        lotNumber: null,
        reason: 'opening stock',
      }),
      201,
      'stock receipt',
    );

    ok(
      await handler.post(
        '/v1/complaints',
        {
          channel: 'phone',
          centreId: centre.id,
          description: 'Car was ready a day late',
          category: 'waiting-time',
          severity: 'high',
        },
        idempotencyKey(),
      ),
      201,
      'complaint',
    );
    ok(
      await handler.post(
        '/v1/inquiries',
        { channel: 'web', question: 'Can I bring the car in on Saturday morning?' },
        idempotencyKey(),
      ),
      201,
      'inquiry',
    );
  }

  async function receiveOrder(symptoms: string, centreId = ids.centre!) {
    const res = await p.as(['service-advisor'], demo).post(
      '/v1/repair-orders',
      {
        centreId,
        customerId: ids.customer,
        vehicleId: ids.vehicle,
        serviceType: 'repair',
        mileageKm: 31_200,
        fuelLevelPercent: 50,
        symptoms,
        symptomSystems: ['brakes'],
        damageNotes: '',
      },
      idempotencyKey(),
    );
    if (res.status !== 201) throw new Error(`order: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number; orderNumber: string };
  }

  it('walks the quoted order to delivery in the UI, each step by the role the repair service requires', async () => {
    const advisor = await login(browser, gatewayUrl, 'advisor');
    const card = advisor.getByTestId(`order-card-${orderNumber}`);
    await advisor.getByTestId('column-QUOTED').getByTestId(`order-card-${orderNumber}`).waitFor();
    await expectText(card, /left/); // the QUOTED stage has a 4 h standard: its clock shows
    await advisor.getByTestId('calendar-booking').filter({ hasText: 'Maintenance' }).first().waitFor();
    await card.click();
    await advisor
      .getByTestId('quote')
      .getByText(/total €113\.05/)
      .waitFor(); // 1 h x 95.00 + 19 %, in the browser's en-US
    await screenshot(advisor, 'advisor-quoted');
    await expectAccessible(advisor, 'advisor');

    await advisor.getByTestId('action-approve').click();
    await statusIs(advisor, 'APPROVED');
    await advisor.getByTestId('action-assign').click();
    await statusIs(advisor, 'IN_PROGRESS');
    // Technicians may not approve or deliver: no such buttons for them.
    const technician = await login(browser, gatewayUrl, 'technician');
    await technician.getByTestId(`order-card-${orderNumber}`).click();
    await statusIs(technician, 'IN_PROGRESS');
    await technician.getByTestId('action-complete-work').click();
    await statusIs(technician, 'QC');
    await technician.getByTestId('action-pass-qc').click();
    await statusIs(technician, 'READY');
    expect(await technician.getByTestId('action-deliver').count()).toBe(0);
    await screenshot(technician, 'technician-ready');

    // The advisor's open tab follows through the live stream, then delivers.
    await statusIs(advisor, 'READY');
    await advisor.getByTestId('action-deliver').click();
    await statusIs(advisor, 'DELIVERED');
    await advisor.getByTestId('column-DELIVERED').getByTestId(`order-card-${orderNumber}`).waitFor();
    await screenshot(advisor, 'advisor-delivered');
    // The delivery summary handed to the customer, as a PDF.
    const summary = await downloadOf(
      advisor,
      advisor.getByTestId('order-detail').getByTestId('document-delivery-summary'),
    );
    expect(summary.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const stored = await p.as(['service-advisor'], demo).get(`/v1/repair-orders/${ids.order}`);
    expect(stored.body).toMatchObject({
      status: 'DELIVERED',
      approvedQuoteVersion: 1,
      technicianIds: ['tech-1'],
    });

    // Live: an order received elsewhere appears on the open board without a reload.
    const other = await receiveOrder('Rattle from the rear axle');
    await advisor
      .getByTestId('column-RECEIVED')
      .getByTestId(`order-card-${other.orderNumber}`)
      .waitFor({ timeout: 20_000 });
    await advisor.close();
    await technician.close();
  });

  it('shows the parts clerk availability per location', async () => {
    const page = await login(browser, gatewayUrl, 'parts');
    const availability = page.getByTestId('availability');
    const row = availability.locator('tr', { hasText: 'BRK-PAD-UI' });
    await row.waitFor();
    await expectText(row, /loc-koeln/);
    await expectText(row, /12/);
    await page.getByTestId('backorders').waitFor();
    await page.getByTestId('purchase-orders').waitFor();
    await screenshot(page, 'parts-clerk');
    await expectAccessible(page, 'parts');
    await page.close();
  });

  it("shows the complaint handler the team's queue with time left", async () => {
    const page = await login(browser, gatewayUrl, 'complaints');
    const row = page.getByTestId('complaint-queue').locator('tbody tr').first();
    await row.waitFor();
    await expectText(row, /waiting time/); // the category, in the reader's language
    await expectText(row, /high/);
    await expectText(row, /min|h|s/);
    await page.getByTestId('escalations').waitFor();
    const inquiry = page.getByTestId('inquiry-queue').locator('tbody tr').first();
    await expectText(inquiry, /Saturday morning/);
    await expectText(inquiry, /\d+ (d|h|min)/); // time left to answer
    await screenshot(page, 'complaint-handler');
    await expectAccessible(page, 'complaints');
    await page.close();
  });

  it('shows the analyst the KPI dashboard with charts and a CSV export', async () => {
    // Analytics counts the orders from Kafka (two in Köln, one in Bonn); wait until it has them.
    await waitFor(async () => {
      const res = await p.as(['analyst'], demo).get('/v1/kpis?scope=tenant');
      return res.body?.counts?.ordersOpened >= 3 ? true : undefined;
    }, 'analytics counted the orders');
    const page = await login(browser, gatewayUrl, 'analyst');
    await expectText(page.getByTestId('kpi-tiles'), /3 \/ /);
    for (const chart of ['chart-stages', 'chart-trend', 'chart-scorecards', 'chart-forecast'])
      await page.getByTestId(chart).waitFor();
    await page.getByTestId('chart-trend').locator('svg.recharts-surface').first().waitFor();
    await expectAccessible(page, 'analyst');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-kpis').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kpis-.*\.csv$/);
    const csv = await streamText(await download.createReadStream());
    expect(csv.split('\r\n')[0]).toBe('scope,id,from,to,kind,name,value,samples,standard');
    expect(csv).toContain('count,ordersOpened,3');
    await screenshot(page, 'analyst');
    await page.close();
  });

  it('lets the quality manager walk an action from an audit finding to verification, refusing an early close', async () => {
    const quality = p.as(['quality-manager'], demo);
    const created = async (res: { status: number; body: unknown }, what: string) => {
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string; version: number; actionIds?: string[] };
    };
    const template = await created(
      await quality.post(
        '/v1/audit-templates',
        {
          name: 'Reception process',
          kind: 'process-audit',
          items: [
            { code: 'greeting', label: 'Customer greeted within 2 minutes', maxScore: 10 },
            { code: 'walkaround', label: 'Walk-around check with the customer', maxScore: 10 },
          ],
        },
        idempotencyKey(),
      ),
      'audit template',
    );
    const audit = await created(
      await quality.post('/v1/audits', { templateId: template.id, centreId: ids.centre }, idempotencyKey()),
      'audit',
    );
    // The walk-around scores 3 of 10, below the 60 % threshold: a finding, which opens an action.
    const scored = await created(
      await quality.post(`/v1/audits/${audit.id}/results`, {
        results: [
          { code: 'greeting', score: 9 },
          { code: 'walkaround', score: 3, note: 'No walk-around with the customer' },
        ],
      }),
      'audit results',
    );
    expect(scored.actionIds).toHaveLength(1);
    const actionId = scored.actionIds![0]!;
    await created(
      await quality.post(
        '/v1/safety-inspections',
        {
          centreId: ids.centre,
          checklist: [{ code: 'fire-extinguishers', passed: false }],
          hazards: [
            {
              description: 'Fire extinguisher in bay 2 past its service date',
              severity: 'high',
              rectifyBy: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            },
          ],
        },
        idempotencyKey(),
      ),
      'safety inspection',
    );

    // Tara's brake course, attended after the order she worked on: analytics compares her orders
    // before and after it.
    const course = await created(
      await quality.post(
        '/v1/courses',
        { code: 'BRK-201', title: 'Brake diagnostics', category: 'case-study' },
        idempotencyKey(),
      ),
      'course',
    );
    const session = await created(
      await quality.post(
        '/v1/training-sessions',
        { courseId: course.id, centreId: ids.centre, startsAt: new Date().toISOString() },
        idempotencyKey(),
      ),
      'training session',
    );
    await created(
      await quality.post(
        `/v1/training-sessions/${session.id}/results`,
        {
          results: [{ technicianId: 'tech-1', attended: true }],
        },
        ifMatch(session.version),
      ),
      'training results',
    );
    await waitFor(async () => {
      const res = await quality.get('/v1/training-effectiveness');
      return res.body?.items?.length > 0 ? true : undefined;
    }, 'analytics saw the training');

    const page = await login(browser, gatewayUrl, 'quality');
    const view = page.getByTestId('view-quality');
    await expectText(page.getByTestId(`audit-row-${audit.id}`), /12 \/ 20 \(60 %\)/);
    await expectText(page.getByTestId('safety-hazards'), /past its service date/);
    await page.getByTestId('partner-qualification').getByText('No partner workshops.').waitFor();
    const chart = page.getByTestId('chart-training-effectiveness');
    await chart.locator('svg.recharts-surface').first().waitFor();
    await chart
      .getByText(/BRK-201 \(n=\d+\/\d+\)/)
      .first()
      .waitFor(); // course with sample sizes
    await chart.getByText('First-time fix after').waitFor();
    expect(await view.getByRole('alert').count()).toBe(0); // every list loaded (roles reach them)
    await expectAccessible(page, 'quality');

    const row = page.getByTestId(`action-row-${actionId}`);
    await expectText(row, /Walk-around check with the customer/);
    await row.click();
    await actionStatusIs(page, 'open');
    await expectText(page.getByTestId('action-indicator'), /before 30/);

    // Closing before verification: the complaint service refuses, and its detail is shown.
    await page.getByTestId('step-close').click();
    await expectText(page.getByTestId('action-error'), /closes only after its effect was verified/);
    await actionStatusIs(page, 'open');

    await page.getByLabel('Root cause').fill('Advisors skip the walk-around when the queue is long');
    await page.getByLabel('Plan').fill('Walk-around on the tablet check-in; a second advisor at peak hours');
    await page.getByTestId('step-analyse').click();
    await actionStatusIs(page, 'planned');
    expect(await page.getByTestId('action-error').count()).toBe(0);
    await page.getByLabel('Verify the effect after (days)').fill('0');
    await page.getByTestId('step-implement').click();
    await actionStatusIs(page, 'implemented');
    await page.getByLabel('Indicator after').fill('90');
    await page.getByTestId('step-verify-effective').click();
    await actionStatusIs(page, 'verified');
    await expectText(page.getByTestId('action-indicator'), /before 30 · after 90 \+60/);
    await expectText(page.getByTestId('next-step'), /Next step: Close/);
    await expectText(row, /verified/); // the list follows the detail
    await screenshot(page, 'quality-manager-verified');
    await expectAccessible(page, 'quality-action');

    const stored = await quality.get(`/v1/improvement-actions/${actionId}`);
    expect(stored.body).toMatchObject({
      status: 'verified',
      source: 'audit-finding',
      rootCause: 'Advisors skip the walk-around when the queue is long',
      indicator: { before: 30, after: 90 },
      verification: { effective: true, verifiedBy: 'quality' },
    });
    const history = await quality.get(`/v1/improvement-actions/${actionId}/history`);
    expect(history.body.items.map((h: { kind: string }) => h.kind)).toEqual([
      'opened',
      'analysis',
      'implementation',
      'verification',
    ]);
    await page.close();
  });

  it("refuses a wrong password on the provider's login page and starts no session", async () => {
    const page = await openConsole(browser, gatewayUrl);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await submitProviderLogin(page, 'advisor', 'wrong');
    await page.getByText('Unknown user or wrong password').waitFor();
    expect(new URL(page.url()).origin).toBe(idp.issuer); // still at the provider
    expect((await page.request.get(`${gatewayUrl}/auth/session`)).status()).toBe(401);
    await page.close();
  });

  it('shows a sign-in error the URL carries, and signs in from there back to the console', async () => {
    const page = await openConsole(browser, gatewayUrl);
    await page.goto(`${gatewayUrl}/console/?signin_error=${encodeURIComponent('access_denied')}`);
    await expectText(page.getByRole('alert'), /Sign-in failed: access_denied/);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await submitProviderLogin(page, 'analyst');
    await page.getByTestId('current-user').waitFor();
    expect(page.url()).toBe(`${gatewayUrl}/console/`); // the error is not carried along
    await page.close();
  });

  it("gives each user exactly their groups' view: an advisor limited to one centre, a quality manager, an analyst", async () => {
    const expected = [
      {
        username: 'advisor-koeln',
        name: 'Kim Köln',
        role: 'service-advisor',
        tabs: ['Service desk', 'Workshop', 'Rescue desk'],
        view: 'advisor',
      },
      {
        username: 'quality',
        name: 'Quinn Quality',
        role: 'quality-manager',
        tabs: ['Quality'],
        view: 'quality',
      },
      { username: 'analyst', name: 'Ada Analyst', role: 'analyst', tabs: ['KPIs'], view: 'analyst' },
    ];
    // Signed in side by side, each in their own browser context (cookie jar).
    const pages = await Promise.all(expected.map((u) => login(browser, gatewayUrl, u.username)));
    for (const [i, u] of expected.entries()) {
      const page = pages[i]!;
      await expectText(page.getByTestId('current-user'), new RegExp(`^${u.name} \\(${u.role}\\)$`));
      expect(await page.locator('header nav button').allTextContents()).toEqual(u.tabs);
      await page.getByTestId(`view-${u.view}`).waitFor();
      for (const other of ['advisor', 'parts', 'complaints', 'analyst', 'quality'].filter(
        (v) => v !== u.view,
      ))
        expect(await page.getByTestId(`view-${other}`).count()).toBe(0);
    }

    // The Köln advisor's board holds the Köln order only; an unrestricted advisor sees Bonn's too.
    const koeln = pages[0]!;
    await koeln.getByTestId(`order-card-${orderNumber}`).waitFor();
    expect(await koeln.getByTestId(`order-card-${bonnOrderNumber}`).count()).toBe(0);
    expect(await koeln.getByTestId('centre-select').locator('option').allTextContents()).toEqual([
      'All centres',
      'Koeln Nord',
    ]);
    await screenshot(koeln, 'advisor-koeln');
    const advisor = await login(browser, gatewayUrl, 'advisor');
    await advisor.getByTestId(`order-card-${bonnOrderNumber}`).waitFor();
    await advisor.getByTestId(`order-card-${orderNumber}`).waitFor();
    // What the gateway forwards is what the services enforce: the order in Bonn is not found
    // for the Köln advisor's session, found for the other advisor's.
    const bonnOrder = await p.as(['service-advisor'], demo).get(`/v1/repair-orders?centreId=${ids.bonn}`);
    const bonnId = (bonnOrder.body.items as Array<{ id: string; orderNumber: string }>).find(
      (o) => o.orderNumber === bonnOrderNumber,
    )!.id;
    expect((await koeln.request.get(`${gatewayUrl}/v1/repair-orders/${bonnId}`)).status()).toBe(404);
    expect((await advisor.request.get(`${gatewayUrl}/v1/repair-orders/${bonnId}`)).status()).toBe(200);
    await Promise.all([...pages, advisor].map((page) => page.close()));
  });

  it('refuses a person in no mapped group: the no-role page, no session', async () => {
    const page = await openConsole(browser, gatewayUrl);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await submitProviderLogin(page, 'visitor');
    await page.getByText('No access to Aftersales').waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    expect((await page.request.get(`${gatewayUrl}/auth/session`)).status()).toBe(401);
    await screenshot(page, 'no-role');
    // Its sign-out link ends the provider's session and lands on the console's sign-in page.
    await page.getByRole('link', { name: /Sign out/ }).click();
    await page.waitForURL(`${gatewayUrl}/console/`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.close();
  });

  it('signs out here and at the provider: the sign-in page, also after a reload', async () => {
    const page = await login(browser, gatewayUrl, 'advisor');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${gatewayUrl}/console/`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    expect((await page.request.get(`${gatewayUrl}/auth/session`)).status()).toBe(401);
    // The provider's session ended too: signing in asks for the password again.
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Username').waitFor();
    await page.close();
  });

  it('shows the sign-in page with a notice when the session ends while the console is open', async () => {
    const page = await login(browser, gatewayUrl, 'advisor');
    await page.getByTestId(`order-card-${orderNumber}`).waitFor();
    // Signed out in another tab of the same browser: this tab still shows the board.
    const other = await page.context().newPage();
    await other.goto(`${gatewayUrl}/console/`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL(`${gatewayUrl}/console/`);
    await other.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    // The next API call answers 401: the console says why it shows the sign-in page.
    await page.getByTestId(`order-card-${orderNumber}`).click();
    await page.getByText('Your session has ended. Sign in again.').waitFor();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await screenshot(page, 'session-ended');
    await page.close();
  });
});

/** The open order's status (shown in the reader's language; the code is in data-status). */
async function statusIs(page: Page, status: string) {
  await page.locator(`[data-testid="order-status"][data-status="${status}"]`).waitFor({ timeout: 20_000 });
}

async function actionStatusIs(page: Page, status: string) {
  await page
    .getByTestId('action-status')
    .filter({ hasText: new RegExp(`^${status}$`) })
    .waitFor({ timeout: 20_000 });
}

/** No serious or critical WCAG 2 A/AA violation (axe-core) on the page as it is now. */
async function expectAccessible(page: Page, name: string) {
  expect(await checkAccessibility(page, name)).toEqual([]);
}

async function expectText(locator: Locator, pattern: RegExp) {
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout: 20_000 });
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
