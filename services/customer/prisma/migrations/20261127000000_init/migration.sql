-- CreateEnum
CREATE TYPE "customer_status" AS ENUM ('ACTIVE', 'ERASED');

-- CreateEnum
CREATE TYPE "follow_up_status" AS ENUM ('SCHEDULED', 'COMPLETED');

-- CreateTable
CREATE TABLE "customer" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "dealer_id" TEXT,
    "kind" TEXT NOT NULL,
    "preferred_channel" TEXT NOT NULL,
    "consent_marketing" BOOLEAN NOT NULL,
    "consent_marketing_at" TIMESTAMPTZ(3) NOT NULL,
    "consent_data_processing" BOOLEAN NOT NULL,
    "consent_data_processing_at" TIMESTAMPTZ(3) NOT NULL,
    "pii_ciphertext" BYTEA NOT NULL,
    "pii_key_id" UUID NOT NULL,
    "phone_index" TEXT,
    "email_index" TEXT,
    "status" "customer_status" NOT NULL DEFAULT 'ACTIVE',
    "erased_at" TIMESTAMPTZ(3),
    "erasure_basis" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_data_key" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "master_key_id" TEXT NOT NULL,
    "wrapped_key" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrapped_at" TIMESTAMPTZ(3),

    CONSTRAINT "customer_data_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pii_access_log" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "roles" TEXT[],
    "purpose" TEXT NOT NULL,
    "request_id" TEXT,
    "accessed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pii_access_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vehicle" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "vin" CHAR(17) NOT NULL,
    "make" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "model_year" INTEGER NOT NULL,
    "owner_customer_id" UUID,
    "mileage_km" INTEGER NOT NULL,
    "purchase_date" DATE,
    "warranty_ends_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mileage_reading" (
    "id" UUID NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "mileage_km" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "correction_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mileage_reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vehicle_ownership" (
    "id" UUID NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "customer_id" UUID,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "reason" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vehicle_ownership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "repair_order_id" TEXT,
    "customer_id" TEXT NOT NULL,
    "vehicle_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "follow_up_status" NOT NULL DEFAULT 'SCHEDULED',
    "outcome" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "completed_by" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "survey_id" UUID,
    "source_event_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "centre_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "product_score" INTEGER NOT NULL,
    "service_score" INTEGER NOT NULL,
    "purchase_score" INTEGER NOT NULL,
    "nps" INTEGER NOT NULL,
    "comment_ciphertext" BYTEA,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "tenant_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "resource_id" TEXT NOT NULL,
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
CREATE INDEX "customer_tenant_id_phone_index_idx" ON "customer"("tenant_id", "phone_index");

-- CreateIndex
CREATE INDEX "customer_tenant_id_email_index_idx" ON "customer"("tenant_id", "email_index");

-- CreateIndex
CREATE INDEX "customer_tenant_id_created_at_id_idx" ON "customer"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "customer_data_key_customer_id_key" ON "customer_data_key"("customer_id");

-- CreateIndex
CREATE INDEX "customer_data_key_master_key_id_idx" ON "customer_data_key"("master_key_id");

-- CreateIndex
CREATE INDEX "pii_access_log_tenant_id_customer_id_accessed_at_idx" ON "pii_access_log"("tenant_id", "customer_id", "accessed_at");

-- CreateIndex
CREATE INDEX "vehicle_tenant_id_owner_customer_id_idx" ON "vehicle"("tenant_id", "owner_customer_id");

-- CreateIndex
CREATE INDEX "vehicle_tenant_id_created_at_id_idx" ON "vehicle"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "vehicle_tenant_id_vin_key" ON "vehicle"("tenant_id", "vin");

-- CreateIndex
CREATE INDEX "mileage_reading_vehicle_id_recorded_at_idx" ON "mileage_reading"("vehicle_id", "recorded_at");

-- CreateIndex
CREATE INDEX "vehicle_ownership_vehicle_id_started_on_idx" ON "vehicle_ownership"("vehicle_id", "started_on");

-- CreateIndex
CREATE INDEX "follow_up_tenant_id_status_due_at_idx" ON "follow_up"("tenant_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "follow_up_tenant_id_created_at_id_idx" ON "follow_up"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_tenant_id_repair_order_id_kind_key" ON "follow_up"("tenant_id", "repair_order_id", "kind");

-- CreateIndex
CREATE INDEX "survey_tenant_id_customer_id_idx" ON "survey"("tenant_id", "customer_id");

-- CreateIndex
CREATE INDEX "survey_tenant_id_created_at_id_idx" ON "survey"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_tenant_id_repair_order_id_key" ON "survey"("tenant_id", "repair_order_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message"("event_id");

-- CreateIndex
CREATE INDEX "outbox_message_published_at_seq_idx" ON "outbox_message"("published_at", "seq");

-- CreateIndex
CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message"("processed_at");

-- AddForeignKey
ALTER TABLE "vehicle" ADD CONSTRAINT "vehicle_owner_customer_id_fkey" FOREIGN KEY ("owner_customer_id") REFERENCES "customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mileage_reading" ADD CONSTRAINT "mileage_reading_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vehicle_ownership" ADD CONSTRAINT "vehicle_ownership_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
