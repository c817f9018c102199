import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  kafkaBrokersSchema,
  KafkaConfigError,
  kafkaSecurityConfigSchema,
  kafkaSecurityFromConfig,
  kafkaSecurityFromEnv,
} from './security';

const dir = mkdtempSync(path.join(tmpdir(), 'kafka-security-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const ca = file('ca.pem', '-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n');
const cert = file('client.crt', '-----BEGIN CERTIFICATE-----\nclient\n-----END CERTIFICATE-----\n');
const key = file('client.key', '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n');
const passwordFile = file('password', 's3cret-from-file\n');
const SECRET = 'do-not-echo-this-password';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function issuesOf(env: Record<string, string>): KafkaConfigError['issues'] {
  try {
    kafkaSecurityFromEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(KafkaConfigError);
    expect((err as Error).message).not.toContain(SECRET);
    return (err as KafkaConfigError).issues;
  }
  throw new Error('expected the config to be refused');
}

describe('kafka security config', () => {
  it('is PLAINTEXT when nothing is set (or everything is empty)', () => {
    expect(kafkaSecurityFromEnv({})).toEqual({});
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: '', KAFKA_SASL_MECHANISM: '', KAFKA_SSL_CA_FILE: '' })).toEqual(
      {},
    );
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'false' })).toEqual({});
  });

  it('TLS with the system CAs, or with a CA file', () => {
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'true' })).toEqual({ ssl: true });
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: ca })).toEqual({
      ssl: { ca: ['-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n'] },
    });
  });

  it('mutual TLS reads the client certificate and key', () => {
    const security = kafkaSecurityFromEnv({
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SSL_CERT_FILE: cert,
      KAFKA_SSL_KEY_FILE: key,
    });
    expect(security.ssl).toMatchObject({
      cert: expect.stringContaining('client'),
      key: expect.stringContaining('key'),
    });
    expect(security.sasl).toBeUndefined();
  });

  it('SCRAM with a password, or with a mounted password file (trailing newline dropped)', () => {
    const scram = { KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512', KAFKA_SASL_USERNAME: 'repair' };
    expect(kafkaSecurityFromEnv({ ...scram, KAFKA_SASL_PASSWORD: SECRET }).sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'repair',
      password: SECRET,
    });
    expect(kafkaSecurityFromEnv({ ...scram, KAFKA_SASL_PASSWORD_FILE: passwordFile }).sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'repair',
      password: 's3cret-from-file',
    });
  });

  it('refuses SASL without a password or user, naming the variables', () => {
    expect(issuesOf({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-256' })).toEqual([
      { variable: 'KAFKA_SASL_USERNAME', message: 'is required with KAFKA_SASL_MECHANISM' },
      {
        variable: 'KAFKA_SASL_PASSWORD',
        message: 'is required with KAFKA_SASL_MECHANISM (or set KAFKA_SASL_PASSWORD_FILE)',
      },
    ]);
  });

  it('refuses PLAIN without TLS in production only', () => {
    const plain = { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: SECRET };
    expect(issuesOf({ ...plain, NODE_ENV: 'production' })).toEqual([
      {
        variable: 'KAFKA_SASL_MECHANISM',
        message: 'plain sends the password in clear text: set KAFKA_SSL=true in production',
      },
    ]);
    expect(kafkaSecurityFromEnv({ ...plain, NODE_ENV: 'development' }).sasl?.mechanism).toBe('plain');
    expect(kafkaSecurityFromEnv({ ...plain, NODE_ENV: 'production', KAFKA_SSL: 'true' })).toMatchObject({
      ssl: true,
    });
  });

  it('refuses a certificate without its key, and TLS files without KAFKA_SSL', () => {
    expect(issuesOf({ KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: cert })).toEqual([
      {
        variable: 'KAFKA_SSL_KEY_FILE',
        message: 'is required with KAFKA_SSL_CERT_FILE (mutual TLS needs both)',
      },
    ]);
    expect(issuesOf({ KAFKA_SSL_CA_FILE: ca })).toEqual([
      { variable: 'KAFKA_SSL_CA_FILE', message: 'is set but KAFKA_SSL is not true' },
    ]);
  });

  it('refuses unknown values, missing files, both password sources and credentials without a mechanism', () => {
    expect(issuesOf({ KAFKA_SSL: 'yes' }).map((i) => i.variable)).toEqual(['KAFKA_SSL']);
    expect(issuesOf({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'gssapi' }).map((i) => i.variable)).toEqual([
      'KAFKA_SASL_MECHANISM',
    ]);
    expect(issuesOf({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: path.join(dir, 'missing.pem') })).toEqual([
      { variable: 'KAFKA_SSL_CA_FILE', message: 'names a file that does not exist or is not readable' },
    ]);
    expect(
      issuesOf({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: SECRET,
        KAFKA_SASL_PASSWORD_FILE: passwordFile,
      }).map((i) => i.variable),
    ).toEqual(['KAFKA_SASL_PASSWORD_FILE']);
    expect(
      issuesOf({ KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: SECRET }).map((i) => i.variable),
    ).toEqual(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']);
  });

  it('kafkaSecurityFromConfig checks the rules again for a config parsed without the refinement', () => {
    const unrefined = kafkaSecurityConfigSchema.safeParse({ KAFKA_SSL: 'true' });
    expect(unrefined.success).toBe(true);
    const config = { ...unrefined.data!, KAFKA_SSL_CERT_FILE: cert };
    expect(() => kafkaSecurityFromConfig(config)).toThrow(/KAFKA_SSL_KEY_FILE: is required/);
  });
});

describe('KAFKA_BROKERS', () => {
  it('is a comma-separated list, blanks dropped, localhost by default', () => {
    expect(kafkaBrokersSchema.parse(' kafka-0:9093, kafka-1:9093 ,')).toEqual([
      'kafka-0:9093',
      'kafka-1:9093',
    ]);
    expect(kafkaBrokersSchema.parse(undefined)).toEqual(['127.0.0.1:9092']);
    expect(() => kafkaBrokersSchema.parse('')).toThrow();
  });
});
