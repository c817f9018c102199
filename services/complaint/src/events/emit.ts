// How this service emits its events into a unit of work: each event is keyed and correlated by
// the aggregate it is about (a complaint's events share the complaint id as correlation id, an
// action's the action id), even when one unit of work changes several aggregates (an audit and
// the actions its findings open). Validated when emitted; written to the outbox at commit.
import { type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { emitEvent, type UnitOfWork } from '@aftersales/service-kit';

export const PRODUCER = 'complaint';

/**
 * Emits `type` about the aggregate `aggregateId` (subject and correlation id). `causationId`
 * defaults to the unit of work's (the consumed event, or none for a request).
 */
export function emitFor<T extends EventType>(
  uow: UnitOfWork<unknown>,
  type: T,
  aggregateId: string,
  data: EventData<T>,
  causationId: string | null = uow.causationId,
): AnyEvent {
  return emitEvent(uow, type, aggregateId, data, { correlationId: aggregateId, causationId });
}
