// Satisfaction surveys: one per repair order (unique key), scores validated by the contract's
// ranges, the free comment sealed under the customer's data key (it may name people), so the
// customer's erasure shreds it too.
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { enqueueEvents } from '@aftersales/kafka';
import { HttpProblem, identityOf, type Identity } from '@aftersales/service-kit';
import { MASK, mayReadPii } from '../domain/pii';
import { type Survey, type Tx } from '../db/client';
import { surveyCompleted } from '../events/factories';
import { recordPiiAccess } from './audit';
import { nowOf, type CustomerDeps } from './deps';
import { ProblemTypes, unknownReference } from './problems';
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

export const duplicateSurvey = (repairOrderId: string) =>
  new HttpProblem(409, {
    type: ProblemTypes.duplicateSurvey,
    title: 'Survey already taken',
    detail: 'This repair order already has a survey; there is one per order.',
    extra: { repairOrderId },
  });

export async function takeSurvey(
  deps: CustomerDeps,
  tx: Tx,
  me: Identity,
  input: SurveyInput,
): Promise<Survey> {
  const customer = await tx.customer.findFirst({
    where: { id: input.customerId, tenantId: me.tenantId },
    select: { status: true },
  });
  if (!customer) throw unknownReference('customerId', 'No such customer.');
  if (customer.status === 'ERASED') throw unknownReference('customerId', 'The customer was erased.');
  if (
    !(await tx.vehicle.findFirst({
      where: { id: input.vehicleId, tenantId: me.tenantId },
      select: { id: true },
    }))
  ) {
    throw unknownReference('vehicleId', 'No such vehicle.');
  }
  if (
    await tx.survey.findFirst({
      where: { tenantId: me.tenantId, repairOrderId: input.repairOrderId },
      select: { id: true },
    })
  ) {
    throw duplicateSurvey(input.repairOrderId);
  }
  const id = randomUUID();
  let commentCiphertext: ReturnType<typeof sealComment> | null = null;
  if (input.comment) {
    const dataKey = await loadDataKey(deps, tx, me.tenantId, input.customerId);
    if (!dataKey) throw unknownReference('customerId', 'The customer was erased.');
    commentCiphertext = sealComment(deps, dataKey, id, input.comment);
  }
  const survey = await tx.survey.create({
    data: {
      id,
      tenantId: me.tenantId,
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
      createdBy: me.userId,
    },
  });
  await enqueueEvents(tx, [surveyCompleted(survey, nowOf(deps))]);
  return survey;
}

/** Surveys for the caller: the comment decrypted (and audited) only for roles that may read PII. */
export async function presentSurveys(deps: CustomerDeps, req: Request, rows: Survey[]) {
  const me = identityOf(req);
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
    req,
    keyRows.map((k) => k.customerId),
  );
  const keys = new Map(
    keyRows.map((k) => [
      k.customerId,
      deps.cipher.dataKeyOf(me.tenantId, k.customerId, { masterKeyId: k.masterKeyId, wrapped: k.wrappedKey }),
    ]),
  );
  return rows.map((s) => {
    let comment: string | null = null;
    let commentAccess: 'none' | 'decrypted' | 'masked' | 'erased' = 'none';
    if (s.commentCiphertext) {
      if (!mayReadPii(me.roles)) [comment, commentAccess] = [MASK, 'masked'];
      else {
        const key = keys.get(s.customerId);
        if (key) [comment, commentAccess] = [openComment(deps, key, s.id, s.commentCiphertext), 'decrypted'];
        else commentAccess = 'erased';
      }
    }
    return {
      id: s.id,
      repairOrderId: s.repairOrderId,
      customerId: s.customerId,
      vehicleId: s.vehicleId,
      centreId: s.centreId,
      channel: s.channel,
      scores: { product: s.productScore, service: s.serviceScore, purchase: s.purchaseScore },
      nps: s.nps,
      comment,
      commentAccess,
      createdBy: s.createdBy,
      createdAt: s.createdAt.toISOString(),
    };
  });
}
