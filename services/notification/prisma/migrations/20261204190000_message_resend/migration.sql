-- AlterTable
ALTER TABLE "message" ADD COLUMN     "resent_by" TEXT,
ADD COLUMN     "resent_at" TIMESTAMPTZ(3),
ADD COLUMN     "resends" INTEGER NOT NULL DEFAULT 0;
