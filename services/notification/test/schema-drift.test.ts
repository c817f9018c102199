// Migrations match schema.prisma; the shared outbox and inbox models are the canonical copy (libs/testing).
import path from 'node:path';
import { describeSchemaDrift } from '@aftersales/testing';

describeSchemaDrift('notif', path.join(__dirname, '../prisma'), ['outbox-inbox.prisma']);
