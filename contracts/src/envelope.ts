// The envelope every event travels in, whatever its type. The payload is checked by the
// per-type schema in the registry; here it is opaque so any event can be routed first.
import { z } from 'zod';
import { Timestamp } from './primitives';

const NonEmpty = z.string().min(1).max(256);

export const EventEnvelopeSchema = z.object({
  id: z.uuid().describe('Unique event id; consumers deduplicate on it (inbox)'),
  type: NonEmpty.describe('Event type, e.g. repair.order.completed'),
  version: z.int().min(1).describe('Schema version of the event type'),
  occurredAt: Timestamp.describe('When the fact happened, ISO-8601 UTC'),
  producer: NonEmpty.describe('Name of the service that emitted the event'),
  tenantId: NonEmpty.describe('Dealer group the event belongs to'),
  subject: NonEmpty.describe('Aggregate id; also the Kafka message key, so one aggregate stays in order'),
  correlationId: NonEmpty.describe('Shared by every event of one business flow'),
  causationId: NonEmpty.nullable().describe('Id of the event or request that caused this one'),
  data: z.unknown(),
});

export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;
