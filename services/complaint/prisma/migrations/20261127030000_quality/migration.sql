-- CreateTable
CREATE TABLE "inquiry" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "customer_id" TEXT,
    "vehicle_id" TEXT,
    "centre_id" TEXT,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "team_id" TEXT NOT NULL,
    "routing_rule_id" UUID,
    "status" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "answer_by" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by" TEXT,
    "answer_escalated_at" TIMESTAMPTZ(3),
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "escalated_to_team_id" TEXT,
    "escalate_at" TIMESTAMPTZ(3),
    "converted_into" TEXT,
    "converted_at" TIMESTAMPTZ(3),
    "complaint_id" UUID,
    "booking_request" JSONB,
    "created_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_template" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "finding_threshold" DOUBLE PRECISION NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "template_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "ad_hoc" BOOLEAN NOT NULL,
    "scheduled_for" TIMESTAMPTZ(3) NOT NULL,
    "auditor_id" TEXT,
    "employee_ids" TEXT[],
    "results" JSONB,
    "score" DOUBLE PRECISION,
    "max_score" DOUBLE PRECISION,
    "finding_count" INTEGER,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by" TEXT,
    "created_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_action" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "indicator_name" TEXT,
    "indicator_before" DOUBLE PRECISION,
    "indicator_after" DOUBLE PRECISION,
    "root_cause" TEXT,
    "plan" TEXT,
    "implemented_at" TIMESTAMPTZ(3),
    "verify_from" TIMESTAMPTZ(3),
    "effective" BOOLEAN,
    "verified_at" TIMESTAMPTZ(3),
    "verified_by" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "due_escalated_at" TIMESTAMPTZ(3),
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "escalated_to_team_id" TEXT,
    "escalate_at" TIMESTAMPTZ(3),
    "created_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "improvement_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_action_history" (
    "seq" BIGSERIAL NOT NULL,
    "action_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "actor_id" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "improvement_action_history_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "supervision_report" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" TEXT,
    "anonymous" BOOLEAN NOT NULL,
    "reporter_kind" TEXT NOT NULL,
    "reporter_id" TEXT,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "investigator_id" TEXT,
    "findings" TEXT,
    "outcome" TEXT,
    "action_id" UUID,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inquiry_escalate_at_idx" ON "inquiry"("escalate_at");

-- CreateIndex
CREATE INDEX "inquiry_tenant_id_created_at_id_idx" ON "inquiry"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "audit_template_tenant_id_created_at_idx" ON "audit_template"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_tenant_id_centre_id_scheduled_for_idx" ON "audit"("tenant_id", "centre_id", "scheduled_for");

-- CreateIndex
CREATE INDEX "improvement_action_escalate_at_idx" ON "improvement_action"("escalate_at");

-- CreateIndex
CREATE INDEX "improvement_action_tenant_id_source_ref_idx" ON "improvement_action"("tenant_id", "source_ref");

-- CreateIndex
CREATE INDEX "improvement_action_tenant_id_created_at_id_idx" ON "improvement_action"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "improvement_action_history_action_id_seq_idx" ON "improvement_action_history"("action_id", "seq");

-- CreateIndex
CREATE INDEX "supervision_report_tenant_id_created_at_id_idx" ON "supervision_report"("tenant_id", "created_at", "id");

-- AddForeignKey
ALTER TABLE "improvement_action_history" ADD CONSTRAINT "improvement_action_history_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
