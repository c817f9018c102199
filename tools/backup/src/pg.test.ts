import { pgToolConnection, quoteIdent, quoteLiteral, redactUrl, withDatabase } from './pg';

describe('database URLs', () => {
  const url = 'postgresql://backup:p%40ss%3Aw0rd@db.internal:5432/postgres?sslmode=require';

  it('redacts the password and keeps everything else', () => {
    expect(redactUrl(url)).toBe('postgresql://backup:***@db.internal:5432/postgres?sslmode=require');
    expect(redactUrl('postgresql://postgres@127.0.0.1:5432/postgres')).toBe(
      'postgresql://postgres@127.0.0.1:5432/postgres',
    );
    expect(redactUrl('not a url')).not.toContain('not a url');
  });

  it('hands the pg tools a URL without the password and the decoded password in PGPASSWORD', () => {
    const conn = pgToolConnection(withDatabase(url, 'aftersales_repair'));
    expect(conn.dbname).toBe('postgresql://backup@db.internal:5432/aftersales_repair?sslmode=require');
    expect(conn.env.PGPASSWORD).toBe('p@ss:w0rd');
  });

  it('quotes identifiers and literals', () => {
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
    expect(quoteLiteral("en_US.UTF-8'; DROP")).toBe("'en_US.UTF-8''; DROP'");
  });
});
