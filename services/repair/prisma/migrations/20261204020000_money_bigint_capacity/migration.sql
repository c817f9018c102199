-- Issue 19 (money fits, capacity that sees the workshop). Every money column becomes BIGINT
-- (minor units); the API refuses amounts above Number.MAX_SAFE_INTEGER before they get here.
-- Widening INTEGER to BIGINT keeps every value (a table rewrite; short on repair's sizes).
ALTER TABLE "service_centre" ALTER COLUMN "labour_rate_minor" SET DATA TYPE BIGINT;
ALTER TABLE "repair_order" ALTER COLUMN "parts_cost_minor" SET DATA TYPE BIGINT;
ALTER TABLE "repair_quote" ALTER COLUMN "quote_discount_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "net_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "discount_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "tax_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "gross_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "labour_net_minor" SET DATA TYPE BIGINT,
  ALTER COLUMN "parts_net_minor" SET DATA TYPE BIGINT;

-- Comebacks follow a warranty rule per tenant and service type, counted from delivery. The
-- technicians' working hours (hoursPerDay, absences) live in service_centre.technicians (JSON):
-- no column change.
CREATE TABLE "warranty_rule" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "service_type" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "km" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "warranty_rule_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "warranty_rule_tenant_id_service_type_key" ON "warranty_rule"("tenant_id", "service_type");
