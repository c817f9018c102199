import {
  ROOT_CONTEXT,
  TraceFlags,
  context,
  trace,
  type Context,
  type ContextManager,
} from '@opentelemetry/api';
import { memoryLogger } from '../test/helpers';
import { createLogger } from './logger';

/** A synchronous context manager, so the test needs no SDK (service-kit depends on the API only). */
class StackContextManager implements ContextManager {
  private stack: Context[] = [ROOT_CONTEXT];
  active(): Context {
    return this.stack[this.stack.length - 1] ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    this.stack.push(ctx);
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.stack.pop();
    }
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.stack = [ROOT_CONTEXT];
    return this;
  }
}

const spanContext = {
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  spanId: '00f067aa0ba902b7',
  traceFlags: TraceFlags.SAMPLED,
};

describe('createLogger trace fields', () => {
  beforeAll(() => context.setGlobalContextManager(new StackContextManager()));
  afterAll(() => context.disable());

  it('adds trace_id and span_id of the active span', () => {
    const { logger, lines } = memoryLogger('repair');
    context.with(trace.setSpanContext(ROOT_CONTEXT, spanContext), () => logger.info('inside a span'));
    logger.info('outside any span');
    const [inside, outside] = lines();
    expect(inside).toMatchObject({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
    expect(outside).not.toHaveProperty('trace_id');
    expect(outside).not.toHaveProperty('span_id');
  });

  it('keeps a caller mixin alongside the trace fields', () => {
    const chunks: string[] = [];
    const logger = createLogger({
      service: 'repair',
      mixin: () => ({ tenant: 't-1' }),
      destination: { write: (c: string) => void chunks.push(c) },
    });
    context.with(trace.setSpanContext(ROOT_CONTEXT, spanContext), () => logger.info('hello'));
    expect(JSON.parse(chunks.join(''))).toMatchObject({ tenant: 't-1', trace_id: spanContext.traceId });
  });

  it('ignores an invalid span context', () => {
    const { logger, lines } = memoryLogger();
    const invalid = { traceId: '0'.repeat(32), spanId: '0'.repeat(16), traceFlags: TraceFlags.NONE };
    context.with(trace.setSpanContext(ROOT_CONTEXT, invalid), () => logger.info('x'));
    expect(lines()[0]).not.toHaveProperty('trace_id');
  });
});
