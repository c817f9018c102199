-- Customer self-service (/v1/me): a customer's own complaints and inquiries, newest first.

-- CreateIndex
CREATE INDEX "complaint_tenant_id_customer_id_created_at_id_idx" ON "complaint"("tenant_id", "customer_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "inquiry_tenant_id_customer_id_created_at_id_idx" ON "inquiry"("tenant_id", "customer_id", "created_at", "id");
