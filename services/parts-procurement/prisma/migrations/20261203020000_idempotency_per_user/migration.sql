-- Idempotency keys belong to one user of a tenant and expire (IDEMPOTENCY_TTL_HOURS, default 24);
-- a record keeps the response or the created resource's id. The old records are dropped: their
-- keys had no user, and a client retrying across this upgrade within the day gets a new resource
-- at worst (documented in docs/runbook.md under upgrades).
DROP TABLE IF EXISTS "idempotency_record";

-- CreateTable
CREATE TABLE "idempotency_record" (
    "tenant_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB,
    "resource_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("tenant_id","user_id","scope","key")
);

-- CreateIndex
CREATE INDEX "idempotency_record_expires_at_idx" ON "idempotency_record"("expires_at");
