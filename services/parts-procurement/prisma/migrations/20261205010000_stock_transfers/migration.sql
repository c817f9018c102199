-- Stock transfers between locations of a tenant: the transfer and its lines, two ledger kinds
-- (goods leaving the source, goods arriving at the destination) and the transfer each movement
-- belongs to.
-- AlterEnum
ALTER TYPE "movement_kind" ADD VALUE 'TRANSFER_OUT';
ALTER TYPE "movement_kind" ADD VALUE 'TRANSFER_IN';

-- AlterTable
ALTER TABLE "stock_movement" ADD COLUMN "transfer_id" UUID;

-- CreateTable
CREATE TABLE "stock_transfer" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "transfer_number" TEXT NOT NULL,
    "from_location_id" TEXT NOT NULL,
    "to_location_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "loss_reason" TEXT,
    "cancel_reason" TEXT,
    "requested_by" TEXT NOT NULL,
    "picked_by" TEXT,
    "picked_at" TIMESTAMPTZ(3),
    "shipped_by" TEXT,
    "shipped_at" TIMESTAMPTZ(3),
    "received_by" TEXT,
    "received_at" TIMESTAMPTZ(3),
    "cancelled_by" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stock_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_transfer_line" (
    "id" UUID NOT NULL,
    "transfer_id" UUID NOT NULL,
    "part_id" UUID NOT NULL,
    "requisition_id" UUID,
    "requested" DECIMAL(14,3) NOT NULL,
    "picked" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "shipped" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "received" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "lost" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "lots" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "stock_transfer_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stock_transfer_tenant_id_status_created_at_idx" ON "stock_transfer"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "stock_transfer_tenant_id_from_location_id_status_idx" ON "stock_transfer"("tenant_id", "from_location_id", "status");

-- CreateIndex
CREATE INDEX "stock_transfer_tenant_id_to_location_id_status_idx" ON "stock_transfer"("tenant_id", "to_location_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "stock_transfer_tenant_id_transfer_number_key" ON "stock_transfer"("tenant_id", "transfer_number");

-- CreateIndex
CREATE INDEX "stock_transfer_line_requisition_id_idx" ON "stock_transfer_line"("requisition_id");

-- CreateIndex
CREATE UNIQUE INDEX "stock_transfer_line_transfer_id_part_id_key" ON "stock_transfer_line"("transfer_id", "part_id");

-- AddForeignKey
ALTER TABLE "stock_transfer_line" ADD CONSTRAINT "stock_transfer_line_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "stock_transfer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
