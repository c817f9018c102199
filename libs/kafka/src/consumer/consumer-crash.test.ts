// What EventConsumer does when kafkajs gives up on its consumer (a CRASH it will not restart
// from), against a stand-in for the kafkajs consumer: a broker shutting down must not end the
// process (tests/faults fault 10 saw parts-procurement exit on "Failed to find group
// coordinator" while the only broker stopped), anything else still must.
import { EventEmitter } from 'node:events';
import {
  KafkaJSConnectionError,
  KafkaJSGroupCoordinatorNotFound,
  KafkaJSNonRetriableError,
  type Kafka,
} from 'kafkajs';
import { type EventProducer } from '../producer';
import { EventConsumer } from './consumer';
import { PartitionPauses } from './partition-pauses';

/** The part of a kafkajs consumer EventConsumer uses; kafkajs has already disconnected it at a CRASH. */
class FakeConsumer {
  readonly events = { END_BATCH_PROCESS: 'end-batch', CRASH: 'crash', GROUP_JOIN: 'group-join' };
  readonly calls: string[] = [];
  /** connect() fails this many more times (the broker still down). */
  connectFailures = 0;
  private readonly emitter = new EventEmitter();

  on(event: string, listener: (e: { payload: unknown }) => void) {
    const wrapped = (payload: unknown) => listener({ payload });
    this.emitter.on(event, wrapped);
    return () => this.emitter.off(event, wrapped);
  }
  async connect() {
    this.calls.push('connect');
    if (this.connectFailures > 0) {
      this.connectFailures -= 1;
      throw new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    }
  }
  async subscribe() {
    this.calls.push('subscribe');
  }
  async run() {
    this.calls.push('run');
  }
  async disconnect() {
    this.calls.push('disconnect');
  }
  pause() {}
  resume() {}
  crash(error: Error, restart: boolean) {
    this.emitter.emit('crash', { error, groupId: 'g', restart });
  }
  joined() {
    this.emitter.emit('group-join', {});
  }
}

// How kafkajs 2.2.4 reports the coordinator lookup failing on every broker: its retrier wraps the
// (non-retriable) KafkaJSGroupCoordinatorNotFound in a KafkaJSNonRetriableError.
// (kafkajs' typings lag its constructors, which take (message, { cause }).)
const kafkaJsError = (Class: unknown, ...args: unknown[]) =>
  new (Class as new (...a: unknown[]) => Error)(...args);
const coordinatorLost = () => {
  const notFound = kafkaJsError(KafkaJSGroupCoordinatorNotFound, 'Failed to find group coordinator');
  return kafkaJsError(KafkaJSNonRetriableError, notFound, { cause: notFound });
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function consumerOn(fake: FakeConsumer) {
  const fatal: unknown[] = [];
  const consumer = new EventConsumer({
    kafka: { consumer: () => fake } as unknown as Kafka,
    groupId: 'g',
    topics: ['aftersales.repair.order.v1'],
    handlers: {},
    deadLetters: {} as EventProducer,
    crashRestart: { initialMs: 10, maxMs: 20 },
    onFatal: (err) => fatal.push(err),
  });
  return { consumer, fatal };
}

describe('EventConsumer after kafkajs gave up', () => {
  it('restarts the consumer when the crash was the broker going away, until it connects again', async () => {
    const fake = new FakeConsumer();
    const { consumer, fatal } = consumerOn(fake);
    await consumer.start();
    expect(fake.calls).toEqual(['connect', 'subscribe', 'run']);

    fake.connectFailures = 2; // the broker is still down for two attempts
    fake.crash(coordinatorLost(), false);
    await sleep(200);
    expect(fatal).toEqual([]);
    // kafkajs keeps the subscriptions across its disconnect: connect and run again, no subscribe.
    expect(fake.calls.slice(3)).toEqual(['connect', 'connect', 'connect', 'run']);
    fake.joined();
    await consumer.stop();
  });

  it('leaves kafkajs its own restarts', async () => {
    const fake = new FakeConsumer();
    const { consumer, fatal } = consumerOn(fake);
    await consumer.start();
    fake.crash(coordinatorLost(), true);
    await sleep(100);
    expect(fake.calls).toEqual(['connect', 'subscribe', 'run']);
    expect(fatal).toEqual([]);
    await consumer.stop();
  });

  it('still hands any other crash to onFatal (the process exits and is restarted)', async () => {
    const fake = new FakeConsumer();
    const { consumer, fatal } = consumerOn(fake);
    await consumer.start();
    const bug = new KafkaJSNonRetriableError('Cannot subscribe to topic while consumer is running');
    fake.crash(bug, false);
    await sleep(100);
    expect(fatal).toEqual([bug]);
    expect(fake.calls).toEqual(['connect', 'subscribe', 'run']);
    await consumer.stop();
  });

  it('does not restart a consumer that was stopped meanwhile', async () => {
    const fake = new FakeConsumer();
    const { consumer, fatal } = consumerOn(fake);
    await consumer.start();
    fake.crash(coordinatorLost(), false);
    await consumer.stop();
    await sleep(100);
    expect(fake.calls).toEqual(['connect', 'subscribe', 'run', 'disconnect']);
    expect(fatal).toEqual([]);
  });
});

describe('PartitionPauses', () => {
  it('resumes quietly when the consumer has no group (crashed, restarting)', async () => {
    const noGroup = {
      pause: () => undefined,
      resume: () => {
        // what kafkajs throws between a crash and the next run
        throw new KafkaJSNonRetriableError(
          'Consumer group was not initialized, consumer#run must be called first',
        );
      },
    };
    const pauses = new PartitionPauses(noGroup as never, 'g', { initialMs: 5, maxMs: 5 }, (t) => t);
    pauses.pause('topic', 0);
    await sleep(50); // the resume timer fired; a throw from it would have failed this test
    expect(pauses.streak('topic', 0)).toBe(1);
    pauses.clear();
  });
});
