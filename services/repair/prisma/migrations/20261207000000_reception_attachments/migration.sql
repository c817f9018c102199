-- Reception: how the car came in, and the photos and signature taken at reception (issue 23).
-- AlterTable
ALTER TABLE "repair_order" ADD COLUMN "arrival" TEXT;

-- CreateTable
CREATE TABLE "repair_order_attachment" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "repair_order_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "repair_order_attachment_repair_order_id_created_at_idx" ON "repair_order_attachment"("repair_order_id", "created_at");

-- AddForeignKey
ALTER TABLE "repair_order_attachment" ADD CONSTRAINT "repair_order_attachment_repair_order_id_fkey" FOREIGN KEY ("repair_order_id") REFERENCES "repair_order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
