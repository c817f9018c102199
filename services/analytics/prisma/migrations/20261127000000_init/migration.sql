-- CreateTable
CREATE TABLE "event_fact" (
    "event_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "event_fact_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "centre_directory" (
    "tenant_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "centre_type" TEXT,

    CONSTRAINT "centre_directory_pkey" PRIMARY KEY ("tenant_id","centre_id")
);

-- CreateTable
CREATE TABLE "order_view" (
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "centre_id" TEXT,
    "region_id" TEXT,
    "centre_type" TEXT,
    "customer_id" TEXT,
    "vehicle_id" TEXT,
    "service_type" TEXT,
    "day" DATE,
    "opened_at" TIMESTAMPTZ(3),
    "diagnosed_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "qc_failures" INTEGER NOT NULL DEFAULT 0,
    "rework_count" INTEGER,
    "comeback" BOOLEAN,
    "sla_breached_stages" TEXT[],
    "completion" JSONB,

    CONSTRAINT "order_view_pkey" PRIMARY KEY ("tenant_id","repair_order_id")
);

-- CreateTable
CREATE TABLE "survey_view" (
    "tenant_id" TEXT NOT NULL,
    "survey_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "product" INTEGER NOT NULL,
    "service" INTEGER NOT NULL,
    "purchase" INTEGER NOT NULL,
    "nps" INTEGER NOT NULL,
    "answered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "survey_view_pkey" PRIMARY KEY ("tenant_id","survey_id")
);

-- CreateTable
CREATE TABLE "complaint_view" (
    "tenant_id" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "centre_id" TEXT,
    "repair_order_id" TEXT,
    "category" TEXT,
    "severity" TEXT,
    "status" TEXT NOT NULL,
    "day" DATE,
    "registered_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "resolution_seconds" INTEGER,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "complaint_view_pkey" PRIMARY KEY ("tenant_id","complaint_id")
);

-- CreateTable
CREATE TABLE "parts_request_view" (
    "tenant_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "centre_id" TEXT,
    "location_id" TEXT,
    "day" DATE,
    "requested_at" TIMESTAMPTZ(3),
    "reserved_from_stock" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "backordered" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "backordered_at" TIMESTAMPTZ(3),
    "backorder_fulfilled_at" TIMESTAMPTZ(3),

    CONSTRAINT "parts_request_view_pkey" PRIMARY KEY ("tenant_id","request_id")
);

-- CreateTable
CREATE TABLE "receipt_view" (
    "tenant_id" TEXT NOT NULL,
    "receipt_id" TEXT NOT NULL,
    "purchase_order_id" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "on_time" BOOLEAN NOT NULL,
    "received_quantity" DOUBLE PRECISION NOT NULL,
    "accepted_quantity" DOUBLE PRECISION NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "receipt_view_pkey" PRIMARY KEY ("tenant_id","receipt_id")
);

-- CreateTable
CREATE TABLE "rescue_view" (
    "tenant_id" TEXT NOT NULL,
    "rescue_id" TEXT NOT NULL,
    "region_id" TEXT,
    "centre_id" TEXT,
    "day" DATE,
    "requested_at" TIMESTAMPTZ(3),
    "arrived_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "response_seconds" INTEGER,
    "resolution" TEXT,

    CONSTRAINT "rescue_view_pkey" PRIMARY KEY ("tenant_id","rescue_id")
);

-- CreateTable
CREATE TABLE "emergency_view" (
    "tenant_id" TEXT NOT NULL,
    "emergency_id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "entered_at" TIMESTAMPTZ(3),
    "left_at" TIMESTAMPTZ(3),

    CONSTRAINT "emergency_view_pkey" PRIMARY KEY ("tenant_id","emergency_id")
);

-- CreateTable
CREATE TABLE "service_outcome_log" (
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "completeness" TEXT NOT NULL,
    "emitted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_outcome_log_pkey" PRIMARY KEY ("tenant_id","repair_order_id")
);

-- CreateTable
CREATE TABLE "kpi_snapshot_log" (
    "tenant_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "scope_id" TEXT NOT NULL,
    "granularity" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "event_id" UUID NOT NULL,
    "emitted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kpi_snapshot_log_pkey" PRIMARY KEY ("tenant_id","scope","scope_id","granularity","period_start")
);

-- CreateTable
CREATE TABLE "forecast_demand_log" (
    "tenant_id" TEXT NOT NULL,
    "demand_id" TEXT NOT NULL,
    "part_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "emitted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "forecast_demand_log_pkey" PRIMARY KEY ("tenant_id","demand_id")
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
CREATE INDEX "event_fact_tenant_id_stream_aggregate_id_idx" ON "event_fact"("tenant_id", "stream", "aggregate_id");

-- CreateIndex
CREATE INDEX "event_fact_tenant_id_event_type_occurred_at_idx" ON "event_fact"("tenant_id", "event_type", "occurred_at");

-- CreateIndex
CREATE INDEX "centre_directory_tenant_id_region_id_idx" ON "centre_directory"("tenant_id", "region_id");

-- CreateIndex
CREATE INDEX "order_view_tenant_id_centre_id_day_idx" ON "order_view"("tenant_id", "centre_id", "day");

-- CreateIndex
CREATE INDEX "order_view_tenant_id_region_id_day_idx" ON "order_view"("tenant_id", "region_id", "day");

-- CreateIndex
CREATE INDEX "order_view_tenant_id_completed_at_idx" ON "order_view"("tenant_id", "completed_at");

-- CreateIndex
CREATE INDEX "order_view_tenant_id_closed_at_idx" ON "order_view"("tenant_id", "closed_at");

-- CreateIndex
CREATE INDEX "survey_view_tenant_id_repair_order_id_idx" ON "survey_view"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE INDEX "survey_view_tenant_id_centre_id_day_idx" ON "survey_view"("tenant_id", "centre_id", "day");

-- CreateIndex
CREATE INDEX "complaint_view_tenant_id_repair_order_id_idx" ON "complaint_view"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE INDEX "complaint_view_tenant_id_centre_id_day_idx" ON "complaint_view"("tenant_id", "centre_id", "day");

-- CreateIndex
CREATE INDEX "parts_request_view_tenant_id_repair_order_id_idx" ON "parts_request_view"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE INDEX "parts_request_view_tenant_id_centre_id_day_idx" ON "parts_request_view"("tenant_id", "centre_id", "day");

-- CreateIndex
CREATE INDEX "receipt_view_tenant_id_location_id_day_idx" ON "receipt_view"("tenant_id", "location_id", "day");

-- CreateIndex
CREATE INDEX "rescue_view_tenant_id_region_id_day_idx" ON "rescue_view"("tenant_id", "region_id", "day");

-- CreateIndex
CREATE INDEX "emergency_view_tenant_id_region_id_idx" ON "emergency_view"("tenant_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message"("event_id");

-- CreateIndex
CREATE INDEX "outbox_message_published_at_seq_idx" ON "outbox_message"("published_at", "seq");

-- CreateIndex
CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message"("processed_at");
