import { needsNewProducer } from './producer';

// kafkajs protocol errors carry the broker's error name in `type` (KafkaJSProtocolError).
const protocolError = (type: string, code: number) =>
  Object.assign(new Error(type), { name: 'KafkaJSProtocolError', type, code });

describe('needsNewProducer', () => {
  it('replaces the producer after sequence or epoch errors that kafkajs never recovers from', () => {
    // 45: seen after a broker was SIGKILLed (tests/faults fault 1, docs/reliability.md)
    expect(needsNewProducer(protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER', 45))).toBe(true);
    expect(needsNewProducer(protocolError('UNKNOWN_PRODUCER_ID', 59))).toBe(true);
    expect(needsNewProducer(protocolError('INVALID_PRODUCER_EPOCH', 47))).toBe(true);
  });

  it('keeps the producer for ordinary failures', () => {
    expect(needsNewProducer(protocolError('UNKNOWN_TOPIC_OR_PARTITION', 3))).toBe(false);
    expect(needsNewProducer(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(needsNewProducer(undefined)).toBe(false);
  });
});
