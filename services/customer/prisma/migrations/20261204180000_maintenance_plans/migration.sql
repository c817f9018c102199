-- Maintenance plans per make/model, each vehicle's last delivery from the workshop, and the
-- maintenance.due reminders sent (one per vehicle and due date).
-- CreateTable
CREATE TABLE "maintenance_plan" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "make" TEXT NOT NULL,
    "model" TEXT,
    "name" TEXT NOT NULL,
    "interval_months" INTEGER,
    "interval_km" INTEGER,
    "services" TEXT[],
    "reminder_days_before" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "maintenance_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vehicle_last_maintenance" (
    "vehicle_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "repair_order_id" TEXT NOT NULL,
    "delivered_at" TIMESTAMPTZ(3) NOT NULL,
    "mileage_km" INTEGER NOT NULL,
    "advice_due_on" DATE,
    "advice_due_mileage_km" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vehicle_last_maintenance_pkey" PRIMARY KEY ("vehicle_id")
);

-- CreateTable
CREATE TABLE "maintenance_reminder" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "vehicle_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "basis" TEXT NOT NULL,
    "plan_id" UUID,
    "reminded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "maintenance_reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "maintenance_plan_tenant_id_make_idx" ON "maintenance_plan"("tenant_id", "make");

-- CreateIndex
CREATE INDEX "maintenance_plan_tenant_id_created_at_id_idx" ON "maintenance_plan"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "maintenance_reminder_vehicle_id_due_on_key" ON "maintenance_reminder"("vehicle_id", "due_on");

-- CreateIndex
CREATE INDEX "maintenance_reminder_tenant_id_vehicle_id_reminded_at_idx" ON "maintenance_reminder"("tenant_id", "vehicle_id", "reminded_at");
