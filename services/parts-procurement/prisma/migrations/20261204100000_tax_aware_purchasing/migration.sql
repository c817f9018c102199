-- Tax-aware purchasing: offers, order lines and invoices carry net prices and a VAT/GST rate
-- (basis points); invoices keep net, tax per rate and gross; credit notes reduce an invoice;
-- the three-way match has per-tenant amount tolerances; the approval threshold names a currency.
-- AlterTable
ALTER TABLE "part" ADD COLUMN "default_tax_rate_bp" INTEGER;

-- AlterTable
ALTER TABLE "supplier_part" ADD COLUMN "tax_rate_bp" INTEGER;

-- AlterTable
ALTER TABLE "purchase_order" ADD COLUMN "tax_minor" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "purchase_order_line" ADD COLUMN "tax_rate_bp" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "invoice" ADD COLUMN "net_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "tax_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "taxes" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "credited_minor" INTEGER NOT NULL DEFAULT 0;

-- Invoices registered before: tax 0, so net equals gross.
UPDATE "invoice" SET "net_minor" = "total_minor";

-- AlterTable
ALTER TABLE "tenant_settings" ADD COLUMN "amount_tolerance_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "tax_tolerance_pct" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN "approval_threshold_currency" CHAR(3);

-- CreateTable
CREATE TABLE "credit_note" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "credit_note_number" TEXT NOT NULL,
    "taxes" JSONB NOT NULL,
    "net_minor" INTEGER NOT NULL,
    "tax_minor" INTEGER NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "credit_note_invoice_id_idx" ON "credit_note"("invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "credit_note_tenant_id_invoice_id_credit_note_number_key" ON "credit_note"("tenant_id", "invoice_id", "credit_note_number");
