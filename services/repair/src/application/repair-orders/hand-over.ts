// Hand-over: the repaired vehicle is delivered to the customer (READY -> DELIVERED) and the order
// is closed with its invoice (or closed unrepaired after a decline); before delivery an order can
// be cancelled instead.
import { ruleViolation } from '../../domain/errors';
import { checkedMinor, minorOf } from '../../domain/money';
import { centreHoursOf, orderCancelled, orderClosed, orderDelivered } from '../../events/order-events';
import { type CommandContext, type CommandDeps } from '../unit-of-work';
import { orderCommand } from './command';
import { planTransition, recordTransition } from './lifecycle';
import { approvedQuoteOf } from './quotes';

export interface DeliveryInput {
  mileageKm: number;
  notes?: string | null;
  nextMaintenance: { dueMileageKm?: number | null; dueOn?: string | null };
}

export function deliver(deps: CommandDeps, ctx: CommandContext, id: string, input: DeliveryInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'deliver');
    if (input.mileageKm < order.mileageKm)
      throw ruleViolation(
        `Delivery mileage ${input.mileageKm} km is below the reception mileage ${order.mileageKm} km.`,
        { details: { field: 'mileageKm' } },
      );
    const nextMaintenance = {
      dueMileageKm: input.nextMaintenance.dueMileageKm ?? null,
      dueOn: input.nextMaintenance.dueOn ?? null,
    };
    if (nextMaintenance.dueMileageKm !== null && nextMaintenance.dueMileageKm <= input.mileageKm)
      throw ruleViolation('Next maintenance mileage must be above the delivery mileage.', {
        details: { field: 'nextMaintenance.dueMileageKm' },
      });
    const centre = await uow.tx.serviceCentre.findFirst({
      where: { id: order.centreId, tenantId: order.tenantId },
      select: { timeZone: true, openingHours: true, hoursExceptions: true },
    });
    orderDelivered(uow, order, {
      mileageKm: input.mileageKm,
      nextMaintenance,
      centreHours: centre ? centreHoursOf(centre) : null,
    });
    return {
      ...(await recordTransition(uow, order, plan)),
      delivery: {
        at: uow.now.toISOString(),
        by: uow.actor,
        mileageKm: input.mileageKm,
        notes: input.notes ?? null,
        nextMaintenance,
      },
    };
  });
}

export interface ClosureInput {
  payer: 'customer' | 'warranty' | 'insurance' | 'internal' | 'goodwill';
  invoiceTotalMinor?: number | null;
}

export function close(deps: CommandDeps, ctx: CommandContext, id: string, input: ClosureInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'close');
    const quote = await approvedQuoteOf(uow.tx, order);
    const given = input.invoiceTotalMinor;
    const invoiceTotalMinor =
      given !== undefined && given !== null
        ? checkedMinor(given, 'invoiceTotalMinor')
        : plan.from === 'DECLINED'
          ? 0
          : minorOf(quote?.grossMinor ?? 0);
    orderClosed(uow, order, { invoiceTotalMinor, payer: input.payer });
    return {
      ...(await recordTransition(uow, order, plan)),
      closure: { at: uow.now.toISOString(), by: uow.actor, payer: input.payer, invoiceTotalMinor },
    };
  });
}

export interface CancellationInput {
  cancelledBy: 'customer' | 'staff';
  reason: 'customer-request' | 'quote-declined' | 'duplicate' | 'vehicle-unavailable' | 'other';
  note?: string | null;
}

export function cancel(deps: CommandDeps, ctx: CommandContext, id: string, input: CancellationInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'cancel');
    orderCancelled(uow, order, {
      fromStatus: plan.from,
      cancelledBy: input.cancelledBy,
      reason: input.reason,
    });
    return {
      ...(await recordTransition(uow, order, plan)),
      cancellation: { at: uow.now.toISOString(), by: uow.actor, ...input },
    };
  });
}
