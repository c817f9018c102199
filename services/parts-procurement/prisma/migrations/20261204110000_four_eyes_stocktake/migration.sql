-- Four eyes on stocktakes: who counted (nobody who counted may approve), the variance value at
-- approval and, above the tenant's new threshold, the second approver.
ALTER TABLE "stocktake" ADD COLUMN "counted_by" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "variance_value_minor" INTEGER,
ADD COLUMN "second_approved_by" TEXT,
ADD COLUMN "second_approved_at" TIMESTAMPTZ(3);

ALTER TABLE "tenant_settings" ADD COLUMN "stocktake_second_approval_minor" INTEGER NOT NULL DEFAULT 100000;
