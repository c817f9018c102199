// What parts-procurement answers, as zod schemas: the OpenAPI document carries them and every
// answer is checked against them while tests run (libs/service-kit route()). Records are the
// stored rows as JSON (plain(): decimals as numbers, times as ISO strings, the ledger's bigint
// sequence as a string).
import { z } from 'zod';

const Time = z.iso.datetime();
const Id = z.string();
const Qty = z.number();
const MoneyView = z.object({ amountMinor: z.int(), currency: z.string().length(3) });

export const SupplierOfferView = z.object({
  supplierId: Id,
  partId: Id,
  tenantId: Id,
  unitPriceMinor: z.int(),
  currency: z.string(),
  leadTimeDays: z.int(),
  taxRateBp: z.int().nullable(),
});

export const PartView = z.object({
  id: Id,
  tenantId: Id,
  partNumber: z.string(),
  description: z.string(),
  category: z.string(),
  unitOfMeasure: z.string(),
  abcClass: z.string(),
  fitment: z.array(z.object({ make: z.string(), model: z.string() }).loose()),
  standardCostMinor: z.int(),
  currency: z.string(),
  seasonality: z.array(z.number()).nullable(),
  defaultTaxRateBp: z.int().nullable(),
  purchaseUnit: z.string().nullable(),
  purchaseUnitFactor: z.number(),
  quantityDecimals: z.int().nullable(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
  offers: z.array(SupplierOfferView).optional(),
});

export const StockLineView = z.object({
  tenantId: Id,
  partId: Id,
  locationId: Id,
  onHand: Qty,
  reserved: Qty,
  available: Qty,
  reorderPoint: Qty,
  safetyStock: Qty,
  orderUpTo: Qty,
  /** How the reorder point was set ({ method: 'manual' } or the computation's inputs) and when. */
  reorderBasis: z.record(z.string(), z.unknown()).nullable(),
  reorderComputedAt: Time.nullable(),
  updatedAt: Time,
});

/** The ledger's movement kinds (prisma MovementKind). */
export const MovementKindView = z.enum([
  'RECEIPT',
  'RESERVATION',
  'RELEASE',
  'ISSUE',
  'ADJUSTMENT',
  'STOCKTAKE',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'RETURN',
]);

export const MovementView = z.object({
  seq: z.string().regex(/^\d+$/),
  id: Id,
  partId: Id,
  locationId: Id,
  kind: MovementKindView,
  quantity: Qty,
  onHandDelta: Qty,
  reservedDelta: Qty,
  lotId: Id.nullable(),
  lotNumber: z.string().nullable(),
  unitCostMinor: z.int().nullable(),
  repairOrderId: Id.nullable(),
  reservationId: Id.nullable(),
  receiptId: Id.nullable(),
  stocktakeId: Id.nullable(),
  transferId: Id.nullable().optional(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: Time,
});

export const BalanceChangeView = z.object({
  partId: Id,
  locationId: Id,
  onHand: Qty,
  reserved: Qty,
  available: Qty,
});

export const ReorderPointView = z.object({
  partId: Id,
  locationId: Id,
  reorderPoint: Qty,
  safetyStock: Qty,
  orderUpTo: Qty,
  basis: z.record(z.string(), z.unknown()).nullable(),
  computedAt: Time,
});

export const BackorderView = z.object({
  id: Id,
  reservationId: Id,
  repairOrderId: Id,
  requestId: Id,
  lineId: Id,
  partId: Id,
  locationId: Id,
  quantity: Qty,
  fulfilled: Qty,
  status: z.enum(['open', 'fulfilled', 'cancelled']),
  createdAt: Time,
  closedAt: Time.nullable(),
});

export const ReservationView = z.object({
  id: Id,
  repairOrderId: Id,
  requestId: Id,
  locationId: Id,
  status: z.enum(['active', 'issued', 'released']),
  neededBy: Time.nullable(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
  lines: z.array(
    z.object({ lineId: Id, partId: Id, requested: Qty, reserved: Qty, issued: Qty, released: Qty }),
  ),
});

export const IssueView = z.object({
  reservationId: Id,
  repairOrderId: Id,
  lines: z.array(z.object({ partId: Id, quantity: Qty }).loose()),
  totalCost: MoneyView,
});

export const RequisitionView = z.object({
  id: Id,
  partId: Id,
  locationId: Id,
  quantity: Qty,
  neededBy: Time,
  reason: z.enum(['backorder', 'reorder', 'manual']),
  /** transferring: a stock transfer serves it (not purchased); transferred: it arrived. */
  status: z.enum(['open', 'ordered', 'cancelled', 'transferring', 'transferred']),
  backorderId: Id.nullable(),
  repairOrderId: Id.nullable(),
  demandId: Id.nullable(),
  purchaseOrderId: Id.nullable(),
  createdBy: z.string(),
  createdAt: Time,
});

export const PurchaseOrderView = z.object({
  id: Id,
  poNumber: z.string(),
  supplierId: Id,
  locationId: Id,
  status: z.enum(['pending-approval', 'ordered', 'partially-received', 'received']),
  /** Net. */
  totalMinor: z.int(),
  taxMinor: z.int(),
  currency: z.string(),
  supplierScore: z.number().nullable(),
  expectedDeliveryAt: Time.nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: Time.nullable(),
  paymentStatus: z.string(),
  createdBy: z.string(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
  lines: z.array(
    z.object({
      id: Id,
      partId: Id,
      quantity: Qty,
      unitPriceMinor: z.int(),
      taxRateBp: z.int(),
      received: Qty,
      accepted: Qty,
      rejected: Qty,
      invoiced: Qty,
      /** Quantities and unit price are per this unit (null: the stock unit); stock = quantity x factor. */
      purchaseUnit: z.string().nullable(),
      purchaseUnitFactor: Qty,
    }),
  ),
});

export const ReceiptView = z.object({
  receiptId: Id,
  purchaseOrder: PurchaseOrderView,
  onTime: z.boolean(),
  complete: z.boolean(),
});

export const InvoiceView = z.object({
  id: Id,
  purchaseOrderId: Id,
  invoiceNumber: z.string(),
  lines: z.array(z.object({ poLineId: Id, quantity: Qty, unitPriceMinor: z.int() }).loose()),
  netMinor: z.int(),
  taxMinor: z.int(),
  taxes: z.array(z.object({ rateBp: z.int(), netMinor: z.int(), taxMinor: z.int() })),
  /** Gross. */
  totalMinor: z.int(),
  creditedMinor: z.int(),
  /** What payment settles: gross minus credit notes. */
  payableMinor: z.int(),
  currency: z.string(),
  status: z.enum(['matched', 'paid']),
  dueAt: Time.nullable(),
  paidAt: Time.nullable(),
  paymentRef: z.string().nullable(),
  version: z.int(),
  createdAt: Time,
});

const TaxesView = z.array(z.object({ rateBp: z.int(), netMinor: z.int(), taxMinor: z.int() }));

export const CreditNoteView = z.object({
  id: Id,
  invoiceId: Id,
  creditNoteNumber: z.string(),
  taxes: TaxesView,
  netMinor: z.int(),
  taxMinor: z.int(),
  /** Gross credited. */
  totalMinor: z.int(),
  currency: z.string(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: Time,
  /** The supplier return whose claim the credit note settled (registered with one). */
  supplierReturnId: Id.nullable().optional(),
  /** The invoice after the credit. */
  invoice: InvoiceView,
});

export const SupplierReviewView = z.object({
  id: Id,
  supplierId: Id,
  kind: z.string(),
  receiptId: Id.nullable(),
  partId: Id.nullable(),
  received: Qty.nullable(),
  accepted: Qty.nullable(),
  onTime: z.boolean().nullable(),
  stars: z.int().nullable(),
  comment: z.string().nullable(),
  repairOrderId: Id.nullable(),
  /** Kinds return and comeback: the supplier return, its source, reason and quantity. */
  returnId: Id.nullable().optional(),
  source: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  quantity: Qty.nullable().optional(),
  createdBy: z.string(),
  createdAt: Time,
});

export const SupplierView = z.object({
  id: Id,
  name: z.string(),
  qualityScore: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  overallScore: z.number().nullable(),
  grade: z.string(),
  version: z.int(),
  createdAt: Time,
  updatedAt: Time,
  offers: z.array(SupplierOfferView).optional(),
  reviews: z.array(SupplierReviewView).optional(),
});

export const RatingView = z.object({
  supplierId: Id,
  rating: z
    .object({
      scores: z.record(z.string(), z.number()),
      overall: z.number(),
      grade: z.string(),
      receipts: z.int(),
    })
    .loose(),
});

const VarianceView = z.object({ partId: Id, expectedQuantity: Qty, countedQuantity: Qty, variance: Qty });

export const StocktakeView = z.object({
  id: Id,
  locationId: Id,
  status: z.enum(['counting', 'awaiting-second-approval', 'approved']),
  lines: z.array(
    z
      .object({
        partId: Id,
        expectedQuantity: Qty,
        countedQuantity: Qty.nullable(),
        systemQuantity: Qty.optional(),
        countedBy: z.string().optional(),
        countedAt: Time.optional(),
      })
      .loose(),
  ),
  approvedBy: z.string().nullable(),
  approvedAt: Time.nullable(),
  countedBy: z.array(z.string()),
  varianceValueMinor: z.int().nullable(),
  secondApprovedBy: z.string().nullable(),
  secondApprovedAt: Time.nullable(),
  createdBy: z.string(),
  version: z.int(),
  createdAt: Time,
  variances: z.array(VarianceView),
  uncounted: z.array(Id),
});

export const ApprovedStocktakeView = StocktakeView.extend({ booked: z.array(VarianceView) });

export const LotTraceView = z.object({
  lotNumber: z.string(),
  receipts: z.array(
    z.object({
      lotId: Id,
      partId: Id,
      locationId: Id,
      receiptId: Id.nullable(),
      supplierId: Id.nullable(),
      receivedAt: Time,
      remaining: Qty,
    }),
  ),
  issued: z.array(z.object({ repairOrderId: Id, vehicleId: Id.nullable() }).loose()),
  repairOrderIds: z.array(Id),
  vehicleIds: z.array(Id),
});

export const SettingsView = z.object({
  weights: z.object({ quality: z.number(), price: z.number(), leadTime: z.number(), onTime: z.number() }),
  approvalThresholdMinor: z.int(),
  overReceiptTolerancePct: z.number(),
  priceTolerancePct: z.number(),
  approvalThresholdCurrency: z.string().nullable(),
  amountToleranceMinor: z.int(),
  taxTolerancePct: z.number(),
  stocktakeSecondApprovalMinor: z.int(),
  version: z.int(),
});

export const AbcView = z.object({
  classes: z.record(z.string(), z.string()),
  changed: z.int(),
  consumptionValueMinor: z.record(z.string(), z.number()),
});

export const PublishedView = z.object({ published: z.int() });
