// What the routers share about HTTP: who reads personal data and why (for the audit), the
// Idempotency-Key of a creating request, and the headers of a created resource.
import { type Request, type Response } from 'express';
import { identityOf, idempotencyKeyOf, requestIdOf, setETag } from '@aftersales/service-kit';
import { type Reader } from '../application/audit';
import { type Created, type CreateRequest } from '../application/idempotency';

/** "GET /v1/customers/:id": the route pattern, so the purpose is clear and carries no PII. */
export function purposeOf(req: Request): string {
  const routePath =
    typeof req.route?.path === 'string' ? (req.route.path === '/' ? '' : req.route.path) : req.path;
  return `${req.method} ${req.baseUrl}${routePath}`;
}

/** The caller of this request as a reader of personal data. */
export function readerOf(req: Request): Reader {
  return { identity: identityOf(req), purpose: purposeOf(req), requestId: requestIdOf(req) ?? null };
}

/** A creating request: its operation, the caller's Idempotency-Key (400 without one) and body. */
export function createRequestOf(req: Request, scope: string, body: unknown): CreateRequest {
  return { scope, key: idempotencyKeyOf(req, { required: true }), body };
}

/** Where the created resource is, its version when it has one, and whether this was a replay. */
export function markCreated(res: Response, created: Created, location: string, version?: number): void {
  if (version !== undefined) setETag(res, version);
  res.setHeader('Location', location);
  if (created.replayed) res.setHeader('Idempotent-Replayed', 'true');
}
