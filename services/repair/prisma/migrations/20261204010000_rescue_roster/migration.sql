-- A region's 24 h rescue roster (who is on call when) and its escalation contact: rescue dispatch
-- picks among centres open now or on call now, and names the contact when there is none.

-- CreateTable
CREATE TABLE "rescue_roster" (
    "tenant_id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "on_call" JSONB NOT NULL,
    "escalation_name" TEXT NOT NULL,
    "escalation_phone" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rescue_roster_pkey" PRIMARY KEY ("tenant_id","region_id")
);
