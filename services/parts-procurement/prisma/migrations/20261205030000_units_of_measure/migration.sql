-- Units of measure: a part is bought in a purchase unit (box of 10, drum of 208 l, or the stock
-- unit itself) and kept in its stock unit (unit_of_measure) with a precision in decimals. An order
-- line copies the purchase unit and factor when ordered, so a later catalogue change never
-- rewrites what was ordered, received or invoiced. Null on rows from before: the stock unit,
-- factor 1, the unit's default precision (backfilled below for parts and order lines).
-- AlterTable
ALTER TABLE "part" ADD COLUMN "purchase_unit" TEXT,
ADD COLUMN "purchase_unit_factor" DECIMAL(14,3) NOT NULL DEFAULT 1,
ADD COLUMN "quantity_decimals" INTEGER;

-- AlterTable
ALTER TABLE "purchase_order_line" ADD COLUMN "purchase_unit" TEXT,
ADD COLUMN "purchase_unit_factor" DECIMAL(14,3) NOT NULL DEFAULT 1;

-- Parts registered before: bought in their stock unit; pieces and sets whole, the rest 3 decimals.
UPDATE "part" SET "purchase_unit" = "unit_of_measure",
  "quantity_decimals" = CASE WHEN "unit_of_measure" IN ('piece', 'set') THEN 0 ELSE 3 END;

-- Order lines placed before: in the part's stock unit.
UPDATE "purchase_order_line" l SET "purchase_unit" = p."unit_of_measure"
  FROM "part" p WHERE p."id" = l."part_id";
