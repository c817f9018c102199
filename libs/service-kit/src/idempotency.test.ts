import type { IncomingMessage } from 'node:http';
import { idempotencyKeyOf } from './idempotency';
import { HttpProblem } from './problem';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('idempotencyKeyOf', () => {
  it('returns the key, stripping structured-field quotes', () => {
    expect(idempotencyKeyOf(req({ 'idempotency-key': '8e03978e-40d5-43e8-bc93-6894a57f9324' }))).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(idempotencyKeyOf(req({ 'idempotency-key': '"abc"' }))).toBe('abc');
    expect(idempotencyKeyOf(req({ 'idempotency-key': 'x'.repeat(200) }))).toHaveLength(200);
  });

  it('is optional unless required', () => {
    expect(idempotencyKeyOf(req({}))).toBeUndefined();
    expect(() => idempotencyKeyOf(req({}), { required: true })).toThrow(HttpProblem);
  });

  it.each(['x'.repeat(201), 'has space', 'tab\there', 'ünïcode', '""', 'a"b'])(
    'rejects %p with 400',
    (key) => {
      try {
        idempotencyKeyOf(req({ 'idempotency-key': key }));
        throw new Error('expected a problem');
      } catch (err) {
        expect(err).toBeInstanceOf(HttpProblem);
        expect((err as HttpProblem).status).toBe(400);
      }
    },
  );
});
