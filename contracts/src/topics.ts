// Topic registry: which topic carries which event types, how it is keyed and sized.
// Deployment generates KafkaTopic resources from this list, so it is the only place
// partitions and retention are decided.
import { versionOf, type EventType } from './registry';

export interface TopicDefinition {
  name: string;
  partitions: number;
  /** What the message key is. The key is always the envelope `subject`. */
  key: string;
  /** Kafka retention.ms; -1 keeps the log forever (see RETAIN_FOREVER). */
  retentionMs: number;
  /** Kafka cleanup.policy: `delete` (by retention) or `compact` (the latest record per key). */
  cleanupPolicy: 'delete' | 'compact';
  /** Consumed by systems outside the platform (non-TypeScript): its JSON Schemas are an API. */
  public: boolean;
  eventTypes: readonly EventType[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Source-of-truth streams are kept forever: analytics rebuilds its read models by replay. */
export const RETAIN_FOREVER = -1;

/**
 * Streams whose events name a customer (customerId) are not kept forever: an erasure redacts the
 * services' databases, but a log cannot be edited, so the link between a customer id and what
 * happened to them ages out. Three years: the history the quarterly evaluation and the demand
 * forecasts look back on (analytics keeps its read models; a rebuild covers these three years).
 * docs/security.md lists the topics.
 */
export const CUSTOMER_LINK_RETENTION_MS = 3 * 365 * DAY_MS;

export const DLQ_SUFFIX = '.dlq';
/** Dead letters wait for a fix and a replay; a month is enough to notice and act. */
export const DLQ_RETENTION_MS = 30 * DAY_MS;
export const DLQ_PARTITIONS = 1;

/** Both versions of the public service-outcome topic: one shape, so they key and age alike. */
const serviceOutcomeTopic: Omit<TopicDefinition, 'name'> = {
  partitions: 3,
  key: 'repair order id',
  retentionMs: CUSTOMER_LINK_RETENTION_MS,
  cleanupPolicy: 'delete',
  public: true,
  eventTypes: ['analytics.service-outcome'],
};

// 6 partitions where volume is high (orders, reservations, stock), 3 elsewhere. Changing the
// count of an existing topic remaps keys and breaks per-aggregate order: that is a new topic.
const definitions: TopicDefinition[] = [
  {
    // Compacted: the latest record per customer stays. For an erased customer that is
    // customer.erased, ids only: the erasure log a restore replays (docs/backup.md).
    name: 'aftersales.customer.customer.v1',
    partitions: 3,
    key: 'customer id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'compact',
    public: false,
    eventTypes: ['customer.registered', 'customer.updated', 'customer.erased'],
  },
  {
    // Compacted: the latest owner of each vehicle stays, earlier owners' links go.
    name: 'aftersales.customer.vehicle.v1',
    partitions: 3,
    key: 'vehicle id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'compact',
    public: false,
    eventTypes: ['vehicle.registered', 'vehicle.ownership-changed'],
  },
  {
    name: 'aftersales.customer.survey.v1',
    partitions: 3,
    key: 'survey id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['survey.completed', 'survey.invited'],
  },
  {
    name: 'aftersales.customer.followup.v1',
    partitions: 3,
    key: 'follow-up id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['followup.scheduled', 'followup.completed'],
  },
  {
    name: 'aftersales.customer.maintenance.v1',
    partitions: 3,
    key: 'vehicle id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['maintenance.due'],
  },
  {
    // Sign-in codes live ten minutes: a day of retention is ample for a consumer to catch up.
    name: 'aftersales.customer.sign-in.v1',
    partitions: 3,
    key: 'challenge id',
    retentionMs: DAY_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['customer.sign-in-code.issued'],
  },
  {
    name: 'aftersales.repair.booking.v1',
    partitions: 3,
    key: 'booking id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['repair.booking.created', 'repair.booking.cancelled', 'repair.booking.no-show'],
  },
  {
    // Parts requests and SLA breaches share the order's key so they interleave in order
    // with its status changes.
    name: 'aftersales.repair.order.v1',
    partitions: 6,
    key: 'repair order id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: [
      'repair.order.opened',
      'repair.order.diagnosed',
      'repair.order.quoted',
      'repair.order.approved',
      'repair.order.declined',
      'repair.order.status-changed',
      'repair.order.qc-failed',
      'repair.order.completed',
      'repair.order.delivered',
      'repair.order.closed',
      'repair.order.cancelled',
      'repair.parts.requested',
      'repair.parts.dropped',
      'repair.sla.breached',
    ],
  },
  {
    name: 'aftersales.repair.rescue.v1',
    partitions: 3,
    key: 'rescue id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['rescue.requested', 'rescue.dispatched', 'rescue.completed'],
  },
  {
    name: 'aftersales.repair.emergency.v1',
    partitions: 3,
    key: 'region id (emergency mode is per region)',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['emergency.mode.entered', 'emergency.mode.left'],
  },
  {
    // Training results and certifications, keyed by technician so one history stays in order.
    name: 'aftersales.repair.workforce.v1',
    partitions: 3,
    key: 'technician id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['technician.training-completed', 'technician.certified', 'technician.certification-expired'],
  },
  {
    name: 'aftersales.repair.quality.v1',
    partitions: 3,
    key: 'centre id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['partner.qualification-changed', 'safety.inspection-completed', 'safety.hazard-rectified'],
  },
  {
    // Keyed by repair order, not part: the repair service needs reserve/backorder/issue/release
    // of one order in order.
    name: 'aftersales.parts.reservation.v1',
    partitions: 6,
    key: 'repair order id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: [
      'parts.reserved',
      'parts.backordered',
      'parts.issued',
      'parts.released',
      'parts.backorder-cancelled',
    ],
  },
  {
    name: 'aftersales.parts.stock.v1',
    partitions: 6,
    key: 'part id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['parts.stock-low', 'parts.transfer-shipped', 'parts.transfer-received'],
  },
  {
    // Public API for procurement systems; demand is re-derivable, so a bounded log suffices.
    name: 'aftersales.parts.demand.v1',
    partitions: 3,
    key: 'part id',
    retentionMs: 30 * DAY_MS,
    cleanupPolicy: 'delete',
    public: true,
    eventTypes: ['parts.demand'],
  },
  {
    // The part catalogue, latest entry per key: consumers (analytics) need every part's current
    // entry at any time, so it is kept forever (compaction-style: only the newest per key matters).
    name: 'aftersales.parts.catalogue.v1',
    partitions: 3,
    key: 'part id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['part.registered', 'part.updated'],
  },
  {
    name: 'aftersales.procurement.purchase-order.v1',
    partitions: 3,
    key: 'purchase order id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['procurement.po.created', 'procurement.po.received'],
  },
  {
    name: 'aftersales.procurement.supplier.v1',
    partitions: 3,
    key: 'supplier id',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    // Returns are keyed by their supplier, so a supplier's returns and ratings stay in order.
    eventTypes: ['supplier.rated', 'procurement.return.created', 'procurement.return.settled'],
  },
  {
    name: 'aftersales.complaint.complaint.v1',
    partitions: 3,
    key: 'complaint id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: [
      'complaint.registered',
      'complaint.classified',
      'complaint.assigned',
      'complaint.escalated',
      'complaint.resolved',
      'complaint.closed',
      'complaint.reopened',
    ],
  },
  {
    // Online consultation: a question, its answer or escalation, and its conversion.
    name: 'aftersales.complaint.inquiry.v1',
    partitions: 3,
    key: 'inquiry id',
    retentionMs: CUSTOMER_LINK_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['inquiry.received', 'inquiry.answered', 'inquiry.escalated', 'inquiry.converted'],
  },
  {
    // The quality loop: audits, improvement actions (CAPA) and supervision reports.
    name: 'aftersales.complaint.quality.v1',
    partitions: 3,
    key: 'audit, action or report id (the aggregate id)',
    retentionMs: RETAIN_FOREVER,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: [
      'audit.scheduled',
      'audit.completed',
      'action.opened',
      'action.escalated',
      'action.verified',
      'action.closed',
      'supervision.reported',
      'supervision.resolved',
    ],
  },
  {
    // Superseded by .v2 (it names the customer and the vehicle). Analytics publishes here only
    // while SERVICE_OUTCOME_V1_UNTIL lies ahead, for BI consumers still migrating; what it holds
    // ages out with the customer links.
    ...serviceOutcomeTopic,
    name: 'aftersales.analytics.service-outcome.v1',
  },
  {
    // Public API for BI teams; emitted once per order and not recomputable by them. Pseudonyms
    // only, so it could be kept longer; kept as long as v1 so both cover the same history.
    ...serviceOutcomeTopic,
    name: 'aftersales.analytics.service-outcome.v2',
  },
  {
    // Snapshots are derived and periodic; replaying the sources recomputes them.
    name: 'aftersales.analytics.kpi.v1',
    partitions: 3,
    key: 'KPI scope as "<scope>:<scopeId>", e.g. "centre:c-17"',
    retentionMs: 90 * DAY_MS,
    cleanupPolicy: 'delete',
    public: false,
    eventTypes: ['analytics.kpi.snapshot'],
  },
];

export const topics: readonly TopicDefinition[] = Object.freeze(
  definitions.map((t) => Object.freeze({ ...t, eventTypes: Object.freeze([...t.eventTypes]) })),
);

/** The version of the events a topic carries: its name ends in it (`.v1`, `.v2`). */
export function topicVersion(topic: Pick<TopicDefinition, 'name'>): number {
  const match = /\.v(\d+)$/.exec(topic.name);
  if (!match) throw new Error(`Topic ${topic.name} does not end in its version`);
  return Number(match[1]);
}

const topicByTypeVersion = new Map<string, string>(
  topics.flatMap((t) => t.eventTypes.map((e) => [`${e}@${topicVersion(t)}`, t.name] as const)),
);

/** The topic that carries one version of an event type (default: the current version). */
export function topicOf(type: EventType, version: number = versionOf(type)): string {
  const topic = topicByTypeVersion.get(`${type}@${version}`);
  if (!topic) throw new Error(`No topic carries event type "${type}" (v${version})`);
  return topic;
}

/** True for a topic whose event types have moved on to a newer version (a `.v2` topic exists). */
export function isSuperseded(topic: TopicDefinition): boolean {
  return topic.eventTypes.some((type) => versionOf(type) > topicVersion(topic));
}

export function dlqTopicOf(topic: string): string {
  return topic + DLQ_SUFFIX;
}

/** The dead-letter topic of a topic: small, internal, kept long enough to replay. */
export function dlqTopicDefinitionOf(topic: TopicDefinition): TopicDefinition {
  return {
    ...topic,
    name: dlqTopicOf(topic.name),
    partitions: DLQ_PARTITIONS,
    retentionMs: DLQ_RETENTION_MS,
    cleanupPolicy: 'delete',
    public: false,
  };
}

/** Every topic to create up front (auto-creation is off), dead-letter topics included. */
export function allTopicNames(): string[] {
  return topics.flatMap((t) => [t.name, dlqTopicOf(t.name)]);
}
