// TLS + SCRAM-SHA-512 against a real broker of our own (a SASL_SSL listener, as Strimzi runs in
// production): the right credentials round-trip an event through EventProducer and EventConsumer;
// a wrong password, a client without the CA and a PLAINTEXT client are all refused.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { topicOf, topics, type AnyEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { EventConsumer, EventProducer, createKafka, ensureTopics, kafkaSecurityFromEnv } from '../src';
import { startSecureBroker, type SecureBroker } from './secure-broker';
import { registered } from './fixture/events';

const TYPE = 'customer.registered';
const TOPIC = topicOf(TYPE);
const PASSWORD = `pw-${randomUUID()}`;
// The refused clients below would log their connection errors; the assertions cover them.
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

describe('Kafka over TLS with SCRAM-SHA-512 (a broker of our own)', () => {
  let broker: SecureBroker;
  let env: Record<string, string>;
  const namespace = `secure-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    broker = await startSecureBroker({ repair: PASSWORD });
    // The password arrives as a mounted secret would: a file with a trailing newline.
    const passwordFile = path.join(path.dirname(broker.caFile), 'repair.password');
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    env = {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: broker.caFile,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'repair',
      KAFKA_SASL_PASSWORD_FILE: passwordFile,
    };
  }, 120_000);

  afterAll(async () => {
    await broker?.stop();
  }, 60_000);

  it('round-trips an event with the right credentials', async () => {
    const kafka = createKafka({
      brokers: broker.brokers,
      clientId: 'secure-test',
      security: kafkaSecurityFromEnv(env),
    });
    await ensureTopics(kafka, { namespace, topics: topics.filter((t) => t.name === TOPIC) });
    const producer = new EventProducer(kafka, namespace);
    const received: AnyEvent[] = [];
    const consumer = new EventConsumer({
      kafka,
      groupId: `secure-test-${namespace}`,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      handlers: { [TYPE]: async (event: AnyEvent) => void received.push(event) },
    });
    try {
      const joined = consumer.waitForAssignment();
      await consumer.start();
      await joined;
      const event = registered();
      await producer.publish([{ event }]);
      const got = await waitFor(async () => received.find((e) => e.id === event.id), 'the event', 30_000);
      expect(got).toEqual(event);
    } finally {
      await consumer.stop();
      await producer.disconnect();
    }
  });

  it('refuses a wrong password with an authentication error', async () => {
    const security = kafkaSecurityFromEnv({
      ...env,
      KAFKA_SASL_PASSWORD_FILE: '',
      KAFKA_SASL_PASSWORD: 'not-the-password',
    });
    const producer = new EventProducer(
      createKafka({ brokers: broker.brokers, clientId: 'wrong-pw', security, retries: 1, logger: quiet }),
    );
    await expect(producer.connect()).rejects.toThrow(
      /SASL SCRAM SHA512 authentication failed.*invalid credentials/,
    );
  });

  it('refuses a client that does not trust the cluster CA', async () => {
    const security = kafkaSecurityFromEnv({ ...env, KAFKA_SSL_CA_FILE: '' }); // system CAs only
    const producer = new EventProducer(
      createKafka({ brokers: broker.brokers, clientId: 'no-ca', security, retries: 1, logger: quiet }),
    );
    await expect(producer.connect()).rejects.toThrow(/self-signed certificate/);
  });

  it('refuses a PLAINTEXT client on the TLS listener', async () => {
    const producer = new EventProducer(
      createKafka({ brokers: broker.brokers, clientId: 'plaintext', retries: 1, logger: quiet }),
    );
    await expect(producer.connect()).rejects.toThrow(/Closed connection|Connection error/);
  });
});
