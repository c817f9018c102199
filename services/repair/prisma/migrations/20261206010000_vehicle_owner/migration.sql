-- Vehicle owners as the customer service announces them (self-service bookings of one's own car).
-- CreateTable
CREATE TABLE "vehicle_owner" (
    "vehicle_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "customer_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vehicle_owner_pkey" PRIMARY KEY ("vehicle_id")
);

-- CreateIndex
CREATE INDEX "vehicle_owner_tenant_id_customer_id_idx" ON "vehicle_owner"("tenant_id", "customer_id");
