// GET /v1/me/export: everything the platform holds about the signed-in customer (GDPR access and
// portability), as one JSON download: each service answers its own GET /v1/me/export for the
// customer's token, and the gateway puts the parts side by side. A service that cannot answer is
// named in `unavailable` rather than silently left out.
import { type Request, type Response } from 'express';
import { type Logger } from '@aftersales/service-kit';
import { type ServiceName } from '../routes';

/** The services that hold data about customers (and answer /v1/me/export). */
export const EXPORTING_SERVICES: readonly ServiceName[] = ['customer', 'repair', 'complaint', 'notification'];

export interface ExportContext {
  upstreams: Partial<Record<ServiceName, string>>;
  timeoutMs: number;
  logger: Logger;
}

export function exportHandler(ctx: ExportContext, customerIdOf: (req: Request) => string) {
  return async (req: Request, res: Response): Promise<void> => {
    const authorization = req.headers.authorization!;
    const services = EXPORTING_SERVICES.filter((s) => ctx.upstreams[s]);
    const parts = await Promise.all(
      services.map(async (service) => {
        try {
          const answer = await fetch(new URL('/v1/me/export', ctx.upstreams[service]), {
            headers: { authorization, accept: 'application/json' },
            signal: AbortSignal.timeout(ctx.timeoutMs),
          });
          if (!answer.ok) throw new Error(`answered ${answer.status}`);
          return [service, await answer.json()] as const;
        } catch (err) {
          ctx.logger.warn({ err, service }, 'self-service export: a service did not answer');
          return [service, undefined] as const;
        }
      }),
    );
    const exportedAt = new Date().toISOString();
    res
      .setHeader('content-disposition', `attachment; filename="my-data-${exportedAt.slice(0, 10)}.json"`)
      .setHeader('cache-control', 'no-store')
      .json({
        customerId: customerIdOf(req),
        exportedAt,
        services: Object.fromEntries(parts.filter(([, body]) => body !== undefined)),
        unavailable: parts.filter(([, body]) => body === undefined).map(([service]) => service),
      });
  };
}
