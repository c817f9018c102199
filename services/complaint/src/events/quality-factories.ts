// Builds inquiry and quality events (audits, improvement actions, supervision reports). Keyed
// and correlated by the aggregate's id; texts (questions, answers, notes, findings) never go out.
import { createEvent, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { PRODUCER, type EventContext } from './factories';

export interface Aggregate {
  id: string;
  tenantId: string;
}

export function qualityEvent<T extends EventType>(
  type: T,
  aggregate: Aggregate,
  ctx: EventContext,
  data: EventData<T>,
): AnyEvent {
  return createEvent(type, {
    producer: PRODUCER,
    tenantId: aggregate.tenantId,
    subject: aggregate.id,
    correlationId: aggregate.id,
    causationId: ctx.causationId ?? null,
    occurredAt: ctx.occurredAt,
    data,
  } as never) as AnyEvent;
}
