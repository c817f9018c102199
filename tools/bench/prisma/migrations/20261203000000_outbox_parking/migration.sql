-- The outbox relay isolates a row that cannot be published: it counts the row's failed attempts
-- (attempts no longer counts successful publishes), retries it alone after next_attempt_at, and
-- parks it after too many. Later rows of the same key wait behind it (the (key, seq) index).
ALTER TABLE "outbox_message" ADD COLUMN "next_attempt_at" TIMESTAMPTZ(3),
ADD COLUMN "parked_at" TIMESTAMPTZ(3),
ADD COLUMN "last_error" TEXT;

UPDATE "outbox_message" SET "attempts" = 0 WHERE "published_at" IS NOT NULL;

-- CreateIndex
CREATE INDEX "outbox_message_key_seq_idx" ON "outbox_message"("key", "seq");
