// The identity the gateway forwards to the services: a short-lived JWT it signs itself, carrying
// the mapped tenant, roles, dealers and centres, so the services keep verifying one kind of token
// as they always have. Production signs with INTERNAL_TOKEN_KEY_PEM (EC P-256 or RSA) and
// publishes the public half at /.well-known/jwks.json; development signs with the HS256 secret.
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { issueToken, type Identity } from '@aftersales/service-kit';

/** Lifetime of a forwarded token; renewed a minute before it runs out. */
export const FORWARDED_TOKEN_TTL_SEC = 300;
const RENEW_BEFORE_MS = 60_000;

export interface ForwardingKeyConfig {
  issuer: string;
  audience: string;
  /** PEM private key (literal `\n` allowed), production. */
  privateKeyPem?: string;
  /** HS256 shared secret, development. */
  hs256Secret?: string;
}

export class IdentityForwarder {
  private readonly privateKey?: KeyObject;
  private readonly keyId?: string;
  private readonly publicJwk?: Record<string, unknown>;
  // Per identity object (sessions keep theirs; machine tokens map to a fresh one each verification).
  private readonly cache = new WeakMap<Identity, { token: string; renewAtMs: number }>();

  constructor(private readonly config: ForwardingKeyConfig) {
    if (config.privateKeyPem) {
      const key = createPrivateKey(config.privateKeyPem.replace(/\\n/g, '\n'));
      const isP256 = key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
      if (!isP256 && key.asymmetricKeyType !== 'rsa') {
        throw new Error('INTERNAL_TOKEN_KEY_PEM: must be an EC P-256 or RSA private key');
      }
      this.privateKey = key;
      const jwk = createPublicKey(key).export({ format: 'jwk' }) as Record<string, unknown>;
      // RFC 7638-style thumbprint as kid, so rotating the key changes the kid.
      this.keyId = createHash('sha256').update(JSON.stringify(jwk)).digest('base64url').slice(0, 16);
      this.publicJwk = { ...jwk, kid: this.keyId, use: 'sig', alg: isP256 ? 'ES256' : 'RS256' };
    } else if (!config.hs256Secret) {
      throw new Error(
        'set INTERNAL_TOKEN_KEY_PEM (or AUTH_HS256_SECRET in development) to forward identities',
      );
    }
  }

  /** The public keys services verify forwarded tokens with (empty with the dev secret). */
  jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: this.publicJwk ? [this.publicJwk] : [] };
  }

  /** A bearer token for `identity`, reused until a minute before it expires. */
  async tokenFor(identity: Identity, nowMs = Date.now()): Promise<string> {
    const cached = this.cache.get(identity);
    if (cached && nowMs < cached.renewAtMs) return cached.token;
    const token = await issueToken(
      {
        issuer: this.config.issuer,
        audience: this.config.audience,
        ttlSeconds: FORWARDED_TOKEN_TTL_SEC,
        ...(this.privateKey
          ? { privateKey: this.privateKey, keyId: this.keyId }
          : { secret: this.config.hs256Secret }),
      },
      identity,
    );
    this.cache.set(identity, { token, renewAtMs: nowMs + FORWARDED_TOKEN_TTL_SEC * 1000 - RENEW_BEFORE_MS });
    return token;
  }
}
