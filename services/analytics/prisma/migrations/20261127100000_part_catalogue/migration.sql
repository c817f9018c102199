-- CreateTable
CREATE TABLE "part_catalogue" (
    "tenant_id" TEXT NOT NULL,
    "part_id" TEXT NOT NULL,
    "part_number" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit_of_measure" TEXT NOT NULL,
    "abc_class" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "part_catalogue_pkey" PRIMARY KEY ("tenant_id","part_id")
);
