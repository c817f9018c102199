// Customers: registration, changes, erasure and how a customer is shown to a caller. PII is
// sealed under the customer's data key before it touches the database and opened only for roles
// that need it, after the access was audited.
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { enqueueEvents } from '@aftersales/kafka';
import { type EventData, type EventOf } from '@aftersales/contracts';
import {
  HttpProblem,
  assertVersion,
  canAccessDealer,
  identityOf,
  notFound,
  type Identity,
} from '@aftersales/service-kit';
import { maskedPii, mayReadPii, type CustomerPii } from '../domain/pii';
import { type Customer, type Tx } from '../db/client';
import { customerErased, customerRegistered, customerUpdated } from '../events/factories';
import { recordPiiAccess } from './audit';
import { cancelFollowUpsOf, isUuid } from './followups';
import { nowOf, type CustomerDeps } from './deps';
import { NOT_FOUND, ProblemTypes, ruleViolation, unknownReference } from './problems';
import { createDataKey, indexesOf, loadDataKey, openPii, sealPii } from './vault';

export interface CustomerInput extends CustomerPii {
  kind: 'person' | 'company';
  dealerId: string | null;
  preferredChannel: string;
  consents: { marketing: boolean; dataProcessing: boolean };
}

type ChangedField = EventData<'customer.updated'>['changedFields'][number];

/** Customers without a dealer belong to the whole group; dealer-bound ones need dealer access. */
export function dealerScope(me: Identity): object {
  if (me.dealerIds === '*') return {};
  return { OR: [{ dealerId: null }, { dealerId: { in: [...me.dealerIds] } }] };
}

const visible = (me: Identity, c: Pick<Customer, 'dealerId'>) =>
  c.dealerId === null || canAccessDealer(me, c.dealerId);

/** The customer in the caller's tenant and dealer scope, or 404 (never 403: ids reveal nothing). */
export async function customerFor(
  deps: CustomerDeps,
  db: CustomerDeps['prisma'] | Tx,
  me: Identity,
  id: string,
): Promise<Customer> {
  const row = await db.customer.findFirst({ where: { id, tenantId: me.tenantId } });
  if (!row || !visible(me, row)) throw notFound(NOT_FOUND);
  return row;
}

function assertChannelReachable(channel: string, pii: CustomerPii): void {
  if ((channel === 'phone' || channel === 'sms') && !pii.phone)
    throw ruleViolation(`Preferred channel "${channel}" needs a phone number.`);
  if (channel === 'email' && !pii.email)
    throw ruleViolation('Preferred channel "email" needs an e-mail address.');
}

function assertDealer(me: Identity, dealerId: string | null): void {
  if (dealerId !== null && !canAccessDealer(me, dealerId))
    throw unknownReference('dealerId', 'No such dealer in your scope.');
}

const piiOf = (input: CustomerPii): CustomerPii => ({
  name: input.name,
  phone: input.phone ?? null,
  email: input.email ?? null,
  address: input.address ?? null,
  idNumbers: input.idNumbers ?? [],
});

export async function registerCustomer(
  deps: CustomerDeps,
  tx: Tx,
  me: Identity,
  input: CustomerInput,
): Promise<Customer> {
  const pii = piiOf(input);
  assertDealer(me, input.dealerId);
  assertChannelReachable(input.preferredChannel, pii);
  const id = randomUUID();
  const now = nowOf(deps);
  const { dataKeyId, dataKey } = await createDataKey(deps, tx, me.tenantId, id);
  const customer = await tx.customer.create({
    data: {
      id,
      tenantId: me.tenantId,
      dealerId: input.dealerId,
      kind: input.kind,
      preferredChannel: input.preferredChannel,
      consentMarketing: input.consents.marketing,
      consentMarketingAt: now,
      consentDataProcessing: input.consents.dataProcessing,
      consentDataProcessingAt: now,
      piiCiphertext: sealPii(deps, dataKey, id, pii),
      piiKeyId: dataKeyId,
      ...indexesOf(deps, me.tenantId, pii),
      createdBy: me.userId,
    },
  });
  await enqueueEvents(tx, [customerRegistered(customer)]);
  return customer;
}

/** Locks the customer row so version check, change and outbox rows commit in order. */
export async function lockCustomer(deps: CustomerDeps, tx: Tx, me: Identity, id: string): Promise<Customer> {
  await tx.$queryRaw`SELECT id FROM customer WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
  return customerFor(deps, tx, me, id);
}

const alreadyErased = () =>
  new HttpProblem(409, {
    type: ProblemTypes.alreadyErased,
    title: 'Customer erased',
    detail: "This customer's personal data was erased.",
  });

export type CustomerChange = Partial<CustomerInput>;

export async function updateCustomer(
  deps: CustomerDeps,
  tx: Tx,
  me: Identity,
  id: string,
  expectedVersion: number,
  change: CustomerChange,
): Promise<Customer> {
  const current = await lockCustomer(deps, tx, me, id);
  if (current.status === 'ERASED') throw alreadyErased();
  assertVersion(expectedVersion, current.version);

  const dataKey = await loadDataKey(deps, tx, me.tenantId, id);
  if (!dataKey) throw alreadyErased();
  const before = openPii(deps, dataKey, id, current.piiCiphertext);
  const after: CustomerPii = {
    name: change.name ?? before.name,
    phone: change.phone !== undefined ? change.phone : before.phone,
    email: change.email !== undefined ? change.email : before.email,
    address: change.address !== undefined ? change.address : before.address,
    idNumbers: change.idNumbers ?? before.idNumbers,
  };
  const changed = new Set<ChangedField>();
  for (const field of ['name', 'phone', 'email', 'address', 'idNumbers'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changed.add(field === 'idNumbers' ? 'idNumber' : field);
  }
  const kind = change.kind ?? current.kind;
  const channel = change.preferredChannel ?? current.preferredChannel;
  const dealerId = change.dealerId !== undefined ? change.dealerId : current.dealerId;
  const consents = change.consents ?? {
    marketing: current.consentMarketing,
    dataProcessing: current.consentDataProcessing,
  };
  if (kind !== current.kind) changed.add('kind');
  if (channel !== current.preferredChannel) changed.add('preferredChannel');
  if (dealerId !== current.dealerId) {
    assertDealer(me, dealerId);
    changed.add('dealer');
  }
  const marketingChanged = consents.marketing !== current.consentMarketing;
  const processingChanged = consents.dataProcessing !== current.consentDataProcessing;
  if (marketingChanged || processingChanged) changed.add('consents');
  assertChannelReachable(channel, after);
  if (changed.size === 0) return current;

  const now = nowOf(deps);
  const piiChanged = (['name', 'phone', 'email', 'address', 'idNumber'] as const).some((f) => changed.has(f));
  const updated = await tx.customer.update({
    where: { id },
    data: {
      kind,
      preferredChannel: channel,
      dealerId,
      consentMarketing: consents.marketing,
      consentDataProcessing: consents.dataProcessing,
      ...(marketingChanged ? { consentMarketingAt: now } : {}),
      ...(processingChanged ? { consentDataProcessingAt: now } : {}),
      ...(piiChanged
        ? { piiCiphertext: sealPii(deps, dataKey, id, after), ...indexesOf(deps, me.tenantId, after) }
        : {}),
      version: { increment: 1 },
    },
  });
  await enqueueEvents(tx, [customerUpdated(updated, [...changed])]);
  return updated;
}

/**
 * Right to be forgotten: destroys the data key (every ciphertext of the customer becomes noise)
 * and the blind-index values; ids and non-personal history (vehicles, surveys' scores,
 * follow-ups) stay, linked by id. Other services hear customer.erased and anonymise.
 */
export async function eraseCustomer(
  deps: CustomerDeps,
  tx: Tx,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  basis: 'customer-request' | 'retention-expired' | 'legal-order',
): Promise<Customer> {
  const current = await lockCustomer(deps, tx, me, id);
  if (current.status === 'ERASED') throw alreadyErased();
  assertVersion(expectedVersion, current.version);
  const erased = await shred(tx, me.tenantId, id, basis, nowOf(deps));
  const owned = await tx.vehicle.findMany({
    where: { tenantId: me.tenantId, ownerCustomerId: id },
    select: { id: true },
  });
  const past = await tx.vehicleOwnership.findMany({
    where: { customerId: id, vehicle: { tenantId: me.tenantId } },
    select: { vehicleId: true },
  });
  const vehicleIds = [...new Set([...owned.map((v) => v.id), ...past.map((o) => o.vehicleId)])].sort();
  await enqueueEvents(tx, [customerErased(erased, vehicleIds)]);
  return erased;
}

/**
 * The erasure itself: the data key and the blind-index values go, scheduled follow-ups are
 * cancelled. Shared by the API command and the replay of a recorded erasure after a restore.
 */
async function shred(tx: Tx, tenantId: string, id: string, basis: string, at: Date): Promise<Customer> {
  await tx.customerDataKey.deleteMany({ where: { tenantId, customerId: id } });
  const erased = await tx.customer.update({
    where: { id },
    data: {
      status: 'ERASED',
      erasedAt: at,
      erasureBasis: basis,
      phoneIndex: null,
      emailIndex: null,
      version: { increment: 1 },
    },
  });
  await cancelFollowUpsOf(tx, tenantId, id);
  return erased;
}

/**
 * A recorded erasure (customer.erased read back from the customer topic) applied to a database
 * that does not have it yet: a restore from a backup taken before the erasure. Nothing is emitted:
 * the event exists. Returns false when the customer is already erased (the usual case) or unknown.
 */
export async function replayErasure(tx: Tx, event: EventOf<'customer.erased'>): Promise<boolean> {
  if (!isUuid(event.data.customerId)) return false;
  const [row] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM customer
     WHERE id = ${event.data.customerId}::uuid AND tenant_id = ${event.tenantId} FOR UPDATE`;
  if (!row || row.status === 'ERASED') return false;
  await shred(tx, event.tenantId, event.data.customerId, event.data.basis, new Date(event.occurredAt));
  return true;
}

export interface CustomerView {
  id: string;
  kind: string;
  dealerId: string | null;
  status: 'active' | 'erased';
  /** decrypted: PII shown; masked: the caller's roles do not need it (nothing decrypted); erased: gone. */
  piiAccess: 'decrypted' | 'masked' | 'erased';
  name: unknown;
  phone: unknown;
  email: unknown;
  address: unknown;
  idNumbers: unknown;
  preferredChannel: string;
  consents: {
    marketing: boolean;
    marketingChangedAt: string;
    dataProcessing: boolean;
    dataProcessingChangedAt: string;
  };
  erasedAt: string | null;
  erasureBasis: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function viewOf(
  c: Customer,
  piiAccess: CustomerView['piiAccess'],
  pii: Record<keyof CustomerPii, unknown>,
): CustomerView {
  return {
    id: c.id,
    kind: c.kind,
    dealerId: c.dealerId,
    status: c.status === 'ERASED' ? 'erased' : 'active',
    piiAccess,
    ...pii,
    preferredChannel: c.preferredChannel,
    consents: {
      marketing: c.consentMarketing,
      marketingChangedAt: c.consentMarketingAt.toISOString(),
      dataProcessing: c.consentDataProcessing,
      dataProcessingChangedAt: c.consentDataProcessingAt.toISOString(),
    },
    erasedAt: c.erasedAt?.toISOString() ?? null,
    erasureBasis: c.erasureBasis,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const ERASED_PII = { name: null, phone: null, email: null, address: null, idNumbers: null };

/**
 * Renders customers for the caller. Roles that need contact data get it decrypted, after one
 * audit row per customer is written; other roles get masked values and nothing is decrypted.
 */
export async function presentCustomers(
  deps: CustomerDeps,
  req: Request,
  rows: Customer[],
): Promise<CustomerView[]> {
  const me = identityOf(req);
  const readable = mayReadPii(me.roles) ? rows.filter((c) => c.status === 'ACTIVE') : [];
  await recordPiiAccess(
    deps.prisma,
    req,
    readable.map((c) => c.id),
  );
  const keys = readable.length
    ? await deps.prisma.customerDataKey.findMany({
        where: { tenantId: me.tenantId, customerId: { in: readable.map((c) => c.id) } },
      })
    : [];
  const keyOf = new Map(keys.map((k) => [k.customerId, k]));
  return rows.map((c) => {
    if (c.status === 'ERASED') return viewOf(c, 'erased', ERASED_PII);
    if (!mayReadPii(me.roles)) return viewOf(c, 'masked', maskedPii());
    const k = keyOf.get(c.id);
    if (!k) throw new Error(`customer ${c.id} is active but has no data key`);
    const dataKey = deps.cipher.dataKeyOf(c.tenantId, c.id, {
      masterKeyId: k.masterKeyId,
      wrapped: k.wrappedKey,
    });
    return viewOf(c, 'decrypted', openPii(deps, dataKey, c.id, c.piiCiphertext));
  });
}
