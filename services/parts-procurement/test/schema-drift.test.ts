// Migrations match schema.prisma; the shared models are the canonical copies (libs/testing).
import path from 'node:path';
import { describeSchemaDrift } from '@aftersales/testing';

describeSchemaDrift('parts-procurement', path.join(__dirname, '../prisma'), [
  'outbox-inbox.prisma',
  'idempotency.prisma',
]);
