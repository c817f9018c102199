import type { IncomingMessage } from 'node:http';
import { badRequest } from './problem';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

// Visible ASCII, 1..200 chars. The IETF draft sends the key as a structured-field string,
// so surrounding quotes are accepted and stripped.
const KEY = /^[\x21-\x7e]{1,200}$/;

export interface IdempotencyKeyOptions {
  /** A missing key is a 400 (as the IETF draft says) instead of undefined. */
  required?: boolean;
}

/** The request's `Idempotency-Key`; storing and replaying responses is the service's job. */
export function idempotencyKeyOf(req: IncomingMessage, options: { required: true }): string;
export function idempotencyKeyOf(req: IncomingMessage, options?: IdempotencyKeyOptions): string | undefined;
export function idempotencyKeyOf(
  req: IncomingMessage,
  options: IdempotencyKeyOptions = {},
): string | undefined {
  const raw = req.headers[IDEMPOTENCY_KEY_HEADER];
  if (raw === undefined || raw === '') {
    if (options.required) throw badRequest('This request requires an Idempotency-Key header.');
    return undefined;
  }
  const value = Array.isArray(raw) ? raw.join(',') : raw.trim();
  const key = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  if (!KEY.test(key) || key.includes('"')) {
    throw badRequest('Idempotency-Key must be 1 to 200 visible ASCII characters.');
  }
  return key;
}
