// Parts events: reservations for repair orders (keyed by the repair order id, so the
// repair service sees reserve/backorder/issue/release in order), stock signals and the
// public parts-demand stream read by procurement systems outside the platform, and the part
// catalogue (keyed by part id) so other services can name parts the way procurement does.
import { z } from 'zod';
import { CalendarDate, Id, Money, Quantity, Timestamp, UserId } from '../primitives';

export const AbcClass = z.enum(['A', 'B', 'C']);

export const UnitOfMeasure = z.enum(['piece', 'set', 'litre', 'kilogram', 'metre']);

const PartLine = z.object({
  lineId: Id.describe('The line of the repair.parts.requested event'),
  partId: Id,
  quantity: Quantity,
});

export const PartsReserved = z
  .object({
    repairOrderId: Id,
    requestId: Id,
    reservationId: Id,
    locationId: Id,
    source: z.enum(['stock', 'backorder-fulfilment']),
    lines: z.array(PartLine).min(1),
    openBackorderLines: z
      .int()
      .nonnegative()
      .describe(
        'Open backorder lines of the whole order (every request of it) after this reservation; ' +
          '0 means every part of the order is now reserved',
      ),
  })
  .describe('Stock was reserved for a repair order (from stock, or a receipt fulfilling a backorder).');

export const PartsBackordered = z
  .object({
    repairOrderId: Id,
    requestId: Id,
    locationId: Id,
    lines: z.array(PartLine.extend({ backorderId: Id })).min(1),
    expectedAt: Timestamp.nullable(),
  })
  .describe('Part of a request could not be reserved; the shortfall is backordered.');

export const PartsIssued = z
  .object({
    repairOrderId: Id,
    locationId: Id,
    issuedTo: UserId.nullable().describe('Technician who took the parts'),
    lines: z
      .array(
        z.object({
          partId: Id,
          quantity: Quantity,
          lotNumber: z.string().min(1).max(64).nullable().describe('Lot traceability for recalls'),
          unitCost: Money,
        }),
      )
      .min(1),
    totalCost: Money,
    openBackorderLines: z
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Open backorder lines of the whole order after this issue (0: nothing of the order is still ' +
          'awaited); absent from producers before it was added',
      ),
  })
  .describe('Reserved parts were issued to the workshop for a repair order.');

export const PartsReleased = z
  .object({
    repairOrderId: Id,
    reservationId: Id,
    locationId: Id,
    reason: z
      .enum(['order-cancelled', 'quote-declined', 'not-needed', 'expired'])
      .describe('not-needed: an approved re-quote dropped the parts, or an old-style request replaced them'),
    lines: z.array(z.object({ partId: Id, quantity: Quantity })).min(1),
  })
  .describe(
    'Reserved, not yet issued stock of a reservation went back to available stock (all of it, or ' +
      'the quantities listed when a re-quote dropped parts).',
  );

export const PartsBackorderCancelled = z
  .object({
    repairOrderId: Id,
    requestId: Id.describe('The request whose backorder this was'),
    reservationId: Id,
    locationId: Id,
    reason: z
      .enum(['order-cancelled', 'quote-declined', 'not-needed', 'expired'])
      .describe('As parts.released: not-needed when a re-quote dropped the part'),
    lines: z
      .array(PartLine.extend({ backorderId: Id }))
      .min(1)
      .describe(
        'quantity: how much of the backorder was cancelled (what was already received stays reserved)',
      ),
    openBackorderLines: z
      .int()
      .nonnegative()
      .describe(
        'Open backorder lines of the whole order after this change; 0 means nothing of the order is still awaited',
      ),
  })
  .describe(
    'Backordered quantity a repair order no longer needs was cancelled, with its demand where not yet ordered.',
  );

export const PartsStockLow = z
  .object({
    partId: Id,
    locationId: Id,
    abcClass: AbcClass,
    onHand: z.number().nonnegative(),
    reserved: z.number().nonnegative(),
    available: z.number().nonnegative(),
    reorderPoint: z.number().nonnegative(),
    safetyStock: z.number().nonnegative(),
    suggestedQuantity: Quantity,
    requisitionId: Id.nullable().describe('Requisition created for the shortfall'),
  })
  .describe('Available stock of a part at a location crossed its reorder point.');

export const PartsDemand = z
  .object({
    demandId: Id.describe('Stable id; a changed demand is re-sent with the same id'),
    partId: Id,
    partNumber: z.string().min(1).max(64).describe("Manufacturer's part number"),
    locationId: Id,
    quantity: Quantity,
    unitOfMeasure: UnitOfMeasure,
    neededBy: Timestamp,
    reason: z.enum(['backorder', 'reorder', 'forecast']),
    repairOrderId: Id.nullable().describe('Set for backorders'),
    forecast: z
      .object({
        periodStart: CalendarDate,
        periodEnd: CalendarDate,
        lower: z.number().nonnegative(),
        upper: z.number().nonnegative(),
        method: z.string().min(1).max(64),
      })
      .nullable()
      .describe('Set when reason is forecast: the period and prediction band'),
  })
  .describe(
    'Public: a need for parts at a location, for procurement systems inside and outside the platform.',
  );

const TransferredLot = z.object({
  lotNumber: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .describe('Lot traceability: the lot number travels with the goods'),
  quantity: Quantity,
  unitCost: Money.describe('Cost of the source lot; the destination lot keeps it'),
});

const TransferLine = z.object({
  transferId: Id,
  transferNumber: z.string().min(1).max(64),
  partId: Id,
  fromLocationId: Id,
  toLocationId: Id,
});

export const PartsTransferShipped = TransferLine.extend({
  quantity: Quantity.describe('Left the source location (off its on-hand); in transit until received'),
  lots: z.array(TransferredLot).min(1),
}).describe(
  'A stock transfer line left its source location: the quantity is in transit (one event per part).',
);

export const PartsTransferReceived = TransferLine.extend({
  shipped: Quantity,
  received: z.number().nonnegative().describe('Booked on at the destination'),
  lost: z
    .number()
    .nonnegative()
    .describe('Shipped but never arrived: booked as a loss-in-transit adjustment at the destination'),
  lossReason: z.string().min(1).max(500).nullable(),
  lots: z
    .array(TransferredLot)
    .describe('The lots that arrived (new lots at the destination, same number and cost)'),
}).describe(
  'A stock transfer line arrived at its destination (one event per part); a shortfall is a loss in transit.',
);

const PartCatalogueEntry = z.object({
  partId: Id,
  partNumber: z.string().min(1).max(64).describe("Manufacturer's part number; never changes"),
  description: z.string().min(1).max(500),
  category: z.string().min(1).max(64),
  unitOfMeasure: UnitOfMeasure.describe('Unit stock and orders are kept in; never changes'),
  abcClass: AbcClass,
  purchaseUnit: z
    .string()
    .min(1)
    .max(32)
    .optional()
    .describe(
      'Unit suppliers sell the part in (box, drum, or the stock unit itself); absent from older producers',
    ),
  purchaseUnitFactor: z
    .number()
    .positive()
    .optional()
    .describe('Stock units in one purchase unit (a box of 10: 10; a drum of 208 l: 208); absent: 1'),
  quantityDecimals: z
    .int()
    .min(0)
    .max(3)
    .optional()
    .describe(
      'Decimals a quantity of the part may have in its stock unit (0 for pieces and sets); absent: 0 for ' +
        'piece and set, 3 otherwise',
    ),
  version: z
    .int()
    .positive()
    .describe('Catalogue version of the part; a consumer keeps the entry with the highest version'),
});

export const PartRegistered = PartCatalogueEntry.describe('A part was added to the catalogue.');

export const PartUpdated = PartCatalogueEntry.describe(
  'A catalogue entry changed (description, category, ABC class); carries the full current entry.',
);

export const partsEvents = {
  'parts.reserved': PartsReserved,
  'parts.backordered': PartsBackordered,
  'parts.issued': PartsIssued,
  'parts.released': PartsReleased,
  'parts.backorder-cancelled': PartsBackorderCancelled,
  'parts.stock-low': PartsStockLow,
  'parts.demand': PartsDemand,
  'parts.transfer-shipped': PartsTransferShipped,
  'parts.transfer-received': PartsTransferReceived,
  'part.registered': PartRegistered,
  'part.updated': PartUpdated,
} as const;
