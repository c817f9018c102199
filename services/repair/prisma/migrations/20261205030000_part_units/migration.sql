-- Part units from the parts catalogue (aftersales.parts.catalogue.v1, part.registered/updated):
-- a quote refuses a part quantity finer than the part's stock unit allows (0.5 of a brake disc).
-- One row per part, the highest catalogue version wins.

-- CreateTable
CREATE TABLE "part_unit" (
    "tenant_id" TEXT NOT NULL,
    "part_id" TEXT NOT NULL,
    "part_number" TEXT NOT NULL,
    "unit_of_measure" TEXT NOT NULL,
    "quantity_decimals" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "part_unit_pkey" PRIMARY KEY ("tenant_id","part_id")
);
