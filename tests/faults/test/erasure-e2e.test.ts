// Fault 11: a customer's erasure through the gateway reaches every service. Staff write a marker
// into every free text the platform keeps about the customer (booking notes, reception symptoms
// and damage, diagnosis, a rescue's description and GPS, a complaint with a note and resolution
// summary, an inquiry and its answer, a survey comment); the customer is erased; then every text,
// varchar, json and array column of every service database is searched for the marker: none may
// be left. Then the disaster: the customer database is restored from a backup taken before the
// erasure (the customer is back, with a data key), and `npm run restore`'s erasure-log replay
// erases them again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backupDatabases } from '@aftersales/backup/src/backup';
import { replayErasures } from '@aftersales/backup/src/erasures';
import { restoreBackup } from '@aftersales/backup/src/restore';
import { findText, testInfra, waitFor, type TextHit } from '@aftersales/testing';
import {
  idempotencyKey,
  ifMatch,
  startPlatform,
  type Platform,
  type ServiceName,
} from '../../e2e/src/platform';
import { count, report } from '../src/reconcile';
import { centreBody } from '../../e2e/src/fixtures';

const SERVICES: ServiceName[] = ['customer', 'repair', 'parts-procurement', 'complaint', 'analytics'];
const MARKER = `ZQX-erase-${Date.now().toString(36)}`;

describe('fault 11: erasure reaches every service, and survives a restore', () => {
  let p: Platform;
  const work = mkdtempSync(path.join(tmpdir(), 'aftersales-faults-erasure-'));
  beforeAll(async () => {
    p = await startPlatform(SERVICES, 'faults-erasure');
  });
  afterAll(async () => {
    await p?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  /** Every service database's columns still holding the marker. */
  const leftovers = async (): Promise<Record<string, TextHit[]>> => {
    const out: Record<string, TextHit[]> = {};
    for (const s of SERVICES) {
      const hits = await findText(p.databaseUrl(s), MARKER);
      if (hits.length > 0) out[s] = hits;
    }
    return out;
  };

  it('leaves no text of the erased customer in any service database, and a restore does not bring them back', async () => {
    const admin = p.as(['admin']);
    const advisor = p.as(['service-advisor']);
    const handler = p.as(['complaint-handler']);
    const ok = <T extends { status: number; body: unknown }>(res: T, status: number, what: string): T => {
      if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    };

    const centre = ok(
      await admin.post(
        '/v1/service-centres',
        centreBody({ name: 'Bonn Sued', bays: 2, stockLocationId: 'loc-bonn' }),
        idempotencyKey(),
      ),
      201,
      'centre',
    ).body;
    const customer = ok(
      await advisor.post(
        '/v1/customers',
        {
          kind: 'person',
          name: `Mara ${MARKER}`,
          phone: '+49 151 2000 7777',
          email: 'mara.kranz@example.de',
          preferredChannel: 'email',
          consents: { marketing: false, dataProcessing: true },
        },
        idempotencyKey(),
      ),
      201,
      'customer',
    ).body;
    const vehicle = ok(
      await advisor.post(
        '/v1/vehicles',
        {
          vin: 'WVWZZZ1JZXW000777',
          make: 'Volkswagen',
          model: 'Golf',
          modelYear: 2020,
          ownerCustomerId: customer.id,
          mileageKm: 40_000,
        },
        idempotencyKey(),
      ),
      201,
      'vehicle',
    ).body;
    const slotStart = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
    ok(
      await advisor.post(
        '/v1/bookings',
        {
          centreId: centre.id,
          customerId: customer.id,
          vehicleId: vehicle.id,
          channel: 'phone',
          serviceType: 'repair',
          slotStart: slotStart.toISOString(),
          slotEnd: new Date(slotStart.getTime() + 3_600_000).toISOString(),
          estimatedLabourHours: 1,
          notes: `${MARKER}: she asked us to call her sister, not her`,
        },
        idempotencyKey(),
      ),
      201,
      'booking',
    );
    const order = ok(
      await advisor.post(
        '/v1/repair-orders',
        {
          centreId: centre.id,
          customerId: customer.id,
          vehicleId: vehicle.id,
          serviceType: 'repair',
          mileageKm: 40_100,
          fuelLevelPercent: 30,
          symptoms: `${MARKER}: grinding since her accident`,
          symptomSystems: ['brakes'],
          damageNotes: `${MARKER}: dent from her neighbour's gate`,
        },
        idempotencyKey(),
      ),
      201,
      'reception',
    ).body;
    ok(
      await advisor.post(
        `/v1/repair-orders/${order.id}/diagnosis`,
        {
          technicianId: 'tech-1',
          faultCodes: ['C1234'],
          findings: [
            { system: 'brakes', severity: 'required', faultCode: 'C1234', description: `${MARKER}: pads` },
          ],
          notes: `${MARKER}: drives to the clinic every day`,
          estimatedLabourHours: 1,
          partsRequired: false,
        },
        ifMatch(order.version),
      ),
      200,
      'diagnosis',
    );
    const rescue = ok(
      await advisor.post(
        '/v1/rescues',
        {
          regionId: 'region-west',
          customerId: customer.id,
          vehicleId: vehicle.id,
          problem: 'breakdown',
          channel: 'phone',
          priority: 'urgent',
          description: `${MARKER}: stranded near her home with two children`,
          location: { latitude: 50.71, longitude: 7.12 },
        },
        idempotencyKey(),
      ),
      201,
      'rescue',
    ).body;
    const complaint = ok(
      await advisor.post(
        '/v1/complaints',
        {
          channel: 'phone',
          description: `${MARKER}: the advisor mentioned her divorce in front of others`,
          customerId: customer.id,
          vehicleId: vehicle.id,
          centreId: centre.id,
          category: 'service-attitude',
          severity: 'high',
        },
        idempotencyKey(),
      ),
      201,
      'complaint',
    ).body;
    ok(await handler.post(`/v1/complaints/${complaint.id}/notes`, { text: `${MARKER}: note` }), 201, 'note');
    ok(
      await handler.post(`/v1/complaints/${complaint.id}/resolution`, {
        remedy: 'apology',
        summary: `${MARKER}: apologised to her`,
      }),
      200,
      'resolution',
    );
    const inquiry = ok(
      await advisor.post(
        '/v1/inquiries',
        {
          channel: 'chat',
          customerId: customer.id,
          centreId: centre.id,
          question: `${MARKER}: is it ready?`,
        },
        idempotencyKey(),
      ),
      201,
      'inquiry',
    ).body;
    ok(
      await handler.post(`/v1/inquiries/${inquiry.id}/answer`, { answer: `${MARKER}: tomorrow` }),
      200,
      'answer',
    );
    ok(
      await advisor.post(
        '/v1/surveys',
        {
          repairOrderId: order.id,
          customerId: customer.id,
          vehicleId: vehicle.id,
          centreId: centre.id,
          channel: 'email',
          scores: { product: 4, service: 4, purchase: 4 },
          nps: 8,
          comment: `${MARKER}: thanks from Mara`,
        },
        idempotencyKey(),
      ),
      201,
      'survey',
    );

    // Positive control: the texts are there (in clear where staff wrote them), in two services.
    const before = await leftovers();
    expect(Object.keys(before).sort()).toEqual(['complaint', 'repair']);
    const hitsBefore = Object.values(before).flat().length;

    // The backup a restore will later start from: the customer is still active in it.
    const backup = await backupDatabases({
      adminUrl: testInfra().databaseAdminUrl,
      targets: [{ service: 'customer', database: p.database('customer').name }],
      parentDir: path.join(work, 'backups'),
    });

    const erased = ok(
      await admin.post(`/v1/customers/${customer.id}/erasure`, { basis: 'customer-request' }),
      200,
      'erasure',
    );
    expect(erased.body.status).toBe('erased');
    const t0 = Date.now();
    const after = await waitFor(
      async () => {
        const left = await leftovers();
        return Object.keys(left).length === 0 ? left : undefined;
      },
      'no text of the erased customer left in any service',
      60_000,
      500,
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(await leftovers())}`);
    });
    const redactedMs = Date.now() - t0;
    expect(after).toEqual({});
    const gps = await count(
      p.databaseUrl('repair'),
      'SELECT count(*) FROM rescue WHERE id = $1 AND latitude IS NULL AND longitude IS NULL',
      [rescue.id],
    );
    expect(gps).toBe(1);
    const keysAfterErasure = await count(
      p.databaseUrl('customer'),
      'SELECT count(*) FROM customer_data_key WHERE customer_id = $1',
      [customer.id],
    );
    expect(keysAfterErasure).toBe(0);

    // Disaster recovery from the backup taken before the erasure: the customer is back ...
    await p.kill('customer', 'SIGTERM');
    await restoreBackup({
      adminUrl: testInfra().databaseAdminUrl,
      from: backup.dir,
      suffix: '',
      replace: true,
    });
    const keysRestored = await count(
      p.databaseUrl('customer'),
      'SELECT count(*) FROM customer_data_key WHERE customer_id = $1',
      [customer.id],
    );
    expect(keysRestored).toBe(1);
    // ... until the restore's erasure-log replay publishes the recorded erasure again.
    const lines: string[] = [];
    const replayed = await replayErasures(backup.dir, {
      repoRoot: path.resolve(__dirname, '../../..'),
      cwd: work,
      env: { KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_NAMESPACE: p.namespace },
      log: (line) => lines.push(line),
    });
    expect(replayed).toBe(true);
    expect(lines.join('\n')).toMatch(/erasure log replayed: 1 erasure/);
    await p.start('customer');
    const t1 = Date.now();
    await waitFor(
      async () =>
        (await count(
          p.databaseUrl('customer'),
          'SELECT count(*) FROM customer_data_key WHERE customer_id = $1',
          [customer.id],
        )) === 0,
      'the restored customer erased again',
      60_000,
      500,
    );
    const reErasedMs = Date.now() - t1;
    const shown = ok(await advisor.get(`/v1/customers/${customer.id}`), 200, 'customer after restore');
    expect(shown.body).toMatchObject({ status: 'erased', name: null });
    expect(await leftovers()).toEqual({});

    report(
      '11 erasure end to end',
      `marker written into ${hitsBefore} text column(s) of repair and complaint (and encrypted fields of customer) through the gateway; erasure; restore of the customer database from a backup taken before it`,
      {
        columnsWithMarkerBefore: hitsBefore,
        servicesScanned: SERVICES.length,
        columnsWithMarkerAfter: Object.values(after).flat().length,
        redactedEverywhereMs: redactedMs,
        rescueGpsDropped: String(gps === 1),
        dataKeysAfterErasure: keysAfterErasure,
        dataKeysAfterRestore: keysRestored,
        erasuresReplayed: 1,
        dataKeysAfterReplay: 0,
        reErasedMsAfterRestart: reErasedMs,
      },
    );
  }, 240_000);
});
