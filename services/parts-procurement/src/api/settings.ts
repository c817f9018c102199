// Per-tenant procurement settings: supplier score weights, PO approval threshold, tolerances, the
// stocktake variance value that needs a second approver.
import { type Express } from 'express';
import { z } from 'zod';
import { identityOf, parseIfMatch, route, setETag, versionMismatch } from '@aftersales/service-kit';
import { settingsOf } from '../application/settings';
import { type ApiDeps } from './support';
import { SettingsView } from './views';

const body = z.object({
  weights: z
    .object({
      quality: z.number().min(0).max(1),
      price: z.number().min(0).max(1),
      leadTime: z.number().min(0).max(1),
      onTime: z.number().min(0).max(1),
    })
    .refine((w) => w.quality + w.price + w.leadTime + w.onTime > 0, 'at least one weight must be above zero'),
  approvalThresholdMinor: z.int().nonnegative(),
  overReceiptTolerancePct: z.number().min(0).max(100),
  priceTolerancePct: z.number().min(0).max(100),
  // Three-way match tolerances and the threshold's currency; left out: unchanged (older clients).
  amountToleranceMinor: z.int().min(0).max(1_000_000).optional(),
  taxTolerancePct: z.number().min(0).max(100).optional(),
  approvalThresholdCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .optional(),
  /** Left out: unchanged (it came after the other settings; older clients do not send it). */
  stocktakeSecondApprovalMinor: z.int().nonnegative().optional(),
});

export function settingsRoutes(app: Express, deps: ApiDeps): void {
  app.get(
    '/v1/settings/procurement',
    route(
      {},
      async (_i, req, res) => {
        const s = await settingsOf(deps.prisma, identityOf(req).tenantId);
        setETag(res, s.version);
        return s;
      },
      {
        summary: "The tenant's procurement settings (supplier weights, approval thresholds, tolerances)",
        roles: ['procurement-officer'],
        response: SettingsView,
      },
    ),
  );

  app.put(
    '/v1/settings/procurement',
    route(
      { body },
      async ({ body: b }, req, res) => {
        const tenantId = identityOf(req).tenantId;
        const expected = parseIfMatch(req);
        const saved = await deps.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(
            `INSERT INTO tenant_settings (tenant_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`,
            tenantId,
          );
          const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
            `SELECT version FROM tenant_settings WHERE tenant_id = $1 FOR UPDATE`,
            tenantId,
          );
          if (expected !== undefined && expected !== rows[0]!.version)
            throw versionMismatch(rows[0]!.version);
          return tx.tenantSettings.update({
            where: { tenantId },
            data: {
              weightQuality: b.weights.quality,
              weightPrice: b.weights.price,
              weightLeadTime: b.weights.leadTime,
              weightOnTime: b.weights.onTime,
              approvalThresholdMinor: b.approvalThresholdMinor,
              overReceiptTolerancePct: b.overReceiptTolerancePct,
              priceTolerancePct: b.priceTolerancePct,
              ...(b.amountToleranceMinor !== undefined
                ? { amountToleranceMinor: b.amountToleranceMinor }
                : {}),
              ...(b.taxTolerancePct !== undefined ? { taxTolerancePct: b.taxTolerancePct } : {}),
              ...(b.approvalThresholdCurrency !== undefined
                ? { approvalThresholdCurrency: b.approvalThresholdCurrency }
                : {}),
              ...(b.stocktakeSecondApprovalMinor !== undefined
                ? { stocktakeSecondApprovalMinor: b.stocktakeSecondApprovalMinor }
                : {}),
              version: { increment: 1 },
              updatedAt: new Date(),
            },
          });
        });
        setETag(res, saved.version);
        return settingsOf(deps.prisma, tenantId);
      },
      {
        summary: "Change the tenant's procurement settings (If-Match)",
        roles: ['admin'],
        response: SettingsView,
        problems: [412],
      },
    ),
  );
}
