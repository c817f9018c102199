import { randomBytes } from 'node:crypto';
import { ConfigError } from '@aftersales/service-kit';
import { loadCustomerConfig } from './config';

const key = () => randomBytes(32).toString('base64');
const env = (over: Record<string, string | undefined> = {}) => ({
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/aftersales_customer',
  CUSTOMER_MASTER_KEYS: `k1:${key()}`,
  CUSTOMER_ACTIVE_KEY_ID: 'k1',
  CUSTOMER_BLIND_INDEX_KEY: key(),
  AUTH_ISSUER: 'issuer',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: 'a-development-secret-of-32-characters!',
  ...over,
});

function issuesOf(over: Record<string, string | undefined>): string[] {
  try {
    loadCustomerConfig(env(over));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((i) => i.variable);
  }
  return [];
}

describe('customer config', () => {
  it('has the service defaults (port 4001, consumer group customer)', () => {
    const config = loadCustomerConfig(env());
    expect(config).toMatchObject({
      PORT: 4001,
      SERVICE_NAME: 'customer',
      KAFKA_CONSUMER_GROUP: 'customer',
      CUSTOMER_DEFAULT_PHONE_REGION: 'DE',
      FOLLOWUP_CALL_AFTER_HOURS: 72,
    });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
  });

  it('refuses malformed master keys, an unknown active key, a short index key and missing auth', () => {
    expect(issuesOf({ CUSTOMER_MASTER_KEYS: 'k1:c2hvcnQ=' })).toContain('CUSTOMER_MASTER_KEYS');
    expect(issuesOf({ CUSTOMER_ACTIVE_KEY_ID: 'k9' })).toEqual(['CUSTOMER_ACTIVE_KEY_ID']);
    expect(issuesOf({ CUSTOMER_BLIND_INDEX_KEY: 'c2hvcnQ=' })).toEqual(['CUSTOMER_BLIND_INDEX_KEY']);
    expect(issuesOf({ AUTH_HS256_SECRET: undefined })).not.toEqual([]);
  });

  it('reads the Kafka TLS/SASL variables and refuses nonsense by name (libs/kafka security)', () => {
    const scram = {
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'customer',
    };
    expect(loadCustomerConfig(env({ ...scram, KAFKA_SASL_PASSWORD: 'pw' }))).toMatchObject({
      KAFKA_SSL: true,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
    });
    expect(issuesOf(scram)).toEqual(['KAFKA_SASL_PASSWORD']);
    expect(
      issuesOf({
        NODE_ENV: 'production',
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toEqual(['KAFKA_SASL_MECHANISM']);
  });

  it('never echoes key material in its errors', () => {
    const secret = randomBytes(16).toString('base64');
    try {
      loadCustomerConfig(env({ CUSTOMER_MASTER_KEYS: `k1:${secret}` }));
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });
});
