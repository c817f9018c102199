import { redactQuery } from './redact';

describe('redactQuery', () => {
  it('replaces the values of PII parameters in URLs and bare query strings', () => {
    expect(redactQuery('http://gw/v1/customers?phone=%2B49151123&status=active')).toBe(
      'http://gw/v1/customers?phone=REDACTED&status=active',
    );
    expect(redactQuery('/v1/customers?Email=erika%40example.de&limit=20#x')).toBe(
      '/v1/customers?Email=REDACTED&limit=20#x',
    );
    expect(redactQuery('?vin=WVWZZZ1JZXW000001&name=Erika')).toBe('?vin=REDACTED&name=REDACTED');
    expect(redactQuery('vin=WVWZZZ1JZXW000001&centreId=c-1')).toBe('vin=REDACTED&centreId=c-1');
  });

  it('leaves URLs without PII parameters alone', () => {
    for (const url of ['/v1/repair-orders?centreId=c-1&status=QC', 'http://gw/health/ready', '/v1/parts'])
      expect(redactQuery(url)).toBe(url);
  });
});
