// Quotes: issue a priced quote (initial, or a re-quote on extra findings / revision; each version
// is the full scope), and record the customer's decision on the current version: approval tells
// parts-procurement only the difference from the previously approved version (the parts to add,
// and the parts no longer needed: domain/parts-delta.ts); decline ends the work.
import { randomUUID } from 'node:crypto';
import { NotFound } from '@aftersales/service-kit';
import { type RepairQuote, type Tx } from '../../db/client';
import { quoteChanged, ruleViolation, staleQuote } from '../../domain/errors';
import { minorOf } from '../../domain/money';
import { priceQuote, type PricedLine, type QuoteLineInput } from '../../domain/quote';
import { customerQuoteContent, quoteHash, sameQuoteHash } from '../../domain/quote-hash';
import { partsDelta, type QuotedPartLine } from '../../domain/parts-delta';
import { iso } from '../../events/emit';
import {
  orderApproved,
  orderDeclined,
  orderQuoted,
  partsDropped,
  partsRequested,
  quoteLineId,
} from '../../events/order-events';
import { checkQuotedPartQuantities } from '../part-units';
import { type CommandContext, type CommandDeps } from '../unit-of-work';
import { orderCommand, type OrderDeps } from './command';
import { planTransition, recordTransition, type OrderWithCentre } from './lifecycle';

export interface QuoteInput {
  reason?: 'initial' | 'extra-findings' | 'revision';
  lines: QuoteLineInput[];
  discountMinor?: number;
  /** Extra findings that caused a re-quote (added to the order's fault codes / systems). */
  extraFindings?: { system: string; faultCode?: string | null }[];
}

export function issueQuote(deps: OrderDeps, ctx: CommandContext, id: string, input: QuoteInput) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'quote');
    const first = order.currentQuoteVersion === 0;
    const reason =
      input.reason ?? (first ? 'initial' : plan.from === 'IN_PROGRESS' ? 'extra-findings' : 'revision');
    if (reason === 'initial' && !first)
      throw ruleViolation(
        'The order already has a quote; a re-quote has reason extra-findings or revision.',
        {
          details: { field: 'reason' },
        },
      );
    if (reason !== 'initial' && first)
      throw ruleViolation('The first quote of an order has reason initial.', {
        details: { field: 'reason' },
      });
    // 0.5 of a brake disc is refused here, not later as a dead letter at parts-procurement.
    await checkQuotedPartQuantities(uow.tx, order.tenantId, input.lines);
    const priced = priceQuote(
      input.lines,
      {
        labourRateMinor: order.centre.labourRateMinor,
        currency: order.currency,
        defaultTaxRateBasisPoints: order.centre.taxRateBasisPoints,
      },
      input.discountMinor ?? 0,
    );
    const quote = {
      id: randomUUID(),
      version: order.currentQuoteVersion + 1,
      reason,
      validUntil: new Date(uow.now.getTime() + deps.quoteValidDays * 86_400_000),
    };
    await uow.tx.repairQuote.updateMany({
      where: { repairOrderId: order.id, status: 'ISSUED' },
      data: { status: 'SUPERSEDED' },
    });
    await uow.tx.repairQuote.create({
      data: {
        ...quote,
        tenantId: order.tenantId,
        repairOrderId: order.id,
        status: 'ISSUED',
        lines: priced.lines as unknown as object,
        currency: priced.currency,
        quoteDiscountMinor: input.discountMinor ?? 0,
        netMinor: priced.totals.netMinor,
        discountMinor: priced.totals.discountMinor,
        taxMinor: priced.totals.taxMinor,
        grossMinor: priced.totals.grossMinor,
        labourHours: priced.labourHours,
        labourNetMinor: priced.labourNetMinor,
        partsNetMinor: priced.partsNetMinor,
        createdBy: uow.actor,
      },
    });
    orderQuoted(uow, order, quote, priced);
    const extra = input.extraFindings ?? [];
    return {
      ...(await recordTransition(uow, order, plan)),
      currentQuoteVersion: quote.version,
      faultCodes: [
        ...new Set([
          ...order.faultCodes,
          ...extra.flatMap((f) => (f.faultCode ? [f.faultCode.toUpperCase()] : [])),
        ]),
      ],
      faultSystems: [...new Set([...order.faultSystems, ...extra.map((f) => f.system)])],
    };
  });
}

/** The quote version a decision is about: 404 if unknown, 409 (stale-quote) if not the open one. */
async function quoteForDecision(tx: Tx, order: OrderWithCentre, version: number): Promise<RepairQuote> {
  const quote = await tx.repairQuote.findUnique({
    where: { repairOrderId_version: { repairOrderId: order.id, version } },
  });
  if (!quote) throw new NotFound(`Quote version ${version} of order ${order.id} not found.`);
  if (version !== order.currentQuoteVersion || quote.status !== 'ISSUED')
    throw staleQuote(version, quote.status, order.currentQuoteVersion);
  return quote;
}

export async function approvedQuoteOf(tx: Tx, order: OrderWithCentre): Promise<RepairQuote | null> {
  if (!order.approvedQuoteVersion) return null;
  return tx.repairQuote.findUnique({
    where: { repairOrderId_version: { repairOrderId: order.id, version: order.approvedQuoteVersion } },
  });
}

/** The part lines of a quote version, with the ids their lines have in events. */
function partLinesOf(quote: RepairQuote | null): QuotedPartLine[] {
  if (!quote) return [];
  return (quote.lines as unknown as PricedLine[]).flatMap((l) =>
    l.kind === 'part' && l.partId
      ? [{ lineId: quoteLineId(quote.id, l), partId: l.partId, quantity: l.quantity }]
      : [],
  );
}

/** The hash of a stored quote version as the customer sees it (domain/quote-hash.ts). */
export function storedQuoteHash(quote: RepairQuote): string {
  return quoteHash(
    customerQuoteContent({
      version: quote.version,
      currency: quote.currency,
      validUntil: quote.validUntil,
      lines: quote.lines as unknown as PricedLine[],
      totals: {
        netMinor: minorOf(quote.netMinor),
        discountMinor: minorOf(quote.discountMinor),
        taxMinor: minorOf(quote.taxMinor),
        grossMinor: minorOf(quote.grossMinor),
      },
    }),
  );
}

/**
 * A customer's own decision (self-service, method customer-link): the hash of the quote they were
 * shown, which must be the stored version's (409 quote-changed otherwise), and where it came from.
 */
export interface CustomerDecision {
  quoteHash: string;
  clientAddress: string | null;
  userAgent: string | null;
}

/** The columns a customer's decision adds; 409 when the quote is not the one the customer saw. */
function customerDecisionColumns(quote: RepairQuote, decision: CustomerDecision | undefined) {
  if (!decision) return {};
  const hash = storedQuoteHash(quote);
  if (!sameQuoteHash(hash, decision.quoteHash)) throw quoteChanged(quote.version);
  return {
    decisionQuoteHash: hash,
    decisionClientAddress: decision.clientAddress,
    decisionUserAgent: decision.userAgent,
  };
}

export interface ApprovalInput {
  method: 'in-person' | 'phone' | 'email' | 'sms' | 'online' | 'signature' | 'customer-link';
  approvedByCustomerId?: string | null;
  priority?: 'normal' | 'urgent';
  neededBy?: string | null;
  /** Set exactly when the customer decides in self-service (method customer-link). */
  customer?: CustomerDecision;
}

export function approveQuote(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  version: number,
  input: ApprovalInput,
) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'approve');
    const quote = await quoteForDecision(uow.tx, order, version);
    const evidence = customerDecisionColumns(quote, input.customer);
    if (quote.validUntil.getTime() < uow.now.getTime())
      throw ruleViolation(`Quote version ${version} expired at ${iso(quote.validUntil)}; issue a new quote.`);
    await uow.tx.repairQuote.update({
      where: { id: quote.id },
      data: {
        status: 'APPROVED',
        decidedAt: uow.now,
        decidedBy: uow.actor,
        decisionMethod: input.method,
        approvedByCustomerId: input.approvedByCustomerId ?? null,
        ...evidence,
      },
    });
    orderApproved(uow, order, quote, input);
    const columns = await recordTransition(uow, order, plan);
    // The earlier requests stay in force: parts-procurement frees what this version no longer
    // needs (dropped) and reserves only what it needs beyond the previous version (added).
    const delta = partsDelta(partLinesOf(quote), partLinesOf(await approvedQuoteOf(uow.tx, order)));
    if (delta.dropped.length)
      partsDropped(uow, order, order.centre.stockLocationId, { quoteVersion: version, lines: delta.dropped });
    if (delta.added.length === 0) return { ...columns, approvedQuoteVersion: version };
    const requestId = randomUUID();
    partsRequested(uow, order, order.centre.stockLocationId, {
      requestId,
      quoteVersion: version,
      priority: input.priority ?? 'normal',
      neededBy: input.neededBy ?? null,
      lines: delta.added,
    });
    return { ...columns, approvedQuoteVersion: version, partsRequestId: requestId, partsStatus: 'requested' };
  });
}

export interface DeclineInput {
  method: ApprovalInput['method'];
  reason: 'price' | 'time' | 'second-opinion' | 'not-needed' | 'other';
  /** Set exactly when the customer decides in self-service (method customer-link). */
  customer?: CustomerDecision;
}

export function declineQuote(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  version: number,
  input: DeclineInput,
) {
  return orderCommand(deps, ctx, id, async (uow, order) => {
    const plan = planTransition(order, 'decline');
    const quote = await quoteForDecision(uow.tx, order, version);
    const evidence = customerDecisionColumns(quote, input.customer);
    await uow.tx.repairQuote.update({
      where: { id: quote.id },
      data: {
        status: 'DECLINED',
        decidedAt: uow.now,
        decidedBy: uow.actor,
        decisionMethod: input.method,
        declineReason: input.reason,
        ...evidence,
      },
    });
    orderDeclined(uow, order, version, input);
    return { ...(await recordTransition(uow, order, plan)) };
  });
}
