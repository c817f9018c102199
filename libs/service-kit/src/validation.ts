import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { hasRole, identityOf, type Role } from './auth';
import { forbidden, type ValidationErrorItem, validationErrorsOf, validationProblem } from './problem';

/** zod schemas for the parts of a request; each is optional. */
export interface RequestSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

type Parsed<S, K extends keyof RequestSchemas> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.output<T>
  : undefined;

/** The parsed request: defaults applied, strings coerced, unknown keys stripped (per schema). */
export interface ValidatedInput<S extends RequestSchemas> {
  body: Parsed<S, 'body'>;
  query: Parsed<S, 'query'>;
  params: Parsed<S, 'params'>;
}

const LOCALS_KEY = 'validated';

/**
 * Parses body, query and params together so the client sees every problem in one 400.
 * Paths in the response are prefixed with the location: `body.items[0].qty`, `query.limit`.
 */
export async function parseRequest<S extends RequestSchemas>(
  schemas: S,
  req: Request,
): Promise<ValidatedInput<S>> {
  const errors: ValidationErrorItem[] = [];
  const out: Record<string, unknown> = { body: undefined, query: undefined, params: undefined };
  for (const location of ['params', 'query', 'body'] as const) {
    const schema = schemas[location];
    if (!schema) continue;
    const result = await schema.safeParseAsync(req[location]);
    if (result.success) out[location] = result.data;
    else errors.push(...validationErrorsOf(result.error.issues, location));
  }
  if (errors.length > 0) throw validationProblem(errors);
  return out as unknown as ValidatedInput<S>;
}

/**
 * Middleware form. Where the parsed values go (express 5 makes `req.query` a read-only getter,
 * so it cannot be replaced):
 * - all three on `res.locals.validated`, read them typed with `validated<typeof schemas>(res)`;
 * - the parsed body also replaces `req.body`, since express does not own that property.
 * `req.query` and `req.params` keep the raw strings; do not read them after validating.
 */
export function validate<S extends RequestSchemas>(schemas: S): RequestHandler {
  const handle: RequestHandler = async (req: Request, res: Response, next: NextFunction) => {
    const input = await parseRequest(schemas, req);
    res.locals[LOCALS_KEY] = input;
    if (schemas.body) req.body = input.body;
    next();
  };
  return Object.assign(handle, { [API_SCHEMAS]: { schemas, options: {} } });
}

/** The values `validate(schemas)` parsed for this request. */
export function validated<S extends RequestSchemas>(res: Response): ValidatedInput<S> {
  const input = res.locals[LOCALS_KEY] as ValidatedInput<S> | undefined;
  if (!input) throw new Error('validated(res) called on a route without validate()');
  return input;
}

export type RouteHandler<S extends RequestSchemas, R> = (
  input: ValidatedInput<S>,
  req: Request,
  res: Response,
) => R | Promise<R>;

export interface RouteOptions {
  /** Status for a returned value (default 200), or for `undefined` (default 204). */
  status?: number;
  /** One line for the API document (OpenAPI `summary`). */
  summary?: string;
  /** Who may call it; anyone else gets 403 before the request is even parsed. */
  roles?: readonly Role[];
  /** The success body's schema: documented, and checked against every answer under tests. */
  response?: z.ZodType;
  /**
   * A success body that is not JSON (a PDF, an image the handler sends itself): its media types,
   * documented as binary content (e.g. `['application/pdf']`).
   */
  binaryResponse?: readonly string[];
  /** A request body that is not JSON (an uploaded image, read by the route's own parser): its media types. */
  binaryRequest?: readonly string[];
  /** Problem statuses this operation answers besides 400/401/403/404 (e.g. 409, 412, 422). */
  problems?: readonly number[];
  /**
   * A create that honours `Idempotency-Key` (documented as a header parameter): `required` when a
   * request without one is refused (400), `optional` when it then simply runs. If-Match is
   * documented from `problems` (412: optional; 412 and 428: required).
   */
  idempotencyKey?: 'required' | 'optional';
}

// Responses are checked against their declared schema in tests (NODE_ENV=test) or when asked, so
// the API document cannot drift from what the code sends; production skips the cost.
const checkResponses = () => process.env.NODE_ENV === 'test' || process.env.VALIDATE_RESPONSES === 'true';
const RESPONSE_KEY = 'responseSchema';

/**
 * Checks a success body against the route's declared `response` schema (under tests only). route()
 * calls it for returned values; a handler that sends its own answer (an idempotent create) calls it.
 */
export function checkResponse(req: Request, res: Response, body: unknown): void {
  const schema = res.locals[RESPONSE_KEY] as z.ZodType | undefined;
  if (!schema || !checkResponses()) return;
  const checked = schema.safeParse(JSON.parse(JSON.stringify(body)));
  if (!checked.success)
    throw new Error(
      `response of ${req.method} ${req.route?.path} breaks its schema: ${checked.error.message}`,
    );
}

/** The 403 detail for a caller without the roles (the same from route() and requireRole()). */
export const rolesRequired = (roles: readonly string[]) =>
  `This action requires one of the roles: ${roles.join(', ')}.`;

/**
 * A typed handler: validates, calls `handler(input, req, res)` and sends what it returns as
 * JSON (`undefined` -> empty body, 204 by default). A handler that already responded (e.g.
 * to set headers, stream, or redirect) is left alone. Thrown or rejected errors reach the
 * error handler through express 5's promise support.
 *
 *   app.post('/v1/things', route({ body: createThing }, async ({ body }) => repo.create(body), { status: 201 }));
 */
export function route<S extends RequestSchemas, R>(
  schemas: S,
  handler: RouteHandler<S, R>,
  options: RouteOptions = {},
): RequestHandler {
  const handle: RequestHandler = async (req: Request, res: Response) => {
    if (options.roles && !hasRole(identityOf(req), ...options.roles))
      throw forbidden(rolesRequired(options.roles), { requiredRoles: options.roles });
    const input = await parseRequest(schemas, req);
    res.locals[LOCALS_KEY] = input;
    if (options.response) res.locals[RESPONSE_KEY] = options.response;
    if (schemas.body) req.body = input.body;
    const result = await handler(input, req, res);
    if (res.headersSent) return;
    if (result === undefined) {
      res.status(options.status ?? 204).end();
      return;
    }
    if (options.response && checkResponses()) {
      const checked = options.response.safeParse(JSON.parse(JSON.stringify(result)));
      if (!checked.success)
        throw new Error(
          `response of ${req.method} ${req.route?.path} breaks its schema: ${checked.error.message}`,
        );
    }
    res.status(options.status ?? 200).json(result);
  };
  // The OpenAPI document is generated from these (openapi.ts), so it never drifts from the code.
  return Object.assign(handle, { [API_SCHEMAS]: { schemas, options } });
}

/** Where route() and validate() leave their schemas for the OpenAPI generator. */
export const API_SCHEMAS = Symbol.for('aftersales.apiSchemas');
