// The one map from event type to its payload schema. Adding an event means adding it to a
// domain module and to a topic; the tests check the two agree.
import { type z } from 'zod';
import { analyticsEvents } from './events/analytics';
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

/**
 * The version every event type is at. A breaking change is a new version on a new `.v2`
 * topic, at which point this becomes a per-type list of supported versions.
 */
export const EVENT_VERSION = 1;

export const eventTypes = Object.freeze(Object.keys(eventSchemas) as EventType[]);

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventSchemas, type);
}
