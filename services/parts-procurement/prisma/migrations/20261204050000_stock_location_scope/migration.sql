-- Stock locations belong to a service centre (and its dealer), so centre and dealer scope can be
-- checked for stock, ledger, stocktakes, reservations and location-bound purchasing.
-- CreateTable
CREATE TABLE "stock_location" (
    "tenant_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "dealer_id" TEXT,
    "name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stock_location_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "stock_location_tenant_id_centre_id_idx" ON "stock_location"("tenant_id", "centre_id");

-- CreateIndex
CREATE INDEX "stock_location_tenant_id_dealer_id_idx" ON "stock_location"("tenant_id", "dealer_id");

-- Backfill: the centre each location served in past parts requests (reservations of repair orders
-- whose centre repair.order.opened told us); the earliest order wins if a location served several.
-- Locations never reserved from stay unassigned until registered (PUT /v1/stock-locations/{id}).
INSERT INTO "stock_location" ("tenant_id", "id", "centre_id", "updated_at")
SELECT DISTINCT ON (r."tenant_id", r."location_id") r."tenant_id", r."location_id", o."centre_id", CURRENT_TIMESTAMP
  FROM "reservation" r
  JOIN "repair_order_ref" o ON o."tenant_id" = r."tenant_id" AND o."repair_order_id" = r."repair_order_id"
 ORDER BY r."tenant_id", r."location_id", o."opened_at" ASC
ON CONFLICT DO NOTHING;
