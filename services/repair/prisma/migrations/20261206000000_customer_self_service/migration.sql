-- Customer self-service (/v1/me): a customer approves or declines a quote themselves (method
-- customer-link). The quote keeps where the decision came from (the address the gateway saw, the
-- browser's User-Agent) and the hash of the quote as the customer saw it; all null for decisions
-- staff recorded. Address and User-Agent are personal data: erased with the customer.

-- AlterTable
ALTER TABLE "repair_quote" ADD COLUMN     "decision_client_address" TEXT,
ADD COLUMN     "decision_quote_hash" CHAR(64),
ADD COLUMN     "decision_user_agent" TEXT;

-- A customer's own orders and bookings, newest first; whose a vehicle's latest booking is.
-- CreateIndex
CREATE INDEX "repair_order_tenant_id_customer_id_created_at_id_idx" ON "repair_order"("tenant_id", "customer_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "booking_tenant_id_customer_id_created_at_id_idx" ON "booking"("tenant_id", "customer_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "booking_tenant_id_vehicle_id_created_at_idx" ON "booking"("tenant_id", "vehicle_id", "created_at");
