// A customer's car through the whole platform, only through the api-gateway, with every service
// a real process on real Kafka and PostgreSQL: registration (customer); reception, diagnosis,
// quote and approval (repair); the part is short, so parts-procurement backorders it, the order
// waits, a purchase order is raised and received, the backorder is fulfilled and the order
// resumes, the supplier's VAT invoice is three-way matched and paid; QC fails once and passes after rework; delivery; the follow-up scheduled from
// repair.order.delivered and the survey (customer). A quote revision mid-repair that keeps the
// first quote's part and adds another (both held, both issued). Plus the refusals a public API
// owes: no token, wrong role, another tenant, malformed bodies.
import { routeFor } from '@aftersales/api-gateway/src/routes';
import { meServiceFor } from '@aftersales/api-gateway/src/self-service/routing';
import { Pseudonym, topicOf, topics } from '@aftersales/contracts';
import { readTopicToEnd, testKafka, waitFor } from '@aftersales/testing';
import { idempotencyKey, ifMatch, startPlatform, type Platform } from '../src/platform';
import { runJavaConsumer } from '../src/java-consumer';
import { findPii } from '../src/pii-scan';
import { centreBody } from '../src/fixtures';

describe('journey through the gateway', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(['customer', 'repair', 'parts-procurement', 'complaint', 'analytics'], 'journey');
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('takes a car from booking to delivery with parts short and QC rework, then a low survey opens a complaint that escalates and is resolved', async () => {
    const admin = p.as(['admin']);
    const advisor = p.as(['service-advisor']);
    const technician = p.as(['technician']);
    const clerk = p.as(['parts-clerk']);
    const officer = p.as(['procurement-officer']);

    // Parts catalogue: brake pads with one supplier, and none in stock at the centre's location.
    const pads = await clerk.post('/v1/parts', {
      partNumber: 'BRK-PAD-E2E',
      description: 'Brake pads, front axle',
      category: 'brakes',
      unitOfMeasure: 'piece',
      fitment: [{ make: 'Volkswagen', model: 'Golf' }],
      standardCost: { amountMinor: 2_500, currency: 'EUR' },
    });
    expect(pads.status).toBe(201);
    const supplier = await officer.post('/v1/suppliers', { name: 'Rheinland Teile GmbH' });
    expect(supplier.status).toBe(201);
    expect(
      (
        await officer.post(`/v1/parts/${pads.body.id}/suppliers`, {
          supplierId: supplier.body.id,
          unitPrice: { amountMinor: 2_400, currency: 'EUR' },
          leadTimeDays: 2,
          taxRateBp: 1900, // net price; German VAT 19 %
        })
      ).status,
    ).toBe(200);

    const centre = await admin.post(
      '/v1/service-centres',
      centreBody({ name: 'Koeln Nord', stockLocationId: 'loc-koeln' }),
      idempotencyKey(),
    );
    expect(centre.status).toBe(201);

    const customer = await advisor.post(
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
    );
    expect(customer.status).toBe(201);
    const vehicle = await advisor.post(
      '/v1/vehicles',
      {
        vin: 'WVWZZZ1JZXW000001',
        make: 'Volkswagen',
        model: 'Golf',
        modelYear: 2021,
        ownerCustomerId: customer.body.id,
        mileageKm: 30_000,
        purchaseDate: '2021-03-01',
        warrantyEndsOn: '2024-03-01',
      },
      idempotencyKey(),
    );
    expect(vehicle.status).toBe(201);

    // The customer books online; at the slot the car is received against the booking.
    const slotStart = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
    const booking = await advisor.post(
      '/v1/bookings',
      {
        centreId: centre.body.id,
        customerId: customer.body.id,
        vehicleId: vehicle.body.id,
        channel: 'online',
        serviceType: 'repair',
        slotStart: slotStart.toISOString(),
        slotEnd: new Date(slotStart.getTime() + 3_600_000).toISOString(),
        estimatedLabourHours: 1,
      },
      idempotencyKey(),
    );
    expect(booking.status).toBe(201);
    expect(booking.body.status).toBe('BOOKED');

    const opened = await advisor.post(
      '/v1/repair-orders',
      {
        centreId: centre.body.id,
        bookingId: booking.body.id,
        customerId: customer.body.id,
        vehicleId: vehicle.body.id,
        serviceType: 'repair',
        mileageKm: 31_200,
        fuelLevelPercent: 50,
        symptoms: 'Squeal when braking',
        symptomSystems: ['brakes'],
        damageNotes: '',
      },
      idempotencyKey(),
    );
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    let version = opened.body.version as number;
    const command = async (client: typeof advisor, path: string, body: object, status = 200) => {
      const res = await client.post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
      if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      version = res.body.version;
      return res.body;
    };

    const order = async () => (await advisor.get(`/v1/repair-orders/${id}`)).body;

    await command(technician, 'diagnosis', {
      technicianId: 'tech-1',
      faultCodes: ['C1234'],
      findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Pads worn' }],
      estimatedLabourHours: 1,
      partsRequired: true,
    });
    const quoted = await command(
      advisor,
      'quotes',
      {
        lines: [
          { kind: 'labour', operationCode: 'BRK-PAD', quantity: 1 },
          { kind: 'part', partId: pads.body.id, quantity: 1, unitPriceMinor: 8_900 },
        ],
      },
      201,
    );
    expect(quoted.quotes[0].totals.grossMinor).toBe(21_896); // (1 h x 95.00 + 89.00) + 19 % tax
    const approved = await command(advisor, 'quotes/1/approval', {
      method: 'phone',
      approvedByCustomerId: customer.body.id,
    });
    expect(approved.parts.status).toBe('requested');
    await command(advisor, 'assignment', { technicianIds: ['tech-1'] });

    // No pads at loc-koeln: parts-procurement backorders them (parts.backordered) and the order waits.
    await waitFor(
      async () => ((await order()).status === 'WAITING_PARTS' ? true : undefined),
      'order waiting for parts',
      30_000,
    );
    const requisition = await waitFor(async () => {
      const res = await officer.get('/v1/requisitions?reason=backorder&status=open');
      return res.body.items?.find((r: { partId: string }) => r.partId === pads.body.id);
    }, 'requisition for the backorder');
    expect(requisition).toMatchObject({ quantity: 1, repairOrderId: id });
    const po = await officer.post(
      '/v1/purchase-orders',
      { requisitionIds: [requisition.id] },
      idempotencyKey(),
    );
    expect(po.status).toBe(201);
    expect(po.body.supplierId).toBe(supplier.body.id);
    // Incoming inspection: the first pad arrives damaged and is rejected (it never enters stock);
    // the replacement is accepted.
    const receipt = (lines: object) =>
      clerk.post(`/v1/purchase-orders/${po.body.id}/receipts`, { lines: [lines] });
    const rejected = await receipt({
      poLineId: po.body.lines[0].id,
      receivedQuantity: 1,
      acceptedQuantity: 0,
      rejectedQuantity: 1,
      rejectionReason: 'damaged',
      lotNumber: 'LOT-E2E-1',
    });
    expect(rejected.status).toBe(201);
    expect((await order()).status).toBe('WAITING_PARTS');
    const accepted = await receipt({
      poLineId: po.body.lines[0].id,
      receivedQuantity: 1,
      acceptedQuantity: 1,
      lotNumber: 'LOT-E2E-2',
    });
    if (accepted.status !== 201)
      throw new Error(`receipt: ${accepted.status} ${JSON.stringify(accepted.body)}`);

    // The supplier's invoice for the accepted pad: 24.00 net + 19 % VAT 4.56 = 28.56 gross. The
    // three-way match compares net price and tax per line (the rejected pad is not billed); it is paid.
    expect(po.body.lines[0]).toMatchObject({ unitPriceMinor: 2_400, taxRateBp: 1900 });
    const invoice = await officer.post(
      '/v1/invoices',
      {
        purchaseOrderId: po.body.id,
        invoiceNumber: 'RT-2026-0815',
        lines: [{ poLineId: po.body.lines[0].id, quantity: 1, unitPriceMinor: 2_400, taxRateBp: 1900 }],
        net: { amountMinor: 2_400, currency: 'EUR' },
        taxes: [{ rateBp: 1900, taxMinor: 456 }],
        total: { amountMinor: 2_856, currency: 'EUR' },
      },
      idempotencyKey(),
    );
    if (invoice.status !== 201) throw new Error(`invoice: ${invoice.status} ${JSON.stringify(invoice.body)}`);
    expect(invoice.body).toMatchObject({
      status: 'matched',
      netMinor: 2_400,
      taxMinor: 456,
      payableMinor: 2_856,
    });
    const payment = await officer.post(`/v1/invoices/${invoice.body.id}/payment`, {
      paymentRef: 'SEPA-E2E-1',
    });
    expect(payment.status).toBe(200);
    expect(payment.body).toMatchObject({ status: 'paid', payableMinor: 2_856 });
    expect((await officer.get(`/v1/purchase-orders/${po.body.id}`)).body.paymentStatus).toBe('settled');

    // The accepted pad fulfils the backorder (parts.reserved) and the order resumes.
    await waitFor(
      async () => ((await order()).status === 'IN_PROGRESS' ? true : undefined),
      'order resumed after the receipt',
      30_000,
    );
    version = (await order()).version;
    await command(technician, 'progress', { note: 'Pads replaced', workComplete: true });
    const failed = await command(technician, 'qc', {
      inspectorId: 'insp-1',
      checklist: [{ code: 'BRAKE-TEST', passed: false, note: 'still squeals' }],
    });
    expect(failed).toMatchObject({ status: 'IN_PROGRESS', reworkCount: 1 });
    await command(technician, 'progress', { note: 'Pads bedded in', workComplete: true });
    await command(technician, 'qc', {
      inspectorId: 'insp-1',
      checklist: [{ code: 'BRAKE-TEST', passed: true }],
    });
    const delivered = await command(advisor, 'delivery', {
      mileageKm: 31_205,
      notes: 'Test drive ok',
      nextMaintenance: { dueMileageKm: 45_000, dueOn: '2027-06-01' },
    });
    expect(delivered.status).toBe('DELIVERED');

    // The customer service hears repair.order.delivered through Kafka and schedules the follow-up.
    const followUps = await waitFor(
      async () => {
        const res = await advisor.get(`/v1/follow-ups?repairOrderId=${id}`);
        return res.status === 200 && res.body.items.length > 0 ? res.body.items : undefined;
      },
      'follow-up scheduled from repair.order.delivered',
      30_000,
    );
    expect(followUps[0]).toMatchObject({ repairOrderId: id, status: 'scheduled' });

    // Complaint handling for this dealer group: open around the clock, high severity acknowledged
    // within one working minute, so the escalation below happens while the test waits.
    const settings = p.as(['admin']);
    const calendar = await settings.get('/v1/business-calendar');
    const allWeek = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '00:00', close: '24:00' }]]),
    );
    const cal = await settings.put(
      '/v1/business-calendar',
      { timeZone: 'Europe/Berlin', week: allWeek, holidays: [] },
      { 'if-match': calendar.headers.get('etag')! },
    );
    expect(cal.status).toBe(200);
    const hour = { acknowledgeMinutes: 60, resolveMinutes: 600 };
    const limits = await settings.put(
      '/v1/time-limits',
      { low: hour, medium: hour, high: { acknowledgeMinutes: 1, resolveMinutes: 600 }, critical: hour },
      { 'if-match': cal.headers.get('etag')! },
    );
    expect(limits.status).toBe(200);

    // An unhappy customer: the low survey opens a complaint by itself (complaint service).
    const survey = await advisor.post(
      '/v1/surveys',
      {
        repairOrderId: id,
        customerId: customer.body.id,
        vehicleId: vehicle.body.id,
        centreId: centre.body.id,
        channel: 'phone',
        scores: { product: 4, service: 2, purchase: 4 },
        nps: 3,
        comment: 'Car was ready a day late and nobody called',
      },
      idempotencyKey(),
    );
    expect(survey.status).toBe(201);
    const closed = await command(advisor, 'closure', { payer: 'customer' });
    expect(closed.status).toBe('CLOSED');

    const handler = p.as(['complaint-handler']);
    const complaint = await waitFor(
      async () => {
        const res = await handler.get(`/v1/complaints?repairOrderId=${id}`);
        return res.body.items?.[0];
      },
      'complaint opened from the low survey',
      30_000,
    );
    expect(complaint).toMatchObject({ channel: 'survey', repairOrderId: id });
    expect(complaint.referenceNumber).toMatch(/^C-\d{4}-\d{6}$/);
    const classified = await handler.post(`/v1/complaints/${complaint.id}/classification`, {
      category: 'waiting-time',
      severity: 'high',
    });
    expect(classified.status).toBe(200);

    // Nobody acknowledges it within the minute: the escalation sweep moves it up the chain.
    const escalated = await waitFor(
      async () => {
        const res = await handler.get(`/v1/complaints/${complaint.id}`);
        return res.body.escalation?.level >= 1 ? res.body : undefined;
      },
      'escalation after the acknowledge limit passed',
      120_000,
      1_000,
    );
    expect(escalated.escalation.level).toBe(1);

    const resolved = await handler.post(`/v1/complaints/${complaint.id}/resolution`, {
      remedy: 'goodwill',
      summary: 'Apologised; goodwill voucher for the next service',
      goodwill: { amountMinor: 5_000, currency: 'EUR' },
      notifiedVia: 'phone',
    });
    expect(resolved.status).toBe(200);
    expect(
      (await handler.post(`/v1/complaints/${complaint.id}/verdict`, { verdict: 'accepted' })).status,
    ).toBe(200);
    const closedComplaint = await handler.post(`/v1/complaints/${complaint.id}/closure`, {});
    expect(closedComplaint.status).toBe(200);
    expect(closedComplaint.body.status).toBe('closed');

    // Analytics saw all of it through Kafka: the centre's KPIs for today.
    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const analyst = p.as(['analyst']);
    const kpis = await waitFor(
      async () => {
        const res = await analyst.get(`/v1/kpis?scope=centre&id=${centre.body.id}&from=${from}&to=${to}`);
        const c = res.body?.counts;
        return c &&
          c.ordersCompleted === 1 &&
          c.surveys === 1 &&
          c.complaints === 1 &&
          res.body.kpis.partsFillRate !== null
          ? res.body
          : undefined;
      },
      'KPIs covering the order, its parts, its survey and its complaint',
      60_000,
      500,
    );
    expect(kpis.counts).toMatchObject({ ordersOpened: 1, ordersCompleted: 1, surveys: 1, complaints: 1 });
    expect(kpis.kpis).toMatchObject({ firstTimeFixRate: 0, nps: -100, complaintRate: 1, partsFillRate: 0 });
  });

  // Issue 19: mid-repair extra findings give quote 2, which keeps quote 1's part P1 and adds P2.
  // Repair sends only the addition (repair.parts.requested, scope addition); parts-procurement
  // keeps request 1's reservation and reserves P2 on top; repair applies both requests' events.
  it('quote revision keeps P1 and adds P2', async () => {
    const admin = p.as(['admin']);
    const advisor = p.as(['service-advisor']);
    const technician = p.as(['technician']);
    const clerk = p.as(['parts-clerk']);
    const LOC = 'loc-revision';

    const part = async (partNumber: string, costMinor: number) => {
      const res = await clerk.post('/v1/parts', {
        partNumber,
        description: partNumber,
        category: 'brakes',
        unitOfMeasure: 'piece',
        fitment: [{ make: 'Volkswagen', model: 'Golf' }],
        standardCost: { amountMinor: costMinor, currency: 'EUR' },
      });
      expect(res.status).toBe(201);
      const stock = await clerk.post('/v1/stock/movements', {
        kind: 'receipt',
        partId: res.body.id,
        locationId: LOC,
        quantity: 5,
        lotNumber: `LOT-${partNumber}`,
        unitCost: { amountMinor: costMinor, currency: 'EUR' },
        reason: 'opening stock',
      });
      if (stock.status !== 201) throw new Error(`receipt: ${stock.status} ${JSON.stringify(stock.body)}`);
      return res.body.id as string;
    };
    const p1 = await part('REV-E2E-P1', 2_000);
    const p2 = await part('REV-E2E-P2', 3_000);
    const centre = await admin.post(
      '/v1/service-centres',
      centreBody({ name: 'Koeln Sued', stockLocationId: LOC }),
      idempotencyKey(),
    );
    expect(centre.status).toBe(201);

    const opened = await advisor.post(
      '/v1/repair-orders',
      {
        centreId: centre.body.id,
        customerId: 'cust-revision',
        vehicleId: 'veh-revision',
        serviceType: 'repair',
        mileageKm: 52_000,
        fuelLevelPercent: 30,
        symptoms: 'Brakes grind',
        symptomSystems: ['brakes'],
        damageNotes: '',
      },
      idempotencyKey(),
    );
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    let version = opened.body.version as number;
    const command = async (client: typeof advisor, path: string, body: object, status = 200) => {
      const res = await client.post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
      if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      version = res.body.version;
      return res.body;
    };
    const order = async () => (await advisor.get(`/v1/repair-orders/${id}`)).body;
    const stockOf = async (partId: string) => {
      const res = await clerk.get(`/v1/stock?locationId=${LOC}&partId=${partId}`);
      return res.body.items?.[0] as { onHand: number; reserved: number } | undefined;
    };
    const reservations = async () =>
      ((await clerk.get(`/v1/reservations?repairOrderId=${id}`)).body.items ?? []) as {
        id: string;
        requestId: string;
        status: string;
        lines: { partId: string; reserved: number }[];
      }[];

    await command(technician, 'diagnosis', {
      technicianId: 'tech-1',
      faultCodes: ['C1234'],
      findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Pads worn' }],
      estimatedLabourHours: 1,
      partsRequired: true,
    });
    const labour = { kind: 'labour', operationCode: 'BRK-PAD', quantity: 1 };
    const lineP1 = { kind: 'part', partId: p1, quantity: 1, unitPriceMinor: 5_000 };
    await command(advisor, 'quotes', { lines: [labour, lineP1] }, 201);
    const first = await command(advisor, 'quotes/1/approval', { method: 'phone' });
    // parts.reserved reaches the order (which changes its version: the next command needs the new one).
    version = (
      await waitFor(
        async () => {
          const o = await order();
          return o.parts.status === 'reserved' ? o : undefined;
        },
        'P1 reserved for quote 1',
        30_000,
      )
    ).version;
    expect(await stockOf(p1)).toMatchObject({ onHand: 5, reserved: 1 });
    await command(advisor, 'assignment', { technicianIds: ['tech-1'] });

    // Extra findings mid-repair: quote 2 keeps P1 and adds P2; the customer approves.
    const lineP2 = { kind: 'part', partId: p2, quantity: 1, unitPriceMinor: 7_000 };
    await command(
      advisor,
      'quotes',
      { reason: 'extra-findings', lines: [labour, lineP1, lineP2], extraFindings: [{ system: 'brakes' }] },
      201,
    );
    const second = await command(advisor, 'quotes/2/approval', { method: 'phone' });
    expect(second.parts.requestId).not.toBe(first.parts.requestId);

    // The order holds P1 (request 1) and P2 (request 2): nothing was released.
    const held = await waitFor(
      async () => {
        const all = await reservations();
        return all.length === 2 && all.every((r) => r.status === 'active') ? all : undefined;
      },
      'both requests reserved',
      30_000,
    );
    expect(
      held
        .map((r) => [r.requestId, r.lines.map((l) => [l.partId, l.reserved])])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [first.parts.requestId, [[p1, 1]]],
        [second.parts.requestId, [[p2, 1]]],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await stockOf(p1)).toMatchObject({ onHand: 5, reserved: 1 });
    expect(await stockOf(p2)).toMatchObject({ onHand: 5, reserved: 1 });
    await waitFor(
      async () => ((await order()).parts.status === 'reserved' ? true : undefined),
      'the order sees its parts reserved',
      30_000,
    );
    expect((await order()).status).toBe('APPROVED');

    // The workshop takes both: repair records the cost of each request's parts.
    for (const r of held)
      expect((await clerk.post(`/v1/reservations/${r.id}/issue`, { issuedTo: 'tech-1' })).status).toBe(200);
    const done = await waitFor(
      async () => {
        const o = await order();
        return Number(o.parts.issuedCostMinor) === 5_000 ? o : undefined;
      },
      'both issues recorded on the order',
      30_000,
    );
    expect(done.parts.status).toBe('issued');
    expect(await stockOf(p1)).toMatchObject({ onHand: 4, reserved: 0 });
    expect(await stockOf(p2)).toMatchObject({ onHand: 4, reserved: 0 });
  });

  it('refuses no token, a wrong role, another tenant and malformed bodies', async () => {
    const noToken = await fetch(`${p.gatewayUrl}/v1/repair-orders`);
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('content-type')).toMatch(/problem\+json/);

    expect((await p.as(['analyst']).post('/v1/repair-orders', {}, idempotencyKey())).status).toBe(403); // analysts read only
    expect((await p.as(['parts-clerk']).get('/v1/customers')).status).toBe(403); // gateway: no customer data for parts clerks

    const mine = await p.as(['service-advisor']).post(
      '/v1/customers',
      {
        kind: 'company',
        name: 'Fleet GmbH',
        email: 'fleet@example.de',
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      },
      idempotencyKey(),
    );
    expect(mine.status).toBe(201);
    const otherTenant = p.as(['admin'], { tenantId: 'dg-other' });
    expect((await otherTenant.get(`/v1/customers/${mine.body.id}`)).status).toBe(404);

    const malformed = await p
      .as(['service-advisor'])
      .post('/v1/vehicles', { vin: 'NOT-A-VIN', make: '' }, idempotencyKey());
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.vin']),
    );
  });

  it('refuses cross-tenant access at the service itself when the gateway is bypassed', async () => {
    const mine = await p.as(['service-advisor']).post(
      '/v1/customers',
      {
        kind: 'person',
        name: 'Mia Braun',
        email: 'mia.braun@example.de',
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      },
      idempotencyKey(),
    );
    expect(mine.status).toBe(201);
    const direct = (path: string, token?: string) =>
      fetch(p.serviceUrl('customer') + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});

    expect((await direct(`/v1/customers/${mine.body.id}`)).status).toBe(401); // no identity: refused, whatever the network
    expect(
      (await direct(`/v1/customers/${mine.body.id}`, await p.token(['admin'], { tenantId: 'dg-other' })))
        .status,
    ).toBe(404);
    const forged = (await p.token(['admin'])).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    expect((await direct(`/v1/customers/${mine.body.id}`, forged)).status).toBe(401);
    expect((await direct(`/v1/customers/${mine.body.id}`, await p.token(['service-advisor']))).status).toBe(
      200,
    );
  });

  it('serves one OpenAPI document merged from the running services', async () => {
    const res = await fetch(`${p.gatewayUrl}/openapi.json`);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      'x-unavailable'?: string[];
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/v1/customers', '/v1/repair-orders/{id}/qc', '/v1/purchase-orders/{id}/receipts'])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths['/v1/customers']).toMatchObject({ 'x-service': 'customer' });
    expect(doc['x-unavailable']).toBeUndefined();
    expect((await fetch(`${p.gatewayUrl}/docs/`)).status).toBe(200);
    // Next to it, the event API: AsyncAPI 3.0 with the public topics marked.
    const events = (await (await fetch(`${p.gatewayUrl}/asyncapi.json`)).json()) as {
      asyncapi: string;
      channels: Record<string, { address: string; 'x-public': boolean }>;
    };
    expect(events.asyncapi).toBe('3.0.0');
    expect(
      Object.values(events.channels)
        .filter((c) => c['x-public'])
        .map((c) => c.address)
        .sort(),
    ).toEqual([
      'aftersales.analytics.service-outcome.v1',
      'aftersales.analytics.service-outcome.v2',
      'aftersales.parts.demand.v1',
    ]);
    // The gateway's route table sends every documented path to the service that serves it (the
    // gateway's own endpoints, such as the live stream, are answered by the gateway itself).
    expect(doc.paths['/v1/live']).toMatchObject({ 'x-service': 'api-gateway' });
    // /v1/me/* goes to the customer's own records in each service (self-service routing).
    const misrouted = Object.entries(doc.paths).filter(
      ([path, item]) =>
        item['x-service'] !== 'api-gateway' &&
        (meServiceFor(path) ?? routeFor(path)?.service) !== item['x-service'],
    );
    expect(misrouted.map(([path]) => path)).toEqual([]);
  });

  // Last in the suite on purpose: the journey above has put its events on the public topics.
  it('is read by a consumer in another language: every public event a valid CloudEvent that matches its committed schema', async () => {
    const { code, summary } = await runJavaConsumer({
      brokers: p.kafkaBrokers,
      // physical names as libs/kafka physicalTopic builds them: `${namespace}.${topic}`
      topics: [topicOf('parts.demand'), topicOf('analytics.service-outcome')].map(
        (t) => `${p.namespace}.${t}`,
      ),
      // analytics publishes the outcome asynchronously: the consumer waits until both have arrived
      expect: { 'parts.demand': 1, 'analytics.service-outcome': 1 },
      timeoutMs: 90_000,
    });
    expect(summary.invalid).toEqual([]);
    expect(summary.missing).toEqual({});
    expect(summary.valid['parts.demand']).toBeGreaterThanOrEqual(1);
    expect(summary.valid['analytics.service-outcome']).toBeGreaterThanOrEqual(1);
    expect(code).toBe(0);
  }, 300_000);

  // After the Java consumer saw the outcome arrive: every public topic holds what it will hold.
  it('puts no personal data on a public topic: pseudonyms only, and nothing on the superseded v1 by default', async () => {
    const read = (topic: string) => readTopicToEnd(`${p.namespace}.${topic}`, { brokers: p.kafkaBrokers });
    // Every customer and vehicle id the platform published internally during this suite, and the
    // contact data and VIN the journey typed in.
    const ids = new Set<string>();
    for (const m of [
      ...(await read(topicOf('customer.registered'))),
      ...(await read(topicOf('vehicle.registered'))),
    ]) {
      const data = (JSON.parse(m.value!) as { data: { customerId?: string; vehicleId?: string } }).data;
      for (const id of [data.customerId, data.vehicleId]) if (id) ids.add(id);
    }
    expect(ids.size).toBeGreaterThanOrEqual(3);
    const known = [
      ...ids,
      'Jonas Weber',
      'jonas.weber@example.de',
      '+49 151 2000 1000',
      'WVWZZZ1JZXW000001',
      'Mia Braun',
      'Fleet GmbH',
    ];
    const publicTopics = topics.filter((t) => t.public).map((t) => t.name);
    const findings = [];
    const held: Record<string, number> = {};
    for (const topic of publicTopics) {
      const messages = await read(topic);
      held[topic] = messages.length;
      findings.push(...findPii(topic, messages, known));
    }
    expect(findings).toEqual([]);
    expect(held).toMatchObject({
      'aftersales.analytics.service-outcome.v1': 0,
      'aftersales.analytics.service-outcome.v2': expect.any(Number),
    });
    const outcomes = (await read(topicOf('analytics.service-outcome'))).map(
      (m) => JSON.parse(m.value!) as { version: number; data: Record<string, unknown> },
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes) {
      expect(o.version).toBe(2);
      expect(Pseudonym.safeParse(o.data.customerPseudonym).success).toBe(true);
      expect(Pseudonym.safeParse(o.data.vehiclePseudonym).success).toBe(true);
      expect(o.data).toMatchObject({ pseudonymKeyId: 'k1' });
    }
  }, 120_000);

  it('and that consumer fails on a message without CloudEvents headers that breaks the schema', async () => {
    const topic = `${p.namespace}-bad.${topicOf('parts.demand')}`;
    const kafka = testKafka('e2e-bad-message', p.kafkaBrokers);
    const admin = kafka.admin();
    const producer = kafka.producer();
    await admin.connect();
    await producer.connect();
    try {
      await admin.createTopics({
        topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
        waitForLeaders: true,
      });
      await producer.send({
        topic,
        messages: [
          { key: 'part-1', value: JSON.stringify({ id: 'not-a-uuid', type: 'parts.demand', version: 1 }) },
        ],
      });
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
    const { code, summary } = await runJavaConsumer({
      brokers: p.kafkaBrokers,
      topics: [topic],
      timeoutMs: 30_000,
    });
    expect(code).toBe(1);
    expect(summary.invalid).toHaveLength(1);
    expect(summary.invalid[0]).toMatchObject({ topic, offset: 0, type: 'parts.demand' });
    expect(summary.invalid[0]!.reason).toContain('missing header ce_specversion');
    expect(summary.invalid[0]!.reason).toContain('schema:');
  }, 300_000);
});
