import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  CUSTOMER_LINK_RETENTION_MS,
  ContractViolation,
  RETAIN_FOREVER,
  allTopicNames,
  createEvent,
  createPreviousVersionEvent,
  isSuperseded,
  parseEvent,
  topicVersion,
  versionOf,
  versionsOf,
  type TopicDefinition,
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
  // Self-service: the sign-in code (sealed), survey invitations, maintenance reminders.
  'customer.sign-in-code.issued', 'survey.invited', 'maintenance.due',
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
  it('puts every version of every event type on exactly one topic, named with that version', () => {
    const carried = topics.flatMap((t) => t.eventTypes.map((e) => `${e}@v${topicVersion(t)}`));
    const expected = eventTypes.flatMap((e) => versionsOf(e).map((v) => `${e}@v${v}`));
    expect([...carried].sort()).toEqual([...expected].sort());
    expect(new Set(carried).size).toBe(carried.length);
    for (const type of eventTypes) expect(topicOf(type)).toMatch(new RegExp(`\\.v${versionOf(type)}$`));
  });

  it('names topics aftersales.<domain>.<aggregate>.v<version>, each once', () => {
    for (const t of topics) expect(t.name).toMatch(/^aftersales\.[a-z]+\.[a-z-]+\.v\d+$/);
    expect(new Set(topics.map((t) => t.name)).size).toBe(topics.length);
  });

  it('keeps a superseded topic next to its successor, with the same partitions and retention', () => {
    const superseded = topics.filter(isSuperseded);
    expect(superseded.map((t) => t.name)).toEqual(['aftersales.analytics.service-outcome.v1']);
    for (const old of superseded) {
      const next = topics.find((t) => t.name === topicOf(old.eventTypes[0]!))!;
      expect(topicVersion(next)).toBeGreaterThan(topicVersion(old));
      expect(next).toMatchObject({
        partitions: old.partitions,
        retentionMs: old.retentionMs,
        cleanupPolicy: old.cleanupPolicy,
        public: old.public,
      });
    }
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
    ).toEqual([
      'aftersales.analytics.service-outcome.v1',
      'aftersales.analytics.service-outcome.v2',
      'aftersales.parts.demand.v1',
    ]);
  });

  it('names no customer, vehicle or person directly on a current public topic (only pseudonyms)', () => {
    // Property names that would carry a direct identifier or contact data, anywhere in the payload.
    const direct = /(customerId|vehicleId|^name$|Name$|email|phone|mobile|vin$|plate|address|birth)/i;
    const names = (schema: unknown, path: string): string[] => {
      if (!schema || typeof schema !== 'object') return [];
      const out: string[] = [];
      for (const [key, child] of Object.entries(schema as Record<string, unknown>)) {
        if (key === 'properties' && child && typeof child === 'object')
          for (const [prop, sub] of Object.entries(child as Record<string, unknown>))
            out.push(`${path}.${prop}`, ...names(sub, `${path}.${prop}`));
        else out.push(...names(child, path));
      }
      return out;
    };
    for (const topic of topics.filter((t) => t.public && !isSuperseded(t)))
      for (const type of topic.eventTypes) {
        const data = (jsonSchemaOf(type, topicVersion(topic)).properties as Record<string, unknown>).data;
        const found = names(data, 'data').filter((p) => direct.test(p.split('.').pop()!));
        expect({ type, found }).toEqual({ type, found: [] });
      }
    // The guard itself: it finds the ids the superseded v1 outcome carried.
    const v1 = (jsonSchemaOf('analytics.service-outcome', 1).properties as Record<string, unknown>).data;
    expect(names(v1, 'data').filter((p) => direct.test(p.split('.').pop()!))).toEqual([
      'data.customerId',
      'data.vehicleId',
    ]);
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
        $id: `https://aftersales.example/schemas/${type}.v${versionOf(type)}.json`,
        title: `${type} v${versionOf(type)}`,
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

  it('describes an earlier version still published with its own schema and topic', () => {
    const v1 = ajv.compile(jsonSchemaOf('analytics.service-outcome', 1));
    expect(jsonSchemaOf('analytics.service-outcome', 1)).toMatchObject({
      $id: 'https://aftersales.example/schemas/analytics.service-outcome.v1.json',
      'x-topic': 'aftersales.analytics.service-outcome.v1',
    });
    const {
      customerPseudonym: _c,
      vehiclePseudonym: _v,
      pseudonymKeyId: _k,
      ...rest
    } = samples['analytics.service-outcome'];
    const old = createPreviousVersionEvent('analytics.service-outcome', 1, {
      producer: 'p',
      tenantId: 't',
      subject: 's',
      data: { ...rest, customerId: 'cus-1', vehicleId: 'veh-1' },
    });
    expect(old.version).toBe(1);
    expect(v1(JSON.parse(JSON.stringify(old))) ? [] : v1.errors).toEqual([]);
    // A v2 payload is not a v1 event, and v1 is not what services create or accept any more.
    expect(() =>
      createPreviousVersionEvent('analytics.service-outcome', 1, {
        producer: 'p',
        tenantId: 't',
        subject: 's',
        data: samples['analytics.service-outcome'],
      }),
    ).toThrow(ContractViolation);
    expect(() => parseEvent(old)).toThrow(
      /Unsupported version 1 of analytics.service-outcome \(supported: 2\)/,
    );
    expect(() =>
      createPreviousVersionEvent('analytics.service-outcome', 2, {
        producer: 'p',
        tenantId: 't',
        subject: 's',
        data: {},
      }),
    ).toThrow(/current version/);
  });

  it('committed files are what jsonSchemaOf returns', () => {
    const file = JSON.parse(readFileSync(join(schemasDir, 'parts.demand.v1.json'), 'utf8')) as unknown;
    expect(file).toEqual(jsonSchemaOf('parts.demand'));
  });
});

describe('topics that name customers do not keep them forever', () => {
  // Any event whose data names a customer links that person to what happened; a log cannot be
  // redacted on erasure, so such a topic must be compacted or age out (docs/security.md).
  const namesCustomer = (topic: TopicDefinition) =>
    topic.eventTypes.some((type) => {
      const data = (
        jsonSchemaOf(type, topicVersion(topic)).properties as Record<string, { properties?: object }>
      ).data;
      return Object.keys(data?.properties ?? {}).some((k) => /customerId$/i.test(k));
    });

  it.each(topics.map((t) => [t.name, t] as const))('%s', (_name, topic) => {
    if (!namesCustomer(topic)) return;
    expect(topic.cleanupPolicy === 'compact' || topic.retentionMs !== RETAIN_FOREVER).toBe(true);
    if (topic.cleanupPolicy === 'delete')
      expect(topic.retentionMs).toBeLessThanOrEqual(CUSTOMER_LINK_RETENTION_MS);
  });

  it('finds the customer-linked topics it is meant to guard', () => {
    const guarded = topics.filter(namesCustomer).map((t) => t.name);
    expect(guarded).toEqual(
      expect.arrayContaining([
        'aftersales.customer.customer.v1',
        'aftersales.repair.order.v1',
        'aftersales.analytics.service-outcome.v1',
      ]),
    );
  });
});
