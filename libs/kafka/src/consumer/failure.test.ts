import { ContractViolation } from '@aftersales/contracts';
import { PermanentError, TransientError, classifyFailure, isTransientKafkaError } from './failure';

// kafkajs error shapes (name, retriable, type, cause) as kafkajs 2.2.4 builds them.
const kafkaError = (name: string, props: Record<string, unknown> = {}) =>
  Object.assign(new Error(name), { name, retriable: true, ...props });

describe('classifyFailure', () => {
  it('sends contract violations, zod errors and PermanentError to the dead-letter topic', () => {
    expect(classifyFailure(new PermanentError('unknown part'))).toEqual({ kind: 'permanent' });
    expect(classifyFailure(new ContractViolation([{ path: 'data.nps', message: 'too big' }]))).toEqual({
      kind: 'permanent',
    });
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'ZodError', issues: [] }))).toEqual({
      kind: 'permanent',
    });
  });

  it('waits out database outages, timeouts, conflicts and lock waits', () => {
    const refused = Object.assign(new Error('Invalid invocation'), {
      code: 'P2039',
      meta: {
        driverAdapterError: {
          cause: { kind: 'postgres', code: '55000', originalCode: '55000', severity: 'FATAL' },
        },
      },
    });
    expect(classifyFailure(refused)).toEqual({ kind: 'transient', class: 'database-unavailable' });
    expect(classifyFailure(Object.assign(new Error('tx'), { code: 'P2028' }))).toEqual({
      kind: 'transient',
      class: 'database-timeout',
    });
    expect(classifyFailure(Object.assign(new Error('deadlock'), { code: '40P01' }))).toEqual({
      kind: 'transient',
      class: 'database-conflict',
    });
    expect(classifyFailure(Object.assign(new Error('lock'), { code: '55P03' }))).toEqual({
      kind: 'transient',
      class: 'lock-timeout',
    });
    expect(classifyFailure(new TransientError('reference data not there yet'))).toEqual({
      kind: 'transient',
      class: 'dependency',
    });
  });

  it('waits out a broker that cannot be reached, even when a retrier gave up on it', () => {
    const connection = kafkaError('KafkaJSConnectionError');
    const exhausted = Object.assign(kafkaError('KafkaJSNumberOfRetriesExceeded', { retriable: false }), {
      cause: connection,
    });
    expect(isTransientKafkaError(connection)).toBe(true);
    expect(isTransientKafkaError(exhausted)).toBe(true);
    expect(classifyFailure(exhausted)).toEqual({ kind: 'transient', class: 'kafka' });
    const fenced = kafkaError('KafkaJSProtocolError', {
      retriable: false,
      type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
    });
    expect(classifyFailure(fenced)).toEqual({ kind: 'transient', class: 'kafka' });
    // No coordinator on any broker (the only broker shutting down), as kafkajs' retrier wraps it.
    const notFound = kafkaError('KafkaJSGroupCoordinatorNotFound', { retriable: false });
    const gaveUp = Object.assign(kafkaError('KafkaJSNonRetriableError', { retriable: false }), {
      cause: notFound,
    });
    expect(isTransientKafkaError(gaveUp)).toBe(true);
    expect(classifyFailure(gaveUp)).toEqual({ kind: 'transient', class: 'kafka' });
  });

  it('leaves bugs, constraint violations and non-retriable broker refusals to a few retries', () => {
    const tooLarge = kafkaError('KafkaJSProtocolError', { retriable: false, type: 'MESSAGE_TOO_LARGE' });
    for (const err of [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }),
      tooLarge,
      'thrown string',
    ])
      expect(classifyFailure(err)).toEqual({ kind: 'unknown' });
  });
});
