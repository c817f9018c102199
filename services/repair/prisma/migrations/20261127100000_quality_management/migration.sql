-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "pass_score" DOUBLE PRECISION,
    "certification_code" TEXT,
    "certification_valid_months" INTEGER,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_session" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "course_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "trainer" TEXT,
    "invitees" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "resulted_at" TIMESTAMPTZ(3),
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_record" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "session_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "technician_id" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "exam_score" DOUBLE PRECISION,
    "passed" BOOLEAN NOT NULL,
    "completed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "technician_certification" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "technician_id" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "course_id" UUID,
    "expiry_reported_at" TIMESTAMPTZ(3),
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "technician_certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certification_requirement" (
    "tenant_id" TEXT NOT NULL,
    "job_type" TEXT NOT NULL,
    "certification_code" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certification_requirement_pkey" PRIMARY KEY ("tenant_id","job_type","certification_code")
);

-- CreateTable
CREATE TABLE "training_plan" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "course_ids" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_qualification" (
    "centre_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "documents" JSONB NOT NULL,
    "audit_score" DOUBLE PRECISION,
    "audited_at" TIMESTAMPTZ(3),
    "qualified" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "valid_until" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_qualification_pkey" PRIMARY KEY ("centre_id")
);

-- CreateTable
CREATE TABLE "safety_inspection" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "centre_id" UUID NOT NULL,
    "inspector_id" TEXT NOT NULL,
    "inspected_at" TIMESTAMPTZ(3) NOT NULL,
    "checklist" JSONB NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "hazards" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "safety_inspection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "course_tenant_id_created_at_id_idx" ON "course"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "course_tenant_id_code_key" ON "course"("tenant_id", "code");

-- CreateIndex
CREATE INDEX "training_session_tenant_id_created_at_id_idx" ON "training_session"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "training_record_tenant_id_technician_id_idx" ON "training_record"("tenant_id", "technician_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_record_session_id_technician_id_key" ON "training_record"("session_id", "technician_id");

-- CreateIndex
CREATE INDEX "technician_certification_valid_until_idx" ON "technician_certification"("valid_until");

-- CreateIndex
CREATE UNIQUE INDEX "technician_certification_tenant_id_technician_id_code_key" ON "technician_certification"("tenant_id", "technician_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "training_plan_tenant_id_centre_id_year_key" ON "training_plan"("tenant_id", "centre_id", "year");

-- CreateIndex
CREATE INDEX "partner_qualification_tenant_id_idx" ON "partner_qualification"("tenant_id");

-- CreateIndex
CREATE INDEX "safety_inspection_tenant_id_created_at_id_idx" ON "safety_inspection"("tenant_id", "created_at", "id");
