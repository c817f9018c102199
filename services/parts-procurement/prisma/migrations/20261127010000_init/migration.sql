-- CreateEnum
CREATE TYPE "movement_kind" AS ENUM ('RECEIPT', 'RESERVATION', 'RELEASE', 'ISSUE', 'ADJUSTMENT', 'STOCKTAKE');

-- CreateTable
CREATE TABLE "part" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "part_number" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit_of_measure" TEXT NOT NULL,
    "abc_class" TEXT NOT NULL DEFAULT 'C',
    "fitment" JSONB NOT NULL,
    "standard_cost_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "seasonality" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "part_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_movement" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "kind" "movement_kind" NOT NULL,
    "quantity" DECIMAL(14,3) NOT NULL,
    "on_hand_delta" DECIMAL(14,3) NOT NULL,
    "reserved_delta" DECIMAL(14,3) NOT NULL,
    "lot_id" UUID,
    "lot_number" TEXT,
    "unit_cost_minor" INTEGER,
    "repair_order_id" TEXT,
    "reservation_id" UUID,
    "receipt_id" UUID,
    "stocktake_id" UUID,
    "reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_movement_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "stock_balance" (
    "tenant_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "on_hand" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "reserved" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "reorder_point" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "safety_stock" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "order_up_to" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_balance_pkey" PRIMARY KEY ("tenant_id","part_id","location_id")
);

-- CreateTable
CREATE TABLE "stock_lot" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "lot_number" TEXT,
    "remaining" DECIMAL(14,3) NOT NULL,
    "unit_cost_minor" INTEGER NOT NULL,
    "receipt_id" UUID,
    "supplier_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reservation" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "needed_by" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reservation_line" (
    "id" UUID NOT NULL,
    "reservation_id" UUID NOT NULL,
    "line_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "requested" DECIMAL(14,3) NOT NULL,
    "reserved" DECIMAL(14,3) NOT NULL,
    "issued" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "released" DECIMAL(14,3) NOT NULL DEFAULT 0,

    CONSTRAINT "reservation_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "backorder" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "reservation_id" UUID NOT NULL,
    "reservation_line_id" UUID NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "line_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "quantity" DECIMAL(14,3) NOT NULL,
    "fulfilled" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "demand_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "backorder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplier" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quality_score" DOUBLE PRECISION NOT NULL DEFAULT 80,
    "on_time_rate" DOUBLE PRECISION NOT NULL DEFAULT 0.8,
    "overall_score" DOUBLE PRECISION NOT NULL DEFAULT 80,
    "grade" TEXT NOT NULL DEFAULT 'approved',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplier_part" (
    "supplier_id" UUID NOT NULL,
    "part_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "lead_time_days" INTEGER NOT NULL,

    CONSTRAINT "supplier_part_pkey" PRIMARY KEY ("supplier_id","part_id")
);

-- CreateTable
CREATE TABLE "supplier_review" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "supplier_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "receipt_id" UUID,
    "part_id" UUID,
    "received" DECIMAL(14,3),
    "accepted" DECIMAL(14,3),
    "on_time" BOOLEAN,
    "stars" INTEGER,
    "comment" TEXT,
    "repair_order_id" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supplier_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "requisition" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "part_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "quantity" DECIMAL(14,3) NOT NULL,
    "needed_by" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "backorder_id" UUID,
    "repair_order_id" TEXT,
    "demand_id" UUID NOT NULL,
    "purchase_order_id" UUID,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "requisition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "purchase_order" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "po_number" TEXT NOT NULL,
    "supplier_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "supplier_score" DOUBLE PRECISION,
    "expected_delivery_at" TIMESTAMPTZ(3) NOT NULL,
    "approved_by" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "payment_status" TEXT NOT NULL DEFAULT 'unbilled',
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "purchase_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "purchase_order_line" (
    "id" UUID NOT NULL,
    "purchase_order_id" UUID NOT NULL,
    "part_id" UUID NOT NULL,
    "quantity" DECIMAL(14,3) NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "received" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "accepted" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "rejected" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "invoiced" DECIMAL(14,3) NOT NULL DEFAULT 0,

    CONSTRAINT "purchase_order_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goods_receipt" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "purchase_order_id" UUID NOT NULL,
    "supplier_id" UUID NOT NULL,
    "location_id" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "on_time" BOOLEAN NOT NULL,
    "inspected_by" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goods_receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "purchase_order_id" UUID NOT NULL,
    "invoice_number" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "paid_at" TIMESTAMPTZ(3),
    "payment_ref" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stocktake" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "approved_by" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stocktake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repair_order_ref" (
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "vehicle_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "repair_order_ref_pkey" PRIMARY KEY ("tenant_id","repair_order_id")
);

-- CreateTable
CREATE TABLE "tenant_settings" (
    "tenant_id" TEXT NOT NULL,
    "weight_quality" DOUBLE PRECISION NOT NULL DEFAULT 0.35,
    "weight_price" DOUBLE PRECISION NOT NULL DEFAULT 0.3,
    "weight_lead_time" DOUBLE PRECISION NOT NULL DEFAULT 0.15,
    "weight_on_time" DOUBLE PRECISION NOT NULL DEFAULT 0.2,
    "approval_threshold_minor" INTEGER NOT NULL DEFAULT 500000,
    "over_receipt_tolerance_pct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "price_tolerance_pct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_settings_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "tenant_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("tenant_id","scope","key")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "seq" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "headers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "inbox_message" (
    "consumer_group" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "kafka_offset" BIGINT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_message_pkey" PRIMARY KEY ("consumer_group","event_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "part_tenant_id_part_number_key" ON "part"("tenant_id", "part_number");

-- CreateIndex
CREATE UNIQUE INDEX "stock_movement_id_key" ON "stock_movement"("id");

-- CreateIndex
CREATE INDEX "stock_movement_tenant_id_part_id_location_id_seq_idx" ON "stock_movement"("tenant_id", "part_id", "location_id", "seq");

-- CreateIndex
CREATE INDEX "stock_movement_tenant_id_lot_number_idx" ON "stock_movement"("tenant_id", "lot_number");

-- CreateIndex
CREATE INDEX "stock_lot_tenant_id_part_id_location_id_received_at_idx" ON "stock_lot"("tenant_id", "part_id", "location_id", "received_at");

-- CreateIndex
CREATE INDEX "reservation_tenant_id_repair_order_id_idx" ON "reservation"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE UNIQUE INDEX "reservation_tenant_id_request_id_key" ON "reservation"("tenant_id", "request_id");

-- CreateIndex
CREATE UNIQUE INDEX "reservation_line_reservation_id_line_id_key" ON "reservation_line"("reservation_id", "line_id");

-- CreateIndex
CREATE INDEX "backorder_tenant_id_part_id_location_id_status_created_at_idx" ON "backorder"("tenant_id", "part_id", "location_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "backorder_reservation_id_idx" ON "backorder"("reservation_id");

-- CreateIndex
CREATE INDEX "supplier_tenant_id_name_idx" ON "supplier"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "supplier_part_tenant_id_part_id_idx" ON "supplier_part"("tenant_id", "part_id");

-- CreateIndex
CREATE INDEX "supplier_review_tenant_id_supplier_id_created_at_idx" ON "supplier_review"("tenant_id", "supplier_id", "created_at");

-- CreateIndex
CREATE INDEX "requisition_tenant_id_status_created_at_idx" ON "requisition"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "requisition_tenant_id_part_id_location_id_status_idx" ON "requisition"("tenant_id", "part_id", "location_id", "status");

-- CreateIndex
CREATE INDEX "purchase_order_tenant_id_status_created_at_idx" ON "purchase_order"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "purchase_order_tenant_id_po_number_key" ON "purchase_order"("tenant_id", "po_number");

-- CreateIndex
CREATE INDEX "purchase_order_line_purchase_order_id_idx" ON "purchase_order_line"("purchase_order_id");

-- CreateIndex
CREATE INDEX "goods_receipt_tenant_id_purchase_order_id_idx" ON "goods_receipt"("tenant_id", "purchase_order_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_tenant_id_purchase_order_id_invoice_number_key" ON "invoice"("tenant_id", "purchase_order_id", "invoice_number");

-- CreateIndex
CREATE INDEX "stocktake_tenant_id_location_id_created_at_idx" ON "stocktake"("tenant_id", "location_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message"("event_id");

-- CreateIndex
CREATE INDEX "outbox_message_published_at_seq_idx" ON "outbox_message"("published_at", "seq");

-- CreateIndex
CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message"("processed_at");

-- AddForeignKey
ALTER TABLE "reservation_line" ADD CONSTRAINT "reservation_line_reservation_id_fkey" FOREIGN KEY ("reservation_id") REFERENCES "reservation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier_part" ADD CONSTRAINT "supplier_part_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier_part" ADD CONSTRAINT "supplier_part_part_id_fkey" FOREIGN KEY ("part_id") REFERENCES "part"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier_review" ADD CONSTRAINT "supplier_review_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase_order_line" ADD CONSTRAINT "purchase_order_line_purchase_order_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-added (Prisma cannot declare CHECK constraints): the database itself refuses a balance
-- with negative on-hand or reserved, or more reserved than on hand (negative available).
ALTER TABLE "stock_balance" ADD CONSTRAINT "stock_balance_available_check" CHECK ("on_hand" >= 0 AND "reserved" >= 0 AND "reserved" <= "on_hand");
