-- Vehicles' registration numbers (as entered, and the search key without separators) and the
-- blind index of customers' name words. Existing customers get no name tokens (no backfill).
-- AlterTable
ALTER TABLE "vehicle" ADD COLUMN     "registration_key" TEXT,
ADD COLUMN     "registration_number" TEXT;

-- CreateTable
CREATE TABLE "customer_name_token" (
    "customer_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "digest" TEXT NOT NULL,

    CONSTRAINT "customer_name_token_pkey" PRIMARY KEY ("customer_id","digest")
);

-- CreateIndex
CREATE INDEX "customer_name_token_tenant_id_digest_idx" ON "customer_name_token"("tenant_id", "digest");

-- CreateIndex
CREATE INDEX "vehicle_tenant_id_registration_key_idx" ON "vehicle"("tenant_id", "registration_key");

-- AddForeignKey
ALTER TABLE "customer_name_token" ADD CONSTRAINT "customer_name_token_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
