// The "Done when": a full order from reception to closure with parts waiting and QC
// rework, against real PostgreSQL and Kafka; the events arrive in order on the order topic.
// The parts service is played by publishing parts.* events to the namespaced topic.
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { physicalTopic } from '@aftersales/kafka';
import { readTopic, waitFor } from '@aftersales/testing';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  quoteBody,
  receive,
  startHarness,
  type Harness,
} from './harness';

const ORDER_TOPIC = 'aftersales.repair.order.v1';

describe('repair order from reception to closure (PostgreSQL + Kafka)', () => {
  let h: Harness;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_flow', { kafka: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function order(id: string) {
    const res = await as(h.app, staff).get(`/v1/repair-orders/${id}`);
    expect(res.status).toBe(200);
    return res.body as {
      id: string;
      version: number;
      status: string;
      reworkCount: number;
      parts: { requestId: string | null; status: string | null };
      [k: string]: unknown;
    };
  }

  async function cmd(id: string, path: string, body: object, expectStatus = 200) {
    const current = await order(id);
    const res = await as(h.app, staff).post(
      `/v1/repair-orders/${id}/${path}`,
      body,
      ifMatch(current.version),
    );
    if (res.status !== expectStatus) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    return res.body;
  }

  function partsEvent<T extends 'parts.backordered' | 'parts.reserved'>(
    type: T,
    orderId: string,
    data: object,
  ): AnyEvent {
    return createEvent(type, {
      producer: 'parts-test',
      tenantId: 'tenant-a',
      subject: orderId,
      data: { repairOrderId: orderId, ...data } as never,
    }) as AnyEvent;
  }

  it('runs the whole workflow and publishes its events in order', async () => {
    const centre = await createCentre(h.app, admin());
    const opened = await receive(h.app, staff, centre.id);
    expect(opened).toMatchObject({ status: 'RECEIVED', version: 1 });
    const id = opened.id;

    await cmd(id, 'diagnosis', diagnosisBody);
    const q1 = await cmd(id, 'quotes', quoteBody, 201);
    expect(q1.quotes[0].totals).toEqual({
      netMinor: 23_150,
      discountMinor: 0,
      taxMinor: 4_399,
      grossMinor: 27_549,
    });
    // Extra findings before approval: a re-quote (version 2) adds the rear pads.
    const q2 = await cmd(
      id,
      'quotes',
      {
        reason: 'extra-findings',
        lines: [
          ...quoteBody.lines,
          { kind: 'part', partId: 'part-pad-rear', quantity: 1, unitPriceMinor: 7_900 },
        ],
        extraFindings: [{ system: 'brakes', faultCode: 'C1240' }],
      },
      201,
    );
    expect(q2).toMatchObject({ status: 'QUOTED', currentQuoteVersion: 2 });
    expect(q2.quotes.map((q: { status: string }) => q.status)).toEqual(['SUPERSEDED', 'ISSUED']);

    const approved = await cmd(id, 'quotes/2/approval', {
      method: 'signature',
      approvedByCustomerId: 'cust-1',
    });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      approvedQuoteVersion: 2,
      parts: { status: 'requested' },
    });
    const requestId = approved.parts.requestId as string;
    expect(requestId).toBeTruthy();

    await cmd(id, 'assignment', { technicianIds: ['tech-1'] });

    // Parts short: the parts service backorders the rear pads.
    const backordered = partsEvent('parts.backordered', id, {
      requestId,
      locationId: 'loc-berlin',
      lines: [{ lineId: 'l-2', partId: 'part-pad-rear', quantity: 1, backorderId: 'bo-1' }],
      expectedAt: null,
    });
    await h.producer!.publish([{ event: backordered }]);
    await waitFor(async () => (await order(id)).status === 'WAITING_PARTS', 'order waiting for parts');
    const waiting = await order(id);

    // The same event delivered again changes nothing.
    await h.producer!.publish([{ event: backordered }]);
    await waitFor(
      async () => h.applied.filter((a) => a.event.id === backordered.id).length >= 2,
      'redelivery handled',
    );
    expect(h.applied.filter((a) => a.event.id === backordered.id).map((a) => a.outcome)).toEqual([
      'applied',
      'duplicate',
    ]);
    expect((await order(id)).version).toBe(waiting.version);

    await cmd(id, 'progress', { note: 'Front pads replaced; waiting for rear pads' });

    // Goods received: the backorder is fulfilled and reserved; work resumes.
    await h.producer!.publish([
      {
        event: partsEvent('parts.reserved', id, {
          requestId,
          reservationId: 'res-2',
          locationId: 'loc-berlin',
          source: 'backorder-fulfilment',
          lines: [{ lineId: 'l-2', partId: 'part-pad-rear', quantity: 1 }],
          openBackorderLines: 0,
        }),
      },
    ]);
    await waitFor(async () => (await order(id)).status === 'IN_PROGRESS', 'order resumed');

    await cmd(id, 'progress', { note: 'All pads replaced', workComplete: true });
    const failed = await cmd(id, 'qc', {
      inspectorId: 'insp-1',
      checklist: [
        { code: 'BRAKE-TEST', passed: false, note: 'Pedal feels soft' },
        { code: 'WHEEL-TORQUE', passed: true },
      ],
    });
    expect(failed).toMatchObject({ status: 'IN_PROGRESS', reworkCount: 1, qcAttempts: 1 });
    await cmd(id, 'progress', { note: 'Brakes bled', workComplete: true });
    const ready = await cmd(id, 'qc', {
      inspectorId: 'insp-1',
      checklist: [
        { code: 'BRAKE-TEST', passed: true },
        { code: 'WHEEL-TORQUE', passed: true },
      ],
    });
    expect(ready).toMatchObject({ status: 'READY', reworkCount: 1, qcAttempts: 2 });
    await cmd(id, 'delivery', {
      mileageKm: 42_012,
      notes: 'Brakes bedded in',
      nextMaintenance: { dueMileageKm: 57_000, dueOn: '2027-11-01' },
    });
    const closed = await cmd(id, 'closure', { payer: 'customer' });
    expect(closed).toMatchObject({ status: 'CLOSED', allowedCommands: [] });

    const expected: [string, string?][] = [
      ['repair.order.opened'],
      ['repair.order.diagnosed'],
      ['repair.order.status-changed', 'RECEIVED>DIAGNOSED'],
      ['repair.order.quoted'],
      ['repair.order.status-changed', 'DIAGNOSED>QUOTED'],
      ['repair.order.quoted'],
      ['repair.order.approved'],
      ['repair.order.status-changed', 'QUOTED>APPROVED'],
      ['repair.parts.requested'],
      ['repair.order.status-changed', 'APPROVED>IN_PROGRESS'],
      ['repair.order.status-changed', 'IN_PROGRESS>WAITING_PARTS'],
      ['repair.order.status-changed', 'WAITING_PARTS>IN_PROGRESS'],
      ['repair.order.status-changed', 'IN_PROGRESS>QC'],
      ['repair.order.qc-failed'],
      ['repair.order.status-changed', 'QC>IN_PROGRESS'],
      ['repair.order.status-changed', 'IN_PROGRESS>QC'],
      ['repair.order.completed'],
      ['repair.order.status-changed', 'QC>READY'],
      ['repair.order.delivered'],
      ['repair.order.status-changed', 'READY>DELIVERED'],
      ['repair.order.closed'],
      ['repair.order.status-changed', 'DELIVERED>CLOSED'],
    ];
    const onTopic = await waitFor(
      async () => {
        const all = (await readTopic(physicalTopic(ORDER_TOPIC, h.namespace), 200, 3_000)).filter(
          (m) => m.key === id,
        );
        return all.length >= expected.length ? all : undefined;
      },
      'all order events on the topic',
      30_000,
    );
    const events = onTopic
      .sort((a, b) => Number(a.offset) - Number(b.offset))
      .map((m) => JSON.parse(m.value!) as AnyEvent);
    expect(new Set(onTopic.map((m) => m.partition)).size).toBe(1); // one key, one partition, one order
    expect(
      events.map((e): [string, string?] =>
        e.type === 'repair.order.status-changed' ? [e.type, `${e.data.from}>${e.data.to}`] : [e.type],
      ),
    ).toEqual(expected);

    const parts = events.find((e) => e.type === 'repair.parts.requested');
    expect(parts?.data).toMatchObject({ requestId, quoteVersion: 2, locationId: 'loc-berlin' });
    expect((parts?.data as { lines: { partId: string }[] }).lines.map((l) => l.partId)).toEqual([
      'part-pad-front',
      'part-pad-rear',
    ]);
    const waitingChange = events.find(
      (e) => e.type === 'repair.order.status-changed' && e.data.to === 'WAITING_PARTS',
    );
    expect(waitingChange?.data).toMatchObject({ cause: 'parts-backordered', changedBy: null });
    expect(waitingChange?.causationId).toBe(backordered.id);

    const completed = events.find((e) => e.type === 'repair.order.completed');
    expect(completed?.data).toMatchObject({
      repairOrderId: id,
      reworkCount: 1,
      qcAttempts: 2,
      labourHours: 1.5,
      labourCost: { amountMinor: 14_250, currency: 'EUR' },
      partsCost: { amountMinor: 16_800, currency: 'EUR' },
      comeback: false,
      comebackOfRepairOrderId: null,
      slaBreaches: [],
      technicianIds: ['tech-1'],
    });
    const stages = (completed?.data as { stageDurations: { stage: string }[] }).stageDurations.map(
      (s) => s.stage,
    );
    expect(stages).toEqual([
      'RECEIVED',
      'DIAGNOSED',
      'QUOTED',
      'APPROVED',
      'IN_PROGRESS',
      'WAITING_PARTS',
      'QC',
    ]);
    // The delivery carries the centre's calendar, so follow-up calls fall in its opening hours.
    const delivered = events.find((e) => e.type === 'repair.order.delivered');
    expect(delivered?.data).toMatchObject({
      nextMaintenance: { dueMileageKm: 57_000, dueOn: '2027-11-01' },
      centreHours: {
        timeZone: 'UTC',
        openingHours: { mon: [{ open: '00:00', close: '24:00' }], sun: [{ open: '00:00', close: '24:00' }] },
        hoursExceptions: [],
      },
    });
    for (const e of events) {
      expect(e.tenantId).toBe('tenant-a');
      expect(e.subject).toBe(id);
      expect(e.producer).toBe('repair');
    }
  });
});
