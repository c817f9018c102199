// Part units on quotes (PostgreSQL + Kafka): the parts catalogue's part.registered / part.updated
// reach the repair service on aftersales.parts.catalogue.v1, and a quote for 0.5 of a brake disc
// is refused with 422 quantity-precision (naming the part and its unit) instead of becoming a
// dead letter at parts-procurement; 2 discs pass, oil follows its catalogue precision, an older
// catalogue version never overwrites a newer one, and parts the catalogue has not sent yet pass.
import { createEvent, type AnyEvent, type EventData } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  receive,
  startHarness,
  walk,
  type Harness,
} from './harness';

describe('part units on quotes (PostgreSQL + Kafka)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();

  beforeAll(async () => {
    h = await startHarness('repair_part_units', { kafka: true });
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const entry = (over: Partial<EventData<'part.registered'>>): EventData<'part.registered'> => ({
    partId: 'part-disc-front',
    partNumber: 'DISC-FRONT-1',
    description: 'Brake disc, front',
    category: 'brakes',
    unitOfMeasure: 'piece',
    abcClass: 'B',
    version: 1,
    ...over,
  });
  const publish = async (...events: AnyEvent[]) => {
    await h.producer!.publish(events.map((event) => ({ event })));
    await waitFor(
      async () => events.every((e) => h.applied.some((a) => a.event.id === e.id)),
      'the catalogue events consumed',
      30_000,
    );
  };
  const catalogue = (type: 'part.registered' | 'part.updated', data: EventData<'part.registered'>) =>
    createEvent(type, {
      producer: 'parts-procurement',
      tenantId: 'tenant-a',
      subject: data.partId,
      data,
    }) as AnyEvent;

  /** A diagnosed order and a quote attempt with these part lines. */
  const quote = async (lines: object[]) => {
    const { id } = await receive(h.app, staff, centreId);
    await walk(h.app, staff, id, [['diagnosis', diagnosisBody]]);
    return as(h.app, staff).post(
      `/v1/repair-orders/${id}/quotes`,
      { lines: [{ kind: 'labour', operationCode: 'BRK-DISC', quantity: 1.5 }, ...lines] },
      ifMatch(2),
    );
  };

  it('refuses half a brake disc once the catalogue names its unit, and accepts two', async () => {
    // Before the catalogue arrives, a part is not checked (as before).
    const early = await quote([
      { kind: 'part', partId: 'part-disc-front', quantity: 0.5, unitPriceMinor: 8_900 },
    ]);
    expect(early.status).toBe(201);

    await publish(catalogue('part.registered', entry({})));
    expect(await h.prisma.partUnit.findFirst({ where: { partId: 'part-disc-front' } })).toMatchObject({
      unitOfMeasure: 'piece',
      quantityDecimals: 0,
      version: 1,
    });

    const half = await quote([
      { kind: 'part', partId: 'part-disc-front', quantity: 0.5, unitPriceMinor: 8_900 },
    ]);
    expect(half.status).toBe(422);
    expect(half.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(half.body).toMatchObject({
      code: 'quantity-precision',
      type: 'urn:aftersales:problem:repair:rule',
      line: 2,
      partId: 'part-disc-front',
      partNumber: 'DISC-FRONT-1',
      unitOfMeasure: 'piece',
      quantityDecimals: 0,
      quantity: 0.5,
    });
    expect(half.body.detail).toMatch(/DISC-FRONT-1.*whole pieces/);

    const two = await quote([
      { kind: 'part', partId: 'part-disc-front', quantity: 2, unitPriceMinor: 8_900 },
    ]);
    expect(two.status).toBe(201);
    expect(two.body.status).toBe('QUOTED');
  });

  it('follows the catalogue precision of oil and keeps the highest version', async () => {
    const oil = entry({
      partId: 'part-oil-5w30',
      partNumber: 'OIL-5W30',
      unitOfMeasure: 'litre',
      purchaseUnit: 'drum',
      purchaseUnitFactor: 208,
      quantityDecimals: 1,
      version: 3,
    });
    // Version 3, then a late version 2 (3 decimals) that must not win.
    await publish(
      catalogue('part.updated', oil),
      catalogue('part.registered', { ...oil, quantityDecimals: 3, version: 2 }),
    );
    expect(await h.prisma.partUnit.findFirst({ where: { partId: 'part-oil-5w30' } })).toMatchObject({
      quantityDecimals: 1,
      version: 3,
    });
    const fine = await quote([
      { kind: 'part', partId: 'part-oil-5w30', quantity: 4.25, unitPriceMinor: 1_200 },
    ]);
    expect(fine.status).toBe(422);
    expect(fine.body).toMatchObject({
      code: 'quantity-precision',
      unitOfMeasure: 'litre',
      quantityDecimals: 1,
    });
    expect(
      (await quote([{ kind: 'part', partId: 'part-oil-5w30', quantity: 4.5, unitPriceMinor: 1_200 }])).status,
    ).toBe(201);
  });
});
