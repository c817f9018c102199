-- Reorder points from analytics' forecast: the forecasts consumed from parts.demand (reason
-- forecast), and on each balance how its reorder point was set and when (the scheduled recompute
-- records it too).
ALTER TABLE "stock_balance" ADD COLUMN "reorder_basis" JSONB,
ADD COLUMN "reorder_computed_at" TIMESTAMPTZ(3);

-- Whether an existing reorder point was set by hand or computed was never recorded: keep every
-- existing one as it is (the scheduled recompute leaves manual points alone) rather than
-- overwrite a deliberate value; computing it once more (POST /v1/reorder-points without manual)
-- hands it to the schedule.
UPDATE "stock_balance" SET "reorder_basis" = '{"method": "manual", "legacy": true}'::jsonb
 WHERE "reorder_point" > 0 OR "order_up_to" > 0;

CREATE TABLE "part_demand_forecast" (
    "tenant_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "demand_id" TEXT NOT NULL,
    "quantity" DECIMAL(14,3) NOT NULL,
    "lower" DECIMAL(14,3) NOT NULL,
    "upper" DECIMAL(14,3) NOT NULL,
    "method" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "part_demand_forecast_pkey" PRIMARY KEY ("tenant_id","part_id","location_id","period_start")
);

CREATE INDEX "part_demand_forecast_tenant_id_period_end_idx" ON "part_demand_forecast"("tenant_id", "period_end");
