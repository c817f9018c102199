// Every published event is a CloudEvent (Kafka protocol binding, binary mode) and still today's
// envelope: one message from the real broker is read both ways, by the cloudevents SDK from its
// ce_* headers and by the platform's codec from its value, and the data validates against the
// JSON Schema that ce_dataschema names (the committed file under contracts/schemas).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseEvent, topicOf } from '@aftersales/contracts';
import { createNamespacedTopics, readTopic, testInfra, testNamespace } from '@aftersales/testing';
import {
  CLOUDEVENTS_SPEC_VERSION,
  EventProducer,
  createKafka,
  physicalTopic,
  readCloudEvent,
  toCloudEvent,
} from '../src';
import { registered } from './fixture/events';

const schemasDir = path.join(__dirname, '../../../contracts/schemas');

describe('CloudEvents on Kafka (binary content mode)', () => {
  const topic = topicOf('customer.registered');
  let namespace: string;
  let producer: EventProducer;

  beforeAll(async () => {
    namespace = testNamespace('cloudevents');
    await createNamespacedTopics(namespace, { only: [topic], partitions: 1 });
    producer = new EventProducer(
      createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'ce-test' }),
      namespace,
    );
  });
  afterAll(async () => {
    await producer?.disconnect();
  });

  it('reads one message as a CloudEvent and as the envelope, and its data validates against ce_dataschema', async () => {
    const event = { ...registered(), causationId: 'request-1' };
    await producer.publish([{ event }]);
    const [message] = await readTopic(physicalTopic(topic, namespace), 1);
    expect(message).toBeDefined();

    // As a CloudEvent: the SDK's Kafka binding over the ce_* headers.
    const ce = readCloudEvent({ key: message!.key, value: message!.value!, headers: message!.headers });
    expect(ce).toMatchObject({
      specversion: CLOUDEVENTS_SPEC_VERSION,
      id: event.id,
      type: 'customer.registered',
      source: '/aftersales/kafka-test',
      subject: event.subject,
      time: event.occurredAt,
      datacontenttype: 'application/json',
      dataschema: 'https://aftersales.example/schemas/customer.registered.v1.json',
      tenantid: event.tenantId,
      correlationid: event.correlationId,
      causationid: 'request-1',
    });
    expect(message!.key).toBe(event.subject);

    // As today's envelope: the value, unchanged, through the platform's codec.
    const envelope = parseEvent(JSON.parse(message!.value!));
    expect(envelope).toEqual(event);
    expect(ce.data).toEqual(JSON.parse(message!.value!));

    // ce_dataschema names the published schema, and the data is valid against it.
    const schema = JSON.parse(readFileSync(path.join(schemasDir, 'customer.registered.v1.json'), 'utf8'));
    expect(schema.$id).toBe(ce.dataschema);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(ce.data) ? [] : validate.errors).toEqual([]);
  });

  it('omits causationid when the event has no cause, and refuses what is not a CloudEvent', () => {
    const event = registered();
    expect(event.causationId).toBeNull();
    const ce = toCloudEvent(event, JSON.stringify(event));
    expect(ce.causationid).toBeUndefined();
    expect(() =>
      readCloudEvent({ key: null, value: '{}', headers: { 'content-type': 'application/json' } }),
    ).toThrow();
  });
});
