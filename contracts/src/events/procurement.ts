// Procurement events: purchase orders, goods receipts with inspection, supplier ratings.
import { z } from 'zod';
import { CalendarDate, Id, Money, Quantity, Timestamp, UserId } from '../primitives';

export const PurchaseOrderCreated = z
  .object({
    purchaseOrderId: Id,
    poNumber: z.string().min(1).max(32),
    supplierId: Id,
    locationId: Id.describe('Delivery location'),
    requisitionIds: z.array(Id),
    lines: z
      .array(
        z.object({
          lineId: Id,
          partId: Id,
          quantity: Quantity,
          unitPrice: Money.describe('Net unit price'),
          lineTotal: Money.describe('Net: quantity x unit price'),
          taxRateBp: z
            .int()
            .min(0)
            .max(10_000)
            .optional()
            .describe('VAT/GST rate in basis points (1900 = 19 %); absent from older producers: unknown'),
          lineTax: Money.optional().describe('Tax on lineTotal at taxRateBp'),
        }),
      )
      .min(1),
    total: Money.describe('Net total'),
    tax: Money.optional().describe('Tax on the net total (sum of the line taxes)'),
    grossTotal: Money.optional().describe('Net total plus tax'),
    expectedDeliveryAt: Timestamp,
    supplierScore: z.number().min(0).max(1).nullable().describe('Weighted selection score of the supplier'),
    approvedBy: UserId.nullable().describe('Set when the amount needed approval'),
  })
  .describe('A purchase order was placed with a supplier.');

export const PurchaseOrderReceived = z
  .object({
    purchaseOrderId: Id,
    receiptId: Id,
    supplierId: Id,
    locationId: Id,
    lines: z
      .array(
        z.object({
          lineId: Id,
          partId: Id,
          receivedQuantity: z.number().nonnegative(),
          acceptedQuantity: z.number().nonnegative(),
          rejectedQuantity: z.number().nonnegative(),
          rejectionReason: z.enum(['damaged', 'wrong-part', 'quality', 'excess']).nullable(),
          lotNumber: z.string().min(1).max(64).nullable(),
        }),
      )
      .min(1),
    expectedDeliveryAt: Timestamp,
    onTime: z.boolean(),
    complete: z.boolean().describe('Every PO line is now fully received'),
    inspectedBy: UserId,
  })
  .describe('Goods were received against a purchase order; rejected quantities never enter stock.');

export const SupplierRated = z
  .object({
    supplierId: Id,
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
    scores: z.object({
      quality: z.number().min(0).max(100),
      price: z.number().min(0).max(100),
      leadTime: z.number().min(0).max(100),
      onTime: z.number().min(0).max(100),
    }),
    overall: z.number().min(0).max(100),
    grade: z.enum(['preferred', 'approved', 'conditional', 'blocked']),
    receipts: z.int().nonnegative().describe('Receipts the rating is based on'),
  })
  .describe("A supplier's rating was recomputed from inspections, on-time delivery and feedback.");

export const procurementEvents = {
  'procurement.po.created': PurchaseOrderCreated,
  'procurement.po.received': PurchaseOrderReceived,
  'supplier.rated': SupplierRated,
} as const;
