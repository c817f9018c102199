-- Supplier returns and claims, and quarterly supplier reviews: goods going back to their supplier
-- (rejected at inspection, or from a lot in stock with a RETURN movement) with a credit-note or
-- replacement claim; supplier reviews of kind 'return' / 'comeback' feed the rating; a closed
-- quarter's rating is frozen in supplier_rating_review.
-- AlterEnum
ALTER TYPE "movement_kind" ADD VALUE 'RETURN';

-- AlterTable
ALTER TABLE "supplier_review" ADD COLUMN "return_id" UUID,
ADD COLUMN "source" TEXT,
ADD COLUMN "reason" TEXT,
ADD COLUMN "quantity" DECIMAL(14,3);

-- CreateTable
CREATE TABLE "supplier_return" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "supplier_id" UUID NOT NULL,
    "purchase_order_id" UUID NOT NULL,
    "po_line_id" UUID NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "receipt_id" UUID NOT NULL,
    "lot_id" UUID,
    "lot_number" TEXT,
    "comeback_repair_order_id" TEXT,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "quantity" DECIMAL(14,3) NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "tax_rate_bp" INTEGER NOT NULL,
    "claim_value_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "claim" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "settlement" TEXT,
    "shipment_ref" TEXT,
    "invoice_id" UUID,
    "credit_note_id" UUID,
    "credited_minor" INTEGER,
    "replacement_receipt_id" UUID,
    "replacement_lot_id" UUID,
    "supplier_rejection_reason" TEXT,
    "created_by" TEXT NOT NULL,
    "shipped_by" TEXT,
    "shipped_at" TIMESTAMPTZ(3),
    "settled_by" TEXT,
    "settled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supplier_return_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplier_rating_review" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "supplier_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "overall" DOUBLE PRECISION NOT NULL,
    "grade" TEXT NOT NULL,
    "previous_grade" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "closed_by" TEXT NOT NULL,
    "closed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supplier_rating_review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supplier_return_tenant_id_supplier_id_created_at_idx" ON "supplier_return"("tenant_id", "supplier_id", "created_at");

-- CreateIndex
CREATE INDEX "supplier_return_tenant_id_purchase_order_id_idx" ON "supplier_return"("tenant_id", "purchase_order_id");

-- CreateIndex
CREATE INDEX "supplier_return_tenant_id_status_created_at_idx" ON "supplier_return"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "supplier_return_tenant_id_lot_id_idx" ON "supplier_return"("tenant_id", "lot_id");

-- CreateIndex
CREATE UNIQUE INDEX "supplier_rating_review_tenant_id_supplier_id_period_key" ON "supplier_rating_review"("tenant_id", "supplier_id", "period");
