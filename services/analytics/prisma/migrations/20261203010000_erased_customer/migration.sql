-- CreateTable
CREATE TABLE "erased_customer" (
    "tenant_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "erased_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "erased_customer_pkey" PRIMARY KEY ("tenant_id","customer_id")
);
