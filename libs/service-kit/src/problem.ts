import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { classifyDatabaseError } from '@aftersales/db/errors';
import {
  CommandRefused,
  Conflict,
  DomainError,
  NotAllowed,
  NotFound,
  RuleViolation,
  StaleVersion,
} from './domain/errors';
import { requestIdOf } from './request-id';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URIs this kit emits; services may define their own the same way. */
export const ProblemTypes = {
  validation: 'urn:aftersales:problem:validation',
  notReady: 'urn:aftersales:problem:not-ready',
  databaseUnavailable: 'urn:aftersales:problem:database-unavailable',
  databaseBusy: 'urn:aftersales:problem:database-busy',
  ruleViolated: 'urn:aftersales:problem:rule-violated',
  commandRefused: 'urn:aftersales:problem:command-refused',
  conflict: 'urn:aftersales:problem:conflict',
  staleVersion: 'urn:aftersales:problem:stale-version',
  notAllowed: 'urn:aftersales:problem:not-allowed',
} as const;

// How each kind of domain error is answered: status, default type, title. One shape for every
// service: { type, title, status, detail, code, ...details }.
const DOMAIN_KINDS: [new (...args: never[]) => DomainError, number, string, string][] = [
  [StaleVersion, 412, ProblemTypes.staleVersion, 'Precondition Failed'],
  [CommandRefused, 409, ProblemTypes.commandRefused, 'Command not allowed in the current state'],
  [Conflict, 409, ProblemTypes.conflict, 'Conflict'],
  [NotFound, 404, 'about:blank', 'Not Found'],
  [NotAllowed, 403, ProblemTypes.notAllowed, 'Forbidden'],
  [RuleViolation, 422, ProblemTypes.ruleViolated, 'Business rule violated'],
];

/** The problem a domain error is answered with. */
export function domainProblem(err: DomainError): HttpProblem {
  const [, status, type, title] = DOMAIN_KINDS.find(([kind]) => err instanceof kind) ?? [
    DomainError,
    422,
    ProblemTypes.ruleViolated,
    'Business rule violated',
  ];
  return new HttpProblem(status, {
    type: err.type ?? type,
    title,
    detail: err.message,
    extra: { code: err.code, ...err.details },
  });
}

/** RFC 9457 members, plus extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export interface ProblemOptions {
  title?: string;
  detail?: string;
  /** A URI naming the problem; `about:blank` means "just the HTTP status". */
  type?: string;
  /** Extension members, e.g. `{ currentVersion: 4 }`. Never put secrets or PII here. */
  extra?: Record<string, unknown>;
  /** Response headers sent with the problem, e.g. `WWW-Authenticate` on a 401. */
  headers?: Record<string, string>;
  cause?: unknown;
}

// Members the handler owns; extensions may not overwrite them.
const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId']);

/** Throw this from a handler: its status, title and detail go to the client as problem+json. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly detail: string | undefined;
  readonly extra: Record<string, unknown>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, options: ProblemOptions = {}) {
    const title = options.title ?? STATUS_CODES[status] ?? 'Error';
    super(options.detail ?? title, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpProblem';
    this.status = status;
    this.title = title;
    this.type = options.type ?? 'about:blank';
    this.detail = options.detail;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }

  toJSON(instance?: string): ProblemDetails {
    const body: ProblemDetails = { type: this.type, title: this.title, status: this.status };
    if (this.detail !== undefined) body.detail = this.detail;
    if (instance !== undefined) body.instance = instance;
    for (const [key, value] of Object.entries(this.extra)) {
      if (!RESERVED.has(key)) body[key] = value;
    }
    return body;
  }
}

export function isHttpProblem(err: unknown): err is HttpProblem {
  return err instanceof HttpProblem;
}

type Extra = Record<string, unknown> | undefined;

export const badRequest = (detail?: string, extra?: Extra) => new HttpProblem(400, { detail, extra });
export const unauthorized = (detail?: string, extra?: Extra) => new HttpProblem(401, { detail, extra });
export const forbidden = (detail?: string, extra?: Extra) => new HttpProblem(403, { detail, extra });
export const notFound = (detail?: string, extra?: Extra) => new HttpProblem(404, { detail, extra });
export const conflict = (detail?: string, extra?: Extra) => new HttpProblem(409, { detail, extra });
export const preconditionFailed = (detail?: string, extra?: Extra) => new HttpProblem(412, { detail, extra });
export const unprocessable = (detail?: string, extra?: Extra) => new HttpProblem(422, { detail, extra });
export const preconditionRequired = (detail?: string, extra?: Extra) =>
  new HttpProblem(428, { detail, extra });

export interface ValidationErrorItem {
  path: string;
  message: string;
}

/** `['items', 0, 'qty']` -> `items[0].qty`, prefixed with where it came from (body, query, params). */
export function formatIssuePath(path: readonly PropertyKey[], location?: string): string {
  let out = location ?? '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

/** zod issues as `{ path, message }`; zod's messages never include the input value. */
export function validationErrorsOf(
  issues: readonly z.core.$ZodIssue[],
  location?: string,
): ValidationErrorItem[] {
  return issues.map((issue) => ({ path: formatIssuePath(issue.path, location), message: issue.message }));
}

/** A 400 with an `errors: [{ path, message }]` member. */
export function validationProblem(
  errors: ValidationErrorItem[],
  detail = 'The request is invalid.',
): HttpProblem {
  return new HttpProblem(400, {
    type: ProblemTypes.validation,
    title: 'Validation failed',
    detail,
    extra: { errors },
  });
}

// Duck-typed as well so a ZodError from another zod copy (e.g. a contracts build) is still a 400.
function isZodError(err: unknown): err is z.core.$ZodError {
  if (err instanceof z.core.$ZodError) return true;
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { name?: unknown }).name === 'ZodError' &&
    Array.isArray((err as { issues?: unknown }).issues)
  );
}

// body-parser and other http-errors style errors carry `status`, `expose` and `type`.
interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  type?: unknown;
}

/** Maps any thrown value to the problem the client sees. Unknown errors become a bare 500. */
export function toProblem(err: unknown): HttpProblem {
  if (isHttpProblem(err)) return err;
  if (err instanceof DomainError) return domainProblem(err);
  if (isZodError(err)) return validationProblem(validationErrorsOf(err.issues));

  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpErrorLike;
  switch (e.type) {
    case 'entity.too.large':
      return new HttpProblem(413, { detail: 'The request body is larger than the service accepts.' });
    case 'entity.parse.failed':
      // The parser's message quotes the body; the body may hold PII, so keep it out.
      return new HttpProblem(400, { detail: 'The request body is not valid JSON.' });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(415, { detail: 'The request body encoding or charset is not supported.' });
  }
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Only errors that declare themselves client-safe (`expose`) keep their message.
    const detail = e.expose === true && err instanceof Error ? err.message : undefined;
    return new HttpProblem(status, { detail });
  }
  // A lost or busy database is a moment to wait and retry, not a bug.
  const failure = classifyDatabaseError(err);
  if (failure === 'unavailable')
    return new HttpProblem(503, {
      type: ProblemTypes.databaseUnavailable,
      title: 'Service Unavailable',
      detail: 'The service cannot reach its database right now; retry shortly.',
      headers: { 'Retry-After': '2' },
    });
  if (failure)
    return new HttpProblem(503, {
      type: ProblemTypes.databaseBusy,
      title: 'Service Unavailable',
      detail:
        'The database was too busy to finish this request (a lock wait, timeout or conflict); retry it.',
      headers: { 'Retry-After': '1' },
      extra: { reason: failure },
    });
  // Server-side statuses (e.g. 503 from a library) are kept, their messages never are.
  const serverStatus = typeof status === 'number' && status >= 500 && status < 600 ? status : 500;
  return new HttpProblem(serverStatus, { detail: 'An unexpected error occurred.' });
}

/** The request path without its query string (which may carry PII such as `?email=`). */
export function instanceOf(req: Request): string {
  const url = req.originalUrl || req.url;
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export function sendProblem(req: Request, res: Response, problem: HttpProblem): void {
  const body: ProblemDetails = problem.toJSON(instanceOf(req));
  const id = requestIdOf(req);
  if (id !== undefined) body.requestId = id;
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(body);
}

/**
 * The last middleware. Renders every error as problem+json; 5xx are logged in full and
 * shown to the client only as a generic message with the request id to quote.
 */
export function errorHandler(fallbackLogger?: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    // Too late for a problem body: let express abort the connection.
    if (res.headersSent) {
      next(err);
      return;
    }
    const problem = toProblem(err);
    const log = (req.log as Logger | undefined) ?? fallbackLogger;
    if (problem.status >= 500) log?.error({ err }, 'request failed');
    else log?.debug({ err: { type: problem.type, status: problem.status } }, 'request rejected');
    sendProblem(req, res, problem);
  };
}

/** 404 for any route the service did not define. */
export function notFoundHandler(): (req: Request, res: Response) => void {
  return (req, res) => sendProblem(req, res, notFound(`No route for ${req.method} ${instanceOf(req)}.`));
}
