-- Labour time: a technician's clock-on .. clock-off on one repair order. open_key is
-- "<tenant>:<technician>" while the clock runs and null after: one running clock per technician.
-- CreateTable
CREATE TABLE "labour_time_entry" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" UUID NOT NULL,
    "technician_id" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "open_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "labour_time_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "labour_time_entry_open_key_key" ON "labour_time_entry"("open_key");

-- CreateIndex
CREATE INDEX "labour_time_entry_repair_order_id_started_at_idx" ON "labour_time_entry"("repair_order_id", "started_at");

-- CreateIndex
CREATE INDEX "labour_time_entry_tenant_id_technician_id_started_at_idx" ON "labour_time_entry"("tenant_id", "technician_id", "started_at");

-- AddForeignKey
ALTER TABLE "labour_time_entry" ADD CONSTRAINT "labour_time_entry_repair_order_id_fkey" FOREIGN KEY ("repair_order_id") REFERENCES "repair_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
