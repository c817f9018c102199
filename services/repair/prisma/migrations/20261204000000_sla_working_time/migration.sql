-- SLA standards name their time basis; a clock copies it and carries the time used before a pause.
-- Existing standards become working-time standards (their clocks started from now on count the
-- centre's opening hours); existing clocks keep the elapsed due time they were started with.
ALTER TABLE "sla_standard" ADD COLUMN "time_basis" TEXT NOT NULL DEFAULT 'working';
ALTER TABLE "sla_clock" ADD COLUMN "time_basis" TEXT NOT NULL DEFAULT 'elapsed';
ALTER TABLE "sla_clock" ADD COLUMN "credit_seconds" INTEGER NOT NULL DEFAULT 0;
