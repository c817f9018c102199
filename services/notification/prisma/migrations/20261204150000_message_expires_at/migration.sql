-- AlterTable
ALTER TABLE "message" ADD COLUMN     "expires_at" TIMESTAMPTZ(3);
