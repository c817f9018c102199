// Catalogue events on real Kafka: creating a part publishes part.registered and changing it
// part.updated (full entry, keyed by part id) on aftersales.parts.catalogue.v1 via the outbox;
// a refused change publishes nothing.
import { type EventOf } from '@aftersales/contracts';
import { eventsOnTopic, outboxEvents, startHarness, type Agent, type Harness } from './harness';

describe('part catalogue events (Kafka + PostgreSQL)', () => {
  let h: Harness;
  let clerk: Agent;

  beforeAll(async () => {
    h = await startHarness('parts_catalogue', { kafka: true });
    clerk = await h.as(['parts-clerk']);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('publishes part.registered on create and part.updated on change, in order, keyed by part id', async () => {
    const created = await clerk.post('/v1/parts', {
      partNumber: '5Q0698151B',
      description: 'Brake pads, front axle',
      category: 'brakes',
      unitOfMeasure: 'set',
      standardCost: { amountMinor: 4_500, currency: 'EUR' },
    });
    expect(created.status).toBe(201);
    const partId = created.body.id as string;

    const [registered] = (await eventsOnTopic(
      h,
      'part.registered',
      (e) => e.subject === partId,
    )) as EventOf<'part.registered'>[];
    expect(registered!.data).toEqual({
      partId,
      partNumber: '5Q0698151B',
      description: 'Brake pads, front axle',
      category: 'brakes',
      unitOfMeasure: 'set',
      abcClass: 'C',
      purchaseUnit: 'set',
      purchaseUnitFactor: 1,
      quantityDecimals: 0,
      version: 1,
    });
    expect(registered!.producer).toBe('parts-procurement');

    const stale = await clerk.patch(`/v1/parts/${partId}`, { description: 'stale' }, { 'If-Match': '"9"' });
    expect(stale.status).toBe(412);
    const changed = await clerk.patch(
      `/v1/parts/${partId}`,
      { description: 'Brake pads, front axle (ceramic)' },
      { 'If-Match': '"1"' },
    );
    expect(changed.status).toBe(200);
    const [updated] = (await eventsOnTopic(
      h,
      'part.updated',
      (e) => e.subject === partId,
    )) as EventOf<'part.updated'>[];
    expect(updated!.data).toMatchObject({
      partId,
      partNumber: '5Q0698151B',
      unitOfMeasure: 'set',
      description: 'Brake pads, front axle (ceramic)',
      version: 2,
    });
    // The refused change left no event: exactly one registration and one update for the part.
    const outbox = (await outboxEvents(h.prisma)).filter((e) => e.subject === partId);
    expect(outbox.map((e) => [e.type, (e.data as { version: number }).version])).toEqual([
      ['part.registered', 1],
      ['part.updated', 2],
    ]);
  });

  it('backfills parts that never had an event (admin), keyed by part id', async () => {
    // A part from before catalogue events existed: in the table, never published.
    const legacy = await h.prisma.part.create({
      data: {
        id: '0b5e2a7c-3f43-4c1e-9a55-1d2f3e4a5b6c',
        tenantId: 'tenant-a',
        partNumber: 'LEGACY-0001',
        description: 'Air filter',
        category: 'filters',
        unitOfMeasure: 'piece',
        abcClass: 'B',
        fitment: [],
        standardCostMinor: 900,
        currency: 'EUR',
        version: 4,
      },
    });
    expect((await clerk.post('/v1/parts/catalogue-publication')).status).toBe(403);
    const admin = await h.as(['admin']);
    const res = await admin.post('/v1/parts/catalogue-publication');
    expect(res.status).toBe(200);
    expect(res.body.published).toBe(await h.prisma.part.count({ where: { tenantId: 'tenant-a' } }));
    const [event] = await eventsOnTopic(h, 'part.registered', (e) => e.subject === legacy.id);
    expect(event!.data).toEqual({
      partId: legacy.id,
      partNumber: 'LEGACY-0001',
      description: 'Air filter',
      category: 'filters',
      unitOfMeasure: 'piece',
      abcClass: 'B',
      // A row from before units: bought in its stock unit, whole pieces.
      purchaseUnit: 'piece',
      purchaseUnitFactor: 1,
      quantityDecimals: 0,
      version: 4,
    });
  });

  it('publishes nothing for an invalid part (400)', async () => {
    const before = (await outboxEvents(h.prisma, 'part.registered')).length;
    const bad = await clerk.post('/v1/parts', {
      partNumber: 'BAD-UNIT',
      description: 'x',
      category: 'x',
      unitOfMeasure: 'bucket',
      standardCost: { amountMinor: 1, currency: 'EUR' },
    });
    expect(bad.status).toBe(400);
    expect(await h.prisma.part.count({ where: { partNumber: 'BAD-UNIT' } })).toBe(0);
    expect((await outboxEvents(h.prisma, 'part.registered')).length).toBe(before);
  });
});
