-- CreateTable
CREATE TABLE "complaint" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "reference_number" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "source_event_id" UUID,
    "customer_id" TEXT,
    "vehicle_id" TEXT,
    "repair_order_id" TEXT,
    "centre_id" TEXT,
    "description" TEXT NOT NULL,
    "category" TEXT,
    "severity" TEXT,
    "team_id" TEXT NOT NULL,
    "team_source" TEXT NOT NULL,
    "routing_rule_id" UUID,
    "assignee_id" TEXT,
    "status" TEXT NOT NULL,
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "escalated_to_team_id" TEXT,
    "clock_started_at" TIMESTAMPTZ(3) NOT NULL,
    "acknowledge_by" TIMESTAMPTZ(3),
    "resolve_by" TIMESTAMPTZ(3),
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" TEXT,
    "acknowledge_escalated_at" TIMESTAMPTZ(3),
    "resolve_escalated_at" TIMESTAMPTZ(3),
    "escalate_at" TIMESTAMPTZ(3),
    "due_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    "remedy" TEXT,
    "resolution_summary" TEXT,
    "goodwill_minor" INTEGER,
    "goodwill_currency" CHAR(3),
    "notified_at" TIMESTAMPTZ(3),
    "notified_via" TEXT,
    "verdict" TEXT,
    "verdict_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "closure" TEXT,
    "reopen_count" INTEGER NOT NULL DEFAULT 0,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_history" (
    "seq" BIGSERIAL NOT NULL,
    "complaint_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "actor_id" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_history_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "complaint_note" (
    "id" UUID NOT NULL,
    "complaint_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reference_counter" (
    "tenant_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "reference_counter_pkey" PRIMARY KEY ("tenant_id","year")
);

-- CreateTable
CREATE TABLE "routing_rule" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "category" TEXT,
    "severity" TEXT,
    "centre_id" TEXT,
    "team_id" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "routing_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_settings" (
    "tenant_id" TEXT NOT NULL,
    "default_team_id" TEXT NOT NULL,
    "escalation_chain" JSONB NOT NULL,
    "calendar" JSONB NOT NULL,
    "time_limits" JSONB NOT NULL,
    "proactive" JSONB NOT NULL,
    "verdict_timeout_minutes" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_settings_pkey" PRIMARY KEY ("tenant_id")
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
CREATE INDEX "complaint_escalate_at_idx" ON "complaint"("escalate_at");

-- CreateIndex
CREATE INDEX "complaint_tenant_id_team_id_status_due_at_idx" ON "complaint"("tenant_id", "team_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "complaint_tenant_id_created_at_id_idx" ON "complaint"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_tenant_id_reference_number_key" ON "complaint"("tenant_id", "reference_number");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_tenant_id_source_event_id_key" ON "complaint"("tenant_id", "source_event_id");

-- CreateIndex
CREATE INDEX "complaint_history_complaint_id_seq_idx" ON "complaint_history"("complaint_id", "seq");

-- CreateIndex
CREATE INDEX "complaint_note_complaint_id_created_at_idx" ON "complaint_note"("complaint_id", "created_at");

-- CreateIndex
CREATE INDEX "routing_rule_tenant_id_created_at_idx" ON "routing_rule"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "idempotency_record_created_at_idx" ON "idempotency_record"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message"("event_id");

-- CreateIndex
CREATE INDEX "outbox_message_published_at_seq_idx" ON "outbox_message"("published_at", "seq");

-- CreateIndex
CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message"("processed_at");

-- AddForeignKey
ALTER TABLE "complaint_history" ADD CONSTRAINT "complaint_history_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_note" ADD CONSTRAINT "complaint_note_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
