-- Self-service: survey invitations after delivery (one per repair order) and customers' own
-- erasure requests (decided by an administrator).
-- CreateEnum
CREATE TYPE "erasure_request_status" AS ENUM ('PENDING', 'COMPLETED', 'REJECTED');

-- CreateTable
CREATE TABLE "survey_invitation" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "centre_id" TEXT NOT NULL,
    "delivered_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "survey_id" UUID,
    "source_event_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "erasure_request" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "status" "erasure_request_status" NOT NULL DEFAULT 'PENDING',
    "reason_ciphertext" BYTEA,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" TEXT,
    "decision_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "erasure_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_invitation_tenant_id_repair_order_id_key" ON "survey_invitation"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE INDEX "survey_invitation_tenant_id_customer_id_expires_at_idx" ON "survey_invitation"("tenant_id", "customer_id", "expires_at");

-- CreateIndex
CREATE INDEX "erasure_request_tenant_id_status_requested_at_id_idx" ON "erasure_request"("tenant_id", "status", "requested_at", "id");

-- CreateIndex
CREATE INDEX "erasure_request_tenant_id_customer_id_requested_at_idx" ON "erasure_request"("tenant_id", "customer_id", "requested_at");

-- AddForeignKey
ALTER TABLE "erasure_request" ADD CONSTRAINT "erasure_request_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
