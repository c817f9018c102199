// The benchmark's database is migrated like a service's: the migrations must match schema.prisma
// and the shared outbox/inbox models must be the canonical copy (a stale copy once left the
// relay querying columns the benchmark's outbox did not have, and the pipeline moved no events).
import path from 'node:path';
import { describeSchemaDrift } from '@aftersales/testing';

describeSchemaDrift('bench', path.join(__dirname, '../prisma'), ['outbox-inbox.prisma']);
