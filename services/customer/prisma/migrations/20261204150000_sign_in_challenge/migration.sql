-- Self-service sign-in by one-time code: the challenges (digest of the code, attempts, expiry).
-- CreateTable
CREATE TABLE "sign_in_challenge" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "customer_id" UUID,
    "channel" TEXT NOT NULL,
    "contact_index" TEXT NOT NULL,
    "code_digest" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_challenge_tenant_id_contact_index_created_at_idx" ON "sign_in_challenge"("tenant_id", "contact_index", "created_at");
