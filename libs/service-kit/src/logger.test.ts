import { memoryLogger } from '../test/helpers';
import { REDACT_PATHS } from './logger';

describe('createLogger', () => {
  it('writes JSON with the service name, a level label and an ISO time', () => {
    const { logger, lines } = memoryLogger('repair');
    logger.info({ orderId: 'ro-1' }, 'order opened');
    const [line] = lines();
    expect(line).toMatchObject({ service: 'repair', level: 'info', msg: 'order opened', orderId: 'ro-1' });
    expect(typeof line?.time).toBe('string');
    expect(new Date(line?.time as string).toISOString()).toBe(line?.time);
  });

  it('redacts credentials and PII at any usual depth', () => {
    const { logger, lines, raw } = memoryLogger();
    logger.info(
      {
        req: {
          headers: {
            authorization: 'Bearer eyJ-secret',
            cookie: 'sid=cookie-secret',
            'x-api-key': 'key-secret',
          },
        },
        res: { headers: { 'set-cookie': ['sid=set-cookie-secret'] } },
        password: 'pw-secret',
        token: 'token-secret',
        customer: {
          name: 'Ada Lovelace',
          firstName: 'Ada',
          email: 'ada@example.com',
          phone: '+49 170 1234567',
          contact: { address: '1 Analytical St' },
        },
        body: { items: [{ email: 'in-array@example.com' }] },
        customerId: 'c-42',
      },
      'customer registered',
    );
    const output = raw();
    for (const secret of [
      'eyJ-secret',
      'cookie-secret',
      'key-secret',
      'set-cookie-secret',
      'pw-secret',
      'token-secret',
      'Ada',
      'ada@example.com',
      '1234567',
      'Analytical',
      'in-array@example.com',
    ]) {
      expect(output).not.toContain(secret);
    }
    const [line] = lines() as [
      { req: { headers: Record<string, string> }; customer: Record<string, string>; customerId: string },
    ];
    expect(line.req.headers.authorization).toBe('[Redacted]');
    expect(line.customer.email).toBe('[Redacted]');
    // Ids are not PII and stay readable.
    expect(line.customerId).toBe('c-42');
  });

  it('covers the authorization header path explicitly', () => {
    expect(REDACT_PATHS).toContain('*.*.authorization');
    expect(REDACT_PATHS).toContain('*.*["set-cookie"]');
  });
});
