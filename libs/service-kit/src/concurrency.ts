import type { IncomingMessage, ServerResponse } from 'node:http';
import { StaleVersion, expectVersion } from './domain/errors';
import { badRequest, preconditionRequired } from './problem';

// The ETag of an aggregate is its version, quoted: `"7"`. Strong only; a weak tag (W/"7")
// never matches under If-Match (RFC 9110 §13.1.1), so it is rejected as malformed.
const VERSION_ETAG = /^"(\d{1,15})"$/;

export function formatETag(version: number): string {
  return `"${version}"`;
}

/** Sets `ETag: "<version>"` so a client can send it back as If-Match. */
export function setETag(res: ServerResponse, version: number): void {
  res.setHeader('ETag', formatETag(version));
}

/**
 * The version in `If-Match: "<version>"`, or undefined when the header is absent.
 * Anything else (`*`, lists, weak tags) is a 400: updates must name the version they saw.
 */
export function parseIfMatch(req: IncomingMessage): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined) return undefined;
  const match = VERSION_ETAG.exec(raw.trim());
  if (!match) throw badRequest('If-Match must be the quoted version from the ETag, e.g. "3".');
  return Number(match[1]);
}

/** Like parseIfMatch, but a missing header is 428 Precondition Required (RFC 6585). */
export function requireIfMatch(req: IncomingMessage): number {
  const version = parseIfMatch(req);
  if (version === undefined)
    throw preconditionRequired('This update requires an If-Match header with the version.');
  return version;
}

/** 412 with the current version when the client's version is stale; no-op when they agree. */
export const assertVersion = expectVersion;

export function versionMismatch(current: number): StaleVersion {
  return new StaleVersion(current);
}
