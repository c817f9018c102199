// How repair's use cases add an event to their unit of work: the kit's emitEvent (validated
// against the contract now; producer, tenant, time and cause from the unit of work) with repair's
// correlation rule: an aggregate's events share its id as correlation id unless the flow names
// another (a training session, an emergency, an inspection).
import { type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { emitEvent, type UnitOfWork } from '@aftersales/service-kit';
import { minorOf } from '../domain/money';

/** The `producer` of every event this service emits. */
export const PRODUCER = 'repair';

export function emit<T extends EventType>(
  uow: UnitOfWork<unknown>,
  type: T,
  subject: string,
  data: EventData<T>,
  correlationId: string = subject,
): AnyEvent {
  return emitEvent(uow, type, subject, data, { correlationId });
}

/** Money columns are BIGINT; events carry the amount as a JSON number (exact: see domain/money.ts). */
export const money = (amountMinor: number | bigint, currency: string) => ({
  amountMinor: minorOf(amountMinor),
  currency,
});
export const iso = (d: Date) => d.toISOString();
