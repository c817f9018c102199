-- A customer's erasure drops the GPS position of their rescues.
ALTER TABLE "rescue" ALTER COLUMN "latitude" DROP NOT NULL,
ALTER COLUMN "longitude" DROP NOT NULL;
