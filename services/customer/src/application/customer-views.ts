// How a customer is shown to a caller, and the schema of that view (documented in the API and
// checked against every answer under tests). The personal data takes one of three forms, named by
// `piiAccess`: decrypted for roles that need it (after the access was audited), masked for
// everyone else (nothing is decrypted) and null once the customer was erased (the key is gone).
import { z } from 'zod';
import { ContactChannel, CustomerKind } from '@aftersales/contracts';
import { MASK, maskedPii, mayReadPii, type CustomerPii } from '../domain/pii';
import { type Customer } from '../db/client';
import { recordPiiAccess, type Reader } from './audit';
import { type CustomerDeps } from './deps';
import { isSelfService } from './scope';
import { openPii } from './vault';

const instant = z.iso.datetime();

const addressView = z.object({
  line1: z.string(),
  line2: z.string().nullish(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

const idNumberView = z.object({
  type: z.enum(['national-id', 'passport', 'driving-licence', 'company-registration', 'tax-id']),
  value: z.string(),
});

const customerHead = {
  id: z.uuid(),
  kind: CustomerKind,
  dealerId: z.string().nullable(),
};

const customerTail = {
  preferredChannel: ContactChannel,
  consents: z.object({
    marketing: z.boolean(),
    marketingChangedAt: instant,
    dataProcessing: z.boolean(),
    dataProcessingChangedAt: instant,
  }),
  erasedAt: instant.nullable(),
  erasureBasis: z.string().nullable(),
  version: z.int().min(1),
  createdAt: instant,
  updatedAt: instant,
};

const masked = z.literal(MASK);

export const CustomerViewSchema = z
  .discriminatedUnion('piiAccess', [
    z.object({
      ...customerHead,
      status: z.literal('active'),
      piiAccess: z.literal('decrypted').describe('The caller may read PII: shown in clear, access audited'),
      name: z.string(),
      phone: z.string().nullable().describe('E.164'),
      email: z.string().nullable(),
      address: addressView.nullable(),
      idNumbers: z.array(idNumberView),
      ...customerTail,
    }),
    z.object({
      ...customerHead,
      status: z.literal('active'),
      piiAccess: z.literal('masked').describe("The caller's roles do not need PII: nothing decrypted"),
      name: masked,
      phone: masked,
      email: masked,
      address: masked,
      idNumbers: masked,
      ...customerTail,
    }),
    z.object({
      ...customerHead,
      status: z.literal('erased'),
      piiAccess: z.literal('erased').describe('The personal data was erased (its key destroyed)'),
      name: z.null(),
      phone: z.null(),
      email: z.null(),
      address: z.null(),
      idNumbers: z.null(),
      ...customerTail,
    }),
  ])
  .describe('A customer; the PII fields depend on piiAccess');

export type CustomerView = z.infer<typeof CustomerViewSchema>;

const ERASED_PII = { name: null, phone: null, email: null, address: null, idNumbers: null };

// The view's fields in their order: what the customer is, the PII (by access), then the rest.
const headOf = (c: Customer) => ({
  id: c.id,
  kind: c.kind as CustomerView['kind'],
  dealerId: c.dealerId,
});

const tailOf = (c: Customer) => ({
  preferredChannel: c.preferredChannel as CustomerView['preferredChannel'],
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
});

function erasedView(c: Customer): CustomerView {
  return { ...headOf(c), status: 'erased', piiAccess: 'erased', ...ERASED_PII, ...tailOf(c) };
}

function maskedView(c: Customer): CustomerView {
  return { ...headOf(c), status: 'active', piiAccess: 'masked', ...maskedPii(), ...tailOf(c) };
}

function decryptedView(c: Customer, pii: CustomerPii): CustomerView {
  const { name, phone, email, address, idNumbers } = pii; // the document's fields only
  return {
    ...headOf(c),
    status: 'active',
    piiAccess: 'decrypted',
    ...{ name, phone, email, address, idNumbers },
    ...tailOf(c),
  };
}

/**
 * Renders customers for the caller. Roles that need contact data get it decrypted, after one
 * audit row per customer is written; other roles get masked values and nothing is decrypted.
 */
export async function presentCustomers(
  deps: CustomerDeps,
  reader: Reader,
  rows: Customer[],
): Promise<CustomerView[]> {
  const me = reader.identity;
  // Staff whose work needs it, and a customer reading their own record (self-service).
  const mayRead = (c: Customer) => mayReadPii(me.roles) || (isSelfService(me) && c.id === me.userId);
  const readable = rows.filter((c) => c.status === 'ACTIVE' && mayRead(c));
  await recordPiiAccess(
    deps.prisma,
    reader,
    readable.map((c) => c.id),
  );
  const keys = readable.length
    ? await deps.prisma.customerDataKey.findMany({
        where: { tenantId: me.tenantId, customerId: { in: readable.map((c) => c.id) } },
      })
    : [];
  const keyOf = new Map(keys.map((k) => [k.customerId, k]));
  return rows.map((c) => {
    if (c.status === 'ERASED') return erasedView(c);
    if (!mayRead(c)) return maskedView(c);
    const k = keyOf.get(c.id);
    if (!k) throw new Error(`customer ${c.id} is active but has no data key`);
    const dataKey = deps.cipher.dataKeyOf(c.tenantId, c.id, {
      masterKeyId: k.masterKeyId,
      wrapped: k.wrappedKey,
    });
    return decryptedView(c, openPii(deps, dataKey, c.id, c.piiCiphertext));
  });
}
