-- The service centres that serve each customer and vehicle (registered there, a booking or a
-- repair order there), so a centre-limited caller sees the customers and vehicles of its centres.
-- CreateTable
CREATE TABLE "customer_centre" (
    "tenant_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "centre_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_centre_pkey" PRIMARY KEY ("customer_id","centre_id")
);

-- CreateTable
CREATE TABLE "vehicle_centre" (
    "tenant_id" TEXT NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "centre_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vehicle_centre_pkey" PRIMARY KEY ("vehicle_id","centre_id")
);

-- CreateIndex
CREATE INDEX "customer_centre_tenant_id_centre_id_idx" ON "customer_centre"("tenant_id", "centre_id");

-- CreateIndex
CREATE INDEX "vehicle_centre_tenant_id_centre_id_idx" ON "vehicle_centre"("tenant_id", "centre_id");

-- AddForeignKey
ALTER TABLE "customer_centre" ADD CONSTRAINT "customer_centre_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vehicle_centre" ADD CONSTRAINT "vehicle_centre_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill from what the service already holds: delivered orders (follow-ups) and surveys name
-- the centre that served the customer and the vehicle. Bookings and orders before this release
-- that never reached delivery are not known here; they are learnt from repair's events onwards.
INSERT INTO "customer_centre" ("tenant_id", "customer_id", "centre_id", "source", "first_seen_at")
SELECT s."tenant_id", c."id", s."centre_id", s."source", min(s."at")
  FROM (
    SELECT "tenant_id", "customer_id"::text AS "customer_id", "centre_id", 'survey' AS "source", "created_at" AS "at" FROM "survey"
    UNION ALL
    SELECT "tenant_id", "customer_id", "centre_id", 'repair-order', "created_at" FROM "follow_up"
  ) s
  JOIN "customer" c ON c."id"::text = s."customer_id" AND c."tenant_id" = s."tenant_id"
 GROUP BY s."tenant_id", c."id", s."centre_id", s."source"
ON CONFLICT DO NOTHING;

INSERT INTO "vehicle_centre" ("tenant_id", "vehicle_id", "centre_id", "source", "first_seen_at")
SELECT s."tenant_id", v."id", s."centre_id", s."source", min(s."at")
  FROM (
    SELECT "tenant_id", "vehicle_id"::text AS "vehicle_id", "centre_id", 'survey' AS "source", "created_at" AS "at" FROM "survey"
    UNION ALL
    SELECT "tenant_id", "vehicle_id", "centre_id", 'repair-order', "created_at" FROM "follow_up"
  ) s
  JOIN "vehicle" v ON v."id"::text = s."vehicle_id" AND v."tenant_id" = s."tenant_id"
 GROUP BY s."tenant_id", v."id", s."centre_id", s."source"
ON CONFLICT DO NOTHING;
