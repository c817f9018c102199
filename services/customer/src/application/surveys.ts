// Satisfaction surveys: one per repair order (unique key), scores validated by the contract's
// ranges, the free comment sealed under the customer's data key (it may name people), so the
// customer's erasure shreds it too.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ContactChannel } from '@aftersales/contracts';
import { emitEvent, type Identity } from '@aftersales/service-kit';
import { duplicateSurvey, unknownReference } from '../domain/errors';
import { MASK, mayReadPii } from '../domain/pii';
import { isUniqueViolation, type Survey } from '../db/client';
import { surveyCompleted } from '../events/payloads';
import { recordPiiAccess, type Reader } from './audit';
import { type CustomerDeps } from './deps';
import { idempotentCreate, type CreateRequest, type Created } from './idempotency';
import { customerScope, mayActAtCentre, vehicleScope } from './scope';
import { type Work } from './unit-of-work';
import { loadDataKey, openComment, sealComment } from './vault';

export interface SurveyInput {
  repairOrderId: string;
  customerId: string;
  vehicleId: string;
  centreId: string;
  channel: string;
  scores: { product: number; service: number; purchase: number };
  nps: number;
  comment?: string | undefined;
}

/** Takes the survey of a repair order once per Idempotency-Key; there is one survey per order. */
export async function takeSurvey(
  deps: CustomerDeps,
  me: Identity,
  request: CreateRequest,
  input: SurveyInput,
): Promise<Created> {
  try {
    return await idempotentCreate(
      deps,
      me,
      request,
      async (uow) => (await insertSurvey(deps, uow, me, input)).id,
    );
  } catch (err) {
    // Two surveys for one order at once: the loser hits the unique index.
    if (isUniqueViolation(err)) throw duplicateSurvey(input.repairOrderId);
    throw err;
  }
}

async function insertSurvey(
  deps: CustomerDeps,
  uow: Work,
  me: Identity,
  input: SurveyInput,
): Promise<Survey> {
  const { tx } = uow;
  // Out of the caller's scope reads as absent (scope.ts): a survey of their centres, about a
  // customer and a vehicle they may see.
  if (!mayActAtCentre(me, input.centreId))
    throw unknownReference('centreId', 'No such service centre in your scope.');
  const customer = await tx.customer.findFirst({
    where: { id: input.customerId, tenantId: me.tenantId, AND: [customerScope(me)] },
    select: { status: true },
  });
  if (!customer) throw unknownReference('customerId', 'No such customer.');
  if (customer.status === 'ERASED') throw unknownReference('customerId', 'The customer was erased.');
  if (
    !(await tx.vehicle.findFirst({
      where: { id: input.vehicleId, tenantId: me.tenantId, AND: [vehicleScope(me)] },
      select: { id: true },
    }))
  ) {
    throw unknownReference('vehicleId', 'No such vehicle.');
  }
  return recordSurvey(deps, uow, me.userId, input);
}

/**
 * Records the survey of an order whose customer, vehicle and centre the caller has established
 * (staff: by scope, above; a customer: by their invitation): one per order, the comment sealed
 * under the customer's data key; emits survey.completed.
 */
export async function recordSurvey(
  deps: CustomerDeps,
  uow: Work,
  createdBy: string,
  input: SurveyInput,
): Promise<Survey> {
  const { tx, tenantId } = uow;
  if (
    await tx.survey.findFirst({
      where: { tenantId, repairOrderId: input.repairOrderId },
      select: { id: true },
    })
  ) {
    throw duplicateSurvey(input.repairOrderId);
  }
  const id = randomUUID();
  let commentCiphertext: ReturnType<typeof sealComment> | null = null;
  if (input.comment) {
    const dataKey = await loadDataKey(deps, tx, tenantId, input.customerId);
    if (!dataKey) throw unknownReference('customerId', 'The customer was erased.');
    commentCiphertext = sealComment(deps, dataKey, id, input.comment);
  }
  const survey = await tx.survey.create({
    data: {
      id,
      tenantId,
      repairOrderId: input.repairOrderId,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      centreId: input.centreId,
      channel: input.channel,
      productScore: input.scores.product,
      serviceScore: input.scores.service,
      purchaseScore: input.scores.purchase,
      nps: input.nps,
      commentCiphertext,
      createdBy,
    },
  });
  // Stamped with the unit of work's clock (the demo clock under `npm run dev`), so periods line up.
  emitEvent(uow, 'survey.completed', survey.id, surveyCompleted(survey));
  return survey;
}

const surveyFacts = {
  id: z.uuid(),
  repairOrderId: z.string(),
  customerId: z.uuid(),
  vehicleId: z.uuid(),
  centreId: z.string(),
  channel: ContactChannel,
  scores: z.object({ product: z.int(), service: z.int(), purchase: z.int() }),
  nps: z.int(),
};
const surveyTail = { createdBy: z.string(), createdAt: z.iso.datetime() };

/** A survey as a caller sees it: the free comment (PII) depends on `commentAccess`. */
export const SurveyViewSchema = z
  .discriminatedUnion('commentAccess', [
    z.object({
      ...surveyFacts,
      comment: z.null(),
      commentAccess: z.literal('none').describe('No comment was given'),
      ...surveyTail,
    }),
    z.object({
      ...surveyFacts,
      comment: z.string(),
      commentAccess: z
        .literal('decrypted')
        .describe('The caller may read PII: shown in clear, access audited'),
      ...surveyTail,
    }),
    z.object({
      ...surveyFacts,
      comment: z.literal(MASK),
      commentAccess: z.literal('masked').describe("The caller's roles do not need PII: nothing decrypted"),
      ...surveyTail,
    }),
    z.object({
      ...surveyFacts,
      comment: z.null(),
      commentAccess: z.literal('erased').describe("The customer was erased: the comment's key is gone"),
      ...surveyTail,
    }),
  ])
  .describe('A satisfaction survey; the comment depends on commentAccess');

export type SurveyView = z.infer<typeof SurveyViewSchema>;

type CommentAccess = SurveyView['commentAccess'];
/** The comment members of one form of the view (a union, so each pairing stays exact). */
type CommentView = {
  [A in CommentAccess]: Pick<Extract<SurveyView, { commentAccess: A }>, 'comment' | 'commentAccess'>;
}[CommentAccess];

/** Surveys for the caller: the comment decrypted (and audited) only for roles that may read PII. */
export async function presentSurveys(
  deps: CustomerDeps,
  reader: Reader,
  rows: Survey[],
): Promise<SurveyView[]> {
  const me = reader.identity;
  const withComment = mayReadPii(me.roles) ? rows.filter((s) => s.commentCiphertext) : [];
  // Customers whose key still exists (not erased): audit first, then unwrap and decrypt.
  const keyRows = withComment.length
    ? await deps.prisma.customerDataKey.findMany({
        where: {
          tenantId: me.tenantId,
          customerId: { in: [...new Set(withComment.map((s) => s.customerId))] },
        },
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
  const commentOf = (s: Survey): CommentView => {
    if (!s.commentCiphertext) return { comment: null, commentAccess: 'none' };
    if (!mayReadPii(me.roles)) return { comment: MASK, commentAccess: 'masked' };
    const key = keys.get(s.customerId);
    if (!key) return { comment: null, commentAccess: 'erased' };
    return { comment: openComment(deps, key, s.id, s.commentCiphertext), commentAccess: 'decrypted' };
  };
  return rows.map((s) => ({
    id: s.id,
    repairOrderId: s.repairOrderId,
    customerId: s.customerId,
    vehicleId: s.vehicleId,
    centreId: s.centreId,
    channel: s.channel as SurveyView['channel'],
    scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
    nps: s.nps,
    ...commentOf(s),
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
  }));
}
