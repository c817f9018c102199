-- AlterTable
ALTER TABLE "service_centre" ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';
