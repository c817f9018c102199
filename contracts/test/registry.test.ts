import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  CUSTOMER_LINK_RETENTION_MS,
  RETAIN_FOREVER,
  allTopicNames,
  createEvent,
  dlqTopicDefinitionOf,
  dlqTopicOf,
  eventSchemas,
  eventTypes,
  jsonSchemaFileName,
  jsonSchemaOf,
  topicOf,
  topics,
  type EventType,
} from '../src';
import { samples } from './fixtures';

const schemasDir = join(__dirname, '..', 'schemas');

// Every event type the platform agreed on (the brief); a rename or a drop fails here.
const agreedTypes = [
  'customer.registered', 'customer.updated', 'customer.erased', 'vehicle.registered',
  'vehicle.ownership-changed', 'survey.completed', 'followup.scheduled', 'followup.completed',
  'repair.booking.created', 'repair.booking.cancelled', 'repair.booking.no-show', 'repair.order.opened',
  'repair.order.diagnosed', 'repair.order.quoted', 'repair.order.approved', 'repair.order.declined',
  'repair.order.status-changed', 'repair.order.qc-failed', 'repair.order.completed', 'repair.order.delivered',
  'repair.order.closed', 'repair.order.cancelled', 'repair.parts.requested', 'repair.parts.dropped',
  'repair.sla.breached',
  'rescue.requested', 'rescue.dispatched', 'rescue.completed', 'emergency.mode.entered', 'emergency.mode.left',
  'parts.reserved', 'parts.backordered', 'parts.issued', 'parts.released', 'parts.backorder-cancelled',
  'parts.stock-low', 'parts.demand', 'parts.transfer-shipped', 'parts.transfer-received',
  'part.registered', 'part.updated',
  'procurement.po.created', 'procurement.po.received', 'supplier.rated',
  'procurement.return.created', 'procurement.return.settled',
  'complaint.registered', 'complaint.classified', 'complaint.assigned', 'complaint.escalated',
  'complaint.resolved', 'complaint.closed', 'complaint.reopened',
  'analytics.service-outcome', 'analytics.kpi.snapshot',
  'inquiry.received', 'inquiry.answered', 'inquiry.escalated', 'inquiry.converted',
  'audit.scheduled', 'audit.completed', 'action.opened', 'action.escalated', 'action.verified',
  'action.closed', 'supervision.reported', 'supervision.resolved',
  'technician.training-completed', 'technician.certified', 'technician.certification-expired',
  'partner.qualification-changed', 'safety.inspection-completed', 'safety.hazard-rectified',
]; // prettier-ignore

describe('event registry', () => {
  it('has exactly the agreed event types', () => {
    expect([...eventTypes].sort()).toEqual([...agreedTypes].sort());
  });

  it.each(eventTypes.map((t) => [t]))('%s has a schema, a topic and a committed JSON Schema', (type) => {
    expect(eventSchemas[type]).toBeDefined();
    expect(topicOf(type)).toMatch(/^aftersales\./);
    expect(existsSync(join(schemasDir, jsonSchemaFileName(type)))).toBe(true);
  });
});

describe('topics', () => {
  it('puts every event type on exactly one topic', () => {
    const carried = topics.flatMap((t) => t.eventTypes);
    expect([...carried].sort()).toEqual([...eventTypes].sort());
    expect(new Set(carried).size).toBe(carried.length);
  });

  it('names topics aftersales.<domain>.<aggregate>.v1, each once', () => {
    for (const t of topics) expect(t.name).toMatch(/^aftersales\.[a-z]+\.[a-z-]+\.v1$/);
    expect(new Set(topics.map((t) => t.name)).size).toBe(topics.length);
  });

  it('has sane sizing and a key description', () => {
    for (const t of topics) {
      expect([3, 6]).toContain(t.partitions);
      expect(t.retentionMs === -1 || t.retentionMs >= 24 * 3600 * 1000).toBe(true);
      expect(t.key.length).toBeGreaterThan(0);
      expect(t.eventTypes.length).toBeGreaterThan(0);
    }
  });

  it('keeps one repair order on one partitioned stream', () => {
    const order = topics.find((t) => t.name === 'aftersales.repair.order.v1')!;
    expect(order.partitions).toBe(6);
    expect(order.eventTypes).toEqual(
      expect.arrayContaining(['repair.parts.requested', 'repair.parts.dropped', 'repair.sla.breached']),
    );
    expect(
      eventTypes.filter((t) => t.startsWith('repair.order.')).every((t) => topicOf(t) === order.name),
    ).toBe(true);
    expect(topicOf('parts.backordered')).toBe('aftersales.parts.reservation.v1');
    expect(topicOf('parts.backorder-cancelled')).toBe('aftersales.parts.reservation.v1');
  });

  it('marks exactly the streams read outside the platform as public', () => {
    expect(
      topics
        .filter((t) => t.public)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['aftersales.analytics.service-outcome.v1', 'aftersales.parts.demand.v1']);
  });

  it('derives dead-letter topics', () => {
    expect(dlqTopicOf('aftersales.repair.order.v1')).toBe('aftersales.repair.order.v1.dlq');
    const dlq = dlqTopicDefinitionOf(topics[0]!);
    expect(dlq).toMatchObject({ name: `${topics[0]!.name}.dlq`, public: false, partitions: 1 });
    const names = allTopicNames();
    expect(names).toHaveLength(topics.length * 2);
    for (const t of topics) expect(names).toEqual(expect.arrayContaining([t.name, `${t.name}.dlq`]));
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(topics)).toBe(true);
    expect(Object.isFrozen(topics[0])).toBe(true);
    expect(() => topicOf('nope' as EventType)).toThrow(/No topic/);
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('x-topic');

  it.each(eventTypes.map((t) => [t]))(
    '%s: described, and agrees with zod on valid and invalid events',
    (type) => {
      const schema = jsonSchemaOf(type);
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://aftersales.example/schemas/${type}.v1.json`,
        title: `${type} v1`,
        'x-topic': topicOf(type),
      });
      expect(typeof schema.description).toBe('string');

      const validate = ajv.compile(schema);
      const event = JSON.parse(
        JSON.stringify(
          createEvent(type, { producer: 'p', tenantId: 't', subject: 's', data: samples[type] } as never),
        ),
      ) as Record<string, unknown>;
      expect(validate(event) ? [] : validate.errors).toEqual([]);
      // Fields added later must not be rejected by consumers holding this schema.
      expect(
        validate({ ...event, addedLater: true, data: { ...(event.data as object), addedLater: 1 } }),
      ).toBe(true);
      expect(validate({ ...event, type: 'other.type' })).toBe(false);
      expect(validate({ ...event, occurredAt: '2026-03-12 10:00' })).toBe(false);
      expect(validate({ ...event, data: {} })).toBe(false);
    },
  );

  it('committed files are what jsonSchemaOf returns', () => {
    const file = JSON.parse(readFileSync(join(schemasDir, 'parts.demand.v1.json'), 'utf8')) as unknown;
    expect(file).toEqual(jsonSchemaOf('parts.demand'));
  });
});

describe('topics that name customers do not keep them forever', () => {
  // Any event whose data names a customer links that person to what happened; a log cannot be
  // redacted on erasure, so such a topic must be compacted or age out (docs/security.md).
  const namesCustomer = (type: EventType) => {
    const data = (jsonSchemaOf(type).properties as Record<string, { properties?: object }>).data;
    return Object.keys(data?.properties ?? {}).some((k) => /customerId$/i.test(k));
  };

  it.each(topics.map((t) => [t.name, t] as const))('%s', (_name, topic) => {
    if (!topic.eventTypes.some(namesCustomer)) return;
    expect(topic.cleanupPolicy === 'compact' || topic.retentionMs !== RETAIN_FOREVER).toBe(true);
    if (topic.cleanupPolicy === 'delete')
      expect(topic.retentionMs).toBeLessThanOrEqual(CUSTOMER_LINK_RETENTION_MS);
  });

  it('finds the customer-linked topics it is meant to guard', () => {
    const guarded = topics.filter((t) => t.eventTypes.some(namesCustomer)).map((t) => t.name);
    expect(guarded).toEqual(
      expect.arrayContaining([
        'aftersales.customer.customer.v1',
        'aftersales.repair.order.v1',
        'aftersales.analytics.service-outcome.v1',
      ]),
    );
  });
});
