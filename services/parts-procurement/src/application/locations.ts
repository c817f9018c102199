// Stock locations and the centre (and dealer) each belongs to, which centre and dealer scope is
// checked against (api/scope.ts). Repair names the location serving a centre in every parts
// request; the first centre seen (or an earlier registration) wins, so an event never moves a
// location an administrator placed.
import { type Ctx } from './context';

/** Records that `locationId` serves `centreId` unless the location is already known. */
export async function learnLocation(ctx: Ctx, locationId: string, centreId: string): Promise<void> {
  await ctx.tx.stockLocation.createMany({
    data: [{ tenantId: ctx.tenantId, id: locationId, centreId }],
    skipDuplicates: true,
  });
}
