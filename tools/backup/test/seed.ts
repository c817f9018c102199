// Realistic rows in real service schemas (migrated with the services' own migrations), written
// with plain SQL so the test depends on nothing but the tables: encrypted PII as bytes, JSONB,
// arrays, enums, millisecond timestamps, a BIGSERIAL outbox with published and pending events.
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';

async function withClient(url: string, fn: (c: Client) => Promise<void>): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await fn(c);
  } finally {
    await c.end();
  }
}

async function outbox(
  c: Client,
  topic: string,
  key: string,
  type: string,
  published: boolean,
): Promise<void> {
  const eventId = randomUUID();
  const payload = {
    id: eventId,
    type,
    version: 1,
    occurredAt: '2026-11-26T09:15:02.123Z',
    producer: topic.split('.')[1],
    tenantId: 'tenant-nord',
    subject: key,
    data: { note: 'Bremsen quietschen – "vorne links"', amountMinor: 12999, tags: ['brakes', 'noise'] },
  };
  await c.query(
    `INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers, created_at, published_at, attempts)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9)`,
    [
      eventId,
      topic,
      key,
      type,
      JSON.stringify(payload),
      JSON.stringify({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }),
      '2026-11-26T09:15:02.123Z',
      published ? '2026-11-26T09:15:02.456Z' : null,
      published ? 1 : 0,
    ],
  );
}

/** Two customers (one erased), a data key, an access-log entry, a vehicle, outbox and inbox rows. */
export async function seedCustomer(url: string): Promise<void> {
  await withClient(url, async (c) => {
    const ids = [randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      // Ciphertext with zero bytes and high bytes: bytea must survive byte for byte.
      const ciphertext = Buffer.concat([Buffer.from([0, 255, 0, 128]), randomBytes(96)]);
      await c.query(
        `INSERT INTO customer (id, tenant_id, dealer_id, kind, preferred_channel, consent_marketing,
           consent_marketing_at, consent_data_processing, consent_data_processing_at, pii_ciphertext,
           pii_key_id, phone_index, email_index, status, erased_at, erasure_basis, version, created_by,
           created_at, updated_at)
         VALUES ($1, 'tenant-nord', 'dealer-7', 'PRIVATE', 'SMS', $2, '2026-01-02T03:04:05.678Z', true,
           '2026-01-02T03:04:05.678Z', $3, $4, $5, $6, $7, $8, $9, $10, 'user-advisor-1',
           '2026-01-02T03:04:05.678Z', '2026-11-20T12:00:00.001Z')`,
        [
          id,
          i === 0,
          ciphertext,
          randomUUID(),
          i === 0 ? randomBytes(32).toString('hex') : null,
          i === 0 ? randomBytes(32).toString('hex') : null,
          i === 0 ? 'ACTIVE' : 'ERASED',
          i === 0 ? null : '2026-11-21T08:00:00.000Z',
          i === 0 ? null : 'GDPR Art. 17',
          i + 1,
        ],
      );
      await c.query(
        `INSERT INTO customer_data_key (id, tenant_id, customer_id, master_key_id, wrapped_key)
         VALUES ($1, 'tenant-nord', $2, 'master-2026-01', $3)`,
        [randomUUID(), id, randomBytes(60)],
      );
    }
    await c.query(
      `INSERT INTO pii_access_log (tenant_id, customer_id, user_id, roles, purpose, request_id)
       VALUES ('tenant-nord', $1, 'user-advisor-1', ARRAY['advisor', 'centre-manager'], 'booking', 'req-123'),
              ('tenant-nord', $1, 'user-agent-9', ARRAY['complaint-agent'], 'complaint', NULL)`,
      [ids[0]],
    );
    await c.query(
      `INSERT INTO vehicle (id, tenant_id, vin, make, model, model_year, owner_customer_id, mileage_km,
         purchase_date, warranty_ends_on, created_by, updated_at)
       VALUES ($1, 'tenant-nord', 'WVWZZZ1KZAW000123', 'Volkswagen', 'Golf', 2021, $2, 48211, '2021-03-15',
         '2026-03-14', 'user-advisor-1', '2026-11-20T12:00:00.001Z')`,
      [randomUUID(), ids[0]],
    );
    await outbox(c, 'aftersales.customer.customer.v1', ids[0]!, 'customer.registered', true);
    await outbox(c, 'aftersales.customer.customer.v1', ids[1]!, 'customer.erased', false);
    await c.query(
      `INSERT INTO inbox_message (consumer_group, event_id, event_type, topic, partition, kafka_offset, processed_at)
       VALUES ('customer', $1, 'repair.order.closed', 'aftersales.repair.order.v1', 2, 9007199254740993,
         '2026-11-26T10:00:00.999Z')`,
      [randomUUID()],
    );
  });
}

/** A service centre (JSONB address and hours), a repair order with a diagnosis, outbox rows. */
export async function seedRepair(url: string): Promise<void> {
  await withClient(url, async (c) => {
    const centreId = randomUUID();
    await c.query(
      `INSERT INTO service_centre (id, tenant_id, dealer_id, name, type, region_id, address, latitude, longitude,
         opening_hours, hours_exceptions, bays, technicians, labour_rate_minor, currency, tax_rate_basis_points,
         stock_location_id, updated_at)
       VALUES ($1, 'tenant-nord', 'dealer-7', 'Autohaus Nord – Hamburg', 'DEALER', 'region-north', $2::jsonb,
         53.5511, 9.9937, $3::jsonb, '[]'::jsonb, 6, $4::jsonb, 9500, 'EUR', 1900, 'stock-hh-1',
         '2026-11-01T07:00:00.000Z')`,
      [
        centreId,
        JSON.stringify({ street: 'Süderstraße 12', city: 'Hamburg', postcode: '20097', country: 'DE' }),
        JSON.stringify({ mon: [{ open: '07:30', close: '18:00' }], sat: [] }),
        JSON.stringify([{ id: 'tech-1', skills: ['brakes', 'ev'] }]),
      ],
    );
    const orderId = randomUUID();
    await c.query(
      `INSERT INTO repair_order (id, tenant_id, order_number, centre_id, region_id, centre_type, customer_id,
         vehicle_id, origin, service_type, status, mileage_km, fuel_level_percent, symptoms, symptom_systems,
         emergency_mode, currency, diagnosis, fault_codes, progress_notes, qc_results, received_at,
         status_changed_at, created_by, updated_at)
       VALUES ($1, 'tenant-nord', 'RO-2026-000123', $2, 'region-north', 'DEALER', $3, $4, 'BOOKING',
         'brake-service', 'DIAGNOSED', 48211, 35, 'Squealing when braking', ARRAY['brakes'], false, 'EUR',
         $5::jsonb, ARRAY['C1234'], '[]'::jsonb, '[]'::jsonb, '2026-11-26T08:00:00.000Z',
         '2026-11-26T09:30:00.250Z', 'user-advisor-1', '2026-11-26T09:30:00.250Z')`,
      [
        orderId,
        centreId,
        randomUUID(),
        randomUUID(),
        JSON.stringify({ findings: 'Front pads at 2 mm', labourHours: 1.5, nested: { ok: null } }),
      ],
    );
    await outbox(c, 'aftersales.repair.order.v1', orderId, 'repair.order.opened', true);
    await outbox(c, 'aftersales.repair.order.v1', orderId, 'repair.order.diagnosed', true);
    await outbox(c, 'aftersales.repair.order.v1', orderId, 'repair.order.quoted', false);
  });
}
