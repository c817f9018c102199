// Erasure requests: a customer asks in self-service to be forgotten; an administrator completes
// the request (the erasure of customers.ts, basis customer-request) or rejects it with a reason
// (e.g. a legal retention period). The customer's own words are sealed under their data key, so
// the erasure shreds them with the rest. One pending request per customer at a time.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Identity } from '@aftersales/service-kit';
import { erasedCustomer, erasureRequestDecided, notFound } from '../domain/errors';
import { mayReadPii } from '../domain/pii';
import { type ErasureRequest } from '../db/client';
import { recordPiiAccess, type Reader } from './audit';
import { eraseWithin, lockCustomer } from './customers';
import { type CustomerDeps } from './deps';
import { isSelfService } from './scope';
import { runCommand, type Work } from './unit-of-work';
import { loadDataKey, openErasureReason, sealErasureReason } from './vault';

export const ErasureRequestStatus = z.enum(['pending', 'completed', 'rejected']);

export const ErasureRequestViewSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  status: ErasureRequestStatus,
  reason: z
    .string()
    .nullable()
    .describe("The customer's reason (null when none was given, or once the customer was erased)"),
  requestedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z
    .string()
    .nullable()
    .describe('The administrator who decided (null for an erasure by other means)'),
  decisionReason: z.string().nullable().describe('Why the request was rejected'),
  version: z.int().min(1),
});

export type ErasureRequestView = z.infer<typeof ErasureRequestViewSchema>;

const statusOf = (r: ErasureRequest) => r.status.toLowerCase() as ErasureRequestView['status'];

/**
 * Requests as the caller sees them. The customer's reason is decrypted for the customer themself
 * and for roles that may read PII, after the access was audited; others see null.
 */
export async function presentErasureRequests(
  deps: CustomerDeps,
  reader: Reader,
  rows: ErasureRequest[],
): Promise<ErasureRequestView[]> {
  const me = reader.identity;
  const mayRead = (r: ErasureRequest) =>
    mayReadPii(me.roles) || (isSelfService(me) && r.customerId === me.userId);
  const sealed = rows.filter((r) => r.reasonCiphertext && mayRead(r));
  const keyRows = sealed.length
    ? await deps.prisma.customerDataKey.findMany({
        where: { tenantId: me.tenantId, customerId: { in: [...new Set(sealed.map((r) => r.customerId))] } },
      })
    : [];
  await recordPiiAccess(
    deps.prisma,
    reader,
    keyRows.map((k) => k.customerId),
  );
  const keys = new Map(
    keyRows.map((k) => [
      k.customerId,
      deps.cipher.dataKeyOf(me.tenantId, k.customerId, { masterKeyId: k.masterKeyId, wrapped: k.wrappedKey }),
    ]),
  );
  const reasonOf = (r: ErasureRequest) => {
    const key = keys.get(r.customerId);
    return r.reasonCiphertext && mayRead(r) && key
      ? openErasureReason(deps, key, r.id, r.reasonCiphertext)
      : null;
  };
  return rows.map((r) => erasureRequestView(r, reasonOf(r)));
}

/** A request with its reason as already opened (or null). */
export function erasureRequestView(r: ErasureRequest, reason: string | null): ErasureRequestView {
  return {
    id: r.id,
    customerId: r.customerId,
    status: statusOf(r),
    reason,
    requestedAt: r.requestedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedBy: r.decidedBy,
    decisionReason: r.decisionReason,
    version: r.version,
  };
}

/**
 * The signed-in customer asks to be erased. While a request is pending, asking again returns it
 * (created: false) rather than queueing a second one; the customer row lock keeps that true when
 * two arrive at once.
 */
export function requestErasure(
  deps: CustomerDeps,
  me: Identity,
  reason: string | undefined,
): Promise<{ request: ErasureRequest; created: boolean }> {
  return runCommand(deps, me, async (uow) => {
    const { tx } = uow;
    const customer = await lockCustomer(deps, tx, me, me.userId);
    if (customer.status === 'ERASED') throw erasedCustomer('erase');
    const pending = await tx.erasureRequest.findFirst({
      where: { tenantId: me.tenantId, customerId: customer.id, status: 'PENDING' },
    });
    if (pending) return { request: pending, created: false };
    const id = randomUUID();
    let reasonCiphertext: ReturnType<typeof sealErasureReason> | null = null;
    if (reason) {
      const dataKey = await loadDataKey(deps, tx, me.tenantId, customer.id);
      if (!dataKey) throw erasedCustomer('erase');
      reasonCiphertext = sealErasureReason(deps, dataKey, id, reason);
    }
    const request = await tx.erasureRequest.create({
      data: {
        id,
        tenantId: me.tenantId,
        customerId: customer.id,
        reasonCiphertext,
        requestedAt: uow.now,
      },
    });
    return { request, created: true };
  });
}

/** The signed-in customer's latest request, if any. */
export function latestErasureRequestOf(deps: CustomerDeps, me: Identity): Promise<ErasureRequest | null> {
  return deps.prisma.erasureRequest.findFirst({
    where: { tenantId: me.tenantId, customerId: me.userId },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
  });
}

/**
 * A pending request, locked for a decision. The customer row is locked first, in the same order
 * as an erasure by other means (which completes the request), so the two cannot deadlock.
 */
async function pendingRequest(
  deps: CustomerDeps,
  uow: Work,
  me: Identity,
  id: string,
  command: 'complete' | 'reject',
) {
  const { tx } = uow;
  const found = await tx.erasureRequest.findFirst({
    where: { id, tenantId: me.tenantId },
    select: { customerId: true },
  });
  if (!found) throw notFound();
  // The customer must be in the administrator's scope (404 otherwise, as for any customer).
  const customer = await lockCustomer(deps, tx, me, found.customerId);
  await tx.$queryRaw`SELECT id FROM erasure_request WHERE id = ${id}::uuid FOR UPDATE`;
  const request = await tx.erasureRequest.findUniqueOrThrow({ where: { id } });
  if (request.status !== 'PENDING') throw erasureRequestDecided(statusOf(request), command);
  return { request, customer };
}

/**
 * Completes a request: the customer is erased (basis customer-request, customer.erased emitted)
 * and the request marked completed by the administrator, in one transaction. A customer erased
 * meanwhile by other means has had their pending request completed already (409 then).
 */
export function completeErasureRequest(
  deps: CustomerDeps,
  me: Identity,
  id: string,
): Promise<ErasureRequest> {
  return runCommand(deps, me, async (uow) => {
    const { request } = await pendingRequest(deps, uow, me, id, 'complete');
    await eraseWithin(deps, uow, me, request.customerId, undefined, 'customer-request');
    // The erasure completed the request; this names who decided.
    return uow.tx.erasureRequest.update({
      where: { id },
      data: { status: 'COMPLETED', decidedAt: uow.now, decidedBy: me.userId },
    });
  });
}

/** Rejects a request with a reason the customer will read (e.g. a legal retention period). */
export function rejectErasureRequest(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  reason: string,
): Promise<ErasureRequest> {
  return runCommand(deps, me, async (uow) => {
    await pendingRequest(deps, uow, me, id, 'reject');
    return uow.tx.erasureRequest.update({
      where: { id },
      data: {
        status: 'REJECTED',
        decidedAt: uow.now,
        decidedBy: me.userId,
        decisionReason: reason,
        version: { increment: 1 },
      },
    });
  });
}
