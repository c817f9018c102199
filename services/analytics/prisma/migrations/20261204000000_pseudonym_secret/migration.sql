-- CreateTable
CREATE TABLE "pseudonym_secret" (
    "tenant_id" TEXT NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "secret" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pseudonym_secret_pkey" PRIMARY KEY ("tenant_id","subject_kind","subject_id")
);
