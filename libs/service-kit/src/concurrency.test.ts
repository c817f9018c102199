import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertVersion, parseIfMatch, requireIfMatch, setETag } from './concurrency';
import { HttpProblem, ProblemTypes, toProblem } from './problem';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

function statusOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof HttpProblem ? err.status : -1;
  }
  return undefined;
}

describe('optimistic concurrency', () => {
  it('parses If-Match: "<version>"', () => {
    expect(parseIfMatch(req({ 'if-match': '"7"' }))).toBe(7);
    expect(parseIfMatch(req({ 'if-match': ' "0" ' }))).toBe(0);
    expect(parseIfMatch(req({}))).toBeUndefined();
  });

  it.each(['7', 'W/"7"', '*', '"1", "2"', '"abc"', '""'])('rejects If-Match: %s with 400', (value) => {
    expect(statusOf(() => parseIfMatch(req({ 'if-match': value })))).toBe(400);
  });

  it('requires If-Match with 428', () => {
    expect(statusOf(() => requireIfMatch(req({})))).toBe(428);
    expect(requireIfMatch(req({ 'if-match': '"3"' }))).toBe(3);
  });

  it('412s on a stale version and reports the current one', () => {
    expect(() => assertVersion(3, 3)).not.toThrow();
    expect(() => assertVersion(undefined, 3)).not.toThrow();
    try {
      assertVersion(2, 3);
      throw new Error('expected a problem');
    } catch (err) {
      const problem = toProblem(err);
      expect(problem.status).toBe(412);
      expect(problem.type).toBe(ProblemTypes.staleVersion);
      expect(problem.extra).toEqual({ code: 'stale-version', currentVersion: 3 });
    }
  });

  it('sets a strong ETag', () => {
    const headers: Record<string, unknown> = {};
    const res = {
      setHeader: (name: string, value: unknown) => (headers[name] = value),
    } as unknown as ServerResponse;
    setETag(res, 12);
    expect(headers).toEqual({ ETag: '"12"' });
  });
});
