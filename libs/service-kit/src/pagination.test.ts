import { z } from 'zod';
import { HttpProblem } from './problem';
import { byCreation, decodeCursor, encodeCursor, page, paginationQuerySchema } from './pagination';

describe('paginationQuerySchema', () => {
  it('defaults limit to 50 and coerces it from the query string', () => {
    expect(paginationQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(paginationQuerySchema.parse({ limit: '200', cursor: 'eyJpZCI6MX0' })).toEqual({
      limit: 200,
      cursor: 'eyJpZCI6MX0',
    });
  });

  it.each(['0', '201', '1.5', 'ten', ''])('rejects limit=%p', (limit) => {
    expect(paginationQuerySchema.safeParse({ limit }).success).toBe(false);
  });

  it('rejects a cursor that is not base64url', () => {
    expect(paginationQuerySchema.safeParse({ cursor: 'a+b/c=' }).success).toBe(false);
    expect(paginationQuerySchema.safeParse({ cursor: '' }).success).toBe(false);
  });
});

describe('cursors', () => {
  const position = { createdAt: '2025-01-02T03:04:05.000Z', id: 'ro-9' };

  it('round-trip as opaque base64url', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('validate their shape when given a schema', () => {
    const schema = z.object({ createdAt: z.iso.datetime(), id: z.string() });
    expect(decodeCursor(encodeCursor(position), schema)).toEqual(position);
    expect(() => decodeCursor(encodeCursor({ id: 1 }), schema)).toThrow(HttpProblem);
  });

  it('turn garbage into a 400 at query.cursor', () => {
    for (const bad of ['not json at all', Buffer.from('{oops').toString('base64url')]) {
      try {
        decodeCursor(bad);
        throw new Error('expected a problem');
      } catch (err) {
        expect(err).toBeInstanceOf(HttpProblem);
        expect((err as HttpProblem).status).toBe(400);
        expect((err as HttpProblem).extra.errors).toEqual([
          { path: 'query.cursor', message: 'Invalid cursor' },
        ]);
      }
    }
  });
});

describe('page', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('trims the look-ahead row and points the cursor at the last returned item', () => {
    const result = page(rows, 2, (row) => ({ id: row.id }));
    expect(result.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(decodeCursor(result.nextCursor!)).toEqual({ id: 'b' });
  });

  it('has no next cursor on the last page', () => {
    expect(page(rows, 3, (row) => row.id)).toEqual({ items: rows, nextCursor: null });
    expect(page([], 50, () => null)).toEqual({ items: [], nextCursor: null });
  });
});

describe('byCreation', () => {
  const row = { createdAt: new Date('2026-12-03T08:00:00.000Z'), id: '6f1c2a52-7f0e-4a59-9d61-6f3f3c1f5b10' };

  it('continues after the cursor row: later time, or the same time and a greater id', () => {
    const cursor = encodeCursor(byCreation.positionOf(row));
    expect(byCreation.where(cursor)).toEqual({
      OR: [{ createdAt: { gt: row.createdAt } }, { createdAt: row.createdAt, id: { gt: row.id } }],
    });
    expect(byCreation.where(undefined)).toEqual({});
  });

  it('refuses a cursor whose id is not a UUID as a 400 before it can reach PostgreSQL', () => {
    const forged = encodeCursor({ createdAt: row.createdAt.toISOString(), id: "x' OR 1=1" });
    expect(() => byCreation.where(forged)).toThrow(HttpProblem);
  });
});
