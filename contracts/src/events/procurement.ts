// Procurement events: purchase orders, goods receipts with inspection, supplier ratings, supplier
// returns and their claims.
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
          purchaseUnit: z
            .string()
            .min(1)
            .max(32)
            .optional()
            .describe(
              'Unit quantity and unitPrice are in (box, drum, or the stock unit); absent: the stock unit',
            ),
          purchaseUnitFactor: z
            .number()
            .positive()
            .optional()
            .describe('Stock units per purchase unit, copied onto the line when ordered; absent: 1'),
          stockQuantity: Quantity.optional().describe('quantity x purchaseUnitFactor, in the stock unit'),
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
          purchaseUnit: z
            .string()
            .min(1)
            .max(32)
            .optional()
            .describe('Unit the received/accepted/rejected quantities are in; absent: the stock unit'),
          purchaseUnitFactor: z
            .number()
            .positive()
            .optional()
            .describe('Stock units per purchase unit; absent: 1'),
          acceptedStockQuantity: z
            .number()
            .nonnegative()
            .optional()
            .describe('acceptedQuantity x purchaseUnitFactor: what entered stock, in the stock unit'),
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
    period: z
      .string()
      .regex(/^\d{4}-Q[1-4]$/)
      .optional()
      .describe(
        'Set on a quarterly review (e.g. 2026-Q4): the frozen rating of that quarter; absent: the running rating',
      ),
    gradeInForce: z
      .enum(['preferred', 'approved', 'conditional', 'blocked'])
      .optional()
      .describe(
        "The supplier's grade after this rating: once a quarterly review has graded it, only reviews change it",
      ),
  })
  .describe("A supplier's rating was recomputed from inspections, on-time delivery, returns and feedback.");

const ReturnSource = z.enum(['inspection', 'stock']);

export const SupplierReturnCreated = z
  .object({
    returnId: Id,
    supplierId: Id,
    purchaseOrderId: Id,
    poLineId: Id,
    partId: Id,
    locationId: Id,
    source: ReturnSource.describe(
      'inspection: rejected at a goods receipt (never in stock); stock: taken from a lot',
    ),
    receiptId: Id.describe('The goods receipt the goods came with'),
    lotId: Id.nullable(),
    lotNumber: z.string().min(1).max(64).nullable(),
    comebackRepairOrderId: Id.nullable().describe(
      'The comeback repair order traced to the lot (reason comeback)',
    ),
    reason: z.enum(['defective', 'wrong-part', 'damaged', 'comeback']),
    quantity: Quantity,
    claim: z.enum(['credit-note', 'replacement']),
    claimValue: Money.describe('Net: quantity x the net unit price the goods were bought at'),
    createdBy: UserId,
  })
  .describe('Goods go back to their supplier with a claim for a credit note or a replacement.');

export const SupplierReturnSettled = z
  .object({
    returnId: Id,
    supplierId: Id,
    purchaseOrderId: Id,
    partId: Id,
    locationId: Id,
    source: ReturnSource,
    quantity: Quantity,
    claim: z.enum(['credit-note', 'replacement']),
    outcome: z
      .enum(['credited', 'replaced', 'rejected-by-supplier'])
      .describe('credited by a credit note, replaced by a replacement delivery, or refused by the supplier'),
    invoiceId: Id.nullable(),
    creditNoteId: Id.nullable(),
    credited: Money.nullable().describe('Gross of the credit note'),
    replacementReceiptId: Id.nullable(),
    replacementLotNumber: z.string().min(1).max(64).nullable(),
    settledBy: UserId,
  })
  .describe("A supplier return's claim was settled (or refused by the supplier).");

export const procurementEvents = {
  'procurement.po.created': PurchaseOrderCreated,
  'procurement.po.received': PurchaseOrderReceived,
  'supplier.rated': SupplierRated,
  'procurement.return.created': SupplierReturnCreated,
  'procurement.return.settled': SupplierReturnSettled,
} as const;
