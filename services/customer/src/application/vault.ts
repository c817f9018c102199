// The only place that turns customer PII into ciphertext and back. Keys live for one call;
// nothing here logs or returns key material.
import { randomUUID } from 'node:crypto';
import { aad } from '../domain/crypto/pii-cipher';
import { nameTokens } from '../domain/name-tokens';
import { type CustomerPii } from '../domain/pii';
import { type PrismaClient, type Tx } from '../db/client';
import { type CustomerDeps } from './deps';

type Db = PrismaClient | Tx;

/** A new data key for the customer, stored wrapped; returns the clear key for this transaction. */
export async function createDataKey(deps: CustomerDeps, tx: Tx, tenantId: string, customerId: string) {
  const { dataKey, wrapped } = deps.cipher.newCustomerKey(tenantId, customerId);
  const id = randomUUID();
  await tx.customerDataKey.create({
    data: {
      id,
      tenantId,
      customerId,
      masterKeyId: wrapped.masterKeyId,
      wrappedKey: Buffer.from(wrapped.wrapped),
    },
  });
  return { dataKeyId: id, dataKey };
}

/** The customer's clear data key, or null once it was destroyed (erasure). */
export async function loadDataKey(
  deps: CustomerDeps,
  db: Db,
  tenantId: string,
  customerId: string,
): Promise<Buffer | null> {
  const row = await db.customerDataKey.findFirst({ where: { tenantId, customerId } });
  if (!row) return null;
  return deps.cipher.dataKeyOf(tenantId, customerId, {
    masterKeyId: row.masterKeyId,
    wrapped: row.wrappedKey,
  });
}

// Buffer.from copies into a plain ArrayBuffer-backed Buffer, the type Prisma's Bytes columns take.
export function sealPii(deps: CustomerDeps, dataKey: Buffer, customerId: string, pii: CustomerPii) {
  return Buffer.from(deps.cipher.sealJson(dataKey, pii, aad.pii(customerId)));
}

export function openPii(
  deps: CustomerDeps,
  dataKey: Buffer,
  customerId: string,
  sealed: Uint8Array,
): CustomerPii {
  return deps.cipher.openJson<CustomerPii>(dataKey, sealed, aad.pii(customerId));
}

/** Blind-index values of the customer's normalised phone and e-mail. */
export function indexesOf(deps: CustomerDeps, tenantId: string, pii: Pick<CustomerPii, 'phone' | 'email'>) {
  return {
    phoneIndex: pii.phone ? deps.indexer.of('phone', tenantId, pii.phone) : null,
    emailIndex: pii.email ? deps.indexer.of('email', tenantId, pii.email) : null,
  };
}

/** Blind-index digests of the words of a name (see domain/name-tokens.ts). */
export function nameDigests(deps: CustomerDeps, tenantId: string, name: string): string[] {
  return nameTokens(name).map((token) => deps.indexer.of('name-token', tenantId, token));
}

/** Replaces the customer's name-word index with the words of `name` (null: erased, none kept). */
export async function indexName(
  deps: CustomerDeps,
  tx: Tx,
  tenantId: string,
  customerId: string,
  name: string | null,
): Promise<void> {
  await tx.customerNameToken.deleteMany({ where: { customerId } });
  const digests = name ? nameDigests(deps, tenantId, name) : [];
  if (digests.length)
    await tx.customerNameToken.createMany({
      data: digests.map((digest) => ({ customerId, tenantId, digest })),
    });
}

export function sealComment(deps: CustomerDeps, dataKey: Buffer, surveyId: string, comment: string) {
  return Buffer.from(deps.cipher.sealJson(dataKey, comment, aad.surveyComment(surveyId)));
}

export function openComment(
  deps: CustomerDeps,
  dataKey: Buffer,
  surveyId: string,
  sealed: Uint8Array,
): string {
  return deps.cipher.openJson<string>(dataKey, sealed, aad.surveyComment(surveyId));
}

/** The customer's own words on an erasure request: sealed like a comment (they may hold PII). */
export function sealErasureReason(deps: CustomerDeps, dataKey: Buffer, requestId: string, reason: string) {
  return Buffer.from(deps.cipher.sealJson(dataKey, reason, aad.erasureReason(requestId)));
}

export function openErasureReason(
  deps: CustomerDeps,
  dataKey: Buffer,
  requestId: string,
  sealed: Uint8Array,
): string {
  return deps.cipher.openJson<string>(dataKey, sealed, aad.erasureReason(requestId));
}
