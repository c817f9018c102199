import { createPublicKey, type KeyObject } from 'node:crypto';

// Internal helpers shared by auth.ts and auth-config.ts; not part of the package's API.

export const MIN_HS256_SECRET_LENGTH = 32;
const MIN_RSA_BITS = 2048;

export type AsymmetricAlg = 'RS256' | 'ES256';

/** Env files often carry a PEM on one line with literal `\n`; turn those into real newlines. */
export function normalisePem(pem: string): string {
  return pem.replace(/\\n/g, '\n').trim();
}

// Only public keys: a private key would also "work" (node derives the public half), but a
// verifying service must never hold the signing key.
const PUBLIC_PEM = /^-----BEGIN (PUBLIC KEY|RSA PUBLIC KEY)-----\n[\s\S]+\n-----END \1-----$/;

/**
 * Parses a PEM public key and names the one algorithm it may verify: an RSA key (>= 2048 bits)
 * only RS256, an EC P-256 key only ES256. Throws an Error (without the key text) otherwise.
 */
export function parsePublicKeyPem(pem: string): { key: KeyObject; alg: AsymmetricAlg } {
  const text = normalisePem(pem);
  if (!PUBLIC_PEM.test(text)) {
    throw new Error('must be a PEM public key (-----BEGIN PUBLIC KEY-----), never a private key');
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: text, format: 'pem' });
  } catch {
    throw new Error('is not a readable PEM public key');
  }
  if (key.asymmetricKeyType === 'rsa') {
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
      throw new Error(`must be an RSA key of at least ${MIN_RSA_BITS} bits`);
    }
    return { key, alg: 'RS256' };
  }
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return { key, alg: 'ES256' };
  }
  throw new Error('must be an RSA (RS256) or EC P-256 (ES256) public key');
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** A Kubernetes Service name, <service>.<namespace>.svc[.cluster.local]: traffic inside the cluster. */
const CLUSTER_SERVICE_HOST =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?\.svc(\.cluster\.local)?$/;

/**
 * JWKS must come over https; plain http only from the local machine (tests, local IdP) or from a
 * Service in the cluster (the gateway's keys, fenced by NetworkPolicies).
 */
export function isTrustedJwksUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return (
    parsed.protocol === 'http:' &&
    (LOOPBACK_HOSTS.has(parsed.hostname) || CLUSTER_SERVICE_HOST.test(parsed.hostname))
  );
}
