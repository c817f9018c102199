import { findPii } from './pii-scan';

const message = (value: string) => ({
  partition: 0,
  offset: '7',
  key: 'ro-1',
  value,
  headers: { ce_id: 'x' },
});

describe('findPii', () => {
  it('finds known values and e-mail, phone and VIN shapes, and passes pseudonymous data', () => {
    expect(findPii('t', [message('{"customerId":"cus-42"}')], ['cus-42'])).toEqual([
      { topic: 't', offset: '7', what: 'cus-42' },
    ]);
    expect(findPii('t', [message('mail jonas@example.de')], []).map((f) => f.what)).toEqual([
      'email: jonas@example.de',
    ]);
    expect(findPii('t', [message('call +49 151 2000 1000')], []).map((f) => f.what)).toEqual([
      'phone: +49 151 2000 1000',
    ]);
    expect(findPii('t', [message('vin WVWZZZ1JZXW000001')], []).map((f) => f.what)).toEqual([
      'vin: WVWZZZ1JZXW000001',
    ]);
    const clean = JSON.stringify({
      id: '5b0c7a0e-7d1c-4c5e-9f0a-3c2b1a0d9e8f',
      occurredAt: '2026-12-04T06:00:00.000Z',
      customerPseudonym: 'Qm9zY2hIYW1idXJnMTAwMQ',
      totalGross: { amountMinor: 38055, currency: 'EUR' },
    });
    expect(findPii('t', [message(clean)], ['cus-42'])).toEqual([]);
  });
});
