// Creating POSTs are idempotent by Idempotency-Key (service-kit's idempotentCreate, over this
// service's idempotency_record table), with this service's transaction options: intake queues on
// the tenant's reference counter, so a burst may wait longer for a pooled connection.
import type { Request, Response } from 'express';
import { idempotentCreate as create, type Created } from '@aftersales/service-kit';
import { TX_OPTIONS, type PrismaClient, type Tx } from '../db/client';

export type { Created };

export function idempotentCreate<T>(
  prisma: PrismaClient,
  req: Request,
  res: Response,
  opts: { tenantId: string; scope: string; body: unknown },
  fn: (tx: Tx) => Promise<Created<T>>,
): Promise<void> {
  return create<T, Tx>(prisma, req, res, { ...opts, transaction: TX_OPTIONS }, fn);
}
