// Customers: registration, changes and erasure, each one unit of work. PII is sealed under the
// customer's data key before it touches the database; customer-views.ts opens it for the roles
// that need it, after the access was audited.
import { randomUUID } from 'node:crypto';
import { type EventData, type EventOf } from '@aftersales/contracts';
import { canAccessDealer, emitEvent, expectVersion, type Identity } from '@aftersales/service-kit';
import { erasedCustomer, notFound, ruleViolation, unknownReference } from '../domain/errors';
import { type CustomerPii } from '../domain/pii';
import { type Customer, type Tx } from '../db/client';
import { customerErased, customerRegistered, customerUpdated } from '../events/payloads';
import { cancelFollowUpsOf, isUuid } from './followups';
import { deleteInvitationsOf } from './survey-invitations';
import { type CustomerDeps } from './deps';
import { idempotentCreate, type CreateRequest, type Created } from './idempotency';
import { runCommand, type Work } from './unit-of-work';
import { createDataKey, indexesOf, indexName, loadDataKey, openPii, sealPii } from './vault';
import { customerScope, customerServedAt, reachesDealer, registrationCentre } from './scope';

export interface CustomerInput extends CustomerPii {
  kind: 'person' | 'company';
  dealerId: string | null;
  /** The service centre registering the customer (see registrationCentre); not changeable. */
  centreId?: string | undefined;
  preferredChannel: string;
  consents: { marketing: boolean; dataProcessing: boolean };
}

type ChangedField = EventData<'customer.updated'>['changedFields'][number];

/** The customer in the caller's tenant, dealer and centre scope (scope.ts), or 404 (never 403: ids reveal nothing). */
export async function customerFor(
  deps: CustomerDeps,
  db: CustomerDeps['prisma'] | Tx,
  me: Identity,
  id: string,
): Promise<Customer> {
  const row = await db.customer.findFirst({ where: { id, tenantId: me.tenantId, AND: [customerScope(me)] } });
  if (!row) throw notFound();
  return row;
}

function assertChannelReachable(channel: string, pii: CustomerPii): void {
  if ((channel === 'phone' || channel === 'sms') && !pii.phone)
    throw ruleViolation(`Preferred channel "${channel}" needs a phone number.`, {
      code: 'channel-unreachable',
    });
  if (channel === 'email' && !pii.email)
    throw ruleViolation('Preferred channel "email" needs an e-mail address.', {
      code: 'channel-unreachable',
    });
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

/** Registers a customer once per Idempotency-Key; returns the id (of the earlier one on a replay). */
export function registerCustomer(
  deps: CustomerDeps,
  me: Identity,
  request: CreateRequest,
  input: CustomerInput,
): Promise<Created> {
  return idempotentCreate(deps, me, request, async (uow) => (await insertCustomer(deps, uow, me, input)).id);
}

async function insertCustomer(deps: CustomerDeps, uow: Work, me: Identity, input: CustomerInput) {
  const { tx, now } = uow;
  const pii = piiOf(input);
  assertDealer(me, input.dealerId);
  assertChannelReachable(input.preferredChannel, pii);
  const centreId = registrationCentre(me, input.centreId, reachesDealer(me, input.dealerId));
  const id = randomUUID();
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
  await indexName(deps, tx, me.tenantId, id, pii.name);
  if (centreId) await customerServedAt(tx, me.tenantId, id, centreId, 'registration');
  emitEvent(uow, 'customer.registered', customer.id, customerRegistered(customer));
  return customer;
}

/** Locks the customer row so version check, change and outbox rows commit in order. */
export async function lockCustomer(deps: CustomerDeps, tx: Tx, me: Identity, id: string): Promise<Customer> {
  await tx.$queryRaw`SELECT id FROM customer WHERE id = ${id}::uuid AND tenant_id = ${me.tenantId} FOR UPDATE`;
  return customerFor(deps, tx, me, id);
}

export type CustomerChange = Partial<CustomerInput>;

/** Changes a customer the caller saw at `expectedVersion` (If-Match); emits customer.updated. */
export function updateCustomer(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number,
  change: CustomerChange,
): Promise<Customer> {
  return runCommand(deps, me, (uow) => applyChange(deps, uow, me, id, expectedVersion, change));
}

async function applyChange(
  deps: CustomerDeps,
  uow: Work,
  me: Identity,
  id: string,
  expectedVersion: number,
  change: CustomerChange,
): Promise<Customer> {
  const { tx, now } = uow;
  const current = await lockCustomer(deps, tx, me, id);
  if (current.status === 'ERASED') throw erasedCustomer('update');
  expectVersion(expectedVersion, current.version);

  const dataKey = await loadDataKey(deps, tx, me.tenantId, id);
  if (!dataKey) throw erasedCustomer('update');
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
  if (changed.has('name')) await indexName(deps, tx, me.tenantId, id, after.name);
  emitEvent(uow, 'customer.updated', updated.id, customerUpdated(updated, [...changed]));
  return updated;
}

/**
 * Right to be forgotten: destroys the data key (every ciphertext of the customer becomes noise)
 * and the blind-index values; ids and non-personal history (vehicles, surveys' scores,
 * follow-ups) stay, linked by id. Other services hear customer.erased and anonymise.
 */
export function eraseCustomer(
  deps: CustomerDeps,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  basis: 'customer-request' | 'retention-expired' | 'legal-order',
): Promise<Customer> {
  return runCommand(deps, me, (uow) => eraseWithin(deps, uow, me, id, expectedVersion, basis));
}

/** The erasure as a step of a larger unit of work (completing a customer's erasure request). */
export async function eraseWithin(
  deps: CustomerDeps,
  uow: Work,
  me: Identity,
  id: string,
  expectedVersion: number | undefined,
  basis: 'customer-request' | 'retention-expired' | 'legal-order',
): Promise<Customer> {
  const { tx } = uow;
  const current = await lockCustomer(deps, tx, me, id);
  if (current.status === 'ERASED') throw erasedCustomer('erase');
  expectVersion(expectedVersion, current.version);
  const erased = await shred(tx, me.tenantId, id, basis, uow.now);
  const owned = await tx.vehicle.findMany({
    where: { tenantId: me.tenantId, ownerCustomerId: id },
    select: { id: true },
  });
  const past = await tx.vehicleOwnership.findMany({
    where: { customerId: id, vehicle: { tenantId: me.tenantId } },
    select: { vehicleId: true },
  });
  const vehicleIds = [...new Set([...owned.map((v) => v.id), ...past.map((o) => o.vehicleId)])].sort();
  emitEvent(uow, 'customer.erased', erased.id, customerErased(erased, vehicleIds));
  return erased;
}

/**
 * The erasure itself: the data key and the blind-index values go, scheduled follow-ups are
 * cancelled, survey invitations deleted and the customer's pending erasure request completed.
 * Shared by the API command and the replay of a recorded erasure after a restore.
 */
async function shred(tx: Tx, tenantId: string, id: string, basis: string, at: Date): Promise<Customer> {
  await tx.customerDataKey.deleteMany({ where: { tenantId, customerId: id } });
  await tx.customerNameToken.deleteMany({ where: { customerId: id } });
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
  await deleteInvitationsOf({ tx }, tenantId, id);
  // Whoever erased, a request the customer made is thereby done (erasure-requests.ts names who).
  await tx.erasureRequest.updateMany({
    where: { tenantId, customerId: id, status: 'PENDING' },
    data: { status: 'COMPLETED', decidedAt: at, version: { increment: 1 } },
  });
  return erased;
}

/**
 * A recorded erasure (customer.erased read back from the customer topic) applied to a database
 * that does not have it yet: a restore from a backup taken before the erasure. Nothing is emitted:
 * the event exists. Returns false when the customer is already erased (the usual case) or unknown.
 */
export async function replayErasure(uow: Work, event: EventOf<'customer.erased'>): Promise<boolean> {
  const { tx } = uow;
  if (!isUuid(event.data.customerId)) return false;
  const [row] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM customer
     WHERE id = ${event.data.customerId}::uuid AND tenant_id = ${event.tenantId} FOR UPDATE`;
  if (!row || row.status === 'ERASED') return false;
  await shred(tx, event.tenantId, event.data.customerId, event.data.basis, new Date(event.occurredAt));
  return true;
}
