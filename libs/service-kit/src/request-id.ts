import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
// Brings pino-http's `req.id` / `req.log` typings onto IncomingMessage (request-log.ts sets them).
import type {} from 'pino-http';

export const REQUEST_ID_HEADER = 'x-request-id';

// Accept ids from the gateway or a caller only if they are short and log-safe: no spaces,
// control characters or quotes that could forge log lines or headers.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export function isSaneRequestId(value: unknown): value is string {
  return typeof value === 'string' && SANE_REQUEST_ID.test(value);
}

/**
 * Takes `x-request-id` if it is sane, otherwise generates a uuid; stores it on `req.id`
 * (the request log's `requestId`) and echoes it in the response header.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id = isSaneRequestId(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}

/** The request id set by `requestId()`, as a string. */
export function requestIdOf(req: IncomingMessage): string | undefined {
  return typeof req.id === 'string' ? req.id : undefined;
}
