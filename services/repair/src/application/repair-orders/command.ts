// One command on one order, the same way for all of them: in a unit of work, load the order in
// the caller's scope, check the version the client saw (If-Match), let the command decide (its
// checks, its event, its transition), then save with the version lock. The events reach the
// outbox after that locked update, in the same commit, so outbox order is commit order.
import { expectVersion } from '@aftersales/service-kit';
import { type ServiceCentre } from '../../db/client';
import { unknownReference } from '../../domain/errors';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from '../unit-of-work';
import { orderForIdentity, saveOrder, type OrderChanges, type OrderWithCentre } from './lifecycle';

export interface OrderDeps extends CommandDeps {
  /** Days a new quote stays valid. */
  quoteValidDays: number;
}

export function orderCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  decide: (uow: Uow, order: OrderWithCentre) => Promise<OrderChanges>,
): Promise<void> {
  return runCommand(deps, ctx, async (uow) => {
    const order = await orderForIdentity(uow.tx, ctx.identity, id);
    expectVersion(ctx.expectedVersion, order.version);
    await saveOrder(uow.tx, order, await decide(uow, order));
  });
}

export const jsonArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** 422 unless the technician works at the centre. */
export function assertTechnicianAt(centre: ServiceCentre, technicianId: string): void {
  const techs = jsonArray(centre.technicians) as { id: string }[];
  if (!techs.some((t) => t.id === technicianId))
    throw unknownReference(
      'technicianId',
      `Technician ${technicianId} does not work at centre ${centre.id}.`,
    );
}
