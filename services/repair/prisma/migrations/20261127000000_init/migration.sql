-- CreateEnum
CREATE TYPE "repair_order_status" AS ENUM ('RECEIVED', 'DIAGNOSED', 'QUOTED', 'APPROVED', 'DECLINED', 'IN_PROGRESS', 'WAITING_PARTS', 'QC', 'READY', 'DELIVERED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "booking_status" AS ENUM ('BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "quote_status" AS ENUM ('ISSUED', 'APPROVED', 'DECLINED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "rescue_status" AS ENUM ('REQUESTED', 'DISPATCHED', 'ON_SITE', 'RESOLVED', 'TOWED_IN', 'CANCELLED');

-- CreateTable
CREATE TABLE "service_centre" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "dealer_id" TEXT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "address" JSONB NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "opening_hours" JSONB NOT NULL,
    "hours_exceptions" JSONB NOT NULL,
    "bays" INTEGER NOT NULL,
    "technicians" JSONB NOT NULL,
    "labour_rate_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "tax_rate_basis_points" INTEGER NOT NULL,
    "stock_location_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booking" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "vehicle_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "service_type" TEXT NOT NULL,
    "slot_start" TIMESTAMPTZ(3) NOT NULL,
    "slot_end" TIMESTAMPTZ(3) NOT NULL,
    "bay" INTEGER NOT NULL,
    "estimated_labour_hours" DOUBLE PRECISION NOT NULL,
    "status" "booking_status" NOT NULL,
    "overflow_from_centre_id" UUID,
    "notes" TEXT,
    "cancelled_by" TEXT,
    "cancel_reason" TEXT,
    "ended_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repair_order" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "order_number" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "region_id" TEXT NOT NULL,
    "centre_type" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "vehicle_id" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "booking_id" UUID,
    "rescue_id" UUID,
    "service_type" TEXT NOT NULL,
    "status" "repair_order_status" NOT NULL,
    "resume_status" "repair_order_status",
    "version" INTEGER NOT NULL DEFAULT 1,
    "mileage_km" INTEGER NOT NULL,
    "fuel_level_percent" INTEGER NOT NULL,
    "symptoms" TEXT NOT NULL,
    "symptom_systems" TEXT[],
    "damage_notes" TEXT,
    "emergency_mode" BOOLEAN NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "diagnosis" JSONB,
    "fault_codes" TEXT[],
    "fault_systems" TEXT[],
    "estimated_labour_hours" DOUBLE PRECISION,
    "current_quote_version" INTEGER NOT NULL DEFAULT 0,
    "approved_quote_version" INTEGER,
    "technician_ids" TEXT[],
    "progress_notes" JSONB NOT NULL,
    "qc_results" JSONB NOT NULL,
    "rework_count" INTEGER NOT NULL DEFAULT 0,
    "qc_attempts" INTEGER NOT NULL DEFAULT 0,
    "parts_request_id" TEXT,
    "parts_status" TEXT,
    "parts_cost_minor" INTEGER NOT NULL DEFAULT 0,
    "delivery" JSONB,
    "closure" JSONB,
    "cancellation" JSONB,
    "comeback_of_repair_order_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "repair_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repair_quote" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "quote_status" NOT NULL,
    "lines" JSONB NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "quote_discount_minor" INTEGER NOT NULL,
    "net_minor" INTEGER NOT NULL,
    "discount_minor" INTEGER NOT NULL,
    "tax_minor" INTEGER NOT NULL,
    "gross_minor" INTEGER NOT NULL,
    "labour_hours" DOUBLE PRECISION NOT NULL,
    "labour_net_minor" INTEGER NOT NULL,
    "parts_net_minor" INTEGER NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" TEXT,
    "decision_method" TEXT,
    "approved_by_customer_id" TEXT,
    "decline_reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "repair_quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repair_order_transition" (
    "seq" BIGSERIAL NOT NULL,
    "repair_order_id" UUID NOT NULL,
    "from_status" "repair_order_status",
    "to_status" "repair_order_status" NOT NULL,
    "cause" TEXT NOT NULL,
    "changed_by" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "repair_order_transition_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "sla_standard" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "stage" "repair_order_status" NOT NULL,
    "standard_seconds" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sla_standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sla_clock" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" UUID NOT NULL,
    "stage" "repair_order_status" NOT NULL,
    "standard_seconds" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "stopped_at" TIMESTAMPTZ(3),
    "breached_at" TIMESTAMPTZ(3),

    CONSTRAINT "sla_clock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rescue" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "customer_id" TEXT,
    "vehicle_id" TEXT,
    "problem" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "description" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "status" "rescue_status" NOT NULL,
    "centre_id" UUID,
    "technician_id" TEXT,
    "distance_km" DOUBLE PRECISION,
    "eta_at" TIMESTAMPTZ(3),
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "dispatched_at" TIMESTAMPTZ(3),
    "arrived_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "repair_order_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rescue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "emergency" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "declared_by" TEXT,
    "backlog_hours" DOUBLE PRECISION,
    "capacity_hours" DOUBLE PRECISION,
    "extra_hours" DOUBLE PRECISION NOT NULL,
    "overflow_centre_ids" TEXT[],
    "note" TEXT,
    "active_key" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "ended_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "emergency_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "service_centre_tenant_id_region_id_idx" ON "service_centre"("tenant_id", "region_id");

-- CreateIndex
CREATE INDEX "service_centre_tenant_id_created_at_id_idx" ON "service_centre"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "booking_centre_id_slot_start_idx" ON "booking"("centre_id", "slot_start");

-- CreateIndex
CREATE INDEX "booking_tenant_id_created_at_id_idx" ON "booking"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "repair_order_tenant_id_centre_id_status_idx" ON "repair_order"("tenant_id", "centre_id", "status");

-- CreateIndex
CREATE INDEX "repair_order_tenant_id_vehicle_id_idx" ON "repair_order"("tenant_id", "vehicle_id");

-- CreateIndex
CREATE INDEX "repair_order_tenant_id_created_at_id_idx" ON "repair_order"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "repair_order_tenant_id_order_number_key" ON "repair_order"("tenant_id", "order_number");

-- CreateIndex
CREATE UNIQUE INDEX "repair_quote_repair_order_id_version_key" ON "repair_quote"("repair_order_id", "version");

-- CreateIndex
CREATE INDEX "repair_order_transition_repair_order_id_seq_idx" ON "repair_order_transition"("repair_order_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "sla_standard_tenant_id_stage_key" ON "sla_standard"("tenant_id", "stage");

-- CreateIndex
CREATE INDEX "sla_clock_due_at_idx" ON "sla_clock"("due_at");

-- CreateIndex
CREATE INDEX "sla_clock_repair_order_id_idx" ON "sla_clock"("repair_order_id");

-- CreateIndex
CREATE INDEX "rescue_tenant_id_created_at_id_idx" ON "rescue"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "emergency_tenant_id_region_id_idx" ON "emergency"("tenant_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "emergency_active_key_key" ON "emergency"("active_key");

-- CreateIndex
CREATE INDEX "idempotency_record_created_at_idx" ON "idempotency_record"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message"("event_id");

-- CreateIndex
CREATE INDEX "outbox_message_published_at_seq_idx" ON "outbox_message"("published_at", "seq");

-- CreateIndex
CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message"("processed_at");

-- AddForeignKey
ALTER TABLE "booking" ADD CONSTRAINT "booking_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "service_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repair_order" ADD CONSTRAINT "repair_order_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "service_centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repair_quote" ADD CONSTRAINT "repair_quote_repair_order_id_fkey" FOREIGN KEY ("repair_order_id") REFERENCES "repair_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repair_order_transition" ADD CONSTRAINT "repair_order_transition_repair_order_id_fkey" FOREIGN KEY ("repair_order_id") REFERENCES "repair_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sla_clock" ADD CONSTRAINT "sla_clock_repair_order_id_fkey" FOREIGN KEY ("repair_order_id") REFERENCES "repair_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
