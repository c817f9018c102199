// Event factories: every event this service emits is built here from the contracts (createEvent
// validates, so a bad event fails at its producer) and keyed by its aggregate id.
import { createEvent, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';

export const PRODUCER = 'repair';

export interface EventCause {
  tenantId: string;
  /** Request id or the consumed event's id. */
  causationId?: string | null;
  /** The business flow (defaults to the aggregate id, so one order's events share it). */
  correlationId?: string;
  occurredAt?: Date;
}

export function repairEvent<T extends EventType>(
  type: T,
  subject: string,
  data: EventData<T>,
  cause: EventCause,
): AnyEvent {
  return createEvent(type, {
    producer: PRODUCER,
    tenantId: cause.tenantId,
    subject,
    data,
    correlationId: cause.correlationId ?? subject,
    causationId: cause.causationId ?? null,
    occurredAt: cause.occurredAt,
  }) as AnyEvent;
}

export const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });
export const iso = (d: Date) => d.toISOString();
