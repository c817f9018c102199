import { KafkaJSProtocolError } from 'kafkajs';
import { needsNewProducer } from './producer';

describe('needsNewProducer', () => {
  it('replaces the producer after sequence or epoch errors that kafkajs never recovers from', () => {
    // 45: OUT_OF_ORDER_SEQUENCE_NUMBER (seen after a broker was SIGKILLed, tests/faults fault 1)
    expect(
      needsNewProducer(
        new KafkaJSProtocolError({
          type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
          code: 45,
          retriable: false,
          message: 'out of order',
        }),
      ),
    ).toBe(true);
    expect(
      needsNewProducer(
        new KafkaJSProtocolError({
          type: 'UNKNOWN_PRODUCER_ID',
          code: 59,
          retriable: false,
          message: 'unknown producer',
        }),
      ),
    ).toBe(true);
    expect(
      needsNewProducer(
        new KafkaJSProtocolError({
          type: 'INVALID_PRODUCER_EPOCH',
          code: 47,
          retriable: false,
          message: 'fenced',
        }),
      ),
    ).toBe(true);
  });

  it('keeps the producer for ordinary failures', () => {
    expect(
      needsNewProducer(
        new KafkaJSProtocolError({
          type: 'UNKNOWN_TOPIC_OR_PARTITION',
          code: 3,
          retriable: true,
          message: 'no topic',
        }),
      ),
    ).toBe(false);
    expect(needsNewProducer(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(needsNewProducer(undefined)).toBe(false);
  });
});
