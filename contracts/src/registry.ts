// The one map from event type to its payload schema. Adding an event means adding it to a
// domain module and to a topic; the tests check the two agree.
import { type z } from 'zod';
import { analyticsEvents, ServiceOutcomeV1 } from './events/analytics';
import { complaintEvents } from './events/complaint';
import { customerEvents } from './events/customer';
import { partsEvents } from './events/parts';
import { procurementEvents } from './events/procurement';
import { qualityEvents } from './events/quality';
import { repairEvents } from './events/repair';
import { workforceEvents } from './events/workforce';
import { type EventEnvelope } from './envelope';

export const eventSchemas = {
  ...customerEvents,
  ...repairEvents,
  ...workforceEvents,
  ...partsEvents,
  ...procurementEvents,
  ...complaintEvents,
  ...qualityEvents,
  ...analyticsEvents,
} as const;

export type EventType = keyof typeof eventSchemas;

export type EventData<T extends EventType> = z.infer<(typeof eventSchemas)[T]>;

/** An envelope whose `type` and `data` agree. */
export type EventOf<T extends EventType> = Omit<EventEnvelope, 'type' | 'data'> & {
  type: T;
  data: EventData<T>;
};

/** Every event, discriminated on `type`: `switch (event.type)` narrows `event.data`. */
export type AnyEvent = { [T in EventType]: EventOf<T> }[EventType];

/** The version an event type is at unless EVENT_VERSIONS says otherwise. */
export const EVENT_VERSION = 1;

/**
 * Event types past version 1. A breaking change is a new version, carried by a new topic whose
 * name ends in that version (`.v2`); the previous version's schema stays in PREVIOUS_VERSIONS for
 * as long as it is still published next to the new one (see docs/consuming-events.md).
 */
export const EVENT_VERSIONS: { readonly [T in EventType]?: number } = {
  // v2: pseudonyms instead of customer and vehicle ids on the public stream.
  'analytics.service-outcome': 2,
};

/** Schemas of earlier versions still published side by side with the current one. */
export const PREVIOUS_VERSIONS: { readonly [T in EventType]?: Readonly<Record<number, z.ZodType>> } = {
  'analytics.service-outcome': { 1: ServiceOutcomeV1 },
};

/** The version new events of a type are created at (and the only one parseEvent accepts). */
export function versionOf(type: EventType): number {
  return EVENT_VERSIONS[type] ?? EVENT_VERSION;
}

/** Every version of a type that has a schema: the current one and any still published. */
export function versionsOf(type: EventType): number[] {
  const previous = Object.keys(PREVIOUS_VERSIONS[type] ?? {}).map(Number);
  return [...previous, versionOf(type)].sort((a, b) => a - b);
}

/** The payload schema of one version of a type. */
export function schemaOf(type: EventType, version: number = versionOf(type)): z.ZodType {
  if (version === versionOf(type)) return eventSchemas[type];
  const schema = PREVIOUS_VERSIONS[type]?.[version];
  if (!schema) throw new Error(`No schema for version ${version} of ${type}`);
  return schema;
}

export const eventTypes = Object.freeze(Object.keys(eventSchemas) as EventType[]);

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventSchemas, type);
}
